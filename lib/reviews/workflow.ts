/**
 * The review workflow against the database and the working copy: who last changed a page (the
 * editor's saves are audited), the queue, comments of a page sent back, and the mail each step
 * sends. Route handlers and pages under app/staff/reviews call these; the decisions themselves
 * are pure (decide.ts, state.ts).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { queueMail } from '@/lib/mail/queue';
import { siteConfig } from '@/lib/site-config';
import { listPages, pageFile, readPageSource, readRecord } from './files';
import { versionHash } from './hash';
import { approvalOf } from './record';
import { reviewState, needsReview, type ReviewState } from './state';
import { pageKeyOf, splitSource, type PageKey } from './source';
import { reviewDecisionMail, reviewQueuedMail } from './emails';

export const pageId = (key: PageKey) => `${key.collection}/${key.slug}`;
export const PAGE_EDIT_ACTION = 'page.edit';
export const REVIEW_APPROVE_ACTION = 'review.approve';
export const REVIEW_SEND_BACK_ACTION = 'review.send-back';

export type PageChange = { by: string; at: string };

/** The newest recorded save of the page through the staff editor. */
export async function lastChange(db: Kysely<Database>, key: PageKey): Promise<PageChange | null> {
  const row = await db
    .selectFrom('audit_log')
    .select(['actor', 'at'])
    .where('action', '=', PAGE_EDIT_ACTION)
    .where('detail', '=', pageId(key))
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.actor ? { by: row.actor, at: row.at } : null;
}

/** Everyone who saved the page since `since` (its last approval), for the decision mail. */
async function editorsSince(db: Kysely<Database>, key: PageKey, since: string | null): Promise<string[]> {
  let q = db.selectFrom('audit_log').select('actor').distinct().where('action', '=', PAGE_EDIT_ACTION).where('detail', '=', pageId(key));
  if (since) q = q.where('at', '>=', since);
  return (await q.execute()).map((r) => r.actor).filter((a): a is string => Boolean(a));
}

export type ReviewComment = { author: string; body: string; created_at: string; hash: string };

export async function commentsFor(db: Kysely<Database>, key: PageKey): Promise<ReviewComment[]> {
  return db.selectFrom('review_comments').select(['author', 'body', 'created_at', 'hash']).where('page', '=', pageId(key)).orderBy('created_at', 'desc').limit(50).execute();
}

export type QueueItem = {
  key: PageKey;
  title: string;
  author: string;
  reviewer: string;
  state: ReviewState;
  sentBack: boolean;
  lastChange: PageChange | null;
  /** The page names the signed-in clinical reviewer. */
  mine: boolean;
};

/** Pages waiting for review: changed since their last approval, never approved, or due for periodic review. */
export async function reviewQueue(db: Kysely<Database>, root: string, today: string, authorId: string | null): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  for (const key of listPages(root)) {
    const source = readPageSource(root, key);
    if (source === null) continue;
    const state = reviewState(versionHash(source), readRecord(root, key), today);
    if (!needsReview(state)) continue;
    const fm = splitSource(source).frontMatter;
    const latestComment = (await commentsFor(db, key))[0];
    items.push({
      key,
      title: String(fm.title ?? key.slug),
      author: String(fm.author ?? ''),
      reviewer: String(fm.reviewer ?? ''),
      state,
      sentBack: latestComment?.hash === state.hash,
      lastChange: await lastChange(db, key),
      mine: Boolean(authorId) && fm.reviewer === authorId,
    });
  }
  return items;
}

/** Staff accounts of the clinical reviewer a page names. */
async function reviewerAccounts(db: Kysely<Database>, authorId: string): Promise<string[]> {
  const rows = await db.selectFrom('staff_users').select('email').where('role', '=', 'reviewer').where('author_id', '=', authorId).execute();
  return rows.map((r) => r.email);
}

const NOTIFIED = (key: PageKey) => `review-notified:${pageId(key)}`;

/**
 * After a save through the editor: audits it per page, and tells the page's reviewer once when the
 * page enters their queue (again after each send-back or approval, which clear the flag).
 */
export async function recordPageSaves(db: Kysely<Database>, root: string, actor: string, before: ReadonlyMap<string, string | null>, now: Date): Promise<void> {
  for (const [path, oldHash] of before) {
    const key = pageKeyOf(path);
    if (!key) continue;
    const source = readPageSource(root, key);
    const newHash = source === null ? null : versionHash(source);
    if (source === null || newHash === oldHash) continue;
    await db
      .insertInto('audit_log')
      .values({ id: randomUUID(), at: now.toISOString(), actor, action: PAGE_EDIT_ACTION, request_id: null, detail: pageId(key) })
      .execute();
    if (approvalOf(readRecord(root, key), newHash!)) continue;
    const already = await db.selectFrom('app_settings').select('key').where('key', '=', NOTIFIED(key)).executeTakeFirst();
    if (already) continue;
    const fm = splitSource(source).frontMatter;
    const to = await reviewerAccounts(db, String(fm.reviewer ?? ''));
    for (const address of to) {
      await queueMail(db, reviewQueuedMail(address, { title: String(fm.title ?? key.slug), path: pageId(key), changedBy: actor }, siteConfig), { now, siteUrl: siteConfig.url });
    }
    await db.insertInto('app_settings').values({ key: NOTIFIED(key), value: newHash! }).execute();
  }
}

/** Before a save: the current hash of each reviewed page the save touches (null: a new file). */
export function hashesBefore(root: string, paths: readonly string[]): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const p of paths) {
    const rel = p.replace(/^content\//, '');
    const key = pageKeyOf(rel);
    if (!key) continue;
    const file = pageFile(root, key);
    map.set(rel, fs.existsSync(file) ? versionHash(fs.readFileSync(file, 'utf8')) : null);
  }
  return map;
}

/** The paths a Keystatic local-mode save writes or deletes (its JSON body), or [] for anything else. */
export function pathsInEditorSave(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const { additions, deletions } = body as { additions?: unknown; deletions?: unknown };
  const paths = (list: unknown) => (Array.isArray(list) ? list.map((e) => (e && typeof e === 'object' ? (e as { path?: unknown }).path : undefined)).filter((p): p is string => typeof p === 'string') : []);
  return [...paths(additions), ...paths(deletions)];
}

export async function saveComments(db: Kysely<Database>, key: PageKey, hash: string, author: string, body: string, now: Date): Promise<void> {
  await db.insertInto('review_comments').values({ id: randomUUID(), page: pageId(key), hash, author, body, created_at: now.toISOString() }).execute();
  await db.deleteFrom('app_settings').where('key', '=', NOTIFIED(key)).execute();
}

/** Tells everyone who changed the page since its last approval what the reviewer decided. */
export async function notifyWriters(
  db: Kysely<Database>,
  key: PageKey,
  title: string,
  decision: Parameters<typeof reviewDecisionMail>[2],
  reviewerEmail: string,
  now: Date,
): Promise<void> {
  if (decision.approved) await db.deleteFrom('app_settings').where('key', '=', NOTIFIED(key)).execute();
  // Since the previous approval (this decision's own audit row is written after the mail is queued).
  const previous = await db
    .selectFrom('audit_log')
    .select('at')
    .where('action', '=', REVIEW_APPROVE_ACTION)
    .where('detail', 'like', `${pageId(key)} %`)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  for (const to of await editorsSince(db, key, previous?.at ?? null)) {
    if (to === reviewerEmail) continue;
    await queueMail(db, reviewDecisionMail(to, { title, path: pageId(key) }, decision, siteConfig), { now, siteUrl: siteConfig.url });
  }
}

