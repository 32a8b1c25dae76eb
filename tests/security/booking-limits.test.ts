/**
 * The booking rate limit cannot be sidestepped: spoofed forwarding headers get no fresh bucket,
 * the same person from another address is still counted (email and phone keys), and a site-wide
 * ceiling holds whatever the keys. Real SQLite file, real Requests through the handler.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleBookingPost } from '@/lib/booking/handler';
import { bookingConfig } from '@/lib/booking/config';
import { signFormToken } from '@/lib/booking/form-token';
import { bookingRateKeys, normaliseEmail, normalisePhone } from '@/lib/booking/rate-keys';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';
import { withPeerAddress } from '@/lib/http/peer-address';
import type { SubmitDeps } from '@/lib/booking/submit';
import { site, sqliteDb, validInput, type TestDb } from '../booking/helpers';

process.env.BOOKING_QUIET = '1';
let t: TestDb;
let deps: SubmitDeps;
const secret = 'limits-test-secret-0123456789';

beforeAll(async () => {
  t = await sqliteDb();
});
afterAll(async () => t.cleanup());
beforeEach(() => {
  deps = {
    db: t.db,
    limiter: new MemoryRateLimiter(2, 600_000),
    siteLimiter: new MemoryRateLimiter(1000, 3_600_000),
    secret,
    treatmentSlugs: ['lipogems'],
    config: { ...bookingConfig({} as NodeJS.ProcessEnv), minSubmitMs: 3000 },
    site,
    noticeVersion: '2026-11-01',
  };
});

let n = 0;
/** A person nobody else in this file uses, so each test starts with fresh email and phone keys. */
const person = () => {
  n += 1;
  return { email: `person${n}@example.com`, phone: `020 7946 ${String(1000 + n).padStart(4, '0')}` };
};
function post(fields: Record<string, unknown>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(Object.entries({ ...fields, formToken: signFormToken(secret, Date.now() - 10_000) }).map(([k, v]) => [k, String(v)]));
  return new Request(`${site.url}/book/submit`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url, ...headers }, body });
}
const send = (peer: string, fields: Record<string, unknown>, headers: Record<string, string> = {}) =>
  withPeerAddress(peer, () => handleBookingPost(post(fields, headers), deps)).then((r) => r.status);

describe('booking rate limit', () => {
  it('gives a spoofed X-Forwarded-For or X-Real-IP no fresh bucket (no trusted proxy)', async () => {
    const statuses = [];
    const spoofs: Record<string, string>[] = [{}, {}, { 'x-forwarded-for': '6.6.6.6' }, { 'x-real-ip': '7.7.7.7' }, { 'x-forwarded-for': '9.9.9.9', 'x-real-ip': '8.8.8.8' }];
    for (const h of spoofs) {
      statuses.push(await send('203.0.113.10', validInput(person()), h));
    }
    expect(statuses).toEqual([303, 303, 429, 429, 429]);
  });

  it('behind one trusted proxy counts the right-most X-Forwarded-For entry, not what the client prepended', async () => {
    deps.config.trustProxyHops = 1;
    const statuses = [];
    for (const spoof of ['', '1.1.1.1, ', '2.2.2.2, ', '3.3.3.3, ']) statuses.push(await send('10.0.0.1', validInput(person()), { 'x-forwarded-for': `${spoof}198.51.100.20` }));
    expect(statuses).toEqual([303, 303, 429, 429]);
    // A different client behind the same proxy has its own bucket.
    expect(await send('10.0.0.1', validInput(person()), { 'x-forwarded-for': '198.51.100.21' })).toBe(303);
  });

  it('counts the same recipient email from any address, and the same phone however it is written', async () => {
    const { email, phone } = person();
    expect(await send('203.0.113.21', validInput({ email, phone }))).toBe(303);
    expect(await send('203.0.113.22', validInput({ email: email.toUpperCase(), phone: phone.replace(/ /g, '-') }))).toBe(303);
    // Third time for this email, from a third address (with a +tag): refused.
    expect(await send('203.0.113.23', validInput({ email: email.replace('@', '+again@'), phone: '' }))).toBe(429);
    // Another email, but the same phone in international form: its third use is refused.
    const other = person();
    expect(await send('203.0.113.24', validInput({ email: other.email, phone: `+44 ${phone.slice(1)}` }))).toBe(429);
    expect(normalisePhone('+44 (0)20 7946-0123')).toBe(normalisePhone('020 7946 0123'));
    expect(normaliseEmail(' Ada+Clinic@Example.COM ')).toBe('ada@example.com');
    expect(bookingRateKeys('203.0.113.1', 'a@example.com', '')).toEqual(['booking:addr:203.0.113.1', 'booking:email:a@example.com']);
  });

  it('holds a site-wide ceiling however many addresses and people are used', async () => {
    deps.limiter = new MemoryRateLimiter(1000, 600_000);
    deps.siteLimiter = new MemoryRateLimiter(3, 3_600_000);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await send(`198.51.100.${100 + i}`, validInput(person())));
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
  });

  it('reads the ceiling from BOOKING_SITE_RATE_LIMIT, with a default', () => {
    expect(bookingConfig({} as NodeJS.ProcessEnv).siteRateLimitPerHour).toBe(120);
    expect(bookingConfig({ BOOKING_SITE_RATE_LIMIT: '40' } as unknown as NodeJS.ProcessEnv).siteRateLimitPerHour).toBe(40);
  });
});
