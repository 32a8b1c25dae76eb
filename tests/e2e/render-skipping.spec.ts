/**
 * Long pages let the browser skip blocks far below the screen (content-visibility: auto, in
 * app/globals.css). That must stay invisible to readers: a focus ring has room past a block's edge.
 * That skipped blocks, once rendered, sit exactly where they would with nothing skipped is checked on
 * every long page at both widths in pages.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { siteRoutes } from '../../scripts/lib/routes';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

const longPages = siteRoutes().filter((route) => /^\/(articles|treatments)\/[^/]+$/.test(route) || route === '/privacy');

test('every block the browser may skip leaves room for the focus ring of what it contains', async ({ page }) => {
  await page.goto(longPages.find((route) => route.startsWith('/treatments/'))!);
  // A real keyboard focus, so :focus-visible applies and the ring is the one readers see.
  const link = page.locator('.prose p a').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await link.evaluate((el) => {
    const s = getComputedStyle(el);
    const spread = [...s.boxShadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]))[3] ?? 0;
    return {
      focusVisible: el.matches(':focus-visible'),
      reach: Math.max(parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth), spread),
    };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.reach).toBeGreaterThan(0);
  const margins = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
      .map((el) => parseFloat(getComputedStyle(el).overflowClipMargin)),
  );
  expect(margins.length).toBeGreaterThan(10);
  expect(Math.min(...margins)).toBeGreaterThanOrEqual(ring.reach);
});
