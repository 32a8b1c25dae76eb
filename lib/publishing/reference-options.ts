/**
 * The citation picker's options, read on the server from content/references.bib. The key pattern
 * repeats lib/content/bibliography-keys.ts (a unit test checks both find the same keys): importing
 * that module would bring its file read with a computed path into this route, and Next would
 * then trace the whole project into the server output.
 */
import type { ReferenceOption } from './editor-citations';

function bibliographyKeys(bibtex: string): Set<string> {
  return new Set([...bibtex.matchAll(/^\s*@(?!comment|string|preamble)\w+\s*\{\s*([^,\s]+)\s*,/gim)].map((m) => m[1]));
}

/** Keys and a short label ("lee2019 — Lee 2019, Intra-articular injection of…") for the picker. */
export function referenceOptions(bibtex: string): ReferenceOption[] {
  const keys = [...bibliographyKeys(bibtex)];
  return keys.map((key) => {
    const start = bibtex.search(new RegExp(`@\\w+\\s*\\{\\s*${key.replace(/[-:]/g, '\\$&')}\\s*,`));
    const entry = bibtex.slice(start, bibtex.indexOf('\n}', start) + 2);
    const field = (name: string) => new RegExp(`\\b${name}\\s*=\\s*[{"]([^}"]*)`, 'i').exec(entry)?.[1]?.replace(/\s+/g, ' ').trim();
    const author = field('author')?.split(/,| and /)[0];
    const title = field('title');
    const short = title && title.length > 70 ? `${title.slice(0, 70)}…` : title;
    return { key, label: [key, [author, field('year')].filter(Boolean).join(' '), short].filter(Boolean).join(' — ') };
  });
}
