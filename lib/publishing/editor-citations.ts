/**
 * Citations in the web editor. In files a citation is text, `[@lee2019]` or `[@a; @b]`; in the
 * editor each key is a <Cite id="…" /> chip picked from content/references.bib, so writers choose
 * sources from a list instead of typing keys. These two functions convert on the way in and out;
 * the file on disk keeps the plain `[@key]` form the site, Contentlayer and the content check read.
 */
// Runs in the browser (the editor's body field): no Node imports here. The picker's options are
// read on the server by ./reference-options.ts.
import { CITATION_GROUP_SOURCE, CITATION_KEY } from '../content/citations';

export type ReferenceOption = { key: string; label: string };

/** A citation group, also as Keystatic escapes it (`\[@key]`). */
const GROUP = new RegExp(String.raw`\\?${CITATION_GROUP_SOURCE}`, 'g');
const CHIPS = new RegExp(String.raw`<Cite\s+id="(${CITATION_KEY})"\s*\/>(?:\s*<Cite\s+id="${CITATION_KEY}"\s*\/>)*`, 'g');

/** Applies fn to prose only: not to fenced code, inline code, or inside JSX/HTML tags. */
function mapProse(mdx: string, fn: (text: string) => string): string {
  return mdx
    .split(/(^(?:```|~~~)[\s\S]*?^(?:```|~~~)[^\n]*$)/m)
    .map((block, i) =>
      i % 2 === 1 ? block : block.split(/(`[^`\n]*`|<[^>]*>)/).map((part, j) => (j % 2 === 1 ? part : fn(part))).join(''),
    )
    .join('');
}

/** File → editor. `\[@key]` (as Keystatic itself escapes it) is read the same as `[@key]`. */
export function citationsToChips(mdx: string): string {
  return mapProse(mdx, (text) =>
    text.replace(GROUP, (_all, group: string) =>
      group
        .split(/[;,]/)
        .map((part) => `<Cite id="${part.trim().replace(/^@/, '')}" />`)
        .join(''),
    ),
  );
}

/** Editor → file. Adjacent chips become one group: `[@a; @b]`. */
export function chipsToCitations(mdx: string): string {
  return mdx.replace(CHIPS, (chips) => `[${[...chips.matchAll(new RegExp(`id="(${CITATION_KEY})"`, 'g'))].map((m) => `@${m[1]}`).join('; ')}]`);
}
