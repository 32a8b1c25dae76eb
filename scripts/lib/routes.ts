/** The routes the quality gates check: every content route the e2e tests know, plus the fixed pages. */
import { allRoutes, content } from '../../tests/e2e/support';

/** Pages the gates check beyond allRoutes() (which lists every indexable page): /search is noindex. */
const EXTRA_PAGES = ['/search'];

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
