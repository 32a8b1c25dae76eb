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
import { assembleReport, listContentFiles, resolveRoot, type CheckOptions, type ContentReport, type PageReport } from './report';
import type { BibliographyEntry, CheckContext } from './types';
import { codeFingerprint } from './code-fingerprint';

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
 * checkContentParallel with the cache in `cacheDir`: only the pages that miss are checked (on
 * worker threads when there are enough), and the cache is rewritten with this run's pages.
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

  // The parsed bibliography is reused while the file and the code that parses it are unchanged.
  const bibKey = sha(codeFingerprint(), bibHash);
  let bibliography: ReadonlyMap<string, BibliographyEntry> | undefined = store.bibliography?.hash === bibKey ? new Map(store.bibliography.entries) : undefined;
  if (missing.length > 0) {
    // Something to check: the workers start loading the parser and the rules while this thread
    // reads the authors and, unless cached, the bibliography (citation-js is loaded only then).
    const { checkFilesParallel } = await import('./parallel');
    const context = async (): Promise<CheckContext> => {
      const [{ loadBibliographyEntries }, { readAuthorFiles }] = await Promise.all([import('./context'), import('../content/author-files')]);
      bibliography ??= loadBibliographyEntries(bibliographyFile);
      return { mode, now, authors: readAuthorFiles(authorsDir), bibliography };
    };
    const checked = await checkFilesParallel(root, missing, context, options.workers);
    let next = 0;
    for (let i = 0; i < pages.length; i++) if (!pages[i]) pages[i] = checked[next++];
  }
  bibliography ??= (await import('./context')).loadBibliographyEntries(bibliographyFile);

  const report = assembleReport(root, { mode, now, authors: new Map(), bibliography, bibliographyFile }, pages as PageReport[], started);
  writeStore(storeFile, {
    format: FORMAT,
    bibliography: { hash: bibKey, entries: [...bibliography] },
    pages: Object.fromEntries(keys.map((key, i) => [key, pages[i]!])),
  });
  return { ...report, cache: { hits: files.length - missing.length, misses: missing.length } };
}
