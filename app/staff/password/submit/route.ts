import { staffPost } from '@/lib/staff/post-route';
import { readCookie, SESSION_COOKIE } from '@/lib/staff/session';
import { changePassword } from '@/lib/staff/users';
import { hashToken } from '@/lib/staff/tokens';

export const dynamic = 'force-dynamic';

export const POST = staffPost(
  async ({ db, user, request, field }) => {
    const value = (name: string) => (field(name) ?? '').slice(0, 1024);
    const token = readCookie(request.headers, SESSION_COOKIE);
    const problem = await changePassword(db, user.id, {
      current: value('current'),
      next: value('next'),
      confirm: value('confirm'),
      keepTokenHash: token ? hashToken(token) : undefined,
    });
    if (problem === 'current-wrong') return { redirect: `/staff/password?error=${problem}`, audit: { action: 'password.change-refused' } };
    if (problem) return { redirect: `/staff/password?error=${problem}` };
    return { redirect: '/staff', audit: { action: 'password.change' } };
  },
  { passwordChange: true },
);
