/** Shared helpers for the end-to-end tests: routes from the compiled content, axe and console checks. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type GeneratedDoc = { slug: string; url: string; draft?: boolean; title?: string; name?: string; citations?: string[]; tags?: string[] };

function readGenerated(type: 'Article' | 'Treatment' | 'Author'): GeneratedDoc[] {
  const file = path.join(process.cwd(), '.contentlayer', 'generated', type, '_index.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratedDoc[];
}

/** Published documents, as a production build shows them. */
export const content = {
  articles: readGenerated('Article').filter((d) => !d.draft),
  treatments: readGenerated('Treatment').filter((d) => !d.draft),
  authors: readGenerated('Author'),
  drafts: [...readGenerated('Article'), ...readGenerated('Treatment')].filter((d) => d.draft),
};

export const CATEGORY_SLUGS = ['treatment', 'condition', 'evidence', 'regulation', 'patient-guide'];

/** Public pages not built from content (lib/seo/routes.ts STANDALONE_PAGES lists the same for the sitemap). */
export const STANDALONE_PAGES = ['/book', '/compare', '/privacy', '/accessibility', '/cookies'];

/** Every public, indexable page of the site. */
export function allRoutes(): string[] {
  const tags = [...new Set(content.articles.flatMap((a) => a.tags ?? []))];
  return [
    '/',
    '/articles',
    '/treatments',
    '/clinicians',
    ...CATEGORY_SLUGS.map((c) => `/articles/category/${c}`),
    ...tags.map((t) => `/articles/tag/${t}`),
    ...content.articles.map((a) => a.url),
    ...content.treatments.map((t) => t.url),
    ...content.authors.map((a) => a.url),
    ...STANDALONE_PAGES,
  ];
}

/** WCAG 2.2 A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Turns off the browser's skipping of blocks far below the screen (content-visibility: auto, in
 * app/globals.css) on every element. Inline styles, because the site's CSP refuses an injected <style>.
 */
export async function renderEverything(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.style.contentVisibility = 'visible';
  });
}

export async function expectNoAxeViolations(page: Page) {
  // axe cannot work out the colours behind skipped text: render everything so contrast is checked
  // on the whole page.
  await renderEverything(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
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
