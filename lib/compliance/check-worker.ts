/** A worker thread of the parallel content check (./parallel.ts): checks its share of the pages. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './engine';
import type { WorkerTask } from './parallel';

const { root, files, context } = workerData as WorkerTask;
parentPort!.postMessage(files.map((file) => checkFile(file, { root, context })));
