/**
 * Who may approve a page, and the approval they make. Pure: the staff area's review route and the
 * one-off sample seed both call it, so a record can only come from a permitted approval.
 */
import { addMonthsMinusOneDay } from '@/lib/publishing/dates';
import { changeNoteSchema, MAX_REVIEW_MONTHS, withApproval, type ReviewRecord } from './record';
import { splitSource, type PageKey } from './source';
import { versionHash } from './hash';

export type Approver = {
  role: string;
  /** The reviewer's clinician profile (content/authors slug). */
  authorId: string | null;
  /** Staff email, compared with who last changed the page. */
  email: string;
};

export type ApprovalRefusal =
  | 'not-reviewer'
  | 'not-registered'
  | 'own-page'
  | 'last-changed'
  | 'not-named-reviewer'
  | 'already-approved'
  | 'stale-version';

export const REFUSAL_MESSAGES: Record<ApprovalRefusal, string> = {
  'not-reviewer': 'Only a clinical reviewer can approve a page.',
  'not-registered': 'Your clinician profile has no professional registration, so you cannot approve medical content.',
  'own-page': 'You wrote this page: another clinical reviewer must approve it.',
  'last-changed': 'You made the latest change to this page: another clinical reviewer must approve it.',
  'not-named-reviewer': 'This page names a different clinician as its reviewer.',
  'already-approved': 'This version is already approved.',
  'stale-version': 'The page changed while you were reviewing it. Review the new version.',
};

export type ApprovalInput = {
  key: PageKey;
  /** The page's current source, as stored. */
  source: string;
  /** The version the reviewer saw (from the review screen's form), so a later edit is not approved unseen. */
  reviewedHash: string;
  record: ReviewRecord | null;
  approver: Approver;
  registeredAuthors: ReadonlySet<string>;
  /** Staff email of whoever made the latest recorded change, if known. */
  lastChangedBy: string | null;
  today: string;
};

export function approvalRefusal(input: ApprovalInput): ApprovalRefusal | null {
  const { frontMatter } = splitSource(input.source);
  const { approver } = input;
  if (approver.role !== 'reviewer' || !approver.authorId) return 'not-reviewer';
  if (!input.registeredAuthors.has(approver.authorId)) return 'not-registered';
  if (frontMatter.author === approver.authorId) return 'own-page';
  if (input.lastChangedBy && input.lastChangedBy === approver.email) return 'last-changed';
  if (frontMatter.reviewer !== approver.authorId) return 'not-named-reviewer';
  const hash = versionHash(input.source);
  if (input.reviewedHash !== hash) return 'stale-version';
  const last = input.record?.approvals.at(-1);
  // A periodic re-review of an unchanged page is a new approval; a second click the same day is not.
  if (last && last.hash === hash && last.reviewedOn === input.today) return 'already-approved';
  return null;
}

export type ApprovalResult = { ok: true; record: ReviewRecord } | { ok: false; refusal: ApprovalRefusal } | { ok: false; noteError: string };

/** The new record, or why not. `sample` marks the launch's migrated sample approvals. */
export function approve(input: ApprovalInput & { changeNote: string; sample?: boolean }): ApprovalResult {
  const refusal = approvalRefusal(input);
  if (refusal) return { ok: false, refusal };
  const note = changeNoteSchema.safeParse(input.changeNote);
  if (!note.success) return { ok: false, noteError: note.error.issues[0].message };
  const { frontMatter } = splitSource(input.source);
  const record = withApproval(input.record, input.key, {
    hash: versionHash(input.source),
    reviewer: input.approver.authorId!,
    author: String(frontMatter.author),
    reviewedOn: input.today,
    nextReviewDue: addMonthsMinusOneDay(input.today, MAX_REVIEW_MONTHS),
    changeNote: note.data,
    ...(input.sample ? { sample: true } : {}),
  });
  return { ok: true, record };
}
