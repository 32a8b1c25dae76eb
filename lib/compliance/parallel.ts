/**
 * The content check on a large site, spread over the machine's cores: worker threads in pairs, one
 * per core, split by stage (./check-worker.ts: a pages worker parses pages and runs the page rules,
 * its claims worker runs the sentence checks), taking pages from a shared counter and checking with
 * the same code as the serial engine (startPageCheck, the claims checks, finishPageCheck), and the
 * report is assembled as checkContent assembles it, so the result is the same, in the same order.
 * (Split by page, as it was until 4 December, each worker warmed up every rule and V8 optimised all
 * the code twice; docs/performance.md has the figures.)
 *
 * The workers start first, so they load the parser while the main thread reads the authors and the
 * bibliography (handed to them once, with the pages). The main thread checks nothing itself: it
 * runs under tsx, and measured, checking pages there beside one worker cost more than a second
 * worker. Workers load lib/ and its packages as one bundled file with V8's code cache
 * (./worker-bundle.ts), not through tsx.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type Transferable } from 'node:worker_threads';
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';
import type { WorkerTask } from './check-worker';
import type { CheckContext } from './types';
import { roleBundle, WORKER_LOADER, workerBundle, type WorkerRole } from './worker-bundle';

/** Below this many pages, starting workers (each loads the parser and rules) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 120;

/**
 * A worker's young generation, in MB (three semi-spaces of 16 MB, V8's default here). Larger
 * semi-spaces collect less often (64 MB: about half as many scavenges) but cost more CPU in all:
 * the fresh memory each cycle touches is paid in page faults and cache misses
 * (docs/performance.md has the figures).
 */
const YOUNG_GENERATION_MB = 48;

/** How many worker threads check `files` pages (pairs are made of them); 0: check them on the main thread. */
function workerCount(files: number, threads: number): number {
  if (threads < 2 || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(threads, Math.floor(files / (MIN_FILES_FOR_WORKERS / 2)));
}

/**
 * The reports of `files` (in that order), checked against the context `context()` gives (called
 * once the workers are starting, so loading it overlaps their start).
 */
export async function checkFilesParallel(
  root: string,
  files: string[],
  context: () => CheckContext | Promise<CheckContext>,
  threads = os.availableParallelism(),
  maxWaiting?: number,
): Promise<PageReport[]> {
  const count = workerCount(files.length, threads);
  if (count === 0) {
    const [{ checkPageFile }, { rememberAnalyses }] = await Promise.all([import('./check-page'), import('../content/pipeline')]);
    const ctx = await context();
    const remembered = rememberAnalyses(false);
    try {
      return files.map((file) => checkPageFile(file, root, ctx));
    } finally {
      rememberAnalyses(remembered);
    }
  }
  // Workers work in pairs (./check-worker.ts): a pages worker and its claims worker.
  const pairs = Math.floor(count / 2);
  const workers = await startWorkers(pairs);
  try {
    const [ctx, next] = [await context(), new Int32Array(new SharedArrayBuffer(4))];
    const shares = await Promise.all(
      Array.from({ length: pairs }, (_, p) => {
        const channel = new MessageChannel();
        const [requested, answered] = [new Int32Array(new SharedArrayBuffer(4)), new Int32Array(new SharedArrayBuffer(4))];
        const task = { root, files, context: ctx, next, maxWaiting };
        return Promise.all([
          workers[2 * p].run({ ...task, role: 'pages', claims: { port: channel.port1, requested, answered } }, [channel.port1]),
          workers[2 * p + 1].run({ ...task, role: 'claims', claims: { port: channel.port2, requested, answered } }, [channel.port2]),
        ]).then((done) => done.flat());
      }),
    );
    const pages: PageReport[] = new Array(files.length);
    for (const share of shares) for (const [i, page] of share) pages[i] = page;
    return pages;
  } finally {
    for (const w of workers) void w.worker.terminate();
  }
}

/** `maxWaiting`: see check-worker.ts (for the tests that take one path of the two). */
export async function checkContentParallel(options: CheckOptions & { workers?: number; maxWaiting?: number }): Promise<ContentReport> {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const files = listContentFiles(root);
  // The context's module loads the bibliography parser (citation-js): imported once the workers are starting.
  let ctx: ReturnType<typeof import('./context').loadContext> | undefined;
  const pages = await checkFilesParallel(root, files, async () => (ctx = (await import('./context')).loadContext({ ...options, root })), options.workers, options.maxWaiting);
  return assembleReport(root, ctx!, pages, started);
}

type RunningWorker = { worker: Worker; run(task: WorkerTask, transfer: Transferable[]): Promise<[number, PageReport][]> };

/** `pairs` pages workers, each followed by its claims worker. */
async function startWorkers(pairs: number): Promise<RunningWorker[]> {
  const typescript = import.meta.url.endsWith('.ts');
  const source = new URL(typescript ? './check-worker.ts' : './check-worker.js', import.meta.url);
  const bundle = typescript ? await workerBundle(fileURLToPath(source)) : null;
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  return Array.from({ length: 2 * pairs }, (_, w) => {
    const role: WorkerRole = w % 2 === 0 ? 'pages' : 'claims';
    // execArgv: [] keeps tsx's loader (inherited from `tsx script.ts`) out of a worker that needs none.
    const worker = bundle
      ? new Worker(WORKER_LOADER, { eval: true, workerData: roleBundle(bundle, role), execArgv: [], resourceLimits })
      : typescript
        ? // No bundle (esbuild missing): TypeScript sources load through tsx's API, as the parent's do.
          new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(import.meta.url)}))`, {
            eval: true,
            resourceLimits,
          })
        : new Worker(source, { execArgv: [], resourceLimits });
    const failed = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`content check: a worker stopped with exit code ${code}`)));
    });
    failed.catch(() => undefined);
    return {
      worker,
      run(task, transfer) {
        const done = new Promise<[number, PageReport][]>((resolve) => worker.once('message', resolve));
        worker.postMessage(task, transfer);
        return Promise.race([done, failed]);
      },
    };
  });
}
