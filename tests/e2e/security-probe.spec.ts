/**
 * The security probe's hostile set for the booking and routing items, against the production
 * build (`next start` from playwright.config.ts, with the e2e SQLite file in test-results/e2e-data).
 * Each attempt gets a clear 4xx and stores nothing: the rows are counted in that real file. The
 * e2e server has no SMTP_URL, so "sends nothing" is checked as "queues nothing" in the outbox.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { test, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { Kysely } from 'kysely';
import { openDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { freePort } from '../../scripts/lib/ports';
import { expectHydrated, watchConsole } from './support';

const DATA_DIR = path.join(process.cwd(), 'test-results', 'e2e-data');
let db: Kysely<Database>;

test.beforeAll(async () => {
  ({ db } = await openDb({ dataDir: DATA_DIR }));
});
test.afterAll(async () => db?.destroy());

async function counts() {
  const n = async (table: 'consultation_requests' | 'outbox') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { requests: await n('consultation_requests'), outbox: await n('outbox') };
}

/** A fresh form token, read from the booking page as a browser would get it. */
async function freshToken(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/book')).text();
  const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  expect(token, 'the booking page carries a form token').toBeTruthy();
  return token!;
}

const valid = {
  fullName: 'Probe Patient',
  email: 'probe@example.com',
  phone: '',
  contactMethod: 'email',
  treatment: 'not-sure',
  joint: 'knee',
  message: 'Knee pain on stairs.',
  availability: '',
  heardFrom: '',
  consent: 'on',
};

function post(request: APIRequestContext, baseURL: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return request.post('/book/submit', {
    form: fields,
    headers: { origin: baseURL, accept: 'application/json', ...headers },
    maxRedirects: 0,
  });
}

function expectSecurityHeaders(res: APIResponse, label: string) {
  const h = res.headers();
  expect(h['content-security-policy'], label).toContain("default-src 'self'");
  expect(h['x-content-type-options'], label).toBe('nosniff');
  expect(h['x-frame-options'], label).toBe('DENY');
  expect(h['strict-transport-security'], label).toMatch(/max-age=\d+/);
}

function expectNoLongCache(res: APIResponse, label: string) {
  const cache = res.headers()['cache-control'] ?? '';
  const ages = [...cache.matchAll(/(?:s-)?max-age=(\d+)/g)].map((m) => Number(m[1]));
  expect(ages.every((a) => a <= 60), `${label}: cache-control "${cache}"`).toBe(true);
  expect(cache, label).not.toMatch(/immutable/);
}

test.describe('malformed percent escapes', () => {
  const urls = ['/treatments/%ff', '/articles/%ff', '/clinicians/%ff', '/staff/requests/%ff', '/book/%ff', '/%ff', '/treatments/%', '/articles/a%zzb', '/staff/%c0%af'];
  for (const url of urls) {
    test(`${url} answers 400 with the security headers and no cache`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(400);
      expectSecurityHeaders(res, url);
      expectNoLongCache(res, url);
      expect(await res.text()).toMatch(/malformed/);
    });
  }

  test('the global error page is never cached for long', async ({ request }) => {
    const res = await request.get('/_global-error', { maxRedirects: 0 });
    expect(res.status()).toBe(404);
    expectNoLongCache(res, '/_global-error');
    expectSecurityHeaders(res, '/_global-error');
  });
});

test('error responses (404s, refusals) never carry a long cache header', async ({ request }) => {
  for (const url of ['/no-such-page', '/treatments/no-such-treatment', '/articles/no-such-article', '/clinicians/no-such-clinician', '/book/confirmation?ref=NR-AAAA-BBBB-CCCC']) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
    expectNoLongCache(res, url);
  }
});

test.describe('staff pages: a nonce-based script policy', () => {
  const scriptSrc = (csp: string) => /script-src ([^;]*)/.exec(csp)?.[1] ?? '';

  test('each response has its own nonce, no unsafe-inline for scripts, and Next puts the nonce on its scripts', async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const res = await request.get('/staff/sign-in');
      expect(res.status()).toBe(200);
      const csp = res.headers()['content-security-policy'];
      expect(csp.split(',')).toHaveLength(1); // one policy, not the static one as well
      const src = scriptSrc(csp);
      expect(src).not.toContain("'unsafe-inline'");
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(src)?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  test('public pages keep the static policy', async ({ request }) => {
    const csp = (await request.get('/book')).headers()['content-security-policy'];
    expect(scriptSrc(csp)).toBe("'self' 'unsafe-inline'");
  });

  test('the sign-in page runs its scripts under that policy (no CSP errors, React hydrated)', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/staff/sign-in');
    await page.waitForLoadState('networkidle');
    await expectHydrated(page.locator('main'));
    expect(errors).toEqual([]);
  });
});

test.describe('booking endpoint: hostile submissions store and queue nothing', () => {
  test('a relay attempt (a link in the name) is refused with a field error', async ({ request, baseURL }) => {
    const before = await counts();
    const res = await post(request, baseURL!, {
      ...valid,
      fullName: 'Your account is suspended, verify at https://evil.example/login',
      email: 'stranger@example.org',
      formToken: await freshToken(request),
    });
    expect(res.status()).toBe(422);
    expect((await res.json()).errors.fullName).toBe('Enter your name without a web address or link');
    expect(await counts()).toEqual(before);
  });

  test('a replayed form token stores once; the replay is refused (409) with a fresh token', async ({ request, baseURL }) => {
    const token = await freshToken(request);
    const before = await counts();
    const first = await post(request, baseURL!, { ...valid, formToken: token });
    expect(first.status()).toBe(201);
    const replay = await post(request, baseURL!, { ...valid, formToken: token });
    expect(replay.status()).toBe(409);
    const body = await replay.json();
    expect(body.message).toMatch(/already received a request sent with this form/);
    expect(body.token).toBeTruthy();
    expect(body.token).not.toBe(token);
    expect(await counts()).toEqual({ requests: before.requests + 1, outbox: before.outbox + 2 });
  });

  test('a replay with JavaScript off gets the booking page back with the answers kept', async ({ request, baseURL }) => {
    const token = await freshToken(request);
    expect((await post(request, baseURL!, { ...valid, formToken: token }, { accept: 'text/html' })).status()).toBe(303);
    const before = await counts();
    const replay = await post(request, baseURL!, { ...valid, fullName: 'Probe Replayed', formToken: token }, { accept: 'text/html' });
    expect(replay.status()).toBe(409);
    const html = await replay.text();
    expect(html).toContain('Error: Book a consultation');
    expect(html).toContain('value="Probe Replayed"');
    expect(html).not.toContain(`value="${token}"`);
    expect(await counts()).toEqual(before);
  });

  test("Chromium's own FormData (a boundary with capital letters) is accepted", async ({ page }) => {
    await page.goto('/book');
    const answer = await page.evaluate(async (fields) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      form.set('formToken', (document.querySelector('input[name="formToken"]') as HTMLInputElement).value);
      const res = await fetch('/book/submit', { method: 'POST', body: form, headers: { accept: 'application/json' } });
      return { status: res.status, body: await res.json() };
    }, valid);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  });

  test('oversized headers are refused (431) before any code runs', async ({ request, baseURL }) => {
    const before = await counts();
    const res = await post(request, baseURL!, { ...valid, formToken: await freshToken(request) }, { 'x-padding': 'a'.repeat(20_000) });
    expect(res.status()).toBe(431);
    expect(await counts()).toEqual(before);
  });
});

test('a production server without SITE_URL refuses to start, saying why', async () => {
  // A port of its own: the gates' server has 3410 while this suite runs (scripts/test-all.sh).
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR, PORT: String(port) };
  delete env.SITE_URL;
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(1);
  expect(output).toContain('SITE_URL is not set');
});
