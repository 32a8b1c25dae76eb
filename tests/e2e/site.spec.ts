/**
 * What each kind of page shows: articles, treatments, clinicians, filters, drafts and the 404 page.
 * The checks every page gets (status, headings, axe, links and anchors, phone width) are in pages.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { content } from '../../scripts/lib/routes';
import { expectNoAxeViolations, watchConsole } from './support';

test.describe('article pages', () => {
  for (const article of content.articles) {
    test(`${article.url} shows author, reviewer, dates and a linked, numbered reference list`, async ({ page }) => {
      await page.goto(article.url);
      await expect(page.locator('h1')).toHaveText(article.title!);
      await expect(page.getByText('Written by')).toBeVisible();
      const authorLink = page.locator('main a[href^="/clinicians/"]').first();
      await expect(authorLink).toBeVisible();
      await expect(page.getByTestId('reviewer-line')).toContainText(/Medically reviewed by .+/);
      // The dates and the change notes come from the page's review record.
      await expect(page.getByTestId('review-dates')).toContainText(/Last reviewed \d{1,2} \w+ \d{4} · Next review due \d{1,2} \w+ \d{4}/);
      await expect(page.getByTestId('change-history').getByRole('listitem').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();

      const keys = article.citations ?? [];
      const entries = page.locator('ol.reference-list > li');
      await expect(entries).toHaveCount(keys.length);
      for (const [i, key] of keys.entries()) {
        await expect(entries.nth(i)).toHaveAttribute('id', `ref-${key}`);
      }
      if (keys.length > 0) {
        // A DOI, PubMed or (for guidelines such as NICE's) the publisher's page.
        await expect(page.locator('ol.reference-list a[href^="https://"]').first()).toBeVisible();
      }

      // Each in-text number N links to the Nth entry, including inside grouped citations.
      const citationLinks = await page
        .locator('sup.citation a')
        .evaluateAll((links) => links.map((a) => ({ n: a.textContent, href: a.getAttribute('href') })));
      expect(citationLinks.length).toBeGreaterThanOrEqual(keys.length);
      for (const { n, href } of citationLinks) {
        expect(href).toBe(`#ref-${keys[Number(n) - 1]}`);
      }
    });
  }
});

test('treatment pages show every required section, the price from the config and an FAQ', async ({ page }) => {
  for (const treatment of content.treatments) {
    await page.goto(treatment.url);
    for (const heading of ['What it is', 'Risks and side effects', 'Limits of the evidence', 'Regulatory status', 'Price', 'Frequently asked questions']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    const faq = page.locator('details');
    expect(await faq.count()).toBeGreaterThanOrEqual(6);
    // Native disclosure: opening an answer needs no JavaScript.
    await faq.first().locator('summary').click();
    await expect(faq.first().locator('p')).toBeVisible();
  }
});

test('clinician profiles list what each person wrote and reviewed', async ({ page }) => {
  for (const author of content.authors) {
    await page.goto(author.url);
    await expect(page.locator('h1')).toHaveText(author.name!);
    await expect(page.getByRole('heading', { name: 'Pages written' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pages medically reviewed' })).toBeVisible();
  }
  const reviewed = content.articles.length + content.treatments.length;
  let linksToDocs = 0;
  for (const author of content.authors) {
    await page.goto(author.url);
    linksToDocs += await page.locator('main section:has(h2:text("Pages medically reviewed")) li a').count();
  }
  expect(linksToDocs).toBe(reviewed);
});

test('category and tag filters narrow the article list', async ({ page }) => {
  await page.goto('/articles');
  const total = await page.locator('main ul[aria-label$="articles"] > li').count();
  expect(total).toBe(content.articles.length);
  for (const article of content.articles.slice(0, 3)) {
    const tag = article.tags?.[0];
    if (!tag) continue;
    await page.goto(`/articles/tag/${tag}`);
    await expect(page.getByRole('link', { name: article.title! })).toBeVisible();
    const expected = content.articles.filter((a) => a.tags?.includes(tag)).length;
    await expect(page.locator('main ul[aria-label$="articles"] > li')).toHaveCount(expected);
  }
});

test('drafts are not published', async ({ request }) => {
  for (const draft of content.drafts) {
    expect((await request.get(draft.url)).status()).toBe(404);
  }
  const listing = await (await request.get('/articles')).text();
  for (const draft of content.drafts) expect(listing).not.toContain(draft.url);
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const errors = watchConsole(page);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/can.t find that page/);
  await expect(page.getByRole('link', { name: 'All articles' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Next logs the 404 response itself as a console error in Chromium; anything else is a bug.
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});
