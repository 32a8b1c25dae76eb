/** Shared helpers for the end-to-end tests: axe, console errors, and reading a page's head and JSON-LD. */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import axeCore, { type AxeResults } from 'axe-core';
import { siteConfig } from '../../lib/site-config';

/** WCAG 2.2 A and AA rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Turns off the browser's skipping of blocks far below the screen (content-visibility: auto, in
 * app/globals.css) on every element. Inline styles, because the site's CSP refuses an injected <style>.
 */
export async function renderEverything(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.style.contentVisibility = 'visible';
  });
}

/**
 * axe-core's own run, with the WCAG tags, in the page itself: one `axe.run` over the document,
 * which is what AxeBuilder's legacy mode does, without its overhead. AxeBuilder sends and compiles
 * axe's 550 kB source twice on every scan (once in analyze, once more in every frame before the
 * run), which cost more than the scan itself (docs/performance.md); here the source goes into each
 * frame once per document, and a second scan of the same document (the dark scheme) reuses it.
 * Same-origin frames get axe too, so axe.run checks them as AxeBuilder's legacy mode did.
 * Only violations are reported in full: every rule still runs on every element, but axe does not
 * build a selector and an HTML snippet for each of the thousands of passing checks, which the tests
 * never read.
 */
async function axe(page: Page): Promise<AxeResults> {
  for (const frame of page.frames()) {
    // Not `'axe' in window`: an element with id="axe" would be a window property too.
    const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: typeof axeCore }).axe?.run === 'function');
    if (!loaded) await frame.evaluate(axeCore.source);
  }
  return page.evaluate(
    (tags) => (window as unknown as { axe: typeof axeCore }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
}

export async function expectNoAxeViolations(page: Page) {
  // axe cannot work out the colours behind skipped text: render everything so contrast is checked
  // on the whole page.
  await renderEverything(page);
  const results = await axe(page);
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * One JavaScript-on page per browser, so per worker, for the scans below: a new context and page
 * for every scan cost more than the scan itself (docs/performance.md). Each scan loads a fresh
 * document into it first, so nothing of the last one is left.
 */
const scanPages = new WeakMap<Browser, Promise<Page>>();

/**
 * axe for a page shown with JavaScript off: axe runs as page script, which that page cannot execute,
 * so the same server HTML, minus its scripts, is scanned in a JavaScript-on page of the same origin.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page, serverHtml: string) {
  const html = serverHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const browser = page.context().browser()!;
  let scanPage = scanPages.get(browser);
  if (!scanPage) {
    scanPage = browser.newContext({ javaScriptEnabled: true }).then((context) => context.newPage());
    scanPages.set(browser, scanPage);
  }
  const target = await scanPage;
  await target.goto(new URL('/robots.txt', page.url()).toString());
  await target.setContent(html.replace('<head>', `<head><base href="${new URL('/', page.url())}">`), { waitUntil: 'load' });
  await expectNoAxeViolations(target);
}

/** Collects console errors and failed page errors; assert on it after the page settles. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * React has hydrated the element: hydration leaves its internal keys on the DOM node, and a page
 * whose scripts were blocked or have not run yet has none. Polled: on a busy machine the scripts can
 * still be running after the load event and after the network goes quiet.
 */
export async function expectHydrated(element: Locator) {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__react')))).toBe(true);
}

/**
 * The origin static pages carry: the one the build was made with (SITE_URL, or the site config's
 * default). Build and test with the same SITE_URL, as scripts/test-all.sh does.
 */
export const ORIGIN = siteConfig.url;
export const abs = (route: string) => new URL(route, `${ORIGIN}/`).href;
/** The path (and query) of an absolute URL on the site, to fetch it from the test server. */
export const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

export type JsonLdNode = Record<string, unknown> & { '@type'?: string };

export type Head = {
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  og: Record<string, string>;
  twitter: Record<string, string>;
  feed: string | null;
  manifest: string | null;
  icon: string | null;
  jsonLd: JsonLdNode[];
  jsonLdErrors: string[];
};

export async function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
    const metas = (prefix: string, key: 'property' | 'name') =>
      Object.fromEntries(
        [...document.querySelectorAll(`meta[${key}^="${prefix}"]`)].map((m) => [m.getAttribute(key)!, m.getAttribute('content') ?? '']),
      );
    const jsonLd: Record<string, unknown>[] = [];
    const jsonLdErrors: string[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        jsonLd.push(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        jsonLdErrors.push(String(error));
      }
    }
    return {
      title: document.title,
      description: attr('meta[name="description"]', 'content'),
      canonical: attr('link[rel="canonical"]', 'href'),
      robots: attr('meta[name="robots"]', 'content'),
      og: { ...metas('og:', 'property'), ...metas('article:', 'property') },
      twitter: metas('twitter:', 'name'),
      feed: attr('link[rel="alternate"][type="application/atom+xml"]', 'href'),
      manifest: attr('link[rel="manifest"]', 'href'),
      icon: attr('link[rel="icon"]', 'href'),
      jsonLd,
      jsonLdErrors,
    };
  });
}

export const ofType = (blocks: JsonLdNode[], type: string) => blocks.filter((b) => b['@type'] === type);
