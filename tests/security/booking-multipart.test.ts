/**
 * The JavaScript form may post multipart: a real FormData body, whose boundary (like Chromium's
 * "----WebKitFormBoundaryAbC…") has capital letters, must be read, not refused as malformed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleBookingPost } from '@/lib/booking/handler';
import { bookingDeps, formToken, rowCount, site, sqliteDb, validInput, type TestDb } from '../booking/helpers';

process.env.BOOKING_QUIET = '1';

describe('multipart bodies', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await sqliteDb();
  });
  afterEach(async () => t.cleanup());

  async function multipart(fields: Record<string, string>, boundary: string) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    // Serialise through the platform's own encoder, then re-label it with the boundary to test.
    const encoded = new Response(form);
    const type = encoded.headers.get('content-type')!;
    const original = /boundary=(.+)$/.exec(type)![1];
    const body = (await encoded.text()).replaceAll(original, boundary);
    return new Request(`${site.url}/book/submit`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: site.url, accept: 'application/json' },
      body,
    });
  }

  it.each(['----WebKitFormBoundaryAbCdEf0123456789', '----formdata-undici-0AbC12', 'lowercase-boundary'])('accepts boundary %s', async (boundary) => {
    const res = await handleBookingPost(await multipart({ ...(validInput() as Record<string, string>), formToken: formToken() }, boundary), bookingDeps(t.db));
    expect(res.status).toBe(201);
    expect(await rowCount(t.db, 'consultation_requests')).toBe(1);
  });

  it('accepts a FormData body exactly as the platform encodes it', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...validInput(), formToken: formToken() })) form.set(k, String(v));
    const req = new Request(`${site.url}/book/submit`, { method: 'POST', headers: { origin: site.url, accept: 'application/json' }, body: form });
    expect(req.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const res = await handleBookingPost(req, bookingDeps(t.db));
    expect(res.status).toBe(201);
  });

  it('still refuses a body whose boundary does not match its header (400), storing nothing', async () => {
    const req = await multipart({ ...(validInput() as Record<string, string>), formToken: formToken() }, 'RealBoundary');
    const wrong = new Request(req, { headers: { ...Object.fromEntries(req.headers), 'content-type': 'multipart/form-data; boundary=realboundary' } });
    const res = await handleBookingPost(wrong, bookingDeps(t.db));
    expect(res.status).toBe(400);
    expect(await rowCount(t.db, 'consultation_requests')).toBe(0);
  });
});
