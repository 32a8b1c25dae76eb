/**
 * Drafts and the 404 page. What each published page shows (articles, treatments, clinicians, the
 * article lists and their filters), and the checks every page gets (status, headings, axe, links and
 * anchors, phone width), are in pages.spec.ts, in its one visit to each page (page-kinds.ts).
 */
import { test, expect } from '@playwright/test';
import { content } from '../../scripts/lib/routes';
import { expectNoAxeViolations, watchConsole } from './support';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

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
