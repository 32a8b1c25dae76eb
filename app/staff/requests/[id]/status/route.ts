import { formOf, requireStaffRequest, seeOther } from '@/lib/staff/session';
import { isRequestId, setStatus, STATUSES, type Status } from '@/lib/staff/inbox';
import { audit } from '@/lib/staff/audit';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await requireStaffRequest(request);
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const { id } = await params;
  if (!isRequestId(id)) return new Response('Not found', { status: 404 });
  const status = (await formOf(request))?.get('status');
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) return seeOther(`/staff/requests/${id}?error=status#status`);
  const result = await setStatus(db, id, status as Status);
  if (!result) return new Response('Not found', { status: 404 });
  await audit(db, { actor: user.email, action: 'request.status', requestId: id, detail: `${result.from} → ${status}` });
  return seeOther(`/staff/requests/${id}?done=status`);
}
