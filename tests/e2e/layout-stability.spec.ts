/**
 * On a slow phone connection the web font can arrive after the text is already on screen. If the
 * browser then swapped it in, every line would reflow and the page would jump (Lighthouse measured
 * a layout shift of 0.19 from "Web font loaded" on a throttled load). The font is declared
 * `display: optional` (app/fonts.ts), so a late font is simply not used for that page view.
 * Here the font is held back until the page has painted, and the page must not move when it lands.
 */
import { test, expect } from '@playwright/test';
import { representativeRoutes } from '../../scripts/lib/routes';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

test.use({ viewport: { width: 360, height: 740 } });

for (const { name, route } of representativeRoutes()) {
  test(`${name} (${route}): no layout shift when the web font arrives late`, async ({ page }) => {
    // Sum of layout-shift values not caused by input: the page's Cumulative Layout Shift.
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let releaseFont!: () => void;
    const fontHeld = new Promise<void>((resolve) => (releaseFont = resolve));
    let fontRequests = 0;
    await page.route('**/*.woff2', async (r) => {
      fontRequests++;
      await fontHeld;
      await r.continue();
    });

    await page.goto(route, { waitUntil: 'domcontentloaded' });
    // Text is on screen in the fallback font before the web font is let through.
    await expect(page.locator('h1')).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    releaseFont();
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    expect(fontRequests, 'the page asks for the web font').toBeGreaterThan(0);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls, 'cumulative layout shift').toBeLessThan(0.01);
  });
}
