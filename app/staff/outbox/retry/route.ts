import { MANAGERS } from '@/lib/staff/roles';
import { staffPost } from '@/lib/staff/post-route';
import { retryOutboxMessage } from '@/lib/staff/outbox';
import { kickOutbox } from '@/lib/booking/background';

export const dynamic = 'force-dynamic';

export const POST = staffPost(async ({ db, field }) => {
  const id = field('id');
  const failed = { redirect: '/staff/outbox?error=retry#outbox' };
  if (id === undefined || id.length > 64) return failed;
  const row = await db.selectFrom('outbox').select(['request_id', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!row || !(await retryOutboxMessage(db, id, new Date()))) return failed;
  kickOutbox();
  return { redirect: '/staff/outbox?done=retry', audit: { action: 'outbox.retry', requestId: row.request_id, detail: row.kind } };
}, { roles: MANAGERS });
