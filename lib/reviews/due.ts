/**
 * The weekly list of pages whose periodic medical review is due within 30 days (or overdue), mailed
 * to managers through the outbox. Run by `npm run reviews:due` from cron; once per ISO week,
 * however often it runs (the week is recorded in app_settings in the same transaction as the mail).
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { queueMail } from '@/lib/mail/queue';
import { listPages, readAuthors, readPageSource, readRecord } from './files';
import { versionHash } from './hash';
import { reviewState } from './state';
import { splitSource } from './source';
import { reviewsDueMail } from './emails';

/** ISO 8601 week of a UTC date, e.g. 2026-W49 (the week's Thursday decides its year). */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export type DuePage = { title: string; path: string; due: string; reviewer: string };

export function duePages(root: string, today: string): DuePage[] {
  const authors = readAuthors(root);
  const pages: DuePage[] = [];
  for (const key of listPages(root)) {
    const source = readPageSource(root, key)!;
    const fm = splitSource(source).frontMatter;
    if (fm.draft === true) continue;
    const state = reviewState(versionHash(source), readRecord(root, key), today);
    const last = state.approval ?? state.lastApproval;
    if (!state.due || !last) continue;
    pages.push({ title: String(fm.title ?? key.slug), path: `${key.collection}/${key.slug}`, due: last.nextReviewDue, reviewer: authors.get(last.reviewer)?.name ?? last.reviewer });
  }
  return pages.sort((a, b) => a.due.localeCompare(b.due));
}

export type DueRun = { week: string; status: 'already-sent' | 'nothing-due' | 'queued'; pages: number; recipients: number };

export async function queueWeeklyDueList(db: Kysely<Database>, root: string, now: Date, site: { name: string; url: string }): Promise<DueRun> {
  const week = isoWeek(now);
  const pages = duePages(root, now.toISOString().slice(0, 10));
  return db.transaction().execute(async (trx) => {
    const settingKey = `reviews-due:${week}`;
    if (await trx.selectFrom('app_settings').select('key').where('key', '=', settingKey).executeTakeFirst()) {
      return { week, status: 'already-sent' as const, pages: pages.length, recipients: 0 };
    }
    const managers = pages.length ? await trx.selectFrom('staff_users').select('email').where('role', '=', 'manager').orderBy('email').execute() : [];
    for (const m of managers) await queueMail(trx, reviewsDueMail(m.email, week, pages, site), { now, siteUrl: site.url });
    await trx.insertInto('app_settings').values({ key: settingKey, value: now.toISOString() }).execute();
    return { week, status: pages.length ? ('queued' as const) : ('nothing-due' as const), pages: pages.length, recipients: managers.length };
  });
}
