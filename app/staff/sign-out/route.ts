import { staffPost } from '@/lib/staff/post-route';
import { clearedCookies, readCookie, SESSION_COOKIE } from '@/lib/staff/session';
import { revokeSession } from '@/lib/staff/sessions';

export const dynamic = 'force-dynamic';

export const POST = staffPost(
  async ({ db, request }) => {
    await revokeSession(db, readCookie(request.headers, SESSION_COOKIE));
    return { redirect: '/staff/sign-in?signed-out=1', cookies: clearedCookies(), audit: { action: 'signout' } };
  },
  { passwordChange: true, readsForm: false },
);
