import { formOf, requireStaffRequest, seeOther } from '@/lib/staff/session';
import { retryOutboxMessage } from '@/lib/staff/outbox';
import { audit } from '@/lib/staff/audit';
import { kickOutbox } from '@/lib/booking/background';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const auth = await requireStaffRequest(request);
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const id = (await formOf(request))?.get('id');
  if (typeof id !== 'string' || id.length > 64) return seeOther('/staff/outbox?error=retry#outbox');
  const row = await db.selectFrom('outbox').select(['request_id', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!row || !(await retryOutboxMessage(db, id, new Date()))) return seeOther('/staff/outbox?error=retry#outbox');
  await audit(db, { actor: user.email, action: 'outbox.retry', requestId: row.request_id, detail: row.kind });
  kickOutbox();
  return seeOther('/staff/outbox?done=retry');
}
