/**
 * Store first: the request, its consent record(s) and the two outgoing messages are written in
 * ONE transaction (a transactional outbox). Either all of it exists, or none of it does — so a
 * request can never be stored without its mail queued, nor mail sent for an unstored request.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { BookingRequest } from '@/lib/validations/booking';
import { healthConsentText, marketingConsentText } from '@/lib/validations/booking';
import { newReference } from './reference';
import { outboxRow } from '@/lib/mail/queue';
import { patientConfirmation, staffNotification, type Identity, type Mail } from './emails';
import { recipientKey } from './recipient';
import { manageUrl, newManageToken } from './manage-token';

export type StoreContext = {
  now: Date;
  site: Identity;
  noticeVersion: string;
  staffTo: string;
  /**
   * At most this many patient confirmations per mailbox in 24 hours; past it the request is
   * still stored and staff still notified, but the confirmation is held (kept, never sent), so
   * the form cannot be used to flood a stranger's inbox. Unset: no cap.
   */
  confirmationsPerDay?: number;
  /** How long the patient's manage link works: the retention period (siteConfig.privacy.retentionMonths). */
  retentionMonths?: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export async function storeRequest(
  db: Kysely<Database>,
  req: BookingRequest,
  ctx: StoreContext,
): Promise<{ id: string; reference: string; confirmation: 'queued' | 'held' }> {
  const id = randomUUID();
  const reference = newReference();
  const at = ctx.now.toISOString();
  // The link exists only in the patient's confirmation; the database keeps its hash.
  const link = newManageToken(id, ctx.now, ctx.retentionMonths ?? 12);
  const mails: Mail[] = [
    staffNotification({ reference, receivedAt: ctx.now, to: ctx.staffTo, site: ctx.site }),
    patientConfirmation({
      reference,
      fullName: req.fullName,
      to: req.email,
      contactMethod: req.contactMethod,
      site: ctx.site,
      manageUrl: manageUrl(ctx.site.url, link.token),
    }),
  ];

  const patientKey = recipientKey(req.email);
  let confirmation: 'queued' | 'held' = 'queued';

  await db.transaction().execute(async (trx) => {
    if (ctx.confirmationsPerDay !== undefined) {
      const recent = await trx
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('recipient_key', '=', patientKey)
        .where('kind', '=', 'patient-confirmation')
        .where('status', '!=', 'held')
        .where('created_at', '>', new Date(ctx.now.getTime() - DAY_MS).toISOString())
        .executeTakeFirstOrThrow();
      if (Number(recent.n) >= ctx.confirmationsPerDay) confirmation = 'held';
    }
    await trx
      .insertInto('consultation_requests')
      .values({
        id,
        reference,
        created_at: at,
        full_name: req.fullName,
        email: req.email,
        phone: req.phone,
        contact_method: req.contactMethod,
        treatment: req.treatment,
        joint: req.joint,
        message: req.message,
        availability: req.availability,
        heard_from: req.heardFrom,
        marketing_consent: req.marketing ? 1 : 0,
      })
      .execute();

    await trx.insertInto('booking_manage_tokens').values(link.row).execute();

    const consents = [{ purpose: 'health-data', text: healthConsentText(ctx.site.name) }];
    if (req.marketing) consents.push({ purpose: 'marketing', text: marketingConsentText(ctx.site.name) });
    await trx
      .insertInto('consent_records')
      .values(consents.map((c) => ({ id: randomUUID(), request_id: id, purpose: c.purpose, text: c.text, notice_version: ctx.noticeVersion, given_at: at })))
      .execute();

    await trx
      .insertInto('outbox')
      .values(
        mails.map((m) => {
          const held = m.kind === 'patient-confirmation' && confirmation === 'held';
          return {
            ...outboxRow(m, { now: ctx.now, siteUrl: ctx.site.url, requestId: id }),
            ...(held ? { status: 'held', last_error: `Not sent: this address already had ${ctx.confirmationsPerDay} confirmations in 24 hours` } : {}),
            recipient_key: m.kind === 'patient-confirmation' ? patientKey : null,
          };
        }),
      )
      .execute();
  });
  return { id, reference, confirmation };
}

export async function requestExists(db: Kysely<Database>, reference: string): Promise<boolean> {
  const row = await db.selectFrom('consultation_requests').select('id').where('reference', '=', reference).executeTakeFirst();
  return Boolean(row);
}
