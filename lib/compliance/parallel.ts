/**
 * The content check on a large site, spread over the machine's cores: the main thread and worker
 * threads take pages one at a time from a shared counter, each checking with the same engine
 * (checkFile), and the report is assembled as checkContent assembles it, so the result is the same,
 * in the same order. Authors and the parsed bibliography are loaded once and handed to the workers.
 *
 * The main thread works too: it has the parser loaded already, so it checks pages while the workers
 * start (each loads the parser and rules itself), and the shared counter gives a late starter fewer
 * pages instead of an equal share it would finish last.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkContent, checkFile, loadContext } from './engine';
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';
import { rememberAnalyses } from '../content/pipeline';
import type { CheckContext } from './types';

/** Below this many pages, starting a worker (it loads the parser and rules) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 120;

export type WorkerTask = { root: string; files: string[]; context: CheckContext; next: Int32Array };

/** Checks pages from the shared counter until none are left: [index in files, report]. */
export function checkFromQueue(task: WorkerTask): [number, PageReport][] {
  const done: [number, PageReport][] = [];
  // Each page is analysed once here: keeping every parsed tree alive would only feed the garbage collector.
  const remembered = rememberAnalyses(false);
  try {
    for (let i = Atomics.add(task.next, 0, 1); i < task.files.length; i = Atomics.add(task.next, 0, 1)) {
      done.push([i, checkFile(task.files[i], { root: task.root, context: task.context })]);
    }
  } finally {
    rememberAnalyses(remembered);
  }
  return done;
}

/** The reports of `files` (in that order), over the main thread and `threads - 1` workers. */
export async function checkFilesParallel(root: string, files: string[], context: CheckContext, threads = os.availableParallelism()): Promise<PageReport[]> {
  const task: WorkerTask = { root, files, context, next: new Int32Array(new SharedArrayBuffer(4)) };
  const workers = Math.max(0, Math.min(threads - 1, Math.floor(files.length / (MIN_FILES_FOR_WORKERS / 2)) - 1));
  const running = Array.from({ length: workers }, () => runWorker(task));
  // Keep the rejection until awaited: the main thread is busy checking its own pages meanwhile.
  running.forEach((p) => p.catch(() => undefined));
  const results = checkFromQueue(task);
  for (const share of await Promise.all(running)) results.push(...share);
  const pages: PageReport[] = new Array(files.length);
  for (const [i, page] of results) pages[i] = page;
  return pages;
}

export async function checkContentParallel(options: CheckOptions & { workers?: number }): Promise<ContentReport> {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const files = listContentFiles(root);
  const threads = options.workers ?? os.availableParallelism();
  if (threads < 2 || files.length < MIN_FILES_FOR_WORKERS) return checkContent(options);
  const ctx = loadContext({ ...options, root });
  const context: CheckContext = { mode: ctx.mode, now: ctx.now, authors: ctx.authors, bibliography: ctx.bibliography };
  const pages = await checkFilesParallel(root, files, context, threads);
  return assembleReport(root, ctx, pages, started);
}

function runWorker(task: WorkerTask): Promise<[number, PageReport][]> {
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(typescript ? './check-worker.ts' : './check-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    // TypeScript sources load through tsx's API, as the parent's do (workers take no --import).
    const worker = typescript
      ? new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`, { eval: true, workerData: task })
      : new Worker(script, { workerData: task });
    worker.once('message', (pages: [number, PageReport][]) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`content check: a worker stopped with exit code ${code}`));
    });
  });
}
