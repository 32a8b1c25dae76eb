import GithubSlugger from 'github-slugger';

/** File name (without .mdx) for a title: shared by the web editor and `npm run new:article`. */
export function articleSlug(title: string): string {
  return new GithubSlugger().slug(title.trim());
}
