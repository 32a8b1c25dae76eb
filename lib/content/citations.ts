/**
 * In-text citations: `[@key]` or `[@key1; @key2]` in MDX, numbered by first appearance.
 *
 * The same parser serves the page (remark plugin), the reference list (computed `citations`
 * field) and the content check, so numbering and the list can never disagree.
 */

/** One citation group as written, e.g. `[@lee2019; @jo2014]`. */
export const CITATION_GROUP = /\[(@[\w:-]+(?:\s*[;,]\s*@[\w:-]+)*)\]/g;

export type CitationMatch = {
  keys: string[];
  /** Offset of the opening bracket in the searched text. */
  index: number;
  /** The whole group as written. */
  raw: string;
};

export function findCitationGroups(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const m of text.matchAll(CITATION_GROUP)) {
    const keys = m[1].split(/[;,]/).map((part) => part.trim().replace(/^@/, ''));
    matches.push({ keys, index: m.index ?? 0, raw: m[0] });
  }
  return matches;
}

/** Fenced code and MDX comments are not prose: citations inside them do not count. */
export function stripNonProse(mdx: string): string {
  return mdx
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Cited keys in order of first appearance: reference N on the page is the Nth key here. */
export function orderedCitationKeys(mdxBody: string): string[] {
  const seen = new Set<string>();
  for (const group of findCitationGroups(stripNonProse(mdxBody))) {
    for (const key of group.keys) seen.add(key);
  }
  return [...seen];
}

/** The anchor id of a reference list entry. */
export function referenceAnchor(key: string): string {
  return `ref-${key}`;
}
