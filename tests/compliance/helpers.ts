import fs from 'node:fs';
import path from 'node:path';
import { checkContent, type ContentReport } from '@/lib/compliance';

export const REPO = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures/content');
export const SHARED_AUTHORS = path.join(FIXTURES, '_shared/authors');
export const SHARED_BIB = path.join(FIXTURES, '_shared/references.bib');
/** Every fixture is judged on the same day, so lifecycle findings do not drift with the calendar. */
export const NOW = new Date('2026-11-25T12:00:00Z');

const cache = new Map<string, ContentReport>();

/** Checks one fixture content root (tests/fixtures/content/<name>) with the shared authors. */
export function checkFixture(name: string, mode: 'production' | 'development' = 'production'): ContentReport {
  const key = `${name}:${mode}`;
  if (!cache.has(key)) {
    const root = path.join(FIXTURES, name);
    const ownBib = path.join(root, 'references.bib');
    cache.set(
      key,
      checkContent({ root, mode, now: NOW, authorsDir: SHARED_AUTHORS, bibliographyFile: fs.existsSync(ownBib) ? ownBib : SHARED_BIB }),
    );
  }
  return cache.get(key)!;
}

/** 1-based line of the first line containing `needle`: computed from the file, not from the engine. */
export function lineOf(file: string, needle: string): number {
  const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found in ${file}`);
  return index + 1;
}
