/**
 * The one gate of the staff area and the web editor. Pages call `requireStaff()` (anonymous or
 * expired → redirect to sign-in); route handlers call `requireStaffRequest(request)` (→ 403 for a
 * cross-site post, 401 for anonymous or expired). Nothing under app/staff, app/keystatic or
 * app/api/keystatic reads the session any other way.
 */
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { allowedOriginsFromEnv, isAllowedOrigin } from '@/lib/http/origin';
import { siteConfig } from '@/lib/site-config';
import { getStaffDeps, type StaffDeps } from './server';
import { validateSession, type StaffUser } from './sessions';
import { SESSION_COOKIE } from './cookies';
import type { StaffRole } from './roles';

export { clearedCookies, sessionCookies, SESSION_COOKIE, STAFF_COOKIE_PATHS } from './cookies';

export const SIGN_IN_PATH = '/staff/sign-in';
export const PASSWORD_PATH = '/staff/password';

/**
 * `passwordChange`: the one page/endpoint (besides sign-out) an account that must change its password may use.
 * `returnTo`: where sign-in should send an anonymous visitor back to (`/staff/sign-in?next=…`).
 */
export type GateOptions = { passwordChange?: boolean; returnTo?: string; roles?: readonly StaffRole[] };

/** Where a signed-in account whose role may not see a page is sent instead. */
export const NOT_PERMITTED_PATH = '/staff/reviews?notice=not-permitted';

export type StaffContext = StaffDeps & { user: StaffUser };

/** The sign-in page, asking to come back to `returnTo` afterwards (validated again when it is used). */
export function signInUrl(returnTo?: string): string {
  return returnTo ? `${SIGN_IN_PATH}?${new URLSearchParams({ next: returnTo })}` : SIGN_IN_PATH;
}

export async function requireStaff(opts: GateOptions = {}): Promise<StaffContext> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const deps = await getStaffDeps();
  const user = await validateSession(deps.db, token, new Date(), deps.config);
  if (!user) redirect(signInUrl(opts.returnTo));
  if (user.mustChangePassword && !opts.passwordChange) redirect(PASSWORD_PATH);
  if (opts.roles && !opts.roles.includes(user.role)) redirect(NOT_PERMITTED_PATH);
  return { ...deps, user };
}

export function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/** Same-origin check for state-changing requests (SameSite=Strict is the first line; this the second). */
export function sameOrigin(request: Request): boolean {
  return isAllowedOrigin(request.headers, { siteUrl: siteConfig.url, allowed: allowedOriginsFromEnv() });
}

export const plainText = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' } });

export async function requireStaffRequest(request: Request, opts: GateOptions = {}): Promise<{ ok: true; ctx: StaffContext } | { ok: false; response: Response }> {
  if (request.method !== 'GET' && request.method !== 'HEAD' && !sameOrigin(request)) {
    return { ok: false, response: plainText(403, 'This form must be sent from the staff area itself.') };
  }
  const deps = await getStaffDeps();
  const user = await validateSession(deps.db, readCookie(request.headers, SESSION_COOKIE), new Date(), deps.config);
  if (!user) return { ok: false, response: plainText(401, 'Sign in to the staff area first: /staff/sign-in') };
  if (user.mustChangePassword && !opts.passwordChange) return { ok: false, response: plainText(403, 'Change your one-time password first: /staff/password') };
  if (opts.roles && !opts.roles.includes(user.role)) return { ok: false, response: plainText(403, `Your role (${user.role}) cannot do this.`) };
  return { ok: true, ctx: { ...deps, user } };
}

/** 303 See Other to a path on this site (relative Location: never built from the Host header). */
export function seeOther(path: string, setCookies: readonly string[] = []): Response {
  const headers = new Headers({ location: path, 'cache-control': 'no-store' });
  // Headers keeps repeated Set-Cookie values apart (getSetCookie()); each is sent as its own header.
  for (const c of setCookies) headers.append('set-cookie', c);
  return new Response(null, { status: 303, headers });
}
