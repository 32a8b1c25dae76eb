import { Link } from '@/components/ui/link';
import { requireAuthor } from '@/lib/content/queries';
import type { PageReview } from '@/lib/content/reviews';
import { DateText } from './date';

export type Reviewed = {
  author: string;
  reviewer: string;
  publishedAt: string;
  updatedAt?: string;
  readingTimeMinutes: number;
};

/**
 * Who wrote the page, who checked it and when: what a patient needs to judge a health page. The
 * review dates come from the page's review record; a version awaiting review (seen in `next dev`
 * only: the production build refuses it) says so instead.
 */
export function ReviewByline({ doc, review }: { doc: Reviewed; review: PageReview }) {
  const author = requireAuthor(doc.author);
  const reviewer = requireAuthor(doc.reviewer);
  const approval = review.status === 'approved' ? review.approval : undefined;
  return (
    <div className="mt-6 space-y-1 border-y border-line py-4 text-sm text-muted">
      <p>
        Written by{' '}
        <Link href={author.url} className="font-semibold text-brand-700 underline">
          {author.name}
        </Link>
        {author.credentials ? `, ${author.credentials}` : ''}
      </p>
      <p data-testid="reviewer-line">
        {approval ? 'Medically reviewed by ' : 'Awaiting medical review by '}
        <Link href={reviewer.url} className="font-semibold text-brand-700 underline">
          {reviewer.name}
        </Link>
        {reviewer.credentials ? `, ${reviewer.credentials}` : ''}
      </p>
      {approval ? (
        <p data-testid="review-dates">
          Last reviewed <DateText value={approval.reviewedOn} /> · Next review due <DateText value={approval.nextReviewDue} />
        </p>
      ) : null}
      <p>
        Published <DateText value={doc.publishedAt} />
        {doc.updatedAt ? (
          <>
            {' '}
            · Updated <DateText value={doc.updatedAt} />
          </>
        ) : null}{' '}
        · {doc.readingTimeMinutes} min read
      </p>
    </div>
  );
}
