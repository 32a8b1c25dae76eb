/**
 * A worker thread of the parallel content check (./parallel.ts). It loads the parser and the rules
 * as soon as it starts, then takes its task (the pages, the context and the shared counter) and
 * checks pages one at a time until none are left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPageFile } from './check-page';
import { rememberAnalyses } from '../content/pipeline';
import type { PageReport } from './report';
import type { CheckContext } from './types';

export type WorkerTask = { root: string; files: string[]; context: CheckContext; next: Int32Array };

/** Takes the parent's task and replies with the pages it checked; `beforeReply` runs once they are checked. */
export function serveTask(beforeReply?: () => void): void {
  parentPort!.once('message', (task: WorkerTask) => {
    // Each page is analysed once here: keeping every parsed tree alive would only feed the garbage collector.
    rememberAnalyses(false);
    const done: [number, PageReport][] = [];
    for (let i = Atomics.add(task.next, 0, 1); i < task.files.length; i = Atomics.add(task.next, 0, 1)) {
      done.push([i, checkPageFile(task.files[i], task.root, task.context)]);
    }
    beforeReply?.();
    parentPort!.postMessage(done);
  });
}

// Loaded from the bundle, the worker's loader (WORKER_LOADER in ./worker-bundle.ts) calls serveTask itself.
if (parentPort && !(workerData as { codeCache?: string } | undefined)?.codeCache) serveTask();
