/**
 * The content check on a large site, spread over the machine's cores: one worker thread per core
 * takes pages one at a time from a shared counter, each checking with the same code as the serial
 * engine (checkPageFile), and the report is assembled as checkContent assembles it, so the result
 * is the same, in the same order.
 *
 * The workers start first, so they load the parser while the main thread reads the authors and the
 * bibliography (handed to them once, with the pages). The main thread checks nothing itself: it
 * runs under tsx, and measured, checking pages there beside one worker cost more than a second
 * worker. Workers load lib/ and its packages as one bundled file with V8's code cache
 * (./worker-bundle.ts), not through tsx.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';
import type { WorkerTask } from './check-worker';
import type { CheckContext } from './types';
import { WORKER_LOADER, workerBundle } from './worker-bundle';

/** Below this many pages, starting workers (each loads the parser and rules) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 120;

/**
 * A worker's young generation, in MB (three semi-spaces of 16 MB, V8's default here). Larger
 * semi-spaces collect less often (64 MB: about half as many scavenges) but cost more CPU in all:
 * the fresh memory each cycle touches is paid in page faults and cache misses
 * (docs/performance.md has the figures).
 */
const YOUNG_GENERATION_MB = 48;

/** How many worker threads check `files` pages; 0: check them on the main thread. */
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
  const workers = await startWorkers(count);
  try {
    const task: WorkerTask = { root, files, context: await context(), next: new Int32Array(new SharedArrayBuffer(4)) };
    const shares = await Promise.all(workers.map((w) => w.run(task)));
    const pages: PageReport[] = new Array(files.length);
    for (const share of shares) for (const [i, page] of share) pages[i] = page;
    return pages;
  } finally {
    for (const w of workers) void w.worker.terminate();
  }
}

export async function checkContentParallel(options: CheckOptions & { workers?: number }): Promise<ContentReport> {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const files = listContentFiles(root);
  // The context's module loads the bibliography parser (citation-js): imported once the workers are starting.
  let ctx: ReturnType<typeof import('./context').loadContext> | undefined;
  const pages = await checkFilesParallel(root, files, async () => (ctx = (await import('./context')).loadContext({ ...options, root })), options.workers);
  return assembleReport(root, ctx!, pages, started);
}

type RunningWorker = { worker: Worker; run(task: WorkerTask): Promise<[number, PageReport][]> };

async function startWorkers(count: number): Promise<RunningWorker[]> {
  const typescript = import.meta.url.endsWith('.ts');
  const source = new URL(typescript ? './check-worker.ts' : './check-worker.js', import.meta.url);
  const bundle = typescript ? await workerBundle(fileURLToPath(source)) : null;
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  return Array.from({ length: count }, () => {
    // execArgv: [] keeps tsx's loader (inherited from `tsx script.ts`) out of a worker that needs none.
    const worker = bundle
      ? new Worker(WORKER_LOADER, { eval: true, workerData: bundle, execArgv: [], resourceLimits })
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
      run(task) {
        const done = new Promise<[number, PageReport][]>((resolve) => worker.once('message', resolve));
        worker.postMessage(task);
        return Promise.race([done, failed]);
      },
    };
  });
}
