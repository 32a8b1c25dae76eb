import { clearedCookies, readCookie, requireStaffRequest, seeOther, SESSION_COOKIE } from '@/lib/staff/session';
import { revokeSession } from '@/lib/staff/sessions';
import { audit } from '@/lib/staff/audit';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const auth = await requireStaffRequest(request, { passwordChange: true });
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  await revokeSession(db, readCookie(request.headers, SESSION_COOKIE));
  await audit(db, { actor: user.email, action: 'signout' });
  return seeOther('/staff/sign-in?signed-out=1', clearedCookies());
}
