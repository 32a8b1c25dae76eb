import { Link } from '@/components/ui/link';
import type { Article, Author, Treatment } from '@/lib/content/queries';
import { CATEGORY_LABELS } from '@/lib/content/schema';
import { describePrice } from '@/lib/site-config';
import { reviewedOn } from '@/lib/content/reviews';
import { DateText } from './date';

const card = 'flex flex-col rounded-lg border border-line bg-white p-5 transition-shadow hover:shadow-md';

export function DraftBadge({ draft }: { draft?: boolean }) {
  return draft ? (
    <span className="ml-2 rounded bg-accent-100 px-2 py-0.5 text-xs font-semibold uppercase text-accent-700">Draft</span>
  ) : null;
}

export function ArticleCard({ article, headingLevel = 2 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const reviewed = reviewedOn(article);
  return (
    <article className={card}>
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{CATEGORY_LABELS[article.category]}</p>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link href={article.url} className="text-ink underline-offset-4 hover:underline">
          {article.title}
        </Link>
        <DraftBadge draft={article.draft} />
      </Heading>
      <p className="mt-2 flex-1 text-sm text-muted">{article.description}</p>
      <p className="mt-3 text-xs text-muted">
        {reviewed ? (
          <>
            Reviewed <DateText value={reviewed} />
          </>
        ) : (
          'Awaiting medical review'
        )}{' '}
        · {article.readingTimeMinutes} min read
      </p>
    </article>
  );
}

export function TreatmentCard({ treatment, headingLevel = 2 }: { treatment: Treatment; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={card}>
      <Heading className="text-lg font-semibold leading-snug">
        <Link href={treatment.url} className="text-ink underline-offset-4 hover:underline">
          {treatment.title}
        </Link>
        <DraftBadge draft={treatment.draft} />
      </Heading>
      <p className="mt-2 flex-1 text-sm text-muted">{treatment.description}</p>
      <p className="mt-3 text-sm">
        <span className="text-muted">Price: </span>
        {describePrice(treatment.priceKey)}
      </p>
    </article>
  );
}

export function ClinicianCard({ author, headingLevel = 2 }: { author: Author; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`${card} flex-row items-start gap-4`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- small local SVG portrait */}
      <img src={author.photo} alt={author.photoAlt} width={80} height={80} className="h-20 w-20 shrink-0 rounded-full bg-brand-50" />
      <div>
        <Heading className="text-lg font-semibold leading-snug">
          <Link href={author.url} className="text-ink underline-offset-4 hover:underline">
            {author.name}
          </Link>
        </Heading>
        {author.credentials ? <p className="text-sm text-muted">{author.credentials}</p> : null}
        <p className="mt-1 text-sm">{author.role}</p>
      </div>
    </article>
  );
}

/** Cards in a responsive grid, one list item each (stretched, so a row's cards share a height). */
export function CardGrid<T extends { slug: string }>({
  items,
  className = 'mt-5 grid gap-5 sm:grid-cols-2 lg:grid-cols-3',
  label,
  children,
}: {
  items: readonly T[];
  className?: string;
  label?: string;
  children: (item: T) => React.ReactNode;
}) {
  return (
    <ul className={className} aria-label={label}>
      {items.map((item) => (
        <li key={item.slug} className="flex">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
