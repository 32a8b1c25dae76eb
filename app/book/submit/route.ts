/**
 * The booking form posts here, with or without JavaScript. A route handler rather than a Server
 * Action because it owns the status codes: Next answers a Server Action post from another origin,
 * or over its body limit, with a 500 before our code runs; this answers 403 and 413.
 */
import { getBookingDeps } from '@/lib/booking/server';
import { handleBookingPost } from '@/lib/booking/handler';
import { sealFormState, STATE_HEADER, type FormRenderState } from '@/lib/booking/form-state';
import { withRequestId } from '@/lib/log';
import { selfOrigin } from '@/lib/booking/self-origin';

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
    // real status. The page is rendered by this same server over loopback (see selfOrigin for
    // where that is; never the request's Host header). docs/booking.md says why it is done this way.
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
