/**
 * The booking form posts here, with or without JavaScript. A route handler rather than a Server
 * Action because it owns the status codes: Next answers a Server Action post from another origin,
 * or over its body limit, with a 500 before our code runs; this answers 403 and 413.
 */
import { getBookingDeps } from '@/lib/booking/server';
import { handleBookingPost } from '@/lib/booking/handler';
import { sealFormState, STATE_HEADER, type FormRenderState } from '@/lib/booking/form-state';
import { withRequestId } from '@/lib/log';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return withRequestId(request, () => handle(request));
}

async function handle(request: Request) {
  let deps;
  try {
    deps = await getBookingDeps();
  } catch {
    return new Response('The booking service is unavailable. Please phone us.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const secret = deps.secret;
  return handleBookingPost(request, deps, {
    // JavaScript off and refused: answer with the booking page itself (errors, kept values) and the
    // real status. The page is rendered by this same server over loopback — the origin comes from
    // Next's own start-up, never from the request's Host header (which would allow SSRF).
    renderForm: async (state: FormRenderState, status: number, headers: Record<string, string>) => {
      const res = await fetch(new URL('/book', selfOrigin()), {
        headers: { [STATE_HEADER]: sealFormState(secret, state) },
        cache: 'no-store',
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`render ${res.status}`);
      return new Response(res.body, {
        status,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
      });
    },
  });
}

function selfOrigin(): string {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (origin) {
    const u = new URL(origin);
    // A server bound to all interfaces reports 0.0.0.0 or ::, which is not an address to connect to.
    if (u.hostname === '0.0.0.0' || u.hostname === '[::]') u.hostname = '127.0.0.1';
    return u.origin;
  }
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}
