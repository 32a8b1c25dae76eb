/**
 * The pieces of the editor's API gate that do not touch the session (app/api/keystatic uses them
 * around `requireStaffRequest`). Pure, unit-tested in tests/unit/publishing/editor-access.test.ts.
 */
import 'server-only';
import { safeReturnPath } from '@/lib/staff/return-path';
import { escapeHtml } from '@/lib/text/escape-html';
import type { EditorStorage } from './storage';

/**
 * Keystatic's GitHub-mode endpoints that a browser reaches by a redirect from github.com: the
 * OAuth callback after "Authorize", and the GitHub App set-up return (which Keystatic itself
 * allows in development only). A navigation that comes from another site never carries the
 * SameSite=Strict staff cookie, so these two cannot check it. They are safe without it: the
 * callback only swaps the one-time code GitHub gave this browser for Keystatic's own token
 * cookies and then sends it to /keystatic, which does check the staff session. Every other
 * path, and every path in local mode, requires a staff session.
 */
export const GITHUB_ARRIVALS = ['github/oauth/callback', 'github/created-app'] as const;

export function arrivesFromGitHub(request: Request, storage: EditorStorage): boolean {
  if (storage.kind !== 'github' || request.method !== 'GET') return false;
  const rest = new URL(request.url).pathname.replace(/^\/api\/keystatic\/?/, '').replace(/\/+$/, '');
  return (GITHUB_ARRIVALS as readonly string[]).includes(rest);
}

/** The editor's API answers are personal and never cached or indexed. */
export function noStore(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('cache-control', 'no-store');
  headers.set('x-robots-tag', 'noindex, nofollow');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Keystatic's OAuth callback ends with a redirect to /keystatic. Followed directly, that redirect
 * is still part of the navigation that started on github.com, so the SameSite=Strict staff cookie
 * would be left off and a signed-in person sent to the sign-in page. Instead the callback answers
 * with a small page of our own that moves on to the editor (meta refresh, plus a link): a
 * navigation started by a page of this site, which does carry the cookie. Keystatic's
 * Set-Cookie headers are kept. Anything but a redirect into /keystatic is passed through.
 */
export function sameSiteBounce(response: Response): Response {
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) return noStore(response);
  const safe = safeReturnPath(location);
  const target = safe === '/keystatic' || safe.startsWith('/keystatic/') ? safe : '/keystatic';
  const headers = new Headers();
  for (const c of response.headers.getSetCookie()) headers.append('set-cookie', c);
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  headers.set('x-robots-tag', 'noindex, nofollow');
  headers.set('referrer-policy', 'no-referrer');
  const href = escapeHtml(target);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta http-equiv="refresh" content="0;url=${href}"><title>Signed in to GitHub</title></head><body><p><a href="${href}">Continue to the content editor</a></p></body></html>`;
  return new Response(body, { status: 200, headers });
}
