/**
 * axe (WCAG 2.0/2.1/2.2 A and AA, colour contrast included) on every route at phone and desktop
 * widths, in every colour scheme the site offers. site.spec.ts covers the desktop light pass for
 * the content routes; this file covers the phone width, the fixed pages and dark mode.
 */
import { test, expect, type Page } from '@playwright/test';
import { siteRoutes } from '../../scripts/lib/routes';
import { expectNoAxeViolations, watchConsole } from './support';

const WIDTHS = [
  { name: 'phone 360 px', viewport: { width: 360, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** The colours the page actually paints, to tell whether it has a dark scheme. */
async function paintedColours(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pick = (el: Element | null) => (el ? `${getComputedStyle(el).backgroundColor}/${getComputedStyle(el).color}` : '');
    return [document.body, document.querySelector('header'), document.querySelector('main'), document.querySelector('footer')]
      .map(pick)
      .join('|');
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width.name}`, () => {
    test.use({ viewport: width.viewport });
    for (const route of siteRoutes()) {
      test(`${route}: no axe violations in light${' '}and, if offered, dark scheme`, async ({ page }) => {
        const errors = watchConsole(page);
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expectNoAxeViolations(page);
        const light = await paintedColours(page);

        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await paintedColours(page);
        // The site has no dark scheme today; the moment it gets one, it is checked here too.
        if (dark !== light) await expectNoAxeViolations(page);
        expect(errors).toEqual([]);
      });
    }
  });
}

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
