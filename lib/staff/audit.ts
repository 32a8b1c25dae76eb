/** The audit log: who did what, when, to which request. Details are short and never health data. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type AuditEntry = { actor: string | null; action: string; requestId?: string | null; detail?: string | null; at?: Date };

export async function audit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: (e.at ?? new Date()).toISOString(),
      actor: e.actor,
      action: e.action,
      request_id: e.requestId ?? null,
      detail: e.detail ? e.detail.slice(0, 200) : null,
    })
    .execute();
}

export async function auditFor(db: Kysely<Database>, requestId: string, limit = 50) {
  return db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).orderBy('at', 'desc').limit(limit).execute();
}
