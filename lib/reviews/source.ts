/**
 * A reviewed page's source split into what a medical review covers. Pure: used by the staff area,
 * the production build rule and the page display alike, so all three agree on what was approved.
 */
import { parse } from 'yaml';

export const REVIEWED_COLLECTIONS = ['articles', 'treatments'] as const;
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number];

/** A page's identity for its review record: its collection and slug, not its file path. */
export type PageKey = { collection: ReviewedCollection; slug: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isPageKey(collection: string, slug: string): boolean {
  return (REVIEWED_COLLECTIONS as readonly string[]).includes(collection) && SLUG.test(slug);
}

/** articles/knee.mdx → { articles, knee }; null for anything that is not a reviewed page. */
export function pageKeyOf(sourceFilePath: string): PageKey | null {
  const m = /^(articles|treatments)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(sourceFilePath);
  return m ? { collection: m[1] as ReviewedCollection, slug: m[2] } : null;
}

export type SplitSource = { frontMatter: Record<string, unknown>; body: string };

/** Front matter (parsed YAML; dates stay as written) and the MDX body after it. */
export function splitSource(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  const data = parse(match[1], { schema: 'core' }) as unknown;
  return {
    frontMatter: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: text.slice(match[0].length),
  };
}
