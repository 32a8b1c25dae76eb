/**
 * Structured data of the home, booking, article, treatment and clinician pages, sitemap, robots,
 * feed and icons, checked on the production build. Every page's own metadata and JSON-LD
 * (title, description, canonical, Open Graph, breadcrumbs) are checked in pages.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { allRoutes, content } from '../../scripts/lib/routes';
import { siteConfig } from '../../lib/site-config';
import { abs, local, ofType, ORIGIN, readHead, type JsonLdNode } from './support';

test('the home page describes the clinic from the site config, and the site search', async ({ page }) => {
  await page.goto('/');
  const { jsonLd } = await readHead(page);
  const [clinic] = ofType(jsonLd, 'MedicalClinic');
  expect(clinic).toMatchObject({
    name: siteConfig.name,
    telephone: siteConfig.phone.e164,
    address: {
      '@type': 'PostalAddress',
      streetAddress: siteConfig.address.street,
      addressLocality: siteConfig.address.locality,
      postalCode: siteConfig.address.postalCode,
      addressCountry: siteConfig.address.country,
    },
  });
  const hours = clinic.openingHoursSpecification as { dayOfWeek: string[]; opens: string; closes: string }[];
  expect(hours).toEqual(siteConfig.openingHours.map((h) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: h.days, opens: h.opens, closes: h.closes })));
  const [site] = ofType(jsonLd, 'WebSite');
  expect(JSON.stringify(site.potentialAction)).toContain(`${ORIGIN}/search?q={search_term_string}`);
});

test('the booking page names the clinic, its address and phone', async ({ page }) => {
  await page.goto('/book');
  const [clinic] = ofType((await readHead(page)).jsonLd, 'MedicalClinic');
  expect(clinic).toMatchObject({ name: siteConfig.name, telephone: siteConfig.phone.e164, address: { postalCode: siteConfig.address.postalCode } });
});

test.describe('article pages', () => {
  for (const article of content.articles) {
    test(`${article.url} is a MedicalWebPage with author, reviewer, review date and its cited studies`, async ({ page }) => {
      await page.goto(article.url);
      const head = await readHead(page);
      expect(head.og['og:type']).toBe('article');
      expect(head.og['article:published_time']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const pages = ofType(head.jsonLd, 'MedicalWebPage');
      expect(pages).toHaveLength(1);
      const webPage = pages[0] as JsonLdNode & {
        author: { name: string; url: string };
        reviewedBy: { '@type': string; name: string };
        citation: { '@type': string; identifier?: { propertyID: string; value: string }[] }[];
        about: unknown[];
      };
      expect(webPage.url).toBe(abs(article.url));
      expect(webPage.headline).toBe(article.title);
      expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(webPage.about.length).toBeGreaterThan(0);
      await expect(page.getByTestId('reviewer-line')).toContainText(webPage.reviewedBy.name);
      expect(['IndividualPhysician', 'Person']).toContain(webPage.reviewedBy['@type']);
      await expect(page.locator(`main a[href="${local(webPage.author.url)}"]`).first()).toBeVisible();

      expect(webPage.citation).toHaveLength(article.citations?.length ?? 0);
      expect(webPage.citation.every((c) => c['@type'] === 'ScholarlyArticle')).toBe(true);
      const doisInJsonLd = webPage.citation.flatMap((c) => (c.identifier ?? []).filter((i) => i.propertyID === 'DOI').map((i) => i.value));
      const doisOnPage = await page
        .locator('ol.reference-list a[href^="https://doi.org/"]')
        .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.replace('https://doi.org/', ''))));
      expect(doisInJsonLd.sort()).toEqual(doisOnPage.sort());
    });
  }
});

test.describe('treatment pages', () => {
  for (const treatment of content.treatments) {
    test(`${treatment.url} has a TherapeuticProcedure, a reviewed MedicalWebPage and an FAQPage matching the FAQ`, async ({ page }) => {
      await page.goto(treatment.url);
      const { jsonLd } = await readHead(page);
      const [procedure] = ofType(jsonLd, 'TherapeuticProcedure');
      expect(procedure).toMatchObject({ name: treatment.title, url: abs(treatment.url) });
      const [webPage] = ofType(jsonLd, 'MedicalWebPage');
      expect(webPage).toMatchObject({ about: { '@id': procedure['@id'] } });
      expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(webPage.reviewedBy).toBeTruthy();
      const [faq] = ofType(jsonLd, 'FAQPage');
      const questions = (faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => q.name);
      // Text content, not innerText: innerText is empty for a block the browser has not rendered yet
      // (content-visibility: auto skips what is far below the screen). The question is the summary's
      // first span; the second is the decorative "+".
      const visible = await page.locator('details summary > span > span:first-child').allTextContents();
      expect(visible.length).toBeGreaterThan(0);
      expect(questions).toEqual(visible.map((q) => q.trim()));
    });
  }
});

test('clinician pages describe the clinician', async ({ page }) => {
  for (const author of content.authors) {
    await page.goto(author.url);
    const head = await readHead(page);
    expect(head.og['og:type']).toBe('profile');
    const people = head.jsonLd.filter((b) => b['@type'] === 'IndividualPhysician' || b['@type'] === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: author.name, url: abs(author.url) });
  }
});

test('article and treatment cards are PNGs drawn at build time, one per page', async ({ page, request }) => {
  const manifestFile = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'prerender-manifest.json');
  const prerendered = Object.keys((JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { routes: object }).routes);
  const images = new Set<string>();
  for (const doc of [...content.articles, ...content.treatments]) {
    expect(prerendered).toContain(`${doc.url}/opengraph-image`);
    await page.goto(doc.url);
    const { og } = await readHead(page);
    expect(local(og['og:image'])).toMatch(new RegExp(`^${doc.url}/opengraph-image`));
    images.add(og['og:image']);
    const response = await request.get(local(og['og:image']));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(body.length).toBeGreaterThan(10_000);
  }
  expect(images.size).toBe(content.articles.length + content.treatments.length);
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
  await page.goto('/');
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
