/**
 * The content check's on-disk cache: a page's report is kept under a hash of its text, its path
 * and everything else its report depends on (the check's own code and the packages it runs on,
 * the mode, the day, the authors and the bibliography), so an unchanged page is not parsed again
 * by the next `npm run content:check`. Any change to any of those misses the cache; nothing is
 * ever judged by an older rule.
 *
 * This module loads no parser: when every page is a hit, neither remark nor the NLP is loaded.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';
import type { BibliographyEntry, CheckContext } from './types';

/** Bump when the cache file's layout changes. */
const FORMAT = 1;

type Store = {
  format: number;
  /** The bibliography as parsed, under the hash of its file (a hit needs no citation-js). */
  bibliography?: { hash: string; entries: [string, BibliographyEntry][] };
  pages: Record<string, PageReport>;
};

const sha = (...parts: string[]) => {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

const readOr = (file: string, fallback = '') => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : fallback);

/** Every TypeScript file under lib/ (the check and everything it imports), and the lock file. */
function codeFingerprint(): string {
  const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|tsx|js|mjs|json)$/.test(entry.name)) hash.update(full).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(lib);
  hash.update(readOr(path.join(lib, '..', 'package-lock.json')));
  hash.update(process.version);
  return hash.digest('hex');
}

function authorsFingerprint(dir: string): string {
  if (!fs.existsSync(dir)) return 'none';
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
  return sha(dir, ...names.flatMap((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));
}

function readStore(file: string): Store {
  try {
    const store = JSON.parse(fs.readFileSync(file, 'utf8')) as Store;
    if (store.format === FORMAT && store.pages) return store;
  } catch {
    // No cache yet, or a damaged one: start afresh.
  }
  return { format: FORMAT, pages: {} };
}

function writeStore(file: string, store: Store): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(store));
  fs.renameSync(tmp, file);
}

type CacheStats = { hits: number; misses: number };

/**
 * checkContentParallel with the cache in `cacheDir`: only the pages that miss are checked (on the
 * main thread and workers when there are enough), and the cache is rewritten with this run's pages.
 */
export async function checkContentCached(options: CheckOptions & { cacheDir: string; workers?: number }): Promise<ContentReport & { cache: CacheStats }> {
  const started = performance.now();
  const root = resolveRoot(options.root);
  const mode = options.mode ?? 'production';
  const now = options.now ?? new Date();
  const authorsDir = options.authorsDir ?? path.join(root, 'authors');
  const bibliographyFile = options.bibliographyFile ?? path.join(root, 'references.bib');
  const bibtex = readOr(bibliographyFile);
  const bibHash = sha(bibliographyFile, bibtex);
  // Review dates are compared by day, so the day is part of the context.
  const contextKey = sha(codeFingerprint(), mode, now.toISOString().slice(0, 10), authorsFingerprint(authorsDir), bibHash);

  const storeFile = path.join(options.cacheDir, 'content-check.json');
  const store = readStore(storeFile);
  const files = listContentFiles(root);
  const keys = files.map((file) => sha(contextKey, file, fs.readFileSync(file, 'utf8')));
  const pages: (PageReport | undefined)[] = keys.map((key) => store.pages[key]);
  const missing = files.filter((_, i) => !pages[i]);

  let bibliography: ReadonlyMap<string, BibliographyEntry>;
  if (missing.length === 0 && store.bibliography?.hash === bibHash) {
    bibliography = new Map(store.bibliography.entries);
  } else {
    // Something to check: load the parser, the rules and the context as an uncached run does.
    const [{ loadContext }, { checkFilesParallel }] = await Promise.all([import('./engine'), import('./parallel')]);
    const ctx = loadContext({ ...options, root, mode, now });
    bibliography = ctx.bibliography;
    const context: CheckContext = { mode, now, authors: ctx.authors, bibliography };
    const checked = await checkFilesParallel(root, missing, context, options.workers);
    let next = 0;
    for (let i = 0; i < pages.length; i++) if (!pages[i]) pages[i] = checked[next++];
  }

  const report = assembleReport(root, { mode, now, authors: new Map(), bibliography, bibliographyFile }, pages as PageReport[], started);
  writeStore(storeFile, {
    format: FORMAT,
    bibliography: { hash: bibHash, entries: [...bibliography] },
    pages: Object.fromEntries(keys.map((key, i) => [key, pages[i]!])),
  });
  return { ...report, cache: { hits: files.length - missing.length, misses: missing.length } };
}
