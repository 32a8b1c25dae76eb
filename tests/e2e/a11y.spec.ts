/**
 * The accessibility statement. axe (WCAG 2.2 A/AA) on every route at phone and desktop widths, in
 * every colour scheme the site offers, runs in pages.spec.ts.
 */
import { test, expect } from '@playwright/test';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

test('the accessibility statement states the target, how the site is tested and how to report a problem', async ({ page }) => {
  await page.goto('/accessibility');
  await expect(page.locator('h1')).toHaveText('Accessibility statement');
  await expect(page.locator('main')).toContainText('WCAG) 2.2');
  await expect(page.locator('main')).toContainText('level AA');
  for (const heading of ['How we test', 'What we know is not yet right', 'Tell us about a problem']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible();
  await expect(page.locator('footer').getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/accessibility');
});
