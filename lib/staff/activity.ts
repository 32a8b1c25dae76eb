/**
 * What the inbox shows above the list: appointments coming up, patients' answers from their manage
 * links, and requests patients withdrew (the audit log's anonymous tombstones: reference and date).
 * Reads tables only; knows nothing of how the booking code writes them.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

const DAY_MS = 86_400_000;
/** The audit action erasure writes (lib/booking/manage.ts): the same string, read here. */
export const WITHDRAWN = 'request.withdrawn';

export async function upcomingAppointments(db: Kysely<Database>, now: Date, days = 14, limit = 50) {
  return db
    .selectFrom('appointments')
    .innerJoin('consultation_requests', 'consultation_requests.id', 'appointments.request_id')
    .select([
      'appointments.request_id as requestId',
      'consultation_requests.full_name as fullName',
      'consultation_requests.reference as reference',
      'appointments.starts_at as startsAt',
      'appointments.clinician as clinician',
      'appointments.status as status',
    ])
    .where('appointments.status', 'in', ['offered', 'accepted'])
    .where('appointments.starts_at', '>=', now.toISOString())
    .where('appointments.starts_at', '<', new Date(now.getTime() + days * DAY_MS).toISOString())
    .orderBy('appointments.starts_at')
    .limit(limit)
    .execute();
}

export async function recentReplies(db: Kysely<Database>, now: Date, days = 30, limit = 50) {
  return db
    .selectFrom('consultation_requests')
    .select(['id', 'full_name as fullName', 'reference', 'patient_reply as reply', 'patient_reply_at as at'])
    .where('patient_reply_at', '>=', new Date(now.getTime() - days * DAY_MS).toISOString())
    .orderBy('patient_reply_at', 'desc')
    .limit(limit)
    .execute();
}

export async function withdrawnRequests(db: Kysely<Database>, now: Date, days = 30, limit = 50) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'detail'])
    .where('action', '=', WITHDRAWN)
    .where('at', '>=', new Date(now.getTime() - days * DAY_MS).toISOString())
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}

/** The CSV export's appointment columns, per request id. */
export async function appointmentsFor(db: Kysely<Database>, requestIds: readonly string[]) {
  const out = new Map<string, Database['appointments'] extends infer T ? { [K in keyof T]: T[K] } : never>();
  for (let i = 0; i < requestIds.length; i += 500) {
    const chunk = requestIds.slice(i, i + 500);
    if (chunk.length === 0) continue;
    for (const row of await db.selectFrom('appointments').selectAll().where('request_id', 'in', chunk).execute()) out.set(row.request_id, row);
  }
  return out;
}
