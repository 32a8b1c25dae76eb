/**
 * The citation picker's options, read on the server from content/references.bib. Keys are read
 * with the one citation syntax module (pure: no file read that Next would trace into the route).
 */
import { bibliographyKeys } from '../content/citations';
import type { ReferenceOption } from './editor-citations';

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
