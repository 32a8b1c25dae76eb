/** The sign-in form posts here (public: it is how a session starts). */
import { clientAddress } from '@/lib/http/client-address';
import { textField } from '@/lib/http/body';
import { readStaffForm } from '@/lib/staff/form-body';
import { plainText, sameOrigin, seeOther, sessionCookies } from '@/lib/staff/session';
import { getStaffDeps } from '@/lib/staff/server';
import { signIn } from '@/lib/staff/signin';
import { DEFAULT_RETURN_PATH, safeReturnPath } from '@/lib/staff/return-path';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!sameOrigin(request)) return plainText(403, 'This form must be sent from the staff area itself.');
  const body = await readStaffForm(request);
  if (!body.ok) return plainText(body.status, body.message);
  // Where to go afterwards (the hidden `next` field): only a path in the staff area or the editor.
  const next = safeReturnPath(body.fields.next);
  const again = (error: string) =>
    seeOther(`/staff/sign-in?${new URLSearchParams(next === DEFAULT_RETURN_PATH ? { error } : { error, next })}`);
  const email = textField(body.fields, 'email');
  const password = textField(body.fields, 'password');
  if (email === undefined || password === undefined || !email.trim() || !password) return again('missing');
  let deps;
  try {
    deps = await getStaffDeps();
  } catch {
    return again('unavailable');
  }
  const result = await signIn(deps.db, { email, password, clientKey: clientAddress(request.headers) }, deps);
  if (!result.ok) return again(result.reason);
  return seeOther(next, sessionCookies(request, result.token, result.expiresAt));
}
