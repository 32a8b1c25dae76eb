import { MANAGERS } from '@/lib/staff/roles';
import { staffPost } from '@/lib/staff/post-route';
import { addNote, isRequestId, NOTE_MAX, noteSchema } from '@/lib/staff/inbox';

export const dynamic = 'force-dynamic';

export const POST = staffPost<{ id: string }>(async ({ db, user, field }, { id }) => {
  if (!isRequestId(id)) return new Response('Not found', { status: 404 });
  const text = field('note') ?? '';
  const parsed = noteSchema.safeParse(text);
  if (!parsed.success) {
    const code = text.trim() === '' ? 'note-empty' : text.trim().length > NOTE_MAX ? 'note-long' : 'note-invalid';
    return { redirect: `/staff/requests/${id}?error=${code}#note` };
  }
  const now = new Date();
  if (!(await addNote(db, id, user.email, parsed.data, now))) return new Response('Not found', { status: 404 });
  return { redirect: `/staff/requests/${id}?done=note`, audit: { action: 'request.note', requestId: id, at: now } };
}, { roles: MANAGERS });
