/**
 * Review records and page sources in a working copy's content/ folder (the editor's local mode,
 * the build, and the one-off seed). Never called with anything but a checked PageKey.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readAuthorFiles } from '../content/author-files';
import { parseRecord, recordPath, serialiseRecord, type ReviewRecord } from './record';
import { REVIEWED_COLLECTIONS, type PageKey } from './source';

export const contentRoot = (repoRoot = process.cwd()) => path.join(repoRoot, 'content');

export function readRecord(root: string, key: PageKey): ReviewRecord | null {
  const file = path.join(root, recordPath(key));
  return fs.existsSync(file) ? parseRecord(fs.readFileSync(file, 'utf8')) : null;
}

function writeRecord(root: string, key: PageKey, record: ReviewRecord): void {
  const file = path.join(root, recordPath(key));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole to a temporary file and renamed, so a reader never sees half a record.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, serialiseRecord(record));
  fs.renameSync(tmp, file);
}

/**
 * The source of the newest approved version, kept beside the record so that the next review can
 * show what changed since (plain .txt: Contentlayer does not load it). versionHash() of it equals
 * the newest approval's hash.
 */
const approvedSourcePath = (root: string, key: PageKey) => path.join(root, 'reviews', key.collection, `${key.slug}.approved.txt`);

export function readApprovedSource(root: string, key: PageKey): string | null {
  const file = approvedSourcePath(root, key);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** The record and the approved source, as one approval writes them. */
export function writeApproval(root: string, key: PageKey, record: ReviewRecord, approvedSource: string): void {
  const file = approvedSourcePath(root, key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, approvedSource);
  writeRecord(root, key, record);
}

export const pageFile = (root: string, key: PageKey) => path.join(root, key.collection, `${key.slug}.mdx`);

export function readPageSource(root: string, key: PageKey): string | null {
  const file = pageFile(root, key);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** Every reviewed page in the working copy, by collection then slug. */
export function listPages(root: string): PageKey[] {
  return REVIEWED_COLLECTIONS.flatMap((collection) => {
    const dir = path.join(root, collection);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(f))
      .sort()
      .map((f) => ({ collection, slug: f.slice(0, -4) }));
  });
}

/** Slug → the author's name and whether their profile carries a professional registration (body and number). */
export function readAuthors(root: string): Map<string, { registered: boolean; name: string }> {
  return new Map([...readAuthorFiles(path.join(root, 'authors'))].map(([slug, a]) => [slug, { registered: a.registered, name: a.name ?? slug }]));
}

/** The slugs of the authors who may review: those whose file carries a registration. */
export function registeredAuthorIds(authors: ReadonlyMap<string, { registered: boolean }>): Set<string> {
  return new Set([...authors].filter(([, a]) => a.registered).map(([slug]) => slug));
}
