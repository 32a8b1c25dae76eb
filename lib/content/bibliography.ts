/**
 * The bibliography: `content/references.bib`, parsed once with citation-js.
 * Every reference shown on the site comes from here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

export type Reference = {
  key: string;
  /** Vancouver-style text without the identifier, e.g. "Lee WS, Kim HJ, et al. Title. Journal. 2019;8(6):504–11." */
  text: string;
  title: string;
  journal?: string;
  year?: number;
  authors: string[];
  doi?: string;
  pmid?: string;
  url?: string;
  /** The entry's note says its identifier was checked against a publisher or PubMed record. */
  verified: boolean;
};

type CslName = { family?: string; given?: string; literal?: string };
type CslItem = {
  id: string;
  title?: string;
  'container-title'?: string;
  issued?: { 'date-parts'?: number[][] };
  author?: CslName[];
  DOI?: string;
  PMID?: string;
  URL?: string;
  note?: string;
};

export function parseBibliography(bibtex: string): Map<string, Reference> {
  const refs = new Map<string, Reference>();
  for (const item of cslItems(bibtex)) {
    refs.set(item.id, toReference(item));
  }
  return refs;
}

export type ReferenceIdentifiers = Pick<Reference, 'key' | 'doi' | 'pmid' | 'url'>;

/**
 * Each entry's key and identifiers, from the same parse as parseBibliography but without the
 * Vancouver formatting, which is most of its time and which the content check never reads.
 */
export function parseBibliographyIdentifiers(bibtex: string): Map<string, ReferenceIdentifiers> {
  const refs = new Map<string, ReferenceIdentifiers>();
  for (const item of cslItems(bibtex)) refs.set(item.id, { key: item.id, doi: item.DOI, pmid: item.PMID, url: item.URL });
  return refs;
}

function cslItems(bibtex: string): CslItem[] {
  return new Cite(bibtex).data as CslItem[];
}

function toReference(item: CslItem): Reference {
  const formatted = new Cite(item).format('bibliography', { template: 'vancouver', format: 'text' }) as string;
  const text = formatted
    .trim()
    .replace(/^1\.\s*/, '') // the list on the page numbers entries itself
    .replace(/\s*doi:\S+\s*$/i, '') // identifiers are rendered as links instead
    .replace(/\s*Available from:\s*\S+\s*$/i, '')
    // BibTeX's "and others" means "et al.": CSL would print it as an author called "others".
    .replace(/, others\./, ', et al.');
  return {
    key: item.id,
    text,
    title: item.title ?? item.id,
    journal: item['container-title'],
    year: item.issued?.['date-parts']?.[0]?.[0],
    authors: (item.author ?? [])
      .filter((a) => a.family !== 'others')
      .map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
    doi: item.DOI,
    pmid: item.PMID,
    url: item.URL,
    verified: /\bverified\b/i.test(item.note ?? '') && !/\bunverified\b/i.test(item.note ?? ''),
  };
}

let cache: { mtimeMs: number; refs: Map<string, Reference> } | undefined;

/** The site's bibliography, re-read when the file changes (so `next dev` picks up edits). */
export function loadBibliography(): Map<string, Reference> {
  const file = path.join(process.cwd(), 'content', 'references.bib');
  const { mtimeMs } = fs.statSync(file);
  if (!cache || cache.mtimeMs !== mtimeMs) {
    cache = { mtimeMs, refs: parseBibliography(fs.readFileSync(file, 'utf8')) };
  }
  return cache.refs;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
