/** The session cookie: one copy per staff path (never Path=/), all cleared on sign-out, sent as separate Set-Cookie headers. */
import { describe, expect, it } from 'vitest';
import { clearedCookies, seeOther, sessionCookies, signInUrl, SESSION_COOKIE, STAFF_COOKIE_PATHS } from '@/lib/staff/session';

const expires = new Date('2026-11-25T22:00:00.000Z');
const attrs = (cookie: string) => new Map(cookie.split('; ').map((p) => [p.split('=')[0], p.slice(p.indexOf('=') + 1)] as const));

describe('staff session cookie', () => {
  it('covers the staff area and both editor paths, which are disjoint, and never the whole site', () => {
    expect([...STAFF_COOKIE_PATHS]).toEqual(['/staff', '/keystatic', '/api/keystatic']);
    for (const a of STAFF_COOKIE_PATHS) {
      for (const b of STAFF_COOKIE_PATHS) if (a !== b) expect(b.startsWith(`${a}/`) || b === a).toBe(false);
    }
    expect(STAFF_COOKIE_PATHS).not.toContain('/');
  });

  it('is set once per path with the same token, HttpOnly, SameSite=Strict and the session expiry', () => {
    const cookies = sessionCookies(new Request('http://127.0.0.1:3000/staff/sign-in/submit', { method: 'POST' }), 'tok_en', expires);
    expect(cookies.map((c) => attrs(c).get('Path'))).toEqual([...STAFF_COOKIE_PATHS]);
    for (const c of cookies) {
      expect(c.startsWith(`${SESSION_COOKIE}=tok_en; `)).toBe(true);
      expect(c).toContain('; HttpOnly');
      expect(c).toContain('; SameSite=Strict');
      expect(attrs(c).get('Expires')).toBe(expires.toUTCString());
    }
  });

  it('is Secure when the request is HTTPS, directly or behind a proxy', () => {
    for (const request of [
      new Request('https://clinic.example/staff/sign-in/submit', { method: 'POST' }),
      new Request('http://10.0.0.1/staff/sign-in/submit', { method: 'POST', headers: { 'x-forwarded-proto': 'https' } }),
    ]) {
      for (const c of sessionCookies(request, 't', expires)) expect(c.endsWith('; Secure')).toBe(true);
    }
  });

  it('is cleared on every path it was set for', () => {
    const cleared = clearedCookies();
    expect(cleared.map((c) => attrs(c).get('Path'))).toEqual([...STAFF_COOKIE_PATHS]);
    for (const c of cleared) {
      expect(c.startsWith(`${SESSION_COOKIE}=; `)).toBe(true);
      expect(attrs(c).get('Expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    }
  });

  it('seeOther sends each cookie as its own Set-Cookie header', () => {
    const res = seeOther('/keystatic', sessionCookies(new Request('http://127.0.0.1/x'), 'abc', expires));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/keystatic');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.getSetCookie()).toHaveLength(STAFF_COOKIE_PATHS.length);
    expect(res.headers.getSetCookie().map((c) => attrs(c).get('Path'))).toEqual([...STAFF_COOKIE_PATHS]);
    expect(seeOther('/staff').headers.getSetCookie()).toEqual([]);
  });

  it('the sign-in URL carries where to come back to', () => {
    expect(signInUrl()).toBe('/staff/sign-in');
    expect(signInUrl('/keystatic')).toBe('/staff/sign-in?next=%2Fkeystatic');
    expect(new URL(signInUrl('/keystatic/collection/articles'), 'http://x').searchParams.get('next')).toBe('/keystatic/collection/articles');
  });
});
