/**
 * Citations in text that is not MDX (the evidence table, the decision aid): `[@key]` groups split
 * out of a string, and numbers that follow the page's first-appearance order, so these texts and
 * the page's reference list can never disagree.
 */
import { findCitationGroups } from './citations';

export type CitedSegment = { text: string } | { keys: string[] };

export function splitCitations(text: string): CitedSegment[] {
  const segments: CitedSegment[] = [];
  let cursor = 0;
  for (const group of findCitationGroups(text)) {
    // The space before a citation belongs to neither the sentence nor the number.
    const before = text.slice(cursor, group.index).replace(/\s+$/, '');
    if (before) segments.push({ text: before });
    segments.push({ keys: group.keys });
    cursor = group.index + group.raw.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/**
 * The reference order for a page: the keys it already numbers (e.g. an MDX body's citations),
 * then each key of `texts` in order of first appearance.
 */
export function citationOrder(texts: readonly string[], numberedFirst: readonly string[] = []): string[] {
  const order = [...numberedFirst];
  for (const text of texts) {
    for (const group of findCitationGroups(text)) {
      for (const key of group.keys) if (!order.includes(key)) order.push(key);
    }
  }
  return order;
}
