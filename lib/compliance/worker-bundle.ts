/**
 * The parallel check's worker as one plain JavaScript file, so that a worker thread starts without
 * tsx: bundling lib/ and the packages it uses once (esbuild, the compiler tsx itself uses) saves
 * each worker compiling every TypeScript module through tsx's loader thread and resolving and
 * linking some hundred ES modules of its own. The bundle is CommonJS so that a worker can compile
 * it as one vm.Script with V8's code cache (WORKER_LOADER): the first run after a change saves the
 * compiled code, and later runs' workers start from it instead of compiling it again each.
 *
 * Bundle and code cache sit in node_modules/.cache/content-check-worker/ under the code's
 * fingerprint: rebuilt after any change under lib/, to the lock file or to Node, never reused
 * across one. The code cache holds compiled code only, no report: a run without it gives the same
 * report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildBundle, codeCacheOf } from './cached-bundle.cjs';
import { codeFingerprint, LIB_DIR } from './code-fingerprint';

const BUNDLE_DIR = path.join(LIB_DIR, '..', 'node_modules', '.cache', 'content-check-worker');

export type WorkerBundle = { bundle: string; codeCache: string };

/** What a worker of the parallel check does (./check-worker.ts). */
export type WorkerRole = 'pages' | 'claims';

/** A code cache per role: each role's worker compiles, and caches, only the code its stage runs. */
export function roleBundle({ bundle, codeCache }: WorkerBundle, role: WorkerRole): WorkerBundle {
  return { bundle, codeCache: codeCache.replace(/\.v8-code-cache$/, `.${role}.v8-code-cache`) };
}

/** The worker bundle for the current code (built if missing); null when it cannot be built. */
export async function workerBundle(entry: string): Promise<WorkerBundle | null> {
  const file = path.join(BUNDLE_DIR, `check-worker-${codeFingerprint().slice(0, 20)}.cjs`);
  // (Worker threads run under the process's flags: its code cache is the one for them.)
  const found = { bundle: file, codeCache: codeCacheOf(file) };
  if (fs.existsSync(file)) return found;
  try {
    await buildBundle(entry, file, path.join(LIB_DIR, '..'));
    // Older bundles and code caches belong to older code (one a run started a moment ago may still be loading).
    for (const old of fs.readdirSync(BUNDLE_DIR)) {
      const oldFile = path.join(BUNDLE_DIR, old);
      if (oldFile !== file && fs.statSync(oldFile).mtimeMs < Date.now() - 10 * 60_000) fs.rmSync(oldFile, { force: true });
    }
    return found;
  } catch {
    return null;
  }
}

/**
 * A worker's start (run with `eval: true`, `workerData` a WorkerBundle): runs the bundle from its
 * code cache when there is one (./cached-bundle.cjs) and serves the task. A worker that had no
 * usable cache saves one once its pages are checked, when the functions that checking needed are
 * compiled too.
 */
export const WORKER_LOADER = `
const { runBundle } = require(${JSON.stringify(path.join(LIB_DIR, 'compliance', 'cached-bundle.cjs'))});
const { workerData } = require('node:worker_threads');
const { exports, cacheUsed, saveCodeCache } = runBundle(workerData.bundle, workerData.codeCache);
exports.serveTask(cacheUsed ? undefined : saveCodeCache);
`;
