/**
 * node [V8 flags] scripts/run-bundled.mjs <script.ts> [arguments…] — runs a TypeScript script as
 * tsx would, but as one bundled CommonJS file started from V8's code cache
 * (lib/compliance/cached-bundle.cjs). `npm run content:check` starts this way: tsx's loader alone
 * costs about 0.15 s a start, and compiling the check's modules through it more (measured in
 * docs/performance.md).
 *
 * The bundle sits in node_modules/.cache/run-bundled/ with the list of files it was built from
 * (esbuild's, node_modules included, and tsconfig.json, package.json and the code that builds it),
 * each with its size and modification time: a change to any of them, or another Node, rebuilds it
 * (about a second) before the script runs. The script sees the
 * arguments after its own name as it would under tsx.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildBundle, codeCacheOf, runBundle } from '../lib/compliance/cached-bundle.cjs';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'run-bundled');

const [script, ...args] = process.argv.slice(2);
if (!script || !/\.tsx?$/.test(script) || !fs.existsSync(script)) {
  console.error(`usage: node scripts/run-bundled.mjs <script.ts> [arguments…]${script ? ` (no TypeScript file at ${script})` : ''}`);
  process.exit(2);
}
const entry = path.resolve(script);
// Named by the script and where it is: checkouts that share node_modules (a linked worktree) keep a bundle each.
const bundle = path.join(CACHE_DIR, `${path.relative(REPO_ROOT, entry).replace(/[^\w-]+/g, '_')}-${sha256(entry).slice(0, 8)}.cjs`);
const inputsFile = `${bundle}.inputs.json`;

function sha256(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** What a bundle was built from: the script, Node's version, and each input file's path, size and modification time. */
function stateOf(files) {
  return { entry, node: process.version, files: files.map((file) => [file, ...statOf(file)]) };
}
function statOf(file) {
  try {
    const { size, mtimeMs } = fs.statSync(file);
    return [size, mtimeMs];
  } catch {
    return [-1, -1];
  }
}

function upToDate() {
  try {
    const built = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return fs.existsSync(bundle) && built.entry === entry && built.node === process.version && built.files.every(([file, size, mtimeMs]) => {
      const [nowSize, nowMtime] = statOf(file);
      return nowSize === size && nowMtime === mtimeMs;
    });
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const inputs = await buildBundle(entry, bundle, REPO_ROOT).catch((error) => {
    // esbuild's message names the file, line and column of each error.
    console.error(`run-bundled: could not build ${path.relative(process.cwd(), entry)}: ${error.message}`);
    process.exit(1);
  });
  const tmp = `${inputsFile}.${process.pid}.tmp`;
  // With the files esbuild read to resolve imports but does not list (the path aliases, the package's own
  // settings), and the code that builds the bundle: a change to how it is built builds it again.
  const builders = [import.meta.filename, path.join(REPO_ROOT, 'lib', 'compliance', 'cached-bundle.cjs')];
  fs.writeFileSync(tmp, JSON.stringify(stateOf([...inputs, path.join(REPO_ROOT, 'tsconfig.json'), path.join(REPO_ROOT, 'package.json'), ...builders])));
  fs.renameSync(tmp, inputsFile);
  // Compiled code of the bundle before this one.
  for (const old of fs.readdirSync(CACHE_DIR)) if (old.startsWith(`${path.basename(bundle)}.`) && old.endsWith('.v8-code-cache')) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
}

process.argv = [process.argv[0], entry, ...args];
const { cacheUsed, saveCodeCache } = runBundle(bundle, codeCacheOf(bundle));
// Saved as the process exits, when the functions the run needed are compiled too.
if (!cacheUsed) process.once('exit', saveCodeCache);
