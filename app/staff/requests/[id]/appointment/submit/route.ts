/**
 * Offer, change or cancel the request's appointment. The path ends in /submit so proxy.ts and
 * next.config.mjs already treat it as a staff route handler (no body-draining proxy).
 */
import { MANAGERS } from '@/lib/staff/roles';
import { staffPost } from '@/lib/staff/post-route';
import { isRequestId } from '@/lib/staff/inbox';
import { appointmentFields, parseAppointment } from '@/lib/validations/appointment';
import { cancelAppointmentByStaff, offerAppointment } from '@/lib/booking/appointments';
import { appointmentContext } from '@/lib/booking/server';
import { kickOutbox } from '@/lib/booking/background';

export const dynamic = 'force-dynamic';

export const POST = staffPost<{ id: string }>(async ({ db, field }, { id }) => {
  if (!isRequestId(id)) return new Response('Not found', { status: 404 });
  const ctx = appointmentContext(new Date());
  if (field('intent') === 'cancel') {
    const cancelled = await cancelAppointmentByStaff(db, id, ctx);
    if (cancelled) kickOutbox();
    return {
      redirect: `/staff/requests/${id}?done=${cancelled ? 'appointment-cancelled' : 'appointment-none'}#appointment`,
      audit: cancelled ? { action: 'appointment.cancel', requestId: id, at: ctx.now } : undefined,
    };
  }
  const raw = Object.fromEntries(appointmentFields.map((f) => [f, field(f)]));
  const parsed = parseAppointment(raw, { timeZone: ctx.timeZone, now: ctx.now });
  if (!parsed.ok) {
    // The answers go back in the query string (no health data in them), so nothing typed is lost.
    const q = new URLSearchParams({ error: `appointment-${Object.keys(parsed.errors)[0]}` });
    for (const f of appointmentFields) q.set(f, (raw[f] ?? '').slice(0, 500));
    return { redirect: `/staff/requests/${id}?${q}#appointment-form` };
  }
  const result = await offerAppointment(db, id, parsed.value, ctx);
  if (result === 'not-found') return new Response('Not found', { status: 404 });
  if (result !== 'unchanged') kickOutbox();
  return {
    redirect: `/staff/requests/${id}?done=appointment-${result}#appointment`,
    audit: result === 'unchanged' ? undefined : { action: `appointment.${result === 'offered' ? 'offer' : 'change'}`, requestId: id, detail: parsed.value.startsAt.toISOString(), at: ctx.now },
  };
}, { roles: MANAGERS });
