/**
 * Build step after `next build` (`npm run build`): puts V8's compile hint on the chunks pages run as
 * they load, so Chrome compiles them off the main thread (scripts/lib/compile-hints.ts says why).
 * Turbopack has no banner option, so the files in NEXT_DIST_DIR (default .next) are edited in place;
 * their names keep the build's content hash, which is still unique per build. Idempotent.
 *
 * If Next's manifests change shape this step fails the build, naming the file and what it expected
 * (ManifestShapeError), rather than hinting nothing; the JS budget gate (`npm run check:js-budget`)
 * also fails if any script a page loads lacks the hint.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {
  type PageManifest,
  hasCompileHint,
  ManifestShapeError,
  pageManifestsOf,
  rootMainFilesOf,
  startupChunks,
  withCompileHint,
} from './lib/compile-hints';

function pageManifests(distDir: string): PageManifest[] {
  const appDir = path.join(distDir, 'server', 'app');
  const files = fs
    .readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page_client-reference-manifest.js');
  if (files.length === 0) {
    throw new ManifestShapeError(appDir, 'page_client-reference-manifest.js files, one per page', fs.readdirSync(appDir).slice(0, 10));
  }
  return files.flatMap((file) => {
    // Each file is `globalThis.__RSC_MANIFEST["/book/page"] = {...}`: run it in an empty context.
    const sandbox = {};
    vm.runInNewContext(fs.readFileSync(path.join(appDir, file), 'utf8'), sandbox, { filename: file });
    return pageManifestsOf(sandbox, path.join(appDir, file));
  });
}

function main() {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const buildManifestFile = path.join(distDir, 'build-manifest.json');
  const rootMainFiles = rootMainFilesOf(JSON.parse(fs.readFileSync(buildManifestFile, 'utf8')), buildManifestFile);
  const pages = pageManifests(distDir);
  const chunks = startupChunks(rootMainFiles, pages);
  let added = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    const file = path.join(distDir, chunk);
    const source = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(source);
    if (hasCompileHint(source)) continue;
    fs.writeFileSync(file, withCompileHint(source));
    added += 1;
  }
  console.log(
    `Compile hint on ${chunks.length} start-up chunks (${(bytes / 1024).toFixed(0)} kB before gzip; ${added} newly marked) in ${distDir}`,
  );
}

main();
