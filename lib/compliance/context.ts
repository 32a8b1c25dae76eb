/** Loads what pages are checked against: the authors (who is a registered clinician) and the bibliography. */
import fs from 'node:fs';
import path from 'node:path';
import { readAuthorFiles } from '../content/author-files';
import { parseBibliographyIdentifiers } from '../content/bibliography';
import { BIBTEX_ENTRY_SOURCE } from '../content/citations';
import type { CheckOptions } from './report';
import type { BibliographyEntry, CheckContext } from './types';

export function loadContext(options: CheckOptions): CheckContext & { bibliographyFile: string; authorsDir: string } {
  const authorsDir = options.authorsDir ?? path.join(options.root, 'authors');
  const bibliographyFile = options.bibliographyFile ?? path.join(options.root, 'references.bib');
  return {
    mode: options.mode ?? 'production',
    now: options.now ?? new Date(),
    authors: readAuthorFiles(authorsDir),
    bibliography: loadBibliographyEntries(bibliographyFile),
    authorsDir,
    bibliographyFile,
  };
}

const BIBTEX_ENTRY = new RegExp(BIBTEX_ENTRY_SOURCE, 'i');

/** Bibliography entries with identifiers (via citation-js, as the site reads them) and their lines. */
export function parseBibliographyEntries(bibtex: string): Map<string, BibliographyEntry> {
  const lines = new Map<string, number>();
  bibtex.split(/\r?\n/).forEach((text, i) => {
    const m = BIBTEX_ENTRY.exec(text);
    if (m && !lines.has(m[1])) lines.set(m[1], i + 1);
  });
  const entries = new Map<string, BibliographyEntry>();
  for (const [key, ref] of parseBibliographyIdentifiers(bibtex)) {
    entries.set(key, { key, doi: ref.doi, pmid: ref.pmid, url: ref.url, line: lines.get(key) ?? 1 });
  }
  return entries;
}

/** citation-js takes a few hundred ms per parse; watch mode and a dev overlay re-check often. */
const bibliographyCache = new Map<string, { mtimeMs: number; size: number; entries: Map<string, BibliographyEntry> }>();

export function loadBibliographyEntries(file: string): Map<string, BibliographyEntry> {
  if (!fs.existsSync(file)) return new Map();
  const { mtimeMs, size } = fs.statSync(file);
  const cached = bibliographyCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.entries;
  const entries = parseBibliographyEntries(fs.readFileSync(file, 'utf8'));
  bibliographyCache.set(file, { mtimeMs, size, entries });
  return entries;
}
