/**
 * The signed-in staff POST routes through their one wrapper, called with real Requests against a
 * real SQLite file: cross-site → 403, anonymous → 401, an oversized or endless body → 413 without
 * reading it, then the step, its audit row and the redirect. And the sign-in route's own bound.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-post-'));
const ORIGIN = 'http://127.0.0.1:3999';
process.env.DATA_DIR = dir;
process.env.SITE_URL = ORIGIN;
delete process.env.DATABASE_URL;
process.env.BOOKING_QUIET = '1';

const { getDb } = await import('@/lib/db');
const { createSession } = await import('@/lib/staff/sessions');
const { staffConfig } = await import('@/lib/staff/config');
const { SESSION_COOKIE } = await import('@/lib/staff/cookies');
const { STAFF_MAX_BODY_BYTES } = await import('@/lib/staff/form-body');
const notes = await import('@/app/staff/requests/[id]/notes/route');
const signInRoute = await import('@/app/staff/sign-in/submit/route');
const purge = await import('@/app/staff/purge/run/route');

const REQUEST_ID = '3f0c9f8e-3b7a-4c39-9d55-2f4f0a3a7b10';
let cookie = '';

beforeAll(async () => {
  const { db } = await getDb();
  const userId = 'a9a0b0f4-5d2c-4a1e-8f3e-1b2c3d4e5f60';
  await db.insertInto('staff_users').values({ id: userId, email: 'staff@clinic.test', password_hash: 'x', locked_until: null, created_at: new Date().toISOString() }).execute();
  const { token } = await createSession(db, userId, new Date(), staffConfig());
  cookie = `${SESSION_COOKIE}=${token}`;
  const now = new Date().toISOString();
  await db
    .insertInto('consultation_requests')
    .values({ id: REQUEST_ID, reference: 'NR-TEST-0001', created_at: now, full_name: 'Ada', email: 'ada@example.com', phone: '', contact_method: 'email', treatment: 'not-sure', joint: 'knee', message: 'm', availability: 'a', heard_from: null, marketing_consent: 0 })
    .execute();
});
afterAll(async () => {
  const { db } = await getDb();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A body of `total` bytes made on demand, recording how much was pulled from it. */
function endless(total: number) {
  const stats = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (stats.pulled >= total) return c.close();
      stats.pulled += 65536;
      c.enqueue(new Uint8Array(65536).fill(0x61));
    },
  });
  return { stream, stats };
}
const params = { params: Promise.resolve({ id: REQUEST_ID }) };
const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${url}`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers }, body, duplex: 'half' } as RequestInit);

describe('signed-in staff POST wrapper', () => {
  it('adds a note: 303 back to the request, and an audit row with the signed-in actor', async () => {
    const res = await notes.POST(post(`/staff/requests/${REQUEST_ID}/notes`, 'note=Called+back'), params);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/staff/requests/${REQUEST_ID}?done=note`);
    const { db } = await getDb();
    expect(await db.selectFrom('audit_log').select(['actor', 'action']).where('action', '=', 'request.note').execute()).toEqual([{ actor: 'staff@clinic.test', action: 'request.note' }]);
  });

  it('refuses a cross-site post (403) and an anonymous one (401) before reading the body', async () => {
    expect((await notes.POST(post(`/staff/requests/${REQUEST_ID}/notes`, 'note=x', { origin: 'https://evil.example' }), params)).status).toBe(403);
    expect((await notes.POST(post(`/staff/requests/${REQUEST_ID}/notes`, 'note=x', { cookie: '' }), params)).status).toBe(401);
  });

  it('answers a 256 MB chunked body with 413 and a message, having read only about the limit', async () => {
    const { stream, stats } = endless(256 * 1024 * 1024);
    const res = await notes.POST(post(`/staff/requests/${REQUEST_ID}/notes`, stream), params);
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/too large to send.*Shorten/);
    expect(stats.pulled).toBeLessThan(STAFF_MAX_BODY_BYTES + 1024 * 1024);
    const { db } = await getDb();
    expect((await db.selectFrom('request_notes').select('id').execute()).length).toBe(1); // nothing added
  });

  it('a declared Content-Length over the limit is refused on every staff form, sign-in included', async () => {
    const big = { 'content-length': String(256 * 1024 * 1024) };
    expect((await purge.POST(post('/staff/purge/run', 'confirm=yes', big), { params: Promise.resolve({}) })).status).toBe(413);
    expect((await signInRoute.POST(post('/staff/sign-in/submit', 'email=a&password=b', big))).status).toBe(413);
    const { stream, stats } = endless(256 * 1024 * 1024);
    const res = await signInRoute.POST(post('/staff/sign-in/submit', stream, { cookie: '' }));
    expect(res.status).toBe(413);
    expect(stats.pulled).toBeLessThan(STAFF_MAX_BODY_BYTES + 1024 * 1024);
  });
});
