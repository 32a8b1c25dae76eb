/**
 * An appointment offered to a patient, and the mail it causes, each change in ONE transaction with
 * its mail (the transactional outbox of store.ts):
 * - an offer or a new time: the appointment row (same UID, SEQUENCE + 1 on a change), an invite
 *   with a METHOD:REQUEST calendar part, and reminders queued for later (./reminders.ts);
 * - a cancellation: SEQUENCE + 1, a METHOD:CANCEL part, and the pending reminders deleted.
 * Every invite and reminder has a dedupe key (UID, SEQUENCE, which reminder) under a unique index,
 * so queueing twice inserts once, and the outbox's lease sends each row once (outbox.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { outboxRow } from '@/lib/mail/queue';
import { appointmentCancelled, appointmentInvite, appointmentReminder, type AppointmentText, type Identity, type Mail } from './emails';
import { appointmentIcs, type IcsMethod } from './ics';
import { manageUrl, newManageToken } from './manage-token';
import { planReminders, type QuietHours } from './reminders';
import { describeLocal } from './clinic-time';

export type AppointmentContext = {
  now: Date;
  site: Identity;
  timeZone: string;
  durationMinutes: number;
  reminders: { daysBefore: readonly number[]; quietHours: QuietHours };
  retentionMonths: number;
};

export type AppointmentOffer = { startsAt: Date; clinician: string; place: string; videoUrl: string | null };
type Db = Kysely<Database> | Transaction<Database>;
type AppointmentRow = Database['appointments'] extends infer T ? { [K in keyof T]: T[K] } : never;

/** Appointments a patient can still come to: their reminders stay queued. */
const ACTIVE = ['offered', 'accepted'] as const;

export async function offerAppointment(
  db: Kysely<Database>,
  requestId: string,
  offer: AppointmentOffer,
  ctx: AppointmentContext,
): Promise<'offered' | 'changed' | 'unchanged' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom('consultation_requests').select(['id', 'email', 'reference']).where('id', '=', requestId).executeTakeFirst();
    if (!request) return 'not-found';
    const existing = await trx.selectFrom('appointments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
    const at = ctx.now.toISOString();
    const startsAt = offer.startsAt.toISOString();
    // The same offer again (a double click, a resent form): nothing changes and nothing is sent.
    if (
      existing &&
      existing.status !== 'cancelled' &&
      existing.starts_at === startsAt &&
      existing.clinician === offer.clinician &&
      existing.place === offer.place &&
      (existing.video_url ?? null) === offer.videoUrl
    ) {
      return 'unchanged';
    }
    // What the patient is offered; a change keeps the UID and raises SEQUENCE so calendars update.
    const offered = {
      starts_at: startsAt,
      duration_minutes: ctx.durationMinutes,
      time_zone: ctx.timeZone,
      clinician: offer.clinician,
      place: offer.place,
      video_url: offer.videoUrl,
      status: 'offered',
      updated_at: at,
    };
    let appointment: AppointmentRow;
    if (existing) {
      appointment = { ...existing, ...offered, sequence: existing.sequence + 1 };
      await trx.updateTable('appointments').set(appointment).where('id', '=', existing.id).execute();
      await dropUnsent(trx, existing.id);
    } else {
      appointment = {
        id: randomUUID(),
        request_id: requestId,
        uid: `${randomUUID()}@${hostOf(ctx.site.url)}`,
        sequence: 0,
        ...offered,
        created_at: at,
      };
      await trx.insertInto('appointments').values(appointment).execute();
    }
    const text = appointmentText(appointment);
    const inviteLink = await issueLink(trx, requestId, ctx);
    await queue(trx, appointmentInvite({ reference: request.reference, to: request.email, appointment: text, manageUrl: inviteLink, changed: Boolean(existing), site: ctx.site }), {
      ctx,
      requestId,
      appointment,
      dedupeKey: `invite:${appointment.uid}:${appointment.sequence}`,
      ics: 'REQUEST',
    });
    for (const plan of planReminders(offer.startsAt, { timeZone: ctx.timeZone, daysBefore: ctx.reminders.daysBefore, quietHours: ctx.reminders.quietHours, now: ctx.now })) {
      const link = await issueLink(trx, requestId, ctx);
      await queue(trx, appointmentReminder({ reference: request.reference, to: request.email, appointment: text, daysBefore: plan.daysBefore, manageUrl: link, site: ctx.site }), {
        ctx,
        requestId,
        appointment,
        dedupeKey: `reminder:${appointment.uid}:${appointment.sequence}:${plan.daysBefore}`,
        sendAt: plan.at,
      });
    }
    return existing ? 'changed' : 'offered';
  });
}

/**
 * Cancels the request's appointment if it is still one the patient could come to: a METHOD:CANCEL
 * update to the patient and no more reminders. `status` is what the appointment becomes.
 */
export async function cancelAppointment(
  trx: Transaction<Database>,
  requestId: string,
  ctx: AppointmentContext,
  opts: { status: 'cancelled' | 'another-time'; byPatient: boolean },
): Promise<boolean> {
  const existing = await trx.selectFrom('appointments').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  if (!existing || !(ACTIVE as readonly string[]).includes(existing.status)) return false;
  const request = await trx.selectFrom('consultation_requests').select(['email', 'reference']).where('id', '=', requestId).executeTakeFirstOrThrow();
  const appointment = { ...existing, sequence: existing.sequence + 1, status: opts.status, updated_at: ctx.now.toISOString() };
  await trx.updateTable('appointments').set({ sequence: appointment.sequence, status: appointment.status, updated_at: appointment.updated_at }).where('id', '=', existing.id).execute();
  await dropUnsent(trx, existing.id);
  await queue(trx, appointmentCancelled({ reference: request.reference, to: request.email, appointment: appointmentText(appointment), byPatient: opts.byPatient, site: ctx.site }), {
    ctx,
    requestId,
    appointment,
    dedupeKey: `cancel:${appointment.uid}:${appointment.sequence}`,
    ics: 'CANCEL',
  });
  return true;
}

/** Staff cancel the appointment they offered. */
export async function cancelAppointmentByStaff(db: Kysely<Database>, requestId: string, ctx: AppointmentContext): Promise<boolean> {
  return db.transaction().execute((trx) => cancelAppointment(trx, requestId, ctx, { status: 'cancelled', byPatient: false }));
}

export function appointmentText(a: Pick<AppointmentRow, 'starts_at' | 'time_zone' | 'clinician' | 'place' | 'video_url'>): AppointmentText {
  return { when: describeLocal(new Date(a.starts_at), a.time_zone), clinician: a.clinician, place: a.place, videoUrl: a.video_url };
}

/** The calendar part for an appointment as it now stands. */
export function icsFor(a: AppointmentRow, method: IcsMethod, attendee: string, ctx: Pick<AppointmentContext, 'site' | 'now'>): string {
  return appointmentIcs(
    { uid: a.uid, sequence: a.sequence, startsAt: new Date(a.starts_at), durationMinutes: a.duration_minutes, clinician: a.clinician, place: a.place, videoUrl: a.video_url, stamp: ctx.now },
    { method, clinic: ctx.site, attendee },
  );
}

/** Invites and reminders of an earlier version that have not gone yet: superseded, never sent. */
async function dropUnsent(trx: Db, appointmentId: string) {
  await trx.deleteFrom('outbox').where('appointment_id', '=', appointmentId).where('status', 'in', ['pending', 'held']).execute();
}

/** Each email gets its own link (the database cannot give back an earlier one: it keeps hashes only). */
async function issueLink(trx: Db, requestId: string, ctx: AppointmentContext): Promise<string> {
  const link = newManageToken(requestId, ctx.now, ctx.retentionMonths);
  await trx.insertInto('booking_manage_tokens').values(link.row).execute();
  return manageUrl(ctx.site.url, link.token);
}

async function queue(
  trx: Db,
  mail: Mail,
  opts: { ctx: Pick<AppointmentContext, 'now' | 'site'>; requestId: string | null; appointment?: AppointmentRow; dedupeKey: string; sendAt?: Date; ics?: IcsMethod },
) {
  const row = outboxRow(mail, { now: opts.ctx.now, siteUrl: opts.ctx.site.url, requestId: opts.requestId });
  await trx
    .insertInto('outbox')
    .values({
      ...row,
      next_attempt_at: (opts.sendAt ?? opts.ctx.now).toISOString(),
      dedupe_key: opts.dedupeKey,
      appointment_id: opts.requestId ? (opts.appointment?.id ?? null) : null,
      ics_method: opts.ics && opts.appointment ? opts.ics : null,
      ics_body: opts.ics && opts.appointment ? icsFor(opts.appointment, opts.ics, mail.to, opts.ctx) : null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

function hostOf(url: string) {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}
