/**
 * The site's routes as the e2e tests and the quality gates see them, read from Contentlayer's
 * compiled output (run `npm run content:build` first), so new pages are covered automatically.
 * Worked out here, independently of the app's own sitemap code, so the sitemap test compares two
 * sources rather than one with itself.
 */
import fs from 'node:fs';
import path from 'node:path';

type GeneratedDoc = {
  slug: string;
  url: string;
  draft?: boolean;
  title?: string;
  name?: string;
  /** The clinician (an author's slug) who reviewed an article or treatment. */
  reviewer?: string;
  citations?: string[];
  tags?: string[];
};

function readGenerated(type: 'Article' | 'Treatment' | 'Author'): GeneratedDoc[] {
  const file = path.join(process.cwd(), '.contentlayer', 'generated', type, '_index.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratedDoc[];
}

/** Published documents, as a production build shows them. */
export const content = {
  articles: readGenerated('Article').filter((d) => !d.draft),
  treatments: readGenerated('Treatment').filter((d) => !d.draft),
  authors: readGenerated('Author'),
  drafts: [...readGenerated('Article'), ...readGenerated('Treatment')].filter((d) => d.draft),
};

export const CATEGORY_SLUGS = ['treatment', 'condition', 'evidence', 'regulation', 'patient-guide'];

/** Public pages not built from content (lib/seo/routes.ts STANDALONE_PAGES lists the same for the sitemap). */
export const STANDALONE_PAGES = ['/book', '/compare', '/privacy', '/accessibility', '/cookies'];

/** Every public, indexable page of the site. */
export function allRoutes(): string[] {
  const tags = [...new Set(content.articles.flatMap((a) => a.tags ?? []))];
  return [
    '/',
    '/articles',
    '/treatments',
    '/clinicians',
    ...CATEGORY_SLUGS.map((c) => `/articles/category/${c}`),
    ...tags.map((t) => `/articles/tag/${t}`),
    ...content.articles.map((a) => a.url),
    ...content.treatments.map((t) => t.url),
    ...content.authors.map((a) => a.url),
    ...STANDALONE_PAGES,
  ];
}

/** Pages the gates check beyond allRoutes() (which lists every indexable page): /search is noindex. */
const EXTRA_PAGES = ['/search'];

/** Every page the e2e page checks and the gates visit: the indexable pages and /search. */
export function siteRoutes(): string[] {
  return [...new Set([...allRoutes(), ...EXTRA_PAGES])];
}

/** One representative page of each kind, for the expensive checks (Lighthouse, benchmarks). */
export function representativeRoutes(): { name: string; route: string }[] {
  const article = content.articles[0];
  const treatment = content.treatments[0];
  if (!article || !treatment) throw new Error('Need at least one published article and treatment (run contentlayer2 build)');
  return [
    { name: 'home', route: '/' },
    { name: 'article', route: article.url },
    { name: 'treatment', route: treatment.url },
    { name: 'book', route: '/book' },
  ];
}

/** The page kind a route belongs to, as named in the app directory (e.g. /articles/[slug]). */
export function pageKind(route: string): string {
  const rules: [RegExp, string][] = [
    [/^\/articles\/category\/[^/]+$/, '/articles/category/[category]'],
    [/^\/articles\/tag\/[^/]+$/, '/articles/tag/[tag]'],
    [/^\/articles\/[^/]+$/, '/articles/[slug]'],
    [/^\/treatments\/[^/]+$/, '/treatments/[slug]'],
    [/^\/clinicians\/[^/]+$/, '/clinicians/[slug]'],
  ];
  for (const [re, kind] of rules) if (re.test(route)) return kind;
  return route;
}

/** The first route of each page kind. */
export function oneRoutePerKind(): { kind: string; route: string }[] {
  const seen = new Map<string, string>();
  for (const route of siteRoutes()) if (!seen.has(pageKind(route))) seen.set(pageKind(route), route);
  return [...seen].map(([kind, route]) => ({ kind, route }));
}
