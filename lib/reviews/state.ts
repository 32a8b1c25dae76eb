/**
 * Where a page stands in review, from its current source and its record. Pure: the staff queue,
 * the page display and the due-list mail all read it.
 */
import { approvalOf, changeHistory, type Approval, type ReviewRecord } from './record';

export type ReviewState = {
  hash: string;
  /** approved: this exact version was approved; changed: approved before, not since the last change; never: no approval. */
  status: 'approved' | 'changed' | 'never';
  /** The approval of the current version, or else the newest one (for the dates shown while a change waits). */
  approval?: Approval;
  lastApproval?: Approval;
  history: { date: string; note: string }[];
  /** The next review date is within `dueWithinDays` of today, or has passed. */
  due: boolean;
};

export const DUE_WITHIN_DAYS = 30;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `hash`: versionHash() of the page's current source. */
export function reviewState(hash: string, record: ReviewRecord | null, today: string, dueWithinDays = DUE_WITHIN_DAYS): ReviewState {
  const approval = approvalOf(record, hash);
  const lastApproval = record?.approvals.at(-1);
  const current = approval ?? lastApproval;
  return {
    hash,
    status: approval ? 'approved' : lastApproval ? 'changed' : 'never',
    approval,
    lastApproval,
    history: changeHistory(record),
    due: current ? current.nextReviewDue <= addDays(today, dueWithinDays) : false,
  };
}

/** Pages that belong in the review queue: changed, never approved, or due for periodic review. */
export function needsReview(state: ReviewState): boolean {
  return state.status !== 'approved' || state.due;
}
