/**
 * Every published, indexable page with the day it last changed: the sitemap's source.
 * Drafts are left out by the content queries; /search (noindex) and staff pages are not listed.
 */
import { getAllTags, getArticles, getAuthors, getTreatments } from '@/lib/content/queries';
import { CATEGORIES } from '@/lib/content/schema';
import { lastModifiedOf } from './url';

export type PublishedRoute = { path: string; lastModified?: string };

/**
 * Public pages that are not built from content: booking, the decision aid, privacy notice, accessibility statement, cookies.
 * A new public page belongs here (and in scripts/lib/routes.ts, the e2e tests' own list).
 */
export const STANDALONE_PAGES = ['/book', '/compare', '/privacy', '/accessibility', '/cookies'] as const;

function latest(days: (string | undefined)[]): string | undefined {
  return days.filter((d): d is string => Boolean(d)).sort().at(-1);
}

export function publishedRoutes(): PublishedRoute[] {
  const articles = getArticles();
  const treatments = getTreatments();
  const authors = getAuthors();
  const newestArticle = latest(articles.map(lastModifiedOf));
  const newestTreatment = latest(treatments.map(lastModifiedOf));
  return [
    { path: '/', lastModified: latest([newestArticle, newestTreatment]) },
    { path: '/articles', lastModified: newestArticle },
    { path: '/treatments', lastModified: newestTreatment },
    { path: '/clinicians' },
    ...CATEGORIES.map((category) => ({
      path: `/articles/category/${category}`,
      lastModified: latest(articles.filter((a) => a.category === category).map(lastModifiedOf)),
    })),
    ...getAllTags().map((tag) => ({
      path: `/articles/tag/${tag}`,
      lastModified: latest(articles.filter((a) => a.tags.includes(tag)).map(lastModifiedOf)),
    })),
    ...articles.map((a) => ({ path: a.url, lastModified: lastModifiedOf(a) })),
    ...treatments.map((t) => ({ path: t.url, lastModified: lastModifiedOf(t) })),
    ...authors.map((a) => ({ path: a.url })),
    ...STANDALONE_PAGES.map((path) => ({ path })),
  ];
}
