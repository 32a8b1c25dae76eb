/**
 * What proxy.ts does, as plain functions of the request so they are unit-tested without a server.
 */
import { nonceContentSecurityPolicy, securityHeaders } from '../../next.config.mjs';

/** True when the path has a percent escape that does not decode ("%ff", "%", "%zz"). */
export function isMalformedPath(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Next's prerendered global error page, which Next serves at this path (with a year-long cache
 * header) if asked for it directly. It is only ever meant to be rendered for a failed request.
 */
export const GLOBAL_ERROR_PATH = '/_global-error';

/** 400 with the site's security headers; never cached, since it describes one bad request. */
export function malformedPathResponse(): Response {
  return plainResponse(400, 'Bad request: the address contains a malformed percent-encoded character.');
}

/** A direct request for the global error page: the site's usual 404, never cached. */
export function globalErrorPathResponse(): Response {
  return plainResponse(404, 'Not found.');
}

function plainResponse(status: number, text: string): Response {
  const headers = new Headers(securityHeaders.map(({ key, value }) => [key, value] as [string, string]));
  headers.set('content-type', 'text/plain; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return new Response(`${text}\n`, { status, headers });
}

/**
 * A fresh nonce per request (128 random bits): the policy goes on the request, where Next finds
 * the nonce for its own scripts, and on the response, where the browser enforces it.
 */
export function staffPolicyHeaders(incoming: Headers): { requestHeaders: Headers; responseHeaders: Headers; nonce: string } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(incoming);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  return { requestHeaders, responseHeaders: new Headers({ 'content-security-policy': policy }), nonce };
}
