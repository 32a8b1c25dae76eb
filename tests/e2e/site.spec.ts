import { test, expect } from '@playwright/test';
import { allRoutes, content, expectNoAxeViolations, watchConsole } from './support';

test.describe('every public page', () => {
  for (const route of allRoutes()) {
    test(`${route} renders, has no console errors and no axe violations`, async ({ page }) => {
      const errors = watchConsole(page);
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page.getByRole('link', { name: 'Book a consultation' }).first()).toBeVisible();
      await expect(page.locator('footer')).toContainText('Registration');
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
});

test('internal links and in-page anchors all resolve', async ({ page, request }) => {
  const checked = new Map<string, number>();
  const broken: string[] = [];
  for (const route of allRoutes()) {
    await page.goto(route);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        const found = await page.locator(`[id="${id}"]`).count();
        if (found !== 1) broken.push(`${route}: anchor ${href} matches ${found} elements`);
      } else if (href.startsWith('/')) {
        const target = href.split('#')[0];
        if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
        const status = checked.get(target)!;
        if (status !== 200) broken.push(`${route}: ${href} answered ${status}`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test.describe('article pages', () => {
  for (const article of content.articles) {
    test(`${article.url} shows author, reviewer, dates and a linked, numbered reference list`, async ({ page }) => {
      await page.goto(article.url);
      await expect(page.locator('h1')).toHaveText(article.title!);
      await expect(page.getByText('Written by')).toBeVisible();
      const authorLink = page.locator('main a[href^="/clinicians/"]').first();
      await expect(authorLink).toBeVisible();
      await expect(page.getByTestId('reviewer-line')).toContainText(/Medically reviewed by .+ on \d{1,2} \w+ \d{4}; next review due \d{1,2} \w+ \d{4}/);
      await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();

      const keys = article.citations ?? [];
      const entries = page.locator('ol.reference-list > li');
      await expect(entries).toHaveCount(keys.length);
      for (const [i, key] of keys.entries()) {
        await expect(entries.nth(i)).toHaveAttribute('id', `ref-${key}`);
      }
      if (keys.length > 0) {
        await expect(page.locator('ol.reference-list a[href^="https://doi.org/10."]').first()).toBeVisible();
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

test('article pages ship no page-specific client JavaScript', async ({ page }) => {
  expect(content.articles.length).toBeGreaterThan(0);
  const scriptsOn = async (route: string) => {
    await page.goto(route);
    return page.locator('script[src]').evaluateAll((els) => els.map((s) => s.getAttribute('src')).sort());
  };
  const baseline = await scriptsOn('/clinicians');
  const article = await scriptsOn(content.articles[0].url);
  expect(article.filter((src) => !baseline.includes(src))).toEqual([]);
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

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const route of ['/', '/articles', '/treatments', '/clinicians']) {
    test(`${route} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
  test('an article fits the screen', async ({ page }) => {
    expect(content.articles.length).toBeGreaterThan(0);
    await page.goto(content.articles[0].url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
