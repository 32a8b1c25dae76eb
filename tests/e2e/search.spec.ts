/**
 * Site search: the header form, the /search page, with and without JavaScript. That the header
 * search is a plain form on article pages is checked in pages.spec.ts (page-kinds.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import { content } from '../../scripts/lib/routes';
import { expectNoAxeViolations, watchConsole } from './support';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

const lipogemsTreatment = content.treatments.find((t) => t.slug === 'lipogems');
const regulationArticle = content.articles.find((a) => a.slug === 'regulation-cell-injections-uk-us');

const results = (page: Page) => page.getByTestId('search-results').locator('> li');

async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the site' });
  await box.fill(query);
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\?q=/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the header search finds the treatment and articles for "lipogems"', async ({ page }) => {
      expect(lipogemsTreatment).toBeDefined();
      await page.goto('/articles');
      await searchFromHeader(page, 'lipogems');
      expect(new URL(page.url()).searchParams.get('q')).toBe('lipogems');
      await expect(page.locator('h1')).toHaveText('Search');
      await expect(page.getByRole('heading', { level: 2, name: /pages? match “lipogems”/ })).toBeVisible();
      const first = results(page).first();
      await expect(first.getByRole('link', { name: lipogemsTreatment!.title })).toBeVisible();
      await expect(first).toContainText('Treatment');
      expect(await results(page).count()).toBeGreaterThan(1);
      // The search page keeps the query in its own box.
      await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search for' })).toHaveValue('lipogems');
    });

    test('pressing Enter in the search page box searches again', async ({ page }) => {
      await page.goto('/search');
      const box = page.getByRole('main').getByRole('searchbox', { name: 'Search for' });
      await box.fill('regulation');
      await box.press('Enter');
      await page.waitForURL(/q=regulation/);
      await expect(results(page).first().getByRole('link', { name: regulationArticle!.title })).toBeVisible();
    });
  });
}

test('each result shows its title, category and description, and links to the page', async ({ page }) => {
  await page.goto('/search?q=regulation');
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(regulationArticle!.title!);
  await expect(first).toContainText('Regulation');
  const description = (await first.locator('p').allInnerTexts()).join(' ');
  expect(description.length).toBeGreaterThan(50);
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${regulationArticle!.url}$`));
});

test('results cover articles and treatments and nothing that is not published', async ({ page }) => {
  await page.goto('/search?q=knee');
  const hrefs = await results(page).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const published = new Set([...content.articles, ...content.treatments].map((d) => d.url));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) expect(published.has(href!)).toBe(true);
  expect(hrefs.some((h) => h!.startsWith('/treatments/'))).toBe(true);
  expect(hrefs.some((h) => h!.startsWith('/articles/'))).toBe(true);
  for (const draft of content.drafts) expect(hrefs).not.toContain(draft.url);
});

test('a query that matches nothing says so and offers the article and treatment lists', async ({ page }) => {
  await page.goto('/search?q=zzqxjv');
  await expect(page.getByRole('heading', { level: 2, name: 'No pages match “zzqxjv”' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'all articles' })).toBeVisible();
});

test('an empty search shows a prompt, not results', async ({ page }) => {
  await page.goto('/search?q=%20%20');
  await expect(page.getByText(/Type a word or two/)).toBeVisible();
  await expect(page.getByTestId('search-results')).toHaveCount(0);
});

test('a query with markup is shown as text, not run', async ({ page }) => {
  const errors = watchConsole(page);
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(dialog).toBe(false);
  expect(errors).toEqual([]);
});

test('search pages are kept out of search engines but canonical to /search', async ({ page, baseURL }) => {
  await page.goto('/search?q=knee');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // /search is rendered per request, so its origin is the running server's SITE_URL.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/search`);
  await expect(page).toHaveTitle(/Search results for “knee”/);
});

// /search without a query is checked with every other page in pages.spec.ts.
test('/search with results has no axe violations', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/search?q=bone+marrow');
  await expect(results(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the header search box is labelled and shows keyboard focus', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the site' });
  await expect(page.getByRole('banner').getByRole('search')).toHaveAttribute('action', '/search');
  await box.focus();
  const ring = await box.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Tab');
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeFocused();
  expect(await button.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // Every other page, the home page included, is checked at this width in pages.spec.ts.
  for (const route of ['/search?q=knee']) {
    test(`${route}: the header search fits without sideways scrolling`, async ({ page }) => {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
      await expect(button).toBeInViewport();
      const box = await page.getByRole('banner').getByRole('searchbox').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(150);
      await expectNoAxeViolations(page);
    });
  }
});
