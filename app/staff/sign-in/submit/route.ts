/** The sign-in form posts here (public: it is how a session starts). */
import { clientKey } from '@/lib/booking/rate-limit';
import { formOf, sameOrigin, seeOther, sessionCookie } from '@/lib/staff/session';
import { getStaffDeps } from '@/lib/staff/server';
import { signIn } from '@/lib/staff/signin';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!sameOrigin(request)) return new Response('This form must be sent from the staff area itself.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const form = await formOf(request);
  const email = form?.get('email');
  const password = form?.get('password');
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password) return seeOther('/staff/sign-in?error=missing');
  let deps;
  try {
    deps = await getStaffDeps();
  } catch {
    return seeOther('/staff/sign-in?error=unavailable');
  }
  const result = await signIn(deps.db, { email, password, clientKey: clientKey(request.headers) }, deps);
  if (!result.ok) return seeOther(`/staff/sign-in?error=${result.reason}`);
  return seeOther('/staff', sessionCookie(request, result.token, result.expiresAt));
}
