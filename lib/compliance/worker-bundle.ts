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
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
  const found = { bundle: file, codeCache: `${file}.${v8FlagsKey()}.v8-code-cache` };
  if (fs.existsSync(file)) return found;
  try {
    const { build } = await import('esbuild');
    fs.mkdirSync(BUNDLE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      absWorkingDir: path.join(LIB_DIR, '..'),
      logLevel: 'silent',
    });
    // Older bundles and code caches belong to older code (one a run started a moment ago may still be loading).
    for (const old of fs.readdirSync(BUNDLE_DIR)) {
      const oldFile = path.join(BUNDLE_DIR, old);
      if (fs.statSync(oldFile).mtimeMs < Date.now() - 10 * 60_000) fs.rmSync(oldFile, { force: true });
    }
    fs.renameSync(tmp, file);
    return found;
  } catch {
    return null;
  }
}

/**
 * V8 rejects a code cache made under other V8 flags (`npm run content:check` runs node with
 * `--no-regexp-tier-up`; a test or a bare `node --import tsx` run has none), and a run that had no
 * usable cache writes its own: one cache per set of node options, so such runs do not keep
 * replacing each other's. Worker threads run under the process's flags.
 */
function v8FlagsKey(): string {
  return crypto.createHash('sha256').update(process.execArgv.join('\0')).digest('hex').slice(0, 8);
}

/**
 * A worker's start (run with `eval: true`, `workerData` a WorkerBundle): compiles the bundle with
 * the code cache when there is one, runs it as a CommonJS module and serves the task. A worker
 * that had no usable cache saves one once its pages are checked, when the functions that checking
 * needed are compiled too; written to a temporary name and renamed, so a reader never sees half.
 */
export const WORKER_LOADER = `
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { workerData, threadId } = require('node:worker_threads');
const { bundle, codeCache } = workerData;
let cachedData;
try { cachedData = fs.readFileSync(codeCache); } catch {}
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(bundle, 'utf8') + '\\n})', { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
const saveCodeCache = () => {
  try {
    const tmp = codeCache + '.' + process.pid + '-' + threadId + '.tmp';
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, codeCache);
  } catch {}
};
module.exports.serveTask(cachedData && !script.cachedDataRejected ? undefined : saveCodeCache);
`;
