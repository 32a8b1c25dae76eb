/**
 * TypeScript run as one bundled CommonJS file with V8's code cache: how the content check starts
 * without tsx, on the main thread (scripts/run-bundled.mjs) and in its worker threads
 * (./worker-bundle.ts). esbuild, the compiler tsx itself uses, bundles an entry and everything it
 * imports once; V8 compiles the bundle once and keeps the compiled code beside it, and later runs
 * start from that code instead of compiling it again.
 *
 * Plain JavaScript, and CommonJS: it runs before anything could compile TypeScript, and a worker's
 * start-up script (evaluated as CommonJS) requires it as the launcher imports it.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');

/**
 * A bundle is CommonJS, where esbuild leaves `import.meta` empty: in our own sources each
 * `import.meta.url` becomes the URL of the file it is written in, so code that finds files beside
 * itself (the repository's root, the worker's source) finds them from the bundle as from tsx.
 */
const IMPORT_META_URL = {
  name: 'import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * Bundles `entry` (and every module and package it imports, esbuild excepted) into `outfile`,
 * written under a temporary name and renamed, so a reader never sees half a bundle. Resolves to
 * the files it was built from, as absolute paths.
 */
async function buildBundle(entry, outfile, workingDir) {
  const { build } = require('esbuild');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.tmp`;
  const { metafile } = await build({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    absWorkingDir: workingDir,
    // Loaded only to build a bundle, and a native binary: never bundled itself.
    external: ['esbuild'],
    plugins: [IMPORT_META_URL],
    metafile: true,
    logLevel: 'silent',
  });
  fs.renameSync(tmp, outfile);
  return Object.keys(metafile.inputs).map((input) => path.resolve(workingDir, input));
}

/**
 * Where a bundle's compiled code is kept. V8 refuses code compiled under other flags
 * (`npm run content:check` runs node with `--no-regexp-tier-up`; a test has none), and a run that
 * had no usable cache writes its own: one file per set of node options, so runs under different
 * ones do not keep replacing each other's.
 */
function codeCacheOf(bundle) {
  const flags = require('node:crypto').createHash('sha256').update(process.execArgv.join('\0')).digest('hex').slice(0, 8);
  return `${bundle}.${flags}.v8-code-cache`;
}

/**
 * Compiles `bundle` as a CommonJS module, from the compiled code in `codeCache` when V8 accepts it,
 * and runs it. `saveCodeCache` writes the compiled code (of every function compiled so far: call it
 * once the work is done) when the cache was missing or refused; it never throws, a run without a
 * cache only starts slower.
 */
function runBundle(bundle, codeCache) {
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCache);
  } catch {}
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundle, 'utf8')}\n})`, { filename: bundle, cachedData });
  const bundled = { exports: {} };
  script.runInThisContext()(bundled.exports, createRequire(bundle), bundled, bundle, path.dirname(bundle));
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const saveCodeCache = () => {
    try {
      const tmp = `${codeCache}.${process.pid}-${require('node:worker_threads').threadId}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, codeCache);
    } catch {}
  };
  return { exports: bundled.exports, cacheUsed, saveCodeCache };
}

module.exports = { buildBundle, codeCacheOf, runBundle };
