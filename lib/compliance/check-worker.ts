/**
 * A worker thread of the parallel check (./parallel.ts). Workers come in pairs joined by a message
 * channel, split by stage rather than by page: the pages worker reads and parses pages, runs the
 * page rules and the sentences' regular-expression rules (statistics, phrase claims), and hands each
 * page's sentences to its claims worker, which runs the claims model and the classifier (the costly
 * sentence checks: tagging, the model's lexicons, the classifier's weights) meanwhile. So each
 * thread warms up (compiles the rules' regular expressions, optimises its hot code) only for its own
 * stage, and the two stages take about as long on pages of new sentences. Neither waits on the
 * other: the claims worker checks whole pages itself while no sentences are waiting (once it has
 * answered a first page's), and the pages worker checks a page's claims itself once MAX_WAITING
 * pages are waiting for theirs. Both take pages from one shared counter.
 *
 * Each worker loads the parser and the rules as soon as it starts, then takes its task.
 */
import { MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { awaitClaims, checkerFault, checkPageFile, finishAwaitingPage, finishPageCheck, readPageFile, startPageCheck, type PageAwaitingClaims } from './check-page';
import {
  checkAllClaims,
  checkModelSentences,
  checkSentencePhrases,
  claimSentencesOf,
  classifyClaimSentences,
  mergeSentenceClaims,
  placeClaims,
  type ClaimSentence,
  type SentencePhrases,
} from './checks/classified-claims';
import { rememberAnalyses } from '../content/pipeline';
import type { ClassifiedClaim } from './claims/classifier';
import type { PageReport } from './report';
import type { CheckContext, RawFinding } from './types';
import type { WorkerRole } from './worker-bundle';

/**
 * The link between a pages worker and its claims worker: the channel, how many requests the pages
 * worker has sent and how many the claims worker has answered (each side waits on the other's count).
 */
export type ClaimsLink = { port: MessagePort; requested: Int32Array; answered: Int32Array };

/** Both roles take pages from the shared counter `next`: the claims worker when no request is waiting. */
export type WorkerTask = {
  role: WorkerRole;
  root: string;
  files: string[];
  context: CheckContext;
  next: Int32Array;
  claims: ClaimsLink;
  /** Pages whose claims may wait before the pages worker checks them itself (MAX_WAITING; tests set 0 or many, to take one path only). */
  maxWaiting?: number;
};

/** A page's sentences, sent to the claims worker; null: there are no more. */
type ClaimsRequest = { page: number; sentences: ClaimSentence[] } | null;
type ClaimsReply = { page: number; model: RawFinding[][]; classified: ClassifiedClaim[][] } | { page: number; error: string };

/**
 * How many pages the pages worker lets wait for their claims before it checks a page's claims
 * itself. The claims worker falls behind by 40 to 100 pages at times (at its start, while it loads
 * the tagger and compiles its patterns, and on runs of long pages), and catches up: checking claims
 * here costs about twice what it costs there (this thread would compile and warm the claims code for
 * a few dozen pages), so a short limit cost CPU without saving time (at 6 and at 32: 0.6 to 0.8 s
 * more CPU on the 500 site-sentence pages and no less wall time, in alternated runs). The limit
 * bounds the memory of the waiting pages (about 0.4 MB each, their parse trees) on a site whose
 * claims take far longer than its parsing.
 */
export const MAX_WAITING = 128;

/** Takes the parent's task and replies with the pages it checked; `beforeReply` runs once its work is done. */
export function serveTask(beforeReply?: () => void): void {
  parentPort!.once('message', (task: WorkerTask) => {
    // Each page is analysed once here: keeping every parsed tree alive would only feed the garbage collector.
    rememberAnalyses(false);
    const done = task.role === 'claims' ? serveClaims(task) : checkPages(task);
    beforeReply?.();
    parentPort!.postMessage(done);
  });
}

/**
 * The claims worker: answers each page's sentences, and while none are waiting checks whole pages
 * itself (so a site whose sentences are quick to check does not leave it idle), until the pages
 * worker says there are no more. With `maxWaiting` 0 no request comes, and the pages worker checks
 * every page.
 */
function serveClaims({ root, files, context, next, claims: { port, requested, answered } }: WorkerTask): [number, PageReport][] {
  const done: [number, PageReport][] = [];
  let pagesLeft = true;
  // Whole pages only once a request has been answered. At the start no request waits only until the
  // pages worker has parsed its first page (30 to 50 ms), and a whole page taken then warmed up the
  // parser and the page rules on this thread as well: 0.6 s for that one page, on the thread that
  // finishes last (docs/performance.md).
  let answeredOne = false;
  for (;;) {
    const seen = Atomics.load(requested, 0);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const request = m.message as ClaimsRequest;
      if (request === null) return done;
      port.postMessage(answer(request));
      answeredOne = true;
      Atomics.add(answered, 0, 1);
      Atomics.notify(answered, 0);
    }
    if (pagesLeft && answeredOne) {
      const i = Atomics.add(next, 0, 1);
      if (i < files.length) {
        done.push([i, checkPageFile(files[i], root, context)]);
        continue;
      }
      pagesLeft = false;
    }
    Atomics.wait(requested, 0, seen);
  }
}

function answer({ page, sentences }: NonNullable<ClaimsRequest>): ClaimsReply {
  try {
    return { page, model: checkModelSentences(sentences), classified: classifyClaimSentences(sentences) };
  } catch (error) {
    return { page, error: error instanceof Error ? error.message : String(error) };
  }
}

type Pending = { relPath: string; page: PageAwaitingClaims; phrases: SentencePhrases };

/** `step()`, a fault of the checker in it named by the page it was checking (as checkPageFile names it). */
function onPage<T>(relPath: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw checkerFault(relPath, error);
  }
}

/** The pages worker: takes pages from the shared counter until none are left; returns their reports by index. */
function checkPages({ root, files, context, next, claims, maxWaiting = MAX_WAITING }: WorkerTask): [number, PageReport][] {
  const done: [number, PageReport][] = [];
  const pending = new Map<number, Pending>();
  const finish = (reply: ClaimsReply) => {
    const { relPath, page, phrases } = pending.get(reply.page)!;
    pending.delete(reply.page);
    if ('error' in reply) throw checkerFault(relPath, new Error(reply.error));
    done.push([reply.page, onPage(relPath, () => finishAwaitingPage(page, placeClaims(page.sentences, mergeSentenceClaims(phrases, reply.model), reply.classified), context))]);
  };
  const send = (request: ClaimsRequest) => {
    claims.port.postMessage(request);
    Atomics.add(claims.requested, 0, 1);
    Atomics.notify(claims.requested, 0);
  };
  const takeReplies = () => {
    for (let m = receiveMessageOnPort(claims.port); m; m = receiveMessageOnPort(claims.port)) finish(m.message as ClaimsReply);
  };
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    const { file, relPath, source } = readPageFile(files[i], root);
    const started = onPage(relPath, () => startPageCheck(source, file, relPath, context));
    if (pending.size < maxWaiting) {
      const sentences = onPage(relPath, () => claimSentencesOf(started.page));
      send({ page: i, sentences });
      // The regular-expression rules run here while the claims worker runs the model.
      const phrases = onPage(relPath, () => checkSentencePhrases(sentences));
      // The page waits without its parse (check-page.ts awaitClaims).
      pending.set(i, { relPath, page: onPage(relPath, () => awaitClaims(started)), phrases });
    } else {
      done.push([i, onPage(relPath, () => finishPageCheck(started, checkAllClaims(started.page), context))]);
    }
    takeReplies();
  }
  while (pending.size > 0) {
    const answered = Atomics.load(claims.answered, 0);
    takeReplies();
    if (pending.size > 0) Atomics.wait(claims.answered, 0, answered);
  }
  send(null);
  return done;
}

// Loaded from the bundle, the worker's loader (WORKER_LOADER in ./worker-bundle.ts) calls serveTask itself.
if (parentPort && !(workerData as { codeCache?: string } | undefined)?.codeCache) serveTask();
