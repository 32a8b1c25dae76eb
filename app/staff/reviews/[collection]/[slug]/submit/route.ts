import { staffPost } from '@/lib/staff/post-route';
import { plainText, readCookie } from '@/lib/staff/session';
import { contentRoot, readAuthors, registeredAuthorIds } from '@/lib/reviews/files';
import { approve, approvalRefusal } from '@/lib/reviews/decide';
import { CHANGE_NOTE_MAX } from '@/lib/reviews/record';
import { commentsSchema, COMMENTS_MAX } from '@/lib/reviews/form';
import { isPageKey, splitSource, type PageKey } from '@/lib/reviews/source';
import { lastChange, notifyWriters, pageId, REVIEW_APPROVE_ACTION, REVIEW_SEND_BACK_ACTION, saveComments } from '@/lib/reviews/workflow';
import { EDITOR_GITHUB_TOKEN_COOKIE, reviewWriting } from '@/lib/reviews/where';
import { ReviewStoreError, type PageSnapshot } from '@/lib/reviews/store';
import { todayIso } from '@/lib/publishing/dates';
import { logEvent } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** Approve this version with a public change note, or send it back with comments. Clinical reviewers only. */
export const POST = staffPost<{ collection: string; slug: string }>(
  async ({ db, user, field, request }, { collection, slug }) => {
    if (!isPageKey(collection, slug)) return new Response('Not found', { status: 404 });
    const writing = reviewWriting(process.env, readCookie(request.headers, EDITOR_GITHUB_TOKEN_COOKIE), field('branch'));
    if (!writing.ok) return plainText(403, writing.reason);
    const { store } = writing;
    const key = { collection, slug } as PageKey;
    const branch = field('branch') ?? '';
    /** Back to the review screen, on the same branch, with these query parameters. */
    const back = (query: Record<string, string>, anchor: string) =>
      `/staff/reviews/${collection}/${slug}?${new URLSearchParams({ ...(branch ? { branch } : {}), ...query })}${anchor}`;
    const now = new Date();
    // Nothing was written when the store fails; the reviewer's note is kept for another try.
    const storeFailed = (error: unknown) => {
      if (!(error instanceof ReviewStoreError)) throw error;
      logEvent('review.store.failed', { page: pageId(key), failure: error.failure, detail: error.detail });
      return {
        redirect: back({ error: error.failure, note: field('change-note') ?? '' }, '#change-note'),
        audit: { action: 'review.write-failed', detail: `${pageId(key)} ${error.failure}`, at: now },
      };
    };
    let snapshot: PageSnapshot;
    try {
      snapshot = await store.read(key);
    } catch (error) {
      return storeFailed(error);
    }
    const { source } = snapshot;
    if (source === null) return new Response('Not found', { status: 404 });
    const today = todayIso(now);
    // Registrations come from the running site's content/authors (a new one counts once deployed).
    const registered = registeredAuthorIds(readAuthors(contentRoot()));
    const input = {
      key,
      source,
      reviewedHash: field('hash') ?? '',
      record: snapshot.record,
      approver: { role: user.role, authorId: user.authorId, email: user.email },
      registeredAuthors: registered,
      lastChangedBy: (await lastChange(db, key))?.by ?? null,
      today,
    };
    const title = String(splitSource(source).frontMatter.title ?? slug);

    if (field('action') === 'send-back') {
      const refusal = approvalRefusal(input);
      if (refusal === 'not-reviewer' || refusal === 'not-named-reviewer') return plainText(403, 'Only the page’s named clinical reviewer can send it back.');
      const raw = field('comments') ?? '';
      const comments = commentsSchema.safeParse(raw);
      if (!comments.success) {
        const code = raw.trim() === '' ? 'comments-empty' : 'comments-long';
        return { redirect: back({ error: code, comments: raw.slice(0, COMMENTS_MAX * 2) }, '#comments') };
      }
      const hash = input.reviewedHash;
      await saveComments(db, key, hash, user.email, comments.data, now);
      await notifyWriters(db, key, title, { approved: false, comments: comments.data }, user.email, now);
      return { redirect: '/staff/reviews?notice=sent-back', audit: { action: REVIEW_SEND_BACK_ACTION, detail: `${pageId(key)} ${hash.slice(0, 19)}`, at: now } };
    }

    const note = field('change-note') ?? '';
    const result = approve({ ...input, changeNote: note });
    if (!result.ok) {
      if ('noteError' in result) {
        const code = note.trim().length > CHANGE_NOTE_MAX ? 'note-long' : 'note-short';
        return { redirect: back({ error: code, note: note.slice(0, CHANGE_NOTE_MAX * 2) }, '#change-note') };
      }
      if (result.refusal === 'stale-version') return { redirect: back({ error: 'stale-version', note }, '#change-note') };
      return {
        redirect: back({ error: 'refused' }, ''),
        audit: { action: 'review.refused', detail: `${pageId(key)} ${result.refusal}`, at: now },
      };
    }
    const approval = result.record.approvals.at(-1)!;
    // Written before anyone is told: a refused commit must not send "approved" mail.
    try {
      await store.writeApproval(snapshot, key, result.record, { reviewer: approval.reviewer, changeNote: approval.changeNote });
    } catch (error) {
      return storeFailed(error);
    }
    await notifyWriters(db, key, title, { approved: true, note: approval.changeNote }, user.email, now);
    return { redirect: '/staff/reviews?notice=approved', audit: { action: REVIEW_APPROVE_ACTION, detail: `${pageId(key)} ${approval.hash.slice(0, 19)}`, at: now } };
  },
  { roles: ['reviewer'] },
);
