/** Inbox queries: filters parsed from the query string, the filtered list, one request, status and notes. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';

export const STATUSES = ['new', 'contacted', 'booked', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const PAGE_SIZE = 25;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The longest search the inbox runs. A longer one is refused with SEARCH_TOO_LONG, never shortened or dropped. */
export const SEARCH_MAX = 100;
export const SEARCH_TOO_LONG = `A search can be at most ${SEARCH_MAX} characters. Shorten it and search again.`;

export const filtersSchema = z.object({
  status: z.preprocess(one, z.enum(STATUSES).optional().catch(undefined)),
  treatment: z.preprocess(one, z.string().trim().max(100).regex(/^[a-z0-9-]*$/).optional().catch(undefined)),
  q: z.preprocess(one, z.string().trim().optional().catch(undefined)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
export type InboxFilters = z.output<typeof filtersSchema> & {
  /** Set when the search is refused: the list and the export then match nothing. */
  searchError?: string;
};

/**
 * Pure: query-string values → filters. A malformed status, treatment or page is dropped (links
 * only make valid ones); an over-long search is kept and refused with a message, so a filter a
 * person typed is never silently widened to "everything".
 */
export function parseFilters(params: Record<string, string | string[] | undefined>): InboxFilters {
  const f = filtersSchema.parse(params);
  // Kept (bounded, so a pasted page does not travel on in every link) for the person to shorten.
  const q = f.q ? f.q.slice(0, 2000) : undefined;
  const searchError = q && q.length > SEARCH_MAX ? SEARCH_TOO_LONG : undefined;
  return { status: f.status, treatment: f.treatment || undefined, q, page: f.page, ...(searchError ? { searchError } : {}) };
}

/** Pure: filters → query string (for links, export and pagination). */
export function filtersToQuery(f: Partial<InboxFilters>): string {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.treatment) p.set('treatment', f.treatment);
  if (f.q) p.set('q', f.q);
  if (f.page && f.page > 1) p.set('page', String(f.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilters<O>(qb: SelectQueryBuilder<Database, 'consultation_requests', O>, f: InboxFilters) {
  let out = qb;
  if (f.searchError) return out.where(sql<boolean>`1 = 0`);
  if (f.status) out = out.where('status', '=', f.status);
  if (f.treatment) out = out.where('treatment', '=', f.treatment);
  if (f.q) {
    const pattern = likePattern(f.q);
    out = out.where((eb) =>
      eb.or([
        eb(sql`lower(full_name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(email)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  return out;
}

const listColumns = ['id', 'reference', 'created_at', 'full_name', 'email', 'treatment', 'joint', 'status'] as const;

export async function listRequests(db: Kysely<Database>, f: InboxFilters, pageSize = PAGE_SIZE) {
  const base = db.selectFrom('consultation_requests');
  const [rows, count] = await Promise.all([
    applyFilters(base.select([...listColumns]), f)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((f.page - 1) * pageSize)
      .execute(),
    applyFilters(base.select((eb) => eb.fn.countAll<string | number>().as('n')), f).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { rows, total, page: f.page, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every matching request, all fields, newest first (the CSV export). */
export async function exportRequests(db: Kysely<Database>, f: InboxFilters, max = 50_000) {
  return applyFilters(db.selectFrom('consultation_requests').selectAll(), f).orderBy('created_at', 'desc').orderBy('id').limit(max).execute();
}

const idSchema = z.uuid();
export function isRequestId(id: string): boolean {
  return idSchema.safeParse(id).success;
}

export async function getRequest(db: Kysely<Database>, id: string) {
  if (!isRequestId(id)) return null;
  const request = await db.selectFrom('consultation_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!request) return null;
  const [consents, notes] = await Promise.all([
    db.selectFrom('consent_records').selectAll().where('request_id', '=', id).orderBy('purpose').execute(),
    db.selectFrom('request_notes').selectAll().where('request_id', '=', id).orderBy('created_at').orderBy('id').execute(),
  ]);
  return { request, consents, notes };
}

export async function setStatus(db: Kysely<Database>, id: string, status: Status): Promise<{ from: string } | null> {
  if (!isRequestId(id)) return null;
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('consultation_requests').select('status').where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    await trx.updateTable('consultation_requests').set({ status }).where('id', '=', id).execute();
    return { from: row.status };
  });
}

export const NOTE_MAX = 2000;
export const noteSchema = z
  .string()
  .trim()
  .min(1, 'Enter a note')
  .max(NOTE_MAX, `A note must be ${NOTE_MAX} characters or fewer`)
  .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'A note cannot contain control characters');

export async function addNote(db: Kysely<Database>, requestId: string, author: string, body: string, now: Date): Promise<boolean> {
  if (!isRequestId(requestId)) return false;
  const exists = await db.selectFrom('consultation_requests').select('id').where('id', '=', requestId).executeTakeFirst();
  if (!exists) return false;
  await db.insertInto('request_notes').values({ id: randomUUID(), request_id: requestId, author, body, created_at: now.toISOString() }).execute();
  return true;
}
