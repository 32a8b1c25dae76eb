/**
 * Seen in `next dev` only: a production build holds no drafts and refuses a page whose current
 * version has no medical approval (scripts/check-reviews.ts).
 */
export function DraftBanner({ awaitingReview = false }: { awaitingReview?: boolean }) {
  return (
    <p role="status" className="mb-6 rounded-md border-2 border-accent-700 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
      Draft — not published. This page is visible only in development.
      {awaitingReview ? ' Awaiting review: this version has not been approved by a clinical reviewer, so a production build would refuse it.' : ''}
    </p>
  );
}
