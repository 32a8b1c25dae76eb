import { formOf, readCookie, requireStaffRequest, seeOther, SESSION_COOKIE } from '@/lib/staff/session';
import { changePassword } from '@/lib/staff/users';
import { hashToken } from '@/lib/staff/tokens';
import { audit } from '@/lib/staff/audit';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const auth = await requireStaffRequest(request, { passwordChange: true });
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const form = await formOf(request);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === 'string' ? v.slice(0, 1024) : '';
  };
  const token = readCookie(request.headers, SESSION_COOKIE);
  const problem = await changePassword(db, user.id, {
    current: field('current'),
    next: field('next'),
    confirm: field('confirm'),
    keepTokenHash: token ? hashToken(token) : undefined,
  });
  if (problem) {
    if (problem === 'current-wrong') await audit(db, { actor: user.email, action: 'password.change-refused' });
    return seeOther(`/staff/password?error=${problem}`);
  }
  await audit(db, { actor: user.email, action: 'password.change' });
  return seeOther('/staff');
}
