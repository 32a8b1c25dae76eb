/**
 * A page's medical review as the site shows it: joined from the compiled review records
 * (content/reviews, lib/reviews/record.ts) by the page's collection and slug, and matched to the
 * version of the page that was compiled. The dates a page shows come from here, never from typed
 * front matter.
 */
import 'server-only';
import { allReviews } from 'contentlayer/generated';
import { reviewRecordSchema, type Approval, type ReviewRecord } from '@/lib/reviews/record';
import { reviewState } from '@/lib/reviews/state';

export type ReviewedDocument = { url: string; versionHash: string };

export type PageReview = {
  /** approved: this version was approved; changed or never: awaiting review (seen in `next dev` only). */
  status: 'approved' | 'changed' | 'never';
  /** The approval of this version, else the newest one. */
  approval?: Approval;
  history: { date: string; note: string }[];
};

const recordKey = (url: string) => url.replace(/^\//, '');

let records: Map<string, ReviewRecord> | undefined;
let source: unknown;

function recordsByPage(): Map<string, ReviewRecord> {
  // Rebuilt when Contentlayer recompiles (a new array in `next dev`), else read once.
  if (!records || source !== allReviews) {
    records = new Map(allReviews.map((r) => [r.page, reviewRecordSchema.parse({ page: r.page, approvals: r.approvals })]));
    source = allReviews;
  }
  return records;
}

/** /articles/knee → the record at content/reviews/articles/knee.json, if any. */
export function reviewRecordOf(doc: Pick<ReviewedDocument, 'url'>): ReviewRecord | null {
  return recordsByPage().get(recordKey(doc.url)) ?? null;
}

export function pageReview(doc: ReviewedDocument): PageReview {
  // "due" is for the staff queue; the page itself needs no clock.
  const state = reviewState(doc.versionHash, reviewRecordOf(doc), '0000-01-01');
  return { status: state.status, approval: state.approval ?? state.lastApproval, history: state.history };
}

/** The day the page's current version was medically reviewed, for dates in feeds, sitemaps and metadata. */
export function reviewedOn(doc: ReviewedDocument): string | undefined {
  const review = pageReview(doc);
  return review.status === 'approved' ? review.approval?.reviewedOn : undefined;
}
