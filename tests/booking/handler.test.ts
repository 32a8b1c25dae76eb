/** POST /book/submit's handler, called directly with real Requests over a real SQLite file. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleBookingPost } from '@/lib/booking/handler';
import { bookingConfig } from '@/lib/booking/config';
import { signFormToken } from '@/lib/booking/form-token';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import type { SubmitDeps } from '@/lib/booking/submit';
import type { FormRenderState } from '@/lib/booking/form-state';
import { site, sqliteDb, validInput, type TestDb } from './helpers';

process.env.BOOKING_QUIET = '1';
let t: TestDb;
let deps: SubmitDeps;
const secret = 'handler-test-secret-0123456789';
const origin = site.url;

beforeAll(async () => {
  t = await sqliteDb();
});
afterAll(async () => t.cleanup());
beforeEach(async () => {
  await t.db.deleteFrom('outbox').execute();
  await t.db.deleteFrom('consent_records').execute();
  await t.db.deleteFrom('consultation_requests').execute();
  deps = {
    db: t.db,
    limiter: new MemoryRateLimiter(1000, 60_000),
    secret,
    treatmentSlugs: ['lipogems'],
    config: { ...bookingConfig({} as NodeJS.ProcessEnv), minSubmitMs: 3000 },
    site,
    noticeVersion: '2026-11-01',
  };
});

const token = (ageMs = 10_000) => signFormToken(secret, Date.now() - ageMs);
function formPost(fields: Record<string, unknown>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  return new Request(`${origin}/book/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, 'x-forwarded-for': '192.0.2.1', ...headers },
    body,
  });
}
const count = async () => (await t.db.selectFrom('consultation_requests').select('id').execute()).length;

describe('POST /book/submit', () => {
  it('stores a valid form post and redirects (303) to the confirmation with the reference', async () => {
    const res = await handleBookingPost(formPost({ ...validInput(), formToken: token() }), deps);
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/book\/confirmation\?ref=NR-/);
    const row = await t.db.selectFrom('consultation_requests').select('reference').executeTakeFirstOrThrow();
    expect(location).toContain(row.reference);
  });

  it('answers JSON clients with 201 and the reference', async () => {
    const req = new Request(`${origin}/book/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ ...validInput(), formToken: token() }),
    });
    const res = await handleBookingPost(req, deps);
    expect(res.status).toBe(201);
    expect((await res.json()).reference).toMatch(/^NR-/);
  });

  it('refuses invalid fields with 422 and field messages, storing nothing', async () => {
    const res = await handleBookingPost(formPost({ ...validInput({ email: 'x' }), formToken: token() }, { accept: 'application/json' }), deps);
    expect(res.status).toBe(422);
    expect((await res.json()).errors.email).toMatch(/correct format/);
    expect(await count()).toBe(0);
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }, 403],
    ['no origin at all', { origin: '' }, 403],
  ])('refuses a post from %s (403)', async (_label, headers, status) => {
    const res = await handleBookingPost(formPost({ ...validInput(), formToken: token() }, headers), deps);
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(/only be sent from our own website/);
    expect(await count()).toBe(0);
  });

  it('refuses a filled honeypot, a too-fast submission and a forged token (400)', async () => {
    for (const fields of [
      { ...validInput(), website: 'http://spam.example', formToken: token() },
      { ...validInput(), formToken: token(500) },
      { ...validInput(), formToken: '123.abc' },
      { ...validInput() },
    ]) {
      const res = await handleBookingPost(formPost(fields), deps);
      expect(res.status).toBe(400);
    }
    expect(await count()).toBe(0);
  });

  it('refuses oversized bodies (413) whether or not Content-Length is honest', async () => {
    const big = { ...validInput({ message: 'x'.repeat(20_000) }), formToken: token() };
    expect((await handleBookingPost(formPost(big), deps)).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('a'.repeat(1000)));
        c.close();
      },
    });
    const chunked = new Request(`${origin}/book/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handleBookingPost(chunked, deps)).status).toBe(413);
    expect(await count()).toBe(0);
  });

  it('refuses other content types (415) and malformed JSON (400)', async () => {
    const text = new Request(`${origin}/book/submit`, { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: 'hi' });
    expect((await handleBookingPost(text, deps)).status).toBe(415);
    const json = new Request(`${origin}/book/submit`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{"a":' });
    expect((await handleBookingPost(json, deps)).status).toBe(400);
    const arr = new Request(`${origin}/book/submit`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '[1,2]' });
    expect((await handleBookingPost(arr, deps)).status).toBe(400);
  });

  it('rate-limits stored requests per client (429 with Retry-After)', async () => {
    deps.limiter = new MemoryRateLimiter(2, 600_000);
    deps.config.trustProxyHops = 1;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handleBookingPost(formPost({ ...validInput(), formToken: token() }), deps)).status);
    expect(statuses).toEqual([303, 303, 429]);
    // Another client, for another person (the same person from a new address is still counted: tests/security).
    const other = await handleBookingPost(formPost({ ...validInput({ email: 'grace@example.com', phone: '020 7946 0999' }), formToken: token() }, { 'x-forwarded-for': '192.0.2.99' }), deps);
    expect(other.status).toBe(303);
    const limited = await handleBookingPost(formPost({ ...validInput(), formToken: token() }), deps);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await count()).toBe(3);
  });

  it('reports a database failure as 503 with a message, never a 500', async () => {
    const broken = { ...deps, db: (await sqliteDb()).db };
    await broken.db.destroy();
    const res = await handleBookingPost(formPost({ ...validInput(), formToken: token() }), broken);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/phone us/);
  });

  it('re-renders the form for a refused plain form post, with the real status, errors and kept values', async () => {
    const calls: { state: FormRenderState; status: number }[] = [];
    const renderForm = async (state: FormRenderState, status: number) => {
      calls.push({ state, status });
      return new Response('<html>form</html>', { status, headers: { 'content-type': 'text/html' } });
    };
    const res = await handleBookingPost(formPost({ ...validInput({ email: 'x' }), formToken: token() }), deps, { renderForm });
    expect(res.status).toBe(422);
    expect(calls[0].state.errors.email).toMatch(/correct format/);
    expect(calls[0].state.values.fullName).toBe('Ada Lovelace');
    expect(calls[0].state.token).toBeTruthy();
    const big = await handleBookingPost(formPost({ ...validInput({ message: 'x'.repeat(20_000) }) }), deps, { renderForm });
    expect(big.status).toBe(413);
    expect(calls[1]).toMatchObject({ status: 413, state: { values: {} } });
    // JSON clients never get the page; a successful post is still a 303.
    const json = await handleBookingPost(formPost({ ...validInput({ email: 'x' }), formToken: token() }, { accept: 'application/json' }), deps, { renderForm });
    expect(json.headers.get('content-type')).toMatch(/json/);
    expect((await handleBookingPost(formPost({ ...validInput(), formToken: token() }), deps, { renderForm })).status).toBe(303);
    expect(calls).toHaveLength(2);
  });

  it('falls back to a plain error page if rendering the form fails', async () => {
    const res = await handleBookingPost(formPost({ ...validInput({ email: 'x' }), formToken: token() }), deps, {
      renderForm: async () => {
        throw new Error('render failed');
      },
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('There is a problem');
  });

  it('does not log health data', async () => {
    const lines: string[] = [];
    const orig = { info: console.info, error: console.error, log: console.log, warn: console.warn };
    delete process.env.BOOKING_QUIET;
    console.info = console.error = console.log = console.warn = (...a: unknown[]) => void lines.push(a.join(' '));
    try {
      await handleBookingPost(formPost({ ...validInput({ message: 'SECRET-KNEE-DETAIL' }), formToken: token() }), deps);
      await handleBookingPost(formPost({ ...validInput({ message: 'SECRET-KNEE-DETAIL', email: 'bad' }), formToken: token() }), deps);
    } finally {
      Object.assign(console, orig);
      process.env.BOOKING_QUIET = '1';
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/SECRET-KNEE-DETAIL|Ada|ada@example|knee/);
  });
});
