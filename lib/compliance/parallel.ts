/**
 * The content check on a large site, spread over the machine's cores: worker threads each check
 * a share of the pages with the same engine (checkFile), and the report is assembled as
 * checkContent assembles it, so the result is the same, in the same order. Authors and the parsed
 * bibliography are loaded once and handed to the workers.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleReport, checkContent, listContentFiles, loadContext, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './engine';
import type { CheckContext } from './types';

/** Below this many pages, starting workers (each loads the parser and rules) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 120;

export type WorkerTask = { root: string; files: string[]; context: CheckContext };

export async function checkContentParallel(options: CheckOptions & { workers?: number }): Promise<ContentReport> {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const files = listContentFiles(root);
  const workers = Math.min(options.workers ?? os.availableParallelism(), Math.ceil(files.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (workers < 2 || files.length < MIN_FILES_FOR_WORKERS) return checkContent(options);
  const ctx = loadContext({ ...options, root });
  const context: CheckContext = { mode: ctx.mode, now: ctx.now, authors: ctx.authors, bibliography: ctx.bibliography };
  // Every n-th file to each worker: neighbouring files are alike in size, so the shares even out.
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const results = await Promise.all(shares.map((share) => runWorker({ root, files: share, context })));
  const byFile = new Map(results.flat().map((page) => [page.file, page]));
  const pages = files.map((file) => byFile.get(file)!);
  return assembleReport(root, ctx, pages, started);
}

function runWorker(task: WorkerTask): Promise<PageReport[]> {
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(typescript ? './check-worker.ts' : './check-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    // TypeScript sources load through tsx's API, as the parent's do (workers take no --import).
    const worker = typescript
      ? new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`, { eval: true, workerData: task })
      : new Worker(script, { workerData: task });
    worker.once('message', (pages: PageReport[]) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`content check: a worker stopped with exit code ${code}`));
    });
  });
}
