/**
 * Runs before routing, on the paths in `config.matcher` only (static pages and assets never pay for it):
 * - A path with a malformed percent escape ("/treatments/%ff") is refused with 400 and the usual
 *   security headers; Next would otherwise fail to decode it deep in routing and answer a bare 500.
 * - A direct request for Next's prerendered global error page gets a 404 that is never cached
 *   (Next would answer 500 with a year-long shared cache header).
 * - A booking confirmation for a reference that does not exist goes to a path no route matches, so the
 *   patient gets the whole not-found page even without JavaScript (lib/booking/confirmation-gate.ts).
 * - Staff pages are rendered per request, so they get a Content-Security-Policy with a fresh nonce
 *   and no 'unsafe-inline' for scripts. Next reads the nonce from the request's policy header and
 *   puts it on its own scripts. Public pages are static and keep the policy from next.config.mjs.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { CONFIRMATION_PATH, UNKNOWN_CONFIRMATION_PATH, knownConfirmationReference } from '@/lib/booking/confirmation-gate';
import { GLOBAL_ERROR_PATH, globalErrorPathResponse, isMalformedPath, malformedPathResponse, staffPolicyHeaders } from '@/lib/security/proxy-rules';

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = new URL(request.url);
  if (isMalformedPath(pathname)) return malformedPathResponse();
  if (pathname === GLOBAL_ERROR_PATH) return globalErrorPathResponse();
  if (pathname === CONFIRMATION_PATH && !(await knownConfirmationReference(searchParams.get('ref')))) {
    return NextResponse.rewrite(new URL(UNKNOWN_CONFIRMATION_PATH, request.url));
  }
  if (pathname === '/staff' || pathname.startsWith('/staff/')) {
    const { requestHeaders, responseHeaders } = staffPolicyHeaders(request.headers);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    for (const [k, v] of responseHeaders) response.headers.set(k, v);
    return response;
  }
  return NextResponse.next();
}

// Staff pages only, not the staff route handlers that read a body: with a proxy in front of a route,
// Next drains the whole request body to clone it for the proxy, which would undo the bounded reader's
// early 413 on an oversized upload. Handlers answer with redirects or CSV and need no nonce; their
// headers (the static policy included) come from next.config.mjs, which names the same endpoints.
// Next reads this matcher statically, so it must stay a literal.
export const config = {
  matcher: ['/book/confirmation', '/staff', '/staff/((?!.*(?:/submit|/notes|/status|/retry|/run|sign-out|export\\.csv)$).*)', '/(.*%.*)', '/_global-error'],
};
