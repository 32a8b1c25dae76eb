/** A worker thread of the parallel content check (./parallel.ts): checks pages from the shared counter. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFromQueue, type WorkerTask } from './parallel';

parentPort!.postMessage(checkFromQueue(workerData as WorkerTask));
