/** The sign-in form posts here (public: it is how a session starts). */
import { clientKey } from '@/lib/booking/rate-limit';
import { formOf, sameOrigin, seeOther, sessionCookies } from '@/lib/staff/session';
import { getStaffDeps } from '@/lib/staff/server';
import { signIn } from '@/lib/staff/signin';
import { DEFAULT_RETURN_PATH, safeReturnPath } from '@/lib/staff/return-path';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!sameOrigin(request)) return new Response('This form must be sent from the staff area itself.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const form = await formOf(request);
  // Where to go afterwards (the hidden `next` field): only a path in the staff area or the editor.
  const next = safeReturnPath(form?.get('next'));
  const again = (error: string) =>
    seeOther(`/staff/sign-in?${new URLSearchParams(next === DEFAULT_RETURN_PATH ? { error } : { error, next })}`);
  const email = form?.get('email');
  const password = form?.get('password');
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password) return again('missing');
  let deps;
  try {
    deps = await getStaffDeps();
  } catch {
    return again('unavailable');
  }
  const result = await signIn(deps.db, { email, password, clientKey: clientKey(request.headers) }, deps);
  if (!result.ok) return again(result.reason);
  return seeOther(next, sessionCookies(request, result.token, result.expiresAt));
}
