import GithubSlugger from 'github-slugger';
import { stripNonProse } from './citations';

export type TocEntry = { depth: 2 | 3; title: string; id: string };

/**
 * The page's table of contents from its `##` and `###` headings. Ids are made with the same
 * slugger as rehype-slug, so each entry links to the heading it names.
 */
export function tableOfContents(mdxBody: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  for (const line of stripNonProse(mdxBody).split('\n')) {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    // Every heading advances the slugger, as rehype-slug does, so duplicate titles get the same suffixes.
    const title = m[2].replace(/\[(@[^\]]+)\]/g, '').replace(/[*_`]/g, '').trim();
    const id = slugger.slug(title);
    const depth = m[1].length;
    if (depth === 2 || depth === 3) entries.push({ depth, title, id });
  }
  return entries;
}
