/**
 * Sitemap, robots, feed, web manifest, icons and the build's social cards, checked on the production
 * build. Every page's own metadata and JSON-LD (title, description, canonical, Open Graph,
 * breadcrumbs, and the structured data of the home, booking, article, treatment and clinician pages)
 * are checked in pages.spec.ts, in its one visit to each page.
 */
import { test, expect } from '@playwright/test';
import { allRoutes, content } from '../../scripts/lib/routes';
import { siteConfig } from '../../lib/site-config';
import { abs, local, ORIGIN } from './support';
import { prerenderedRoutes } from './page-kinds';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

test('the build draws a social card for every article and treatment, and prerenders the site-wide files', () => {
  // That each page names its own card, served as a PNG, is checked in pages.spec.ts (page-kinds.ts).
  const prerendered = prerenderedRoutes();
  for (const doc of [...content.articles, ...content.treatments]) expect(prerendered).toContain(`${doc.url}/opengraph-image`);
  for (const route of ['/opengraph-image', '/sitemap.xml', '/robots.txt', '/feed.xml', '/manifest.webmanifest']) {
    expect(prerendered).toContain(route);
  }
});

test('the sitemap lists every published page and nothing else', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).href);
  expect(new Set(locs).size).toBe(locs.length);
  expect(new Set(locs)).toEqual(new Set(allRoutes().map(abs)));
  for (const draft of content.drafts) expect(locs).not.toContain(abs(draft.url));

  // Reviewed documents carry the day they last changed.
  const lastmod = new Map([...xml.matchAll(/<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [new URL(m[1]).href, m[2]]));
  for (const doc of [...content.articles, ...content.treatments]) expect(lastmod.get(abs(doc.url))).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Every listed page exists.
  for (const loc of locs) expect((await request.get(local(loc))).status(), loc).toBe(200);
});

test('robots.txt keeps crawlers out of staff pages and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toContain('Disallow: /staff');
  expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(text).not.toMatch(/Disallow: \/\s*$/m);
  // No rule blocks a page the sitemap offers (robots rules are plain path prefixes).
  const disallowed = [...text.matchAll(/^Disallow: (\S+)/gm)].map((m) => m[1]);
  for (const route of allRoutes()) {
    expect(disallowed.filter((rule) => route.startsWith(rule)), route).toEqual([]);
  }
});

test('the Atom feed is well-formed XML with one entry per published article', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  // The browser's XML parser, in a blank page: no page of the site is needed for it.
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const text = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name)[0]?.textContent ?? '';
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      title: text(doc.documentElement, 'title'),
      updated: text(doc.documentElement, 'updated'),
      entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        id: text(entry, 'id'),
        title: text(entry, 'title'),
        updated: text(entry, 'updated'),
        link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
        author: text(entry.getElementsByTagNameNS(atom, 'author')[0], 'name'),
      })),
    };
  }, xml);
  expect(feed.parseError).toBe(false);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.title).toContain(siteConfig.name);
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.entries.map((e) => e.link).sort()).toEqual(content.articles.map((a) => abs(a.url)).sort());
  for (const entry of feed.entries) {
    const article = content.articles.find((a) => abs(a.url) === entry.link)!;
    expect(entry.title).toBe(article.title);
    expect(entry.id).toBe(entry.link);
    expect(entry.author).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
});

test('the web manifest and favicon are served', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: siteConfig.name, short_name: siteConfig.shortName, start_url: '/' });
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});
