/**
 * One test that matches whenever one of several patterns would: the prefilters in front of the
 * claims rules. A union is split into parts of at most MAX_UNION_SOURCE characters of source,
 * because V8 stops optimising a regular expression whose source passes 20 KB
 * (`kRegExpTooLargeToOptimize`): the superlatives' 83 written forms (20.7 KB as one union) took
 * 2.2 s on the 35,652 sentences of the 500 site-sentence pages, and 0.13 s as three parts of
 * 8,000 characters or less (1,000 to 20,000 tried; parts above about 10,000 were slow again
 * whenever V8 tiers a regular expression up from bytecode, its default).
 */
export const MAX_UNION_SOURCE = 8_000;

export type PatternUnion = { readonly parts: readonly RegExp[]; test(text: string): boolean };

/** The union of `patterns` under `flags` (each pattern's own flags are not read: pass groups that share them). */
export function unionOf(patterns: readonly RegExp[], flags: string): PatternUnion {
  const groups: RegExp[][] = [];
  let length = Infinity;
  for (const pattern of patterns) {
    const size = pattern.source.length + 5; // "(?:" + ")" + "|"
    if (length + size > MAX_UNION_SOURCE) {
      groups.push([]);
      length = 0;
    }
    groups.at(-1)!.push(pattern);
    length += size;
  }
  const parts = groups.map((group) => new RegExp(group.map((p) => `(?:${p.source})`).join('|'), flags));
  return { parts, test: (text) => parts.some((part) => part.test(text)) };
}

/** One union per set of flags, for lists whose patterns differ in them. */
export function unionsByFlags(patterns: readonly RegExp[]): PatternUnion[] {
  const byFlags = new Map<string, RegExp[]>();
  for (const p of patterns) byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), p]);
  return [...byFlags].map(([flags, list]) => unionOf(list, flags));
}
