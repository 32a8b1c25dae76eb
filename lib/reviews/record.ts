/**
 * The review record of one page, kept with the content at content/reviews/<collection>/<slug>.json
 * and written only by the staff area (or the one-off sample seed, through the same functions).
 * Each approval says which version (hash) a named, registered clinician approved, when, and the
 * public change note shown on the page. Approvals are appended; the newest is last.
 */
import { z } from 'zod';
import { isoDate } from '@/lib/content/schema';
import type { PageKey } from './source';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const CHANGE_NOTE_MIN = 10;
export const CHANGE_NOTE_MAX = 280;
/** Medical information is re-reviewed at least this often (NHS content standards practice). */
export const MAX_REVIEW_MONTHS = 12;

export const changeNoteSchema = z
  .string()
  .trim()
  .min(CHANGE_NOTE_MIN, { error: `Write a change note of at least ${CHANGE_NOTE_MIN} characters` })
  .max(CHANGE_NOTE_MAX, { error: `The change note must be ${CHANGE_NOTE_MAX} characters or fewer` });

export const approvalSchema = z.strictObject({
  /** versionHash() of the approved source. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The approving clinician's slug in content/authors. */
  reviewer: slug,
  /** The page's author when it was approved (never the reviewer). */
  author: slug,
  reviewedOn: isoDate,
  nextReviewDue: isoDate,
  changeNote: changeNoteSchema,
  /** Written by the one-off migration of the launch's sample content, not by a reviewer's click. */
  sample: z.boolean().optional(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const reviewRecordSchema = z.strictObject({
  page: z.string().regex(/^(articles|treatments)\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
  approvals: z.array(approvalSchema).min(1),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

export const recordPath = (key: PageKey) => `reviews/${key.collection}/${key.slug}.json`;

export function parseRecord(text: string): ReviewRecord {
  return reviewRecordSchema.parse(JSON.parse(text));
}

/** Stable, reviewable JSON: two-space indent and a final newline, like the rest of the repository. */
export function serialiseRecord(record: ReviewRecord): string {
  return `${JSON.stringify(reviewRecordSchema.parse(record), null, 2)}\n`;
}

export function withApproval(record: ReviewRecord | null, key: PageKey, approval: Approval): ReviewRecord {
  return { page: `${key.collection}/${key.slug}`, approvals: [...(record?.approvals ?? []), approvalSchema.parse(approval)] };
}

/** The newest approval of exactly this version, if any. */
export function approvalOf(record: ReviewRecord | null, hash: string): Approval | undefined {
  return record?.approvals.findLast((a) => a.hash === hash);
}

/** The public "What changed" history: one entry per approval, newest first. */
export function changeHistory(record: ReviewRecord | null): { date: string; note: string }[] {
  return (record?.approvals ?? []).map((a) => ({ date: a.reviewedOn, note: a.changeNote })).reverse();
}
