/**
 * Build step after `next build` (`npm run build`): puts V8's compile hint on the chunks pages run as
 * they load, so Chrome compiles them off the main thread (scripts/lib/compile-hints.ts says why).
 * Turbopack has no banner option, so the files in NEXT_DIST_DIR (default .next) are edited in place;
 * their names keep the build's content hash, which is still unique per build. Idempotent.
 *
 * The JS budget gate (`npm run check:js-budget`) fails if any script a page loads lacks the hint,
 * so a Next upgrade that moves these manifests cannot drop it unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { type PageManifest, hasCompileHint, startupChunks, withCompileHint } from './lib/compile-hints';

function pageManifests(distDir: string): PageManifest[] {
  const appDir = path.join(distDir, 'server', 'app');
  const files = fs
    .readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page_client-reference-manifest.js');
  return files.flatMap((file) => {
    // Each file is `globalThis.__RSC_MANIFEST["/book/page"] = {...}`: run it in an empty context.
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    vm.runInNewContext(fs.readFileSync(path.join(appDir, file), 'utf8'), sandbox, { filename: file });
    return Object.entries(sandbox.__RSC_MANIFEST ?? {}).map(([page, manifest]) => ({
      page,
      entryJSFiles: manifest.entryJSFiles ?? {},
    }));
  });
}

function main() {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const pages = pageManifests(distDir);
  if (!buildManifest.rootMainFiles?.length || pages.length === 0) {
    throw new Error(
      `${distDir}: no rootMainFiles in build-manifest.json or no page_client-reference-manifest.js; has Next changed its build output?`,
    );
  }
  const chunks = startupChunks(buildManifest.rootMainFiles, pages);
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
