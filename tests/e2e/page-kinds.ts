/**
 * What each kind of page shows and describes, checked in pages.spec.ts's one visit to the page at
 * desktop width: an article's byline, references and MedicalWebPage; a treatment's sections, FAQ and
 * evidence box; a clinician's profile; the clinic on the home and booking pages; the article lists;
 * the cookie statement; the decision aid at phone width.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { content } from '../../scripts/lib/routes';
import { siteConfig } from '../../lib/site-config';
import { SESSION_COOKIE } from '../../lib/staff/cookies';
import { abs, local, ofType, ORIGIN, type Head, type JsonLdNode } from './support';

type Doc = (typeof content.articles)[number];

const articleAt = new Map(content.articles.map((d) => [d.url, d]));
const treatmentAt = new Map(content.treatments.map((d) => [d.url, d]));
const authorAt = new Map(content.authors.map((d) => [d.url, d]));

/** The checks of the route's kind at desktop width, on the page as loaded (and scrolled through). */
export async function expectWhatThisPageShows(page: Page, request: APIRequestContext, route: string, head: Head) {
  const article = articleAt.get(route);
  const treatment = treatmentAt.get(route);
  const author = authorAt.get(route);
  if (article) {
    await test.step('article: byline, dates and numbered references', () => expectArticleContent(page, article));
    await test.step('article: MedicalWebPage with author, reviewer and cited studies', () => expectArticleStructuredData(page, article, head));
    await test.step('article: the header search is a plain form', () => expectPlainSearchForm(page));
  }
  if (treatment) {
    await test.step('treatment: every required section and the evidence box', () => expectTreatmentContent(page));
    await test.step('treatment: procedure, reviewed page and FAQ in JSON-LD', () => expectTreatmentStructuredData(page, treatment, head));
  }
  if (article || treatment) await test.step('social card drawn at build time', () => expectOwnCard(request, (article ?? treatment)!, head));
  if (author) await test.step('clinician profile', () => expectClinician(page, author, head));
  if (route === '/') await test.step('the clinic and the site search in JSON-LD', () => expectHomeStructuredData(head));
  if (route === '/book') await test.step('the clinic in JSON-LD', () => expectBookingStructuredData(head));
  if (route === '/articles') await test.step('lists every article', () => expectArticleCount(page, content.articles.length));
  const tag = /^\/articles\/tag\/([^/]+)$/.exec(route)?.[1];
  if (tag) await test.step('the tag narrows the article list', () => expectTagList(page, decodeURIComponent(tag)));
  if (route === '/cookies') await test.step('cookie statement', () => expectCookieStatement(page));
}

/** The checks of the route's kind at phone width. */
export async function expectWhatThisPageShowsOnAPhone(page: Page, route: string) {
  if (route === '/compare') await test.step('decision aid: every option as a card', () => expectDecisionAidCards(page));
}

/** A treatment's first FAQ answer opens with no JavaScript (a native disclosure). It changes the page: run it last. */
export async function expectFaqOpens(page: Page) {
  const faq = page.locator('details');
  expect(await faq.count()).toBeGreaterThanOrEqual(6);
  await faq.first().locator('summary').click();
  await expect(faq.first().locator('p')).toBeVisible();
}

async function expectArticleContent(page: Page, article: Doc) {
  await expect(page.locator('h1')).toHaveText(article.title!);
  await expect(page.getByText('Written by')).toBeVisible();
  await expect(page.locator('main a[href^="/clinicians/"]').first()).toBeVisible();
  await expect(page.getByTestId('reviewer-line')).toContainText(/Medically reviewed by .+/);
  // The dates and the change notes come from the page's review record.
  await expect(page.getByTestId('review-dates')).toContainText(/Last reviewed \d{1,2} \w+ \d{4} · Next review due \d{1,2} \w+ \d{4}/);
  await expect(page.getByTestId('change-history').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();

  const keys = article.citations ?? [];
  const ids = await page.locator('ol.reference-list > li').evaluateAll((items) => items.map((li) => li.id));
  expect(ids).toEqual(keys.map((key) => `ref-${key}`));
  if (keys.length > 0) {
    // A DOI, PubMed or (for guidelines such as NICE's) the publisher's page.
    await expect(page.locator('ol.reference-list a[href^="https://"]').first()).toBeVisible();
  }
  // Each in-text number N links to the Nth entry, including inside grouped citations.
  const citationLinks = await page
    .locator('sup.citation a')
    .evaluateAll((links) => links.map((a) => ({ n: a.textContent, href: a.getAttribute('href') })));
  expect(citationLinks.length).toBeGreaterThanOrEqual(keys.length);
  for (const { n, href } of citationLinks) expect(href).toBe(`#ref-${keys[Number(n) - 1]}`);
}

async function expectArticleStructuredData(page: Page, article: Doc, head: Head) {
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
}

/** Article pages get no client JavaScript from the search box: a plain GET form, no React action attached. */
async function expectPlainSearchForm(page: Page) {
  const form = page.getByRole('banner').getByRole('search');
  await expect(form).toHaveAttribute('method', 'get');
  expect(await form.evaluate((el) => el.getAttribute('action'))).toBe('/search');
}

async function expectTreatmentContent(page: Page) {
  for (const heading of ['What it is', 'Risks and side effects', 'Limits of the evidence', 'Regulatory status', 'Price', 'Frequently asked questions']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  // The "Evidence at a glance" box (from the decision aid's evidence table) and a link to the decision aid.
  const box = page.locator('section[aria-labelledby="evidence-at-a-glance"]');
  await expect(box.getByRole('heading', { name: 'Evidence at a glance' })).toBeVisible();
  await expect(box.getByText('How certain the evidence is')).toBeVisible();
  const cta = page.locator('section[aria-labelledby="booking-cta"]');
  await expect(cta.getByRole('link', { name: 'compare your options' })).toBeVisible();
  // The booking call reads naturally: no "a adipose…" and no lower-case abbreviations.
  const call = await cta.innerText();
  expect(call).not.toMatch(/\ba [aeiou]/i);
  expect(call).not.toContain('bmac');
}

async function expectTreatmentStructuredData(page: Page, treatment: Doc, head: Head) {
  const [procedure] = ofType(head.jsonLd, 'TherapeuticProcedure');
  expect(procedure).toMatchObject({ name: treatment.title, url: abs(treatment.url) });
  const [webPage] = ofType(head.jsonLd, 'MedicalWebPage');
  expect(webPage).toMatchObject({ about: { '@id': procedure['@id'] } });
  expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(webPage.reviewedBy).toBeTruthy();
  const [faq] = ofType(head.jsonLd, 'FAQPage');
  const questions = (faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => q.name);
  // Text content, not innerText: innerText is empty for a block the browser has not rendered yet
  // (content-visibility: auto skips what is far below the screen). The question is the summary's
  // first span; the second is the decorative "+".
  const visible = await page.locator('details summary > span > span:first-child').allTextContents();
  expect(visible.length).toBeGreaterThan(0);
  expect(questions).toEqual(visible.map((q) => q.trim()));
}

/** The build's list of prerendered routes, read once per worker. */
let prerendered: string[] | undefined;
export function prerenderedRoutes(): string[] {
  const manifestFile = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'prerender-manifest.json');
  prerendered ??= Object.keys((JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { routes: object }).routes);
  return prerendered;
}

/**
 * The page's social card is a PNG drawn at build time under the page's own path, so no two pages
 * share one.
 */
async function expectOwnCard(request: APIRequestContext, doc: Doc, head: Head) {
  expect(prerenderedRoutes()).toContain(`${doc.url}/opengraph-image`);
  const image = head.og['og:image'];
  expect(local(image)).toMatch(new RegExp(`^${doc.url}/opengraph-image`));
  const response = await request.get(local(image));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(body.length).toBeGreaterThan(10_000);
}

async function expectClinician(page: Page, author: (typeof content.authors)[number], head: Head) {
  await expect(page.locator('h1')).toHaveText(author.name!);
  await expect(page.getByRole('heading', { name: 'Pages written' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pages medically reviewed' })).toBeVisible();
  // Every published page names one reviewer, so across the profiles each reviewed page is listed once.
  const reviewed = [...content.articles, ...content.treatments].filter((d) => d.reviewer === author.slug).map((d) => d.url);
  const listed = await page.locator('main section:has(h2:text("Pages medically reviewed")) li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(reviewed.sort());

  expect(head.og['og:type']).toBe('profile');
  const people = head.jsonLd.filter((b) => b['@type'] === 'IndividualPhysician' || b['@type'] === 'Person');
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({ name: author.name, url: abs(author.url) });
}

function expectHomeStructuredData(head: Head) {
  const [clinic] = ofType(head.jsonLd, 'MedicalClinic');
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
  const [site] = ofType(head.jsonLd, 'WebSite');
  expect(JSON.stringify(site.potentialAction)).toContain(`${ORIGIN}/search?q={search_term_string}`);
}

function expectBookingStructuredData(head: Head) {
  const [clinic] = ofType(head.jsonLd, 'MedicalClinic');
  expect(clinic).toMatchObject({ name: siteConfig.name, telephone: siteConfig.phone.e164, address: { postalCode: siteConfig.address.postalCode } });
}

const articleList = (page: Page) => page.locator('main ul[aria-label$="articles"] > li');

async function expectArticleCount(page: Page, count: number) {
  await expect(articleList(page)).toHaveCount(count);
}

async function expectTagList(page: Page, tag: string) {
  const tagged = content.articles.filter((a) => a.tags?.includes(tag));
  expect(tagged.length).toBeGreaterThan(0);
  for (const article of tagged) await expect(page.getByRole('link', { name: article.title! })).toBeVisible();
  await expectArticleCount(page, tagged.length);
}

/** The cookie page says what the site does: no visitor cookies, and lists every cookie the code sets. */
async function expectCookieStatement(page: Page) {
  await expect(page.getByTestId('cookie-summary')).toContainText('does not set any cookies for patients or visitors');
  await expect(page.locator('footer').getByRole('link', { name: 'Cookies' })).toHaveAttribute('href', '/cookies');
  const listed = await page.locator('main table tbody tr td:first-child').allTextContents();
  // The staff session is the only cookie the code sets (lib/staff/cookies.ts builds every Set-Cookie).
  expect(listed.map((t) => t.trim()).sort()).toEqual([SESSION_COOKIE].sort());
}

/** The decision aid at 360 px: with JavaScript on here, with it off in compare.spec.ts. */
export async function expectDecisionAidCards(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: /compare your options/i })).toBeVisible();
  await expect(page.locator('section.decision-card')).toHaveCount(9);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  for (const name of ['Micro-fragmented fat (Lipogems)', 'Bone marrow concentrate (BMAC)', 'Joint replacement', 'Waiting and keeping active']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Questions to ask at your consultation' })).toBeVisible();
  await expect(page.locator('#references + ol li').first()).toBeAttached();
}
