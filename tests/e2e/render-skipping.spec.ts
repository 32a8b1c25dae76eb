/**
 * Long pages let the browser skip blocks far below the screen (content-visibility: auto, in
 * app/globals.css). That must stay invisible to readers: once rendered, every box sits exactly
 * where it would with nothing skipped, and a focus ring has room past a block's edge.
 */
import { test, expect, type Page } from '@playwright/test';
import { siteRoutes } from '../../scripts/lib/routes';
import { renderEverything } from './support';

/** Position and size of every box in main and the footer, after scrolling through the page. */
async function boxes(page: Page): Promise<string[]> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Skipped blocks render as they come near the screen: go past each one (instantly: the site
  // scrolls smoothly when motion is not reduced).
  for (let y = 0; y <= height; y += 400) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.evaluate(() =>
    [...document.querySelectorAll('main *, body > footer *')]
      .filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName))
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return `${i} ${el.tagName} top ${Math.round(r.top + window.scrollY)} left ${Math.round(r.left)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      }),
  );
}

const skippable = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length);

const longPages = siteRoutes().filter((route) => /^\/(articles|treatments)\/[^/]+$/.test(route) || route === '/privacy');

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const route of longPages) {
      test(`${route}: skipped blocks, once rendered, lay out exactly as with nothing skipped`, async ({ page }) => {
        await page.goto(route);
        await page.evaluate(() => document.fonts.ready);
        expect(await skippable(page), 'blocks the browser may skip').toBeGreaterThan(10);
        const withSkipping = await boxes(page);
        await renderEverything(page);
        expect(await skippable(page)).toBe(0);
        expect(await boxes(page)).toEqual(withSkipping);
      });
    }
  });
}

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
