/**
 * The staff session cookie (docs/staff.md). Kept apart from the gate in session.ts, which needs
 * Next's request APIs, so tests and scripts can use the same names and paths.
 */
import { siteConfig } from '@/lib/site-config';

export const SESSION_COOKIE = 'staff_session';

/**
 * Every path the session cookie is sent to: the staff area, the editor's page and the editor's API
 * (Keystatic hardcodes the last two). The cookie is set once per path, never `Path=/`, so public
 * pages never receive it; the paths are disjoint, so a request carries at most one copy.
 */
export const STAFF_COOKIE_PATHS = ['/staff', '/keystatic', '/api/keystatic'] as const;

/** One Set-Cookie value per path in STAFF_COOKIE_PATHS, all carrying the same session token. */
export function sessionCookies(request: Request, token: string, expires: Date): string[] {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https' || siteConfig.url.startsWith('https:');
  return STAFF_COOKIE_PATHS.map((path) =>
    [`${SESSION_COOKIE}=${token}`, `Path=${path}`, `Expires=${expires.toUTCString()}`, 'HttpOnly', 'SameSite=Strict', secure ? 'Secure' : ''].filter(Boolean).join('; '),
  );
}

/** Set-Cookie values that delete the session cookie on every path it was set for. */
export function clearedCookies(): string[] {
  return STAFF_COOKIE_PATHS.map((path) => `${SESSION_COOKIE}=; Path=${path}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict`);
}
