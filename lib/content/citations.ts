/**
 * The citation syntax, defined once: `[@key]` or `[@key1; @key2]` in MDX, with keys that are
 * BibTeX entry keys of content/references.bib. The content pipeline (lib/content/pipeline.ts)
 * finds citations with these patterns in the parsed tree, and the BibTeX readers and the web
 * editor use the same key pattern, so a key one accepts is a key all accept.
 *
 * Pure and free of Node imports: the web editor runs it in the browser.
 */

/** A citation or BibTeX entry key: letters, digits, `_`, `:` and `-` (e.g. `lee2019`, `nice:ipg-2021`). */
export const CITATION_KEY = String.raw`[\w:-]+`;

/** One citation group as written, e.g. `[@lee2019; @jo2014]` (`;` or `,` between keys). */
export const CITATION_GROUP_SOURCE = String.raw`\[(@${CITATION_KEY}(?:\s*[;,]\s*@${CITATION_KEY})*)\]`;

/** A fresh global regex for citation groups (a shared global regex would share its lastIndex). */
export function citationGroupPattern(): RegExp {
  return new RegExp(CITATION_GROUP_SOURCE, 'g');
}

/** The start of a BibTeX entry, `@article{key,`; `@comment`, `@string` and `@preamble` are not entries. */
export const BIBTEX_ENTRY_SOURCE = String.raw`^\s*@(?!comment|string|preamble)\w+\s*\{\s*(${CITATION_KEY})\s*,`;

/** Entry keys of a BibTeX file, in file order, without a full parse. */
export function bibliographyKeys(bibtex: string): Set<string> {
  return new Set([...bibtex.matchAll(new RegExp(BIBTEX_ENTRY_SOURCE, 'gim'))].map((m) => m[1]));
}

export type CitationMatch = {
  keys: string[];
  /** Offset of the opening bracket in the searched text. */
  index: number;
  /** The whole group as written. */
  raw: string;
};

export function findCitationGroups(text: string): CitationMatch[] {
  if (!text.includes('[@')) return [];
  const matches: CitationMatch[] = [];
  for (const m of text.matchAll(citationGroupPattern())) {
    const keys = m[1].split(/[;,]/).map((part) => part.trim().replace(/^@/, ''));
    matches.push({ keys, index: m.index ?? 0, raw: m[0] });
  }
  return matches;
}

/** A citation group anywhere in the text. */
export function hasCitation(text: string): boolean {
  return text.includes('[@') && new RegExp(CITATION_GROUP_SOURCE).test(text);
}

/** The anchor id of a reference list entry. */
export function referenceAnchor(key: string): string {
  return `ref-${key}`;
}

/** What a citation's superscript shows between two numbers of one group. */
export const CITATION_NUMBER_SEPARATOR = ',\u2009';
