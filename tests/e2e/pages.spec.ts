/**
 * Every page of the site (scripts/lib/routes.ts: the indexable pages and /search), at a 360 px phone
 * width and at desktop width: one visit per route and width runs every check that needs the page.
 *
 * Both widths: status 200, no console errors, axe WCAG 2.2 A/AA in the light scheme (and in the dark
 * one the day the site offers it), and on long pages, that skipped blocks (content-visibility) lay out
 * exactly as with nothing skipped; no cookie or local or session storage is left.
 * Desktop: one h1, the booking link and the footer; head metadata and JSON-LD; what the page's kind
 * shows and describes (page-kinds.ts); every internal link answers 200 and every in-page anchor
 * names one element; no third-party request, cookie or storage once the network has settled;
 * article and treatment pages load no script beyond the plainest page's.
 * Phone: the page and the header search fit the screen without sideways scrolling; the decision aid.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { allRoutes, content, siteRoutes } from '../../scripts/lib/routes';
import { siteConfig } from '../../lib/site-config';
import { abs, expectNoAxeViolations, ofType, ORIGIN, readHead, renderEverything, watchConsole, type Head } from './support';
import { expectFaqOpens, expectWhatThisPageShows, expectWhatThisPageShowsOnAPhone } from './page-kinds';

const WIDTHS = [
  { name: 'phone 360 px', phone: true, viewport: { width: 360, height: 740 } },
  { name: 'desktop', phone: false, viewport: { width: 1280, height: 800 } },
] as const;

const indexable = new Set(allRoutes());
const longPages = new Set(siteRoutes().filter((route) => /^\/(articles|treatments)\/[^/]+$/.test(route) || route === '/privacy'));
const noPageScripts = new Set([...content.articles, ...content.treatments].map((d) => d.url));
const phoneFitChecked = new Set(['/', '/articles', '/treatments', '/clinicians', content.articles[0]?.url]);
const treatments = new Set(content.treatments.map((d) => d.url));

/**
 * One page per width per worker, each visit a fresh document in it, instead of a new browser context
 * and page per visit (the context alone cost 0.5 to 1.2 s, docs/performance.md). The context is made
 * with the test's own options (Playwright applies them to every context made during a test), so a
 * visit sees the same viewport, screen, user agent and locale as before. What a fresh context
 * guaranteed is proven after every visit instead: no cookie and no local or session storage is left
 * (asserted at both widths, so a visit that set one fails itself, never the next), then the origin's
 * stored data of every kind is cleared, the page leaves for the site's plain-text robots.txt (ending
 * the document and anything it still had loading) and the visit's listeners are removed, so nothing
 * the next visit checks (console errors, requests, cookies, storage) can come from this one. Requests
 * served from the warm HTTP cache are still seen as requests, so the same-origin check is unchanged.
 * Not about:blank: leaving the site for it and coming back made Chromium start a new renderer process
 * for every visit, which cost a third of the file's CPU time (docs/performance.md).
 */
const visitPages = new Map<string, Promise<Page>>();

const test = base.extend<{ page: Page }>({
  page: async ({ browser, viewport, baseURL }, provide) => {
    const key = `${viewport!.width}×${viewport!.height}`;
    let visit = visitPages.get(key);
    if (!visit || (await visit).isClosed()) {
      visit = browser.newContext().then(async (context) => {
        await context.addInitScript(recordSkippedState);
        return context.newPage();
      });
      visitPages.set(key, visit);
    }
    const page = await visit;
    const origin = new URL(baseURL!).origin;
    try {
      await provide(page);
    } finally {
      for (const event of ['console', 'pageerror', 'request'] as const) page.removeAllListeners(event);
    }
    const context = page.context();
    const cookies = await context.cookies();
    const onSite = new URL(page.url()).origin === origin;
    const storage = onSite ? await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]) : [];
    if (onSite) await page.evaluate(() => sessionStorage.clear());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.detach();
    await context.clearCookies();
    await page.goto(new URL('/robots.txt', origin).href);
    expect(cookies, 'cookies left by the visit').toEqual([]);
    expect(storage, 'local and session storage left by the visit').toEqual([]);
  },
});

// Read-only: the pages of this file run in parallel across workers. Each test does the work of
// several page visits (axe twice on a long page, scrolling through it), so it gets three times the
// default time.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width.name}`, () => {
    test.use({ viewport: width.viewport });
    for (const route of siteRoutes()) {
      test(`${route}`, async ({ page, request, baseURL }) => {
        const errors = watchConsole(page);
        const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
        await page.emulateMedia({ colorScheme: 'light' });
        // The load event, once: the desktop checks that need the network to settle wait for it
        // after scrolling to the end (expectOwnOriginOnly), where lazy loads have started too.
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);

        // At the top of the page, before anything scrolls it.
        if (width.phone && phoneFitChecked.has(route)) await test.step('fits the screen', () => expectNoSidewaysScroll(page));
        if (width.phone) await test.step('header search fits', () => expectHeaderSearchFits(page));
        if (width.phone) await expectWhatThisPageShowsOnAPhone(page, route);
        // While the browser still skips what is far below the screen.
        if (longPages.has(route)) await test.step('render skipping', () => expectSkippingInvisible(page));
        if (!width.phone && indexable.has(route)) {
          await test.step('layout landmarks', () => expectLandmarks(page));
          const head = await test.step('metadata and JSON-LD', () => expectHeadAndJsonLd(page, route));
          await expectWhatThisPageShows(page, request, route, head);
          await test.step('internal links and anchors', () => expectLinksResolve(page, request, route));
        }
        if (!width.phone) await test.step('same origin only, no cookie or storage', () => expectOwnOriginOnly(page, foreign));
        if (!width.phone && noPageScripts.has(route)) await test.step('no page-specific JavaScript', () => expectNoPageScripts(page));
        await test.step('axe, light and dark', () => expectAxeCleanInEveryScheme(page));
        // Changes the page, so after everything else has seen it as loaded.
        if (!width.phone && treatments.has(route)) await test.step('FAQ answers open without JavaScript', () => expectFaqOpens(page));
        expect(errors).toEqual([]);
      });
    }
  });
}

/** Requests to any other origin; the site makes none (no fonts, analytics or embeds from elsewhere). */
function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(req.url());
  });
  return foreign;
}

async function expectOwnOriginOnly(page: Page, foreign: string[]) {
  // Scroll to the end so lazy images and anything fetched on view also load.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

/** The colours the page actually paints, to tell whether it has a dark scheme. */
async function paintedColours(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pick = (el: Element | null) => (el ? `${getComputedStyle(el).backgroundColor}/${getComputedStyle(el).color}` : '');
    return [document.body, document.querySelector('header'), document.querySelector('main'), document.querySelector('footer')]
      .map(pick)
      .join('|');
  });
}

async function expectAxeCleanInEveryScheme(page: Page) {
  await expectNoAxeViolations(page);
  const light = await paintedColours(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await paintedColours(page);
  // The site has no dark scheme today; the moment it gets one, it is checked here too.
  if (dark !== light) await expectNoAxeViolations(page);
}

async function expectLandmarks(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toBeEmpty();
  await expect(page.getByRole('link', { name: 'Book a consultation' }).first()).toBeVisible();
  await expect(page.locator('footer')).toContainText('Registration');
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectHeaderSearchFits(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeInViewport();
  const box = await page.getByRole('banner').getByRole('searchbox').boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(150);
}

/** Link targets already requested by this worker, with their status: each is requested once. */
const linkStatus = new Map<string, Promise<number>>();

async function expectLinksResolve(page: Page, request: APIRequestContext, route: string) {
  const broken: string[] = [];
  // Every href, and for each in-page anchor how many elements carry its id, read in one go.
  const links = await page.locator('a[href]').evaluateAll((els) =>
    els.map((a) => {
      const href = a.getAttribute('href') ?? '';
      const matches = href.startsWith('#') ? document.querySelectorAll(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`).length : 0;
      return { href, matches };
    }),
  );
  // All targets requested side by side, not one after the other.
  const status = (target: string) => {
    if (!linkStatus.has(target)) linkStatus.set(target, request.get(target).then((res) => res.status()));
    return linkStatus.get(target)!;
  };
  const statuses = await Promise.all(links.map(({ href }) => (href.startsWith('/') ? status(href.split('#')[0]) : undefined)));
  links.forEach(({ href, matches }, i) => {
    if (href.startsWith('#')) {
      if (matches !== 1) broken.push(`${route}: anchor ${href} matches ${matches} elements`);
    } else if (href.startsWith('/') && statuses[i] !== 200) {
      broken.push(`${route}: ${href} answered ${statuses[i]}`);
    }
  });
  expect(broken).toEqual([]);
}

/**
 * The scripts of the plainest page (the clinicians list, no client code of its own), read once per
 * worker, like the page under test's, once the network has settled.
 */
let plainPageScripts: Promise<string[]> | undefined;
const scriptsOf = (page: Page) => page.locator('script[src]').evaluateAll((els) => els.map((s) => s.getAttribute('src')!).sort());

async function expectNoPageScripts(page: Page) {
  plainPageScripts ??= (async () => {
    const plain = await page.context().newPage();
    try {
      await plain.goto('/clinicians', { waitUntil: 'networkidle' });
      return await scriptsOf(plain);
    } finally {
      await plain.close();
    }
  })();
  const baseline = await plainPageScripts;
  expect(baseline.length).toBeGreaterThan(0);
  expect((await scriptsOf(page)).filter((src) => !baseline.includes(src))).toEqual([]);
}

async function expectHeadAndJsonLd(page: Page, route: string): Promise<Head> {
  const head = await readHead(page);

  expect(head.title).toContain(siteConfig.name);
  expect(head.description?.length ?? 0).toBeGreaterThanOrEqual(50);
  expect(head.canonical && new URL(head.canonical).href).toBe(abs(route));
  expect(head.robots ?? '').not.toContain('noindex');

  expect(head.og['og:url'] && new URL(head.og['og:url']).href).toBe(abs(route));
  expect(head.og['og:title']).toBeTruthy();
  expect(head.og['og:description']).toBe(head.description);
  expect(head.og['og:site_name']).toBe(siteConfig.name);
  expect(head.og['og:locale']).toBe('en_GB');
  expect(head.og['og:image']).toMatch(new RegExp(`^${ORIGIN}/`));
  expect(head.og['og:image:width']).toBe('1200');
  expect(head.twitter['twitter:card']).toBe('summary_large_image');
  expect(head.twitter['twitter:image']).toBe(head.og['og:image']);

  expect(head.feed).toBe(`${ORIGIN}/feed.xml`);
  expect(head.manifest).toBe('/manifest.webmanifest');
  expect(head.icon).toMatch(/^\/icon\.svg/);

  expect(head.jsonLdErrors).toEqual([]);
  expect(head.jsonLd.length).toBeGreaterThan(0);
  for (const block of head.jsonLd) expect(block['@context']).toBe('https://schema.org');

  // Breadcrumbs: the JSON-LD list matches the visible trail and ends at this page.
  const visibleCrumbs = await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts();
  const lists = ofType(head.jsonLd, 'BreadcrumbList');
  if (route === '/') {
    expect(lists).toEqual([]);
  } else {
    expect(lists).toHaveLength(1);
    const items = lists[0].itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.name)).toEqual(visibleCrumbs.map((t) => t.replace(/^\s*\/\s*/, '').trim()));
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(items[0].item).toBe(abs('/'));
    expect(items.at(-1)!.item).toBe(abs(route));
  }
  return head;
}

/**
 * Runs in every document of this file's pages, from its start: records each block's latest
 * "skipped or rendered" state as the browser reports it (contentvisibilityautostatechange, which does
 * not bubble, so it is caught on its way down), including the first state of every block.
 */
function recordSkippedState() {
  const skipped = new WeakMap<Element, boolean>();
  (window as unknown as { __skipped: WeakMap<Element, boolean> }).__skipped = skipped;
  document.addEventListener('contentvisibilityautostatechange', (event) => skipped.set(event.target as Element, (event as Event & { skipped: boolean }).skipped), {
    capture: true,
  });
}

/**
 * Brings every block the browser may skip onto the screen until the browser has rendered it once,
 * which is what a reader scrolling through does: from then on a skipped block keeps its real size
 * (contain-intrinsic-size: auto). The first block not rendered yet is scrolled to the top of the
 * screen (instantly: the site scrolls smoothly when motion is not reduced) and the walk waits, a frame
 * at a time, for the browser to report it rendered; the browser renders what is near the screen too,
 * so one step usually covers more than a screen. Waiting on the browser's report instead of a fixed
 * two frames per screen is both shorter and certain. Returns the blocks it could not get rendered.
 */
async function renderEachBlockOnce(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const skipped = (window as unknown as { __skipped: WeakMap<Element, boolean> }).__skipped;
    const blocks = [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const rendered = new Set(blocks.filter((el) => skipped.get(el) === false));
    const noted = skipped.set.bind(skipped);
    skipped.set = (el, value) => {
      if (!value) rendered.add(el);
      return noted(el, value);
    };
    const missed: string[] = [];
    for (const block of blocks) {
      if (rendered.has(block)) continue;
      block.scrollIntoView({ block: 'start', behavior: 'instant' });
      for (let frames = 0; !rendered.has(block) && frames < 120; frames++) await frame();
      if (!rendered.has(block)) missed.push(`${block.tagName} ${block.textContent?.trim().slice(0, 40)}`);
    }
    skipped.set = noted;
    return missed;
  });
}

/** Position and size of every rendered box in main and the footer, relative to the document. */
async function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *, body > footer *')]
      .filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName))
      // Not rendered at all, skipped or not (a closed <details>' answer, display: none): such an
      // element's box is whatever Chromium last computed for it, not a position on the page.
      .filter((el) => el.checkVisibility())
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return `${i} ${el.tagName} top ${Math.round(r.top + window.scrollY)} left ${Math.round(r.left)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      }),
  );
}

const skippable = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length);

/** Long pages let the browser skip blocks far below the screen; once rendered, nothing may have moved. */
async function expectSkippingInvisible(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  expect(await skippable(page), 'blocks the browser may skip').toBeGreaterThan(10);
  expect(await renderEachBlockOnce(page), 'blocks never rendered').toEqual([]);
  const withSkipping = await boxes(page);
  await renderEverything(page);
  // Nothing is skipped any more, so the boxes can be read without scrolling through again.
  expect(await skippable(page)).toBe(0);
  expect(await boxes(page)).toEqual(withSkipping);
}
