import { MANAGERS } from '@/lib/staff/roles';
import { staffPost } from '@/lib/staff/post-route';
import { isRequestId, setStatus, STATUSES, type Status } from '@/lib/staff/inbox';

export const dynamic = 'force-dynamic';

export const POST = staffPost<{ id: string }>(async ({ db, field }, { id }) => {
  if (!isRequestId(id)) return new Response('Not found', { status: 404 });
  const status = field('status');
  if (status === undefined || !(STATUSES as readonly string[]).includes(status)) return { redirect: `/staff/requests/${id}?error=status#status` };
  const result = await setStatus(db, id, status as Status);
  if (!result) return new Response('Not found', { status: 404 });
  return { redirect: `/staff/requests/${id}?done=status`, audit: { action: 'request.status', requestId: id, detail: `${result.from} → ${status}` } };
}, { roles: MANAGERS });
