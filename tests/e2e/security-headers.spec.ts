/**
 * Security headers on every response. That no request ever leaves the origin, and no page sets a
 * cookie or uses storage, is checked on every page in pages.spec.ts, and so is the cookie page's
 * statement of the cookies the code sets (page-kinds.ts).
 * The expected policy is the one next.config.mjs sends; the checks here are about its properties,
 * so a weakened policy fails even if the config and the test are edited together carelessly.
 */
import { test, expect, type APIResponse } from '@playwright/test';
import { siteRoutes } from '../../scripts/lib/routes';

// Read-only: its tests share nothing, so they spread over the workers like pages.spec.ts's.
test.describe.configure({ mode: 'parallel' });

function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Every problem with one response's headers; empty when all is well. */
function headerProblems(res: APIResponse): string[] {
  const h = res.headers();
  const problems: string[] = [];
  const csp = h['content-security-policy'];
  if (!csp) return ['no Content-Security-Policy'];
  const d = parseCsp(csp);
  const expectExactly = (name: string, sources: string[]) => {
    const got = d.get(name);
    if (!got || got.join(' ') !== sources.join(' ')) problems.push(`CSP ${name} is "${got?.join(' ')}", want "${sources.join(' ')}"`);
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'self'"]);
  expectExactly('form-action', ["'self'"]);
  expectExactly('frame-ancestors', ["'none'"]);
  expectExactly('style-src', ["'self'"]);
  expectExactly('font-src', ["'self'"]);
  expectExactly('connect-src', ["'self'"]);
  // Inline script is the one concession to Next's inline flight data (docs/security.md); no eval, no hosts.
  expectExactly('script-src', ["'self'", "'unsafe-inline'"]);
  for (const [name, sources] of d) {
    for (const s of sources) {
      if (s === '*' || /^https?:/.test(s) || s.includes('.') || s === "'unsafe-eval'") problems.push(`CSP ${name} allows ${s}`);
    }
  }
  const hsts = h['strict-transport-security'] ?? '';
  const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
  if (maxAge < 31_536_000 || !/includeSubDomains/i.test(hsts)) problems.push(`weak HSTS: "${hsts}"`);
  if (h['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options: ${h['x-content-type-options']}`);
  if (!['no-referrer', 'strict-origin-when-cross-origin', 'same-origin', 'strict-origin'].includes(h['referrer-policy'] ?? ''))
    problems.push(`Referrer-Policy: ${h['referrer-policy']}`);
  const pp = h['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
    if (!pp.includes(`${feature}=()`)) problems.push(`Permissions-Policy does not disable ${feature}: "${pp}"`);
  }
  if ('x-powered-by' in h) problems.push(`X-Powered-By: ${h['x-powered-by']}`);
  return problems;
}

test('every route, the booking page, a 404 and static assets send the security headers', async ({ request, page }) => {
  const routes = siteRoutes();
  expect(routes).toContain('/');
  expect(routes).toContain('/book');
  const problems: string[] = [];
  for (const route of [...routes, '/no-such-page']) {
    const res = await request.get(route);
    const expected = route === '/no-such-page' ? 404 : 200;
    if (res.status() !== expected) problems.push(`${route}: status ${res.status()}`);
    for (const p of headerProblems(res)) problems.push(`${route}: ${p}`);
  }
  // Static assets (scripts, styles, fonts) as well as pages.
  await page.goto('/');
  const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  const sample = [...new Set(assets.filter((a) => a.startsWith('/_next/static/')))].slice(0, 5);
  expect(sample.length).toBeGreaterThan(0);
  for (const asset of sample) {
    for (const p of headerProblems(await request.get(asset))) problems.push(`${asset}: ${p}`);
  }
  expect(problems).toEqual([]);
});
