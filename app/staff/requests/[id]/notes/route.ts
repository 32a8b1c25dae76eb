import { formOf, requireStaffRequest, seeOther } from '@/lib/staff/session';
import { addNote, isRequestId, NOTE_MAX, noteSchema } from '@/lib/staff/inbox';
import { audit } from '@/lib/staff/audit';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await requireStaffRequest(request);
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const { id } = await params;
  if (!isRequestId(id)) return new Response('Not found', { status: 404 });
  const raw = (await formOf(request))?.get('note');
  const text = typeof raw === 'string' ? raw : '';
  const parsed = noteSchema.safeParse(text);
  if (!parsed.success) {
    const code = text.trim() === '' ? 'note-empty' : text.trim().length > NOTE_MAX ? 'note-long' : 'note-invalid';
    return seeOther(`/staff/requests/${id}?error=${code}#note`);
  }
  const now = new Date();
  if (!(await addNote(db, id, user.email, parsed.data, now))) return new Response('Not found', { status: 404 });
  await audit(db, { actor: user.email, action: 'request.note', requestId: id, at: now });
  return seeOther(`/staff/requests/${id}?done=note`);
}
