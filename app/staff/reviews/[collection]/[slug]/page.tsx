import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/staff/session';
import { audit } from '@/lib/staff/audit';
import { isPageKey, type PageKey } from '@/lib/reviews/source';
import { CHANGE_NOTE_MAX } from '@/lib/reviews/record';
import { COMMENTS_MAX, REVIEW_ERRORS } from '@/lib/reviews/form';
import { EDITOR_GITHUB_TOKEN_COOKIE, reviewWriting } from '@/lib/reviews/where';
import { loadReviewScreen } from '@/lib/reviews/screen';
import { configuredStorage } from '@/lib/publishing/storage';
import { Link } from '@/components/ui/link';
import { TextInput } from '@/components/forms/text-input';
import { StaffNav } from '@/components/staff/staff-nav';
import { PageDiffView } from '@/components/staff/page-diff';
import { formatDateTime } from '@/components/staff/date-time';
import { ContentFindingsPanel } from '@/components/publishing/content-findings-panel';
import { ReferenceList } from '@/components/content/reference-list';
import { DateText } from '@/components/content/date';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Textarea } from '@/components/forms/textarea';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review a page' };

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ collection: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db, user } = await requireStaff();
  const { collection, slug } = await params;
  if (!isPageKey(collection, slug)) notFound();
  const key = { collection, slug } as PageKey;
  const sp = await searchParams;
  const branch = text(sp.branch).trim();
  const githubMode = configuredStorage().kind === 'github';
  const writing = reviewWriting(process.env, (await cookies()).get(EDITOR_GITHUB_TOKEN_COOKIE)?.value, branch);
  const screen = await loadReviewScreen({ db, user, key, writing });
  if (screen.kind === 'missing') notFound();
  if (screen.kind === 'store-failed') {
    return (
      <>
        <StaffNav email={user.email} role={user.role} current="" />
        <h1 className="mb-2 text-3xl font-bold text-ink">Review a page</h1>
        <p className="max-w-3xl text-ink" data-testid="store-failed">
          {screen.message} {screen.signIn ? <EditorSignIn /> : null}
        </p>
        {branch ? (
          <p className="mt-4 text-ink">
            <Link href={`/staff/reviews/${collection}/${slug}`} className="font-semibold text-brand-700 underline underline-offset-2">
              Review the default branch instead
            </Link>
          </p>
        ) : null}
      </>
    );
  }
  const { state, decision } = screen;
  await audit(db, { actor: user.email, action: 'review.view', detail: `${collection}/${slug}` });

  const code = text(sp.error);
  // Only the codes the route sends (a hand-typed ?error= must not reach Object.prototype).
  const message = Object.hasOwn(REVIEW_ERRORS, code) ? REVIEW_ERRORS[code] : undefined;
  const noteError = code.startsWith('comments') ? undefined : message;
  const commentsError = code.startsWith('comments') ? message : undefined;
  const errors = [...(noteError ? [{ field: 'change-note', text: noteError }] : []), ...(commentsError ? [{ field: 'comments', text: commentsError }] : [])];
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="" />
      <ErrorSummary errors={errors} />
      <h1 className="mb-2 text-3xl font-bold text-ink">Review: {screen.title}</h1>
      <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-ink">File</dt>
        <dd className="text-ink">
          content/{collection}/{slug}.mdx
        </dd>
        {githubMode ? (
          <>
            <dt className="font-semibold text-ink">Branch on GitHub</dt>
            <dd className="text-ink" data-testid="review-branch">
              {screen.branch ?? 'not read (see “Your decision” below)'}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold text-ink">Status</dt>
        <dd className="text-ink" data-testid="review-status">
          {state.status === 'approved' ? (state.due ? 'Approved; periodic review due' : 'Approved') : state.status === 'never' ? 'Never approved' : 'Changed since its last approval'}
        </dd>
        <dt className="font-semibold text-ink">Author</dt>
        <dd className="text-ink">{screen.authorName}</dd>
        <dt className="font-semibold text-ink">Clinical reviewer</dt>
        <dd className="text-ink">{screen.reviewerName}</dd>
        <dt className="font-semibold text-ink">Last changed</dt>
        <dd className="text-ink">{screen.lastChange ? `${screen.lastChange.by}, ${formatDateTime(screen.lastChange.at)}` : 'Not through the staff editor (see git history)'}</dd>
        <dt className="font-semibold text-ink">Last approved</dt>
        <dd className="text-ink">
          {state.lastApproval ? (
            <>
              <DateText value={state.lastApproval.reviewedOn} /> by {screen.lastReviewerName}; next review due <DateText value={state.lastApproval.nextReviewDue} />
            </>
          ) : (
            'Never'
          )}
        </dd>
      </dl>

      {githubMode ? (
        <form method="get" className="mb-10 max-w-3xl">
          <TextInput
            name="branch"
            label="Branch to review"
            hint="Leave empty for the repository's default branch. For a change saved on one of the editor's own branches (its pull request), enter that branch's name, as the editor shows it."
            defaultValue={branch}
            groupClassName="mb-4"
          />
          <Button variant="secondary">Show this branch</Button>
        </form>
      ) : null}

      {screen.comments.length > 0 ? (
        <section aria-labelledby="comments-title" className="mb-10 max-w-3xl">
          <h2 id="comments-title" className="mb-3 text-2xl font-bold text-ink">
            Reviewer comments
          </h2>
          <ul className="space-y-4" data-testid="review-comments">
            {screen.comments.map((c, i) => (
              <li key={i} className="border-l-4 border-caution-700 pl-4">
                <p className="whitespace-pre-wrap text-ink">{c.body}</p>
                <p className="text-muted">
                  Sent back by {c.author}, {formatDateTime(c.created_at)}
                  {c.hash === state.hash ? ' (about this version)' : ' (about an earlier version)'}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!screen.diffFromApproved && state.lastApproval ? (
        <p className="mb-4 max-w-3xl text-ink">The approved version&apos;s text is not kept beside its record, so the whole page is shown as new.</p>
      ) : null}
      <PageDiffView diff={screen.diff} />

      <section aria-labelledby="findings-title" className="mb-10 max-w-4xl">
        <h2 id="findings-title" className="mb-3 text-2xl font-bold text-ink">
          Content check of this version
        </h2>
        {screen.findings ? <ContentFindingsPanel report={screen.findings} /> : <p className="text-ink">The content check could not read this page.</p>}
      </section>

      <div className="mb-10 max-w-4xl">
        {screen.citations.length > 0 ? <ReferenceList keys={screen.citations} /> : <p className="text-ink">This page cites no references.</p>}
      </div>

      <section aria-labelledby="decision-title" className="max-w-3xl">
        <h2 id="decision-title" className="mb-3 text-2xl font-bold text-ink">
          Your decision
        </h2>
        {decision.kind === 'cannot' ? (
          <p className="text-ink" data-testid="cannot-decide">
            {decision.message} {decision.signIn ? <EditorSignIn /> : null}
          </p>
        ) : (
          <>
            {decision.approveRefused ? (
              <p className="mb-4 font-semibold text-ink" data-testid="cannot-decide">
                {decision.approveRefused}
              </p>
            ) : (
              <form method="post" action={`/staff/reviews/${collection}/${slug}/submit`} className="mb-10">
                <input type="hidden" name="action" value="approve" />
                <input type="hidden" name="branch" value={branch} />
                <input type="hidden" name="hash" value={state.hash} />
                <Textarea
                  name="change-note"
                  label="Change note (public)"
                  hint={'Shown on the page under "What changed", in plain English, e.g. "Added the 2022 trial comparing fat injections with PRP".'}
                  error={noteError}
                  rows={3}
                  maxLength={CHANGE_NOTE_MAX}
                  defaultValue={text(sp.note)}
                  groupClassName="mb-4"
                />
                <Button>Approve this version</Button>
              </form>
            )}
            <form method="post" action={`/staff/reviews/${collection}/${slug}/submit`}>
              <input type="hidden" name="action" value="send-back" />
              <input type="hidden" name="branch" value={branch} />
              <input type="hidden" name="hash" value={state.hash} />
              <Textarea
                name="comments"
                label="Comments for the writer"
                hint="What needs to change before you can approve it. The writer sees these here and by email."
                error={commentsError}
                rows={5}
                maxLength={COMMENTS_MAX}
                defaultValue={text(sp.comments)}
                groupClassName="mb-4"
              />
              <Button variant="secondary">Send back to the writer</Button>
            </form>
          </>
        )}
      </section>
    </>
  );
}

function EditorSignIn() {
  return (
    <Link href="/keystatic" prefetch={false} className="font-semibold text-brand-700 underline underline-offset-2">
      Open the editor to sign in
    </Link>
  );
}
