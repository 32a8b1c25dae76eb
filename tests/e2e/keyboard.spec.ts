/**
 * Keyboard use: the skip link, the header (navigation and search), an article's table of contents,
 * the booking form, a visible focus indicator at every stop, and the reduced-motion preference.
 */
import { test, expect, type Page } from '@playwright/test';
import { content } from '../../scripts/lib/routes';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

type Focused = { tag: string; text: string; id: string; href: string | null; visibleFocus: boolean; inViewport: boolean; marker: string | null };

/** What has focus now, and whether the browser paints a focus indicator on it. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', id: '', href: null, visibleFocus: false, inViewport: false, marker: null };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== '' && s.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60),
      id: el.id,
      href: el.getAttribute('href'),
      visibleFocus: outline || shadow,
      inViewport: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < window.innerHeight,
      marker: el.getAttribute('data-kbd'),
    };
  });
}

async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return focused(page);
}

test('the skip link is the first stop, is visible when focused and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  const first = await tab(page);
  expect(first).toMatchObject({ tag: 'a', href: '#main', text: 'Skip to main content', visibleFocus: true, inViewport: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect((await focused(page)).id).toBe('main');
  // The next Tab continues from the main content, not from the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test('Tab moves through every header control in order, each with a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  const expected = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('header a[href], header input, header button, header select, header textarea, header [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && el.getClientRects().length > 0);
    controls.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return controls.map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.id}`);
  });
  expect(expected.length).toBeGreaterThanOrEqual(5); // home, three sections, booking (+ search)
  const skip = await tab(page);
  expect(skip.href).toBe('#main');
  const seen: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const f = await tab(page);
    seen.push(f.marker ?? `${f.tag} ${f.text}`);
    if (!f.visibleFocus) problems.push(`no visible focus on ${expected[i]}`);
    if (!f.inViewport) problems.push(`${expected[i]} is focused off screen`);
  }
  expect(seen).toEqual(expected.map((_, i) => String(i)));
  expect(problems).toEqual([]);
});

test('the header search is reachable by keyboard and submits with Enter', async ({ page }) => {
  await page.goto('/');
  let f = await tab(page);
  for (let i = 0; i < 20 && !(f.tag === 'input' && (await page.evaluate(() => document.activeElement?.closest('header') !== null))); i++) {
    f = await tab(page);
  }
  expect(f.tag, 'Tab reaches a search box in the header').toBe('input');
  expect(f.visibleFocus).toBe(true);
  await expect(page.locator('header').getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('knee');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=knee/);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main a[href^="/articles/"], main a[href^="/treatments/"]').first()).toBeVisible();
});

test('an article table-of-contents link, activated by keyboard, scrolls to its section and moves the focus start there', async ({ page }) => {
  const article = content.articles[0];
  expect(article).toBeDefined();
  await page.setViewportSize({ width: 1280, height: 800 });
  // This test is about where focus and the viewport end up, not the animation: with smooth
  // scrolling a busy machine can still be mid-scroll when the position is read.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(article.url);
  const toc = page.locator('nav[aria-labelledby="toc-heading"]');
  await expect(toc).toHaveCount(1);
  const links = toc.locator('a[href^="#"]');
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  // Choose an entry well down the page so scrolling is observable.
  const href = (await links.nth((await links.count()) - 2).getAttribute('href'))!;
  const targetId = decodeURIComponent(href.slice(1));

  let f = await tab(page);
  for (let i = 0; i < 80 && f.href !== href; i++) f = await tab(page);
  expect(f.href, `Tab reaches the table-of-contents link ${href}`).toBe(href);
  expect(f.visibleFocus).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect
    .poll(() => page.locator(`[id="${targetId}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeLessThan(200);
  // Sequential focus continues from the section, not from the table of contents.
  await page.keyboard.press('Tab');
  const after = await page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const active = document.activeElement!;
    return target === active || target.contains(active) || Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, targetId);
  expect(after).toBe(true);
});

test('on the booking page, Tab reaches the submit button through the form, with visible focus at every stop', async ({ page }) => {
  const response = await page.goto('/book');
  expect(response?.status()).toBe(200);
  const submit = page.locator('main form button[type="submit"], main form input[type="submit"]').first();
  await expect(submit).toBeVisible();
  const problems: string[] = [];
  let reached = false;
  let visitedFormControls = 0;
  for (let i = 0; i < 120 && !reached; i++) {
    const f = await tab(page);
    const inForm = await page.evaluate(() => document.activeElement?.closest('main form') !== null);
    if (inForm) {
      visitedFormControls++;
      if (!f.visibleFocus) problems.push(`no visible focus on ${f.tag}#${f.id} ${f.text}`);
    }
    reached = await submit.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the submit button').toBe(true);
  expect(visitedFormControls).toBeGreaterThan(3);
  expect(problems).toEqual([]);
});

test('a focused link has a visible focus indicator on every kind of page', async ({ page }) => {
  for (const route of ['/', content.articles[0].url, '/book']) {
    await page.goto(route);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // first header link
    const f = await focused(page);
    expect(f.tag, route).toBe('a');
    expect(f.visibleFocus, `${route}: focused link shows an outline or ring`).toBe(true);
  }
});

test.describe('reduced motion', () => {
  test('smooth scrolling is switched off when the user asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(content.articles[0].url);
    const normal = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reduced = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(normal).toBe('smooth'); // the check can tell the two apart
    expect(reduced).toBe('auto');
  });

  test('no animation or transition runs on load with reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const route of ['/', content.articles[0].url, '/book']) {
      await page.goto(route);
      const running = await page.evaluate(() =>
        document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.id ?? 'animation'),
      );
      expect(running, route).toEqual([]);
    }
  });
});
