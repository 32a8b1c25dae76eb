/**
 * The parallel check's worker as one plain JavaScript file, so that a worker thread starts without
 * tsx: bundling lib/ once (esbuild, the compiler tsx itself uses; packages stay external) saves
 * each worker compiling or loading every TypeScript module through tsx's loader thread. The bundle
 * sits in node_modules/.cache/content-check-worker/ under the code's fingerprint: it is rebuilt
 * after any change under lib/, to the lock file or to Node, never reused across one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFingerprint, LIB_DIR } from './code-fingerprint';

const BUNDLE_DIR = path.join(LIB_DIR, '..', 'node_modules', '.cache', 'content-check-worker');

/** The worker bundle for the current code (built if missing); null when it cannot be built. */
export async function workerBundle(entry: string): Promise<URL | null> {
  const file = path.join(BUNDLE_DIR, `check-worker-${codeFingerprint().slice(0, 20)}.mjs`);
  if (fs.existsSync(file)) return pathToFileURL(file);
  try {
    const { build } = await import('esbuild');
    fs.mkdirSync(BUNDLE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      // The bundle lives in node_modules/.cache/…: bare imports resolve from the project's node_modules.
      absWorkingDir: path.join(LIB_DIR, '..'),
      logLevel: 'silent',
    });
    // Older bundles belong to older code (one a run started a moment ago may still be loading).
    for (const old of fs.readdirSync(BUNDLE_DIR)) {
      const oldFile = path.join(BUNDLE_DIR, old);
      if (fs.statSync(oldFile).mtimeMs < Date.now() - 10 * 60_000) fs.rmSync(oldFile, { force: true });
    }
    fs.renameSync(tmp, file);
    return pathToFileURL(file);
  } catch {
    return null;
  }
}
