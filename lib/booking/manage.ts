/**
 * What the patient's manage link shows and does. Each action is one transaction with its audit row
 * and its mail; erasure (withdrawing consent) deletes everything that names the patient and leaves an
 * anonymous tombstone (reference, date, "withdrawn by patient") in the audit log for staff.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { audit } from '@/lib/staff/audit';
import { WITHDRAWN } from '@/lib/staff/activity';
import { outboxRow } from '@/lib/mail/queue';
import { cancelAppointment, icsFor, type AppointmentContext } from './appointments';
import { erasureConfirmation } from './emails';

export const PATIENT_ACTIONS = ['accept', 'another-time', 'cancel', 'withdraw'] as const;
export type PatientAction = (typeof PATIENT_ACTIONS)[number];
/** Who the audit log names for what a patient did through their link. */
export const PATIENT_ACTOR = 'patient (manage link)';

export function isPatientAction(v: unknown): v is PatientAction {
  return typeof v === 'string' && (PATIENT_ACTIONS as readonly string[]).includes(v);
}

export type ManageView = {
  reference: string;
  status: string;
  createdAt: string;
  patientReply: string | null;
  appointment: { startsAt: string; timeZone: string; durationMinutes: number; clinician: string; place: string; videoUrl: string | null; status: string } | null;
};

export async function manageView(db: Kysely<Database>, requestId: string): Promise<ManageView | null> {
  const r = await db.selectFrom('consultation_requests').select(['reference', 'status', 'created_at', 'patient_reply']).where('id', '=', requestId).executeTakeFirst();
  if (!r) return null;
  const a = await db.selectFrom('appointments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  return {
    reference: r.reference,
    status: r.status,
    createdAt: r.created_at,
    patientReply: r.patient_reply,
    appointment: a
      ? { startsAt: a.starts_at, timeZone: a.time_zone, durationMinutes: a.duration_minutes, clinician: a.clinician, place: a.place, videoUrl: a.video_url, status: a.status }
      : null,
  };
}

/** The actions that make sense now; the page offers only these, and the endpoint refuses the rest. */
export function availableActions(view: ManageView): PatientAction[] {
  const out: PatientAction[] = [];
  const a = view.appointment;
  if (a && a.status === 'offered') out.push('accept');
  if (a && (a.status === 'offered' || a.status === 'accepted')) out.push('another-time');
  if (view.status !== 'closed') out.push('cancel');
  out.push('withdraw');
  return out;
}

export type ActionResult = { ok: true; reference: string } | { ok: false; reason: 'gone' | 'not-available' };

export async function applyPatientAction(db: Kysely<Database>, requestId: string, action: PatientAction, ctx: AppointmentContext): Promise<ActionResult> {
  if (action === 'withdraw') return eraseRequest(db, requestId, ctx);
  return db.transaction().execute(async (trx): Promise<ActionResult> => {
    const view = await manageView(trx, requestId);
    if (!view) return { ok: false, reason: 'gone' };
    if (!availableActions(view).includes(action)) return { ok: false, reason: 'not-available' };
    const at = ctx.now.toISOString();
    if (action === 'accept') {
      await trx.updateTable('appointments').set({ status: 'accepted', updated_at: at }).where('request_id', '=', requestId).execute();
      await trx.updateTable('consultation_requests').set({ status: 'booked', patient_reply: 'accepted', patient_reply_at: at }).where('id', '=', requestId).execute();
    } else if (action === 'another-time') {
      await cancelAppointment(trx, requestId, ctx, { status: 'another-time', byPatient: true });
      await trx.updateTable('consultation_requests').set({ patient_reply: 'another-time', patient_reply_at: at }).where('id', '=', requestId).execute();
    } else {
      await cancelAppointment(trx, requestId, ctx, { status: 'cancelled', byPatient: true });
      await trx.updateTable('consultation_requests').set({ status: 'closed', patient_reply: 'cancelled', patient_reply_at: at }).where('id', '=', requestId).execute();
    }
    await audit(trx, { actor: PATIENT_ACTOR, action: `patient.${action}`, requestId, at: ctx.now });
    return { ok: true, reference: view.reference };
  });
}

/**
 * Withdrawal of consent (UK GDPR Art. 7(3)) and erasure (Art. 17), in one transaction: the request,
 * its consent records, notes, appointment, manage links and every email queued or kept for it are
 * deleted. What stays: the audit log's rows about it (actions, times and staff names, never its
 * content) and a tombstone naming only the reference and the date. One message is queued, to the
 * address the request had: the confirmation, with a METHOD:CANCEL part if an appointment was still
 * on, so it leaves the patient's calendar too. That queued row, linked to no request, is the one
 * place the address survives; the purge deletes it once it has been sent.
 */
export async function eraseRequest(db: Kysely<Database>, requestId: string, ctx: AppointmentContext): Promise<ActionResult> {
  return db.transaction().execute(async (trx): Promise<ActionResult> => {
    const r = await trx.selectFrom('consultation_requests').select(['id', 'reference', 'email']).where('id', '=', requestId).executeTakeFirst();
    if (!r) return { ok: false, reason: 'gone' };
    const appointment = await trx.selectFrom('appointments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
    const stillOn = appointment && (appointment.status === 'offered' || appointment.status === 'accepted');
    await trx.deleteFrom('outbox').where('request_id', '=', requestId).execute();
    await trx.deleteFrom('booking_manage_tokens').where('request_id', '=', requestId).execute();
    await trx.deleteFrom('appointments').where('request_id', '=', requestId).execute();
    await trx.deleteFrom('request_notes').where('request_id', '=', requestId).execute();
    await trx.deleteFrom('consent_records').where('request_id', '=', requestId).execute();
    await trx.deleteFrom('consultation_requests').where('id', '=', requestId).execute();

    const mail = erasureConfirmation({ reference: r.reference, to: r.email, site: ctx.site });
    const cancelled = stillOn ? { ...appointment, sequence: appointment.sequence + 1, status: 'cancelled' } : null;
    await trx
      .insertInto('outbox')
      .values({
        ...outboxRow(mail, { now: ctx.now, siteUrl: ctx.site.url, requestId: null }),
        dedupe_key: `erasure:${r.reference}`,
        ics_method: cancelled ? 'CANCEL' : null,
        ics_body: cancelled ? icsFor(cancelled, 'CANCEL', r.email, ctx) : null,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
    await audit(trx, { actor: null, action: WITHDRAWN, requestId, detail: `${r.reference} withdrawn by patient`, at: ctx.now });
    return { ok: true, reference: r.reference };
  });
}
