import { siteConfig } from '@/lib/site-config';
import { isoDay } from '@/lib/content/dates';
import { reviewedOn, type ReviewedDocument } from '@/lib/content/reviews';

/** An absolute URL on the site, from a path such as "/articles/x" (canonical links, feeds, JSON-LD). */
export function absoluteUrl(path = '/'): string {
  if (/^https?:\/\//.test(path)) return path;
  return path === '/' ? `${siteConfig.url}/` : `${siteConfig.url}${path.startsWith('/') ? '' : '/'}${path}`;
}

/**
 * The day (YYYY-MM-DD) a reviewed document last changed: published, updated or medically
 * reviewed (its review record), whichever is latest. Contentlayer gives midnight-UTC timestamps; only the day is real.
 */
export function lastModifiedOf(doc: ReviewedDocument & { publishedAt: string; updatedAt?: string }): string {
  return [doc.publishedAt, doc.updatedAt, reviewedOn(doc)]
    .filter((d): d is string => Boolean(d))
    .map(isoDay)
    .sort()
    .at(-1)!;
}
