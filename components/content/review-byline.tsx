import { Link } from '@/components/ui/link';
import { requireAuthor } from '@/lib/content/queries';
import { DateText } from './date';

export type Reviewed = {
  author: string;
  reviewer: string;
  publishedAt: string;
  updatedAt?: string;
  reviewedAt: string;
  nextReviewDue: string;
  readingTimeMinutes: number;
};

/** Who wrote the page, who checked it and when: what a patient needs to judge a health page. */
export function ReviewByline({ doc }: { doc: Reviewed }) {
  const author = requireAuthor(doc.author);
  const reviewer = requireAuthor(doc.reviewer);
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
        Medically reviewed by{' '}
        <Link href={reviewer.url} className="font-semibold text-brand-700 underline">
          {reviewer.name}
        </Link>
        {reviewer.credentials ? `, ${reviewer.credentials}` : ''} on <DateText value={doc.reviewedAt} />; next review
        due <DateText value={doc.nextReviewDue} />
      </p>
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
