/**
 * Everything the review screen shows about one page, read from one snapshot of it: the route only
 * renders this. The diff, the content check's findings and the references are all of the version
 * the reviewer approves (in GitHub mode, the repository's, not this server's copy of content/).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { StaffUser } from '@/lib/staff/sessions';
import { analyseMdx } from '@/lib/content/pipeline';
import { sourceFindings, type PageFindings } from '@/lib/publishing/page-findings';
import { todayIso } from '@/lib/publishing/dates';
import { contentRoot, readAuthors, registeredAuthorIds } from './files';
import { versionHash } from './hash';
import { reviewState, type ReviewState } from './state';
import { splitSource, type PageKey } from './source';
import { pageDiff, type PageDiff } from './diff';
import { approvalRefusal, REFUSAL_MESSAGES } from './decide';
import { commentsFor, lastChange, type PageChange, type ReviewComment } from './workflow';
import { localReviewStore, ReviewStoreError, type PageSnapshot } from './store';
import type { ReviewWriting } from './where';

/** What the reviewer may do with this version, and if nothing, why in words. */
export type ReviewDecision =
  | { kind: 'cannot'; message: string; signIn: boolean }
  /** May send back; `approveRefused` says why approving is not offered (e.g. already approved). */
  | { kind: 'decide'; approveRefused: string | null };

export type ReviewScreen =
  | { kind: 'store-failed'; message: string; signIn: boolean }
  | { kind: 'missing' }
  | {
      kind: 'ready';
      title: string;
      /** The branch read on GitHub, null for the working copy. */
      branch: string | null;
      state: ReviewState;
      /** Whether the diff starts from the approved text (false: the whole page is shown as new). */
      diffFromApproved: boolean;
      diff: PageDiff;
      findings: PageFindings | null;
      citations: string[];
      comments: ReviewComment[];
      lastChange: PageChange | null;
      authorName: string;
      reviewerName: string;
      lastReviewerName: string | null;
      decision: ReviewDecision;
    };

export async function loadReviewScreen(input: {
  db: Kysely<Database>;
  user: StaffUser;
  key: PageKey;
  writing: ReviewWriting;
  repoRoot?: string;
}): Promise<ReviewScreen> {
  const { db, user, key, writing } = input;
  const root = contentRoot(input.repoRoot);
  // Read from where approvals are written; without an editor sign-in, the working copy is shown read-only.
  let snapshot: PageSnapshot;
  try {
    snapshot = await (writing.ok ? writing.store : localReviewStore(root)).read(key);
  } catch (error) {
    if (!(error instanceof ReviewStoreError)) throw error;
    return { kind: 'store-failed', message: error.message, signIn: error.failure === 'sign-in' };
  }
  const { source, record, approvedSource } = snapshot;
  if (source === null) return { kind: 'missing' };

  const today = todayIso();
  const { frontMatter, body } = splitSource(source);
  const state = reviewState(versionHash(source), record, today);
  const base = approvedSource && state.lastApproval && versionHash(approvedSource) === state.lastApproval.hash ? approvedSource : null;
  const [comments, changed] = await Promise.all([commentsFor(db, key), lastChange(db, key)]);
  const authors = readAuthors(root);
  const name = (id: unknown) => authors.get(String(id))?.name ?? String(id);
  const refusal = approvalRefusal({
    key,
    source,
    reviewedHash: state.hash,
    record,
    approver: { role: user.role, authorId: user.authorId, email: user.email },
    registeredAuthors: registeredAuthorIds(authors),
    lastChangedBy: changed?.by ?? null,
    today,
  });

  return {
    kind: 'ready',
    title: String(frontMatter.title ?? key.slug),
    branch: snapshot.branch,
    state,
    diffFromApproved: base !== null,
    diff: pageDiff(base, source),
    findings: sourceFindings(source, `${key.collection}/${key.slug}.mdx`, { root }),
    citations: analyseMdx(body).citationOrder,
    comments,
    lastChange: changed,
    authorName: name(frontMatter.author),
    reviewerName: name(frontMatter.reviewer),
    lastReviewerName: state.lastApproval ? name(state.lastApproval.reviewer) : null,
    decision: decision(user, writing, refusal),
  };
}

function decision(user: StaffUser, writing: ReviewWriting, refusal: ReturnType<typeof approvalRefusal>): ReviewDecision {
  if (!writing.ok) return { kind: 'cannot', message: writing.reason, signIn: Boolean(writing.signIn) };
  if (user.role !== 'reviewer') {
    return { kind: 'cannot', message: 'Only the page’s clinical reviewer can approve it or send it back. You can read their comments above.', signIn: false };
  }
  // Neither may send back either: the page is not theirs to review.
  if (refusal === 'not-reviewer' || refusal === 'not-named-reviewer') return { kind: 'cannot', message: REFUSAL_MESSAGES[refusal], signIn: false };
  return { kind: 'decide', approveRefused: refusal ? REFUSAL_MESSAGES[refusal] : null };
}
