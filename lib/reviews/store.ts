/**
 * Where a page's source and its review record are read from and an approval is written: the
 * working copy (the editor's local mode) or the repository on GitHub (the editor's GitHub mode).
 * Both keep the same files; what is approved and how is decided once, in decide.ts. where.ts
 * chooses the store, so routes never branch on the mode.
 */
import { readApprovedSource, readPageSource, readRecord, writeApproval } from './files';
import type { ReviewRecord } from './record';
import type { PageKey } from './source';

/** What a review reads of one page, all from the same version of the content. */
export type PageSnapshot = {
  source: string | null;
  record: ReviewRecord | null;
  /** The text of the newest approved version, kept beside the record (for the diff). */
  approvedSource: string | null;
  /** The commit the snapshot was read at (GitHub), so a write refuses to land on a moved branch. */
  headOid: string | null;
  /** The branch read (GitHub), null for the working copy. */
  branch: string | null;
};

/** Who approved what, for the commit message in GitHub mode. */
export type ApprovalMessage = { reviewer: string; changeNote: string };

export interface ReviewStore {
  readonly kind: 'local' | 'github';
  read(key: PageKey): Promise<PageSnapshot>;
  /** Writes the record and the approved text together, on top of exactly what `read` returned. */
  writeApproval(snapshot: PageSnapshot, key: PageKey, record: ReviewRecord, message: ApprovalMessage): Promise<void>;
}

export type StoreFailure = 'sign-in' | 'branch-moved' | 'no-access' | 'github-failed';

/** What the reviewer is told when the store cannot read or write; nothing was written in any case. */
export const STORE_FAILURE_MESSAGES: Record<StoreFailure, string> = {
  'sign-in': 'Sign in to the editor with GitHub first (or again: your GitHub sign-in may have expired), then come back to approve.',
  'branch-moved':
    'The content changed on GitHub while you were approving (someone saved or pushed). Nothing was written: review the page again and approve its current version.',
  'no-access': 'Your GitHub account cannot read or write the content repository. Ask the site’s maintainer for access.',
  'github-failed': 'GitHub did not accept the approval, so nothing was written. Try again; if it keeps failing, tell the site’s maintainer.',
};

export class ReviewStoreError extends Error {
  constructor(
    readonly failure: StoreFailure,
    /** What GitHub said, for the log. */
    readonly detail?: string,
  ) {
    super(detail ? `${STORE_FAILURE_MESSAGES[failure]} (${detail})` : STORE_FAILURE_MESSAGES[failure]);
    this.name = 'ReviewStoreError';
  }
}

/** The working copy's content/ folder, as the editor's local mode writes it. */
export function localReviewStore(root: string): ReviewStore {
  return {
    kind: 'local',
    async read(key) {
      return { source: readPageSource(root, key), record: readRecord(root, key), approvedSource: readApprovedSource(root, key), headOid: null, branch: null };
    },
    async writeApproval(snapshot, key, record) {
      writeApproval(root, key, record, snapshot.source ?? '');
    },
  };
}
