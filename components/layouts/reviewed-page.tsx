import type { TocEntry } from '@/lib/content/toc';
import { Container } from '@/components/layout/container';
import { Breadcrumbs, type Crumb } from '@/components/content/breadcrumbs';
import { ReviewByline, type Reviewed } from '@/components/content/review-byline';
import { KeyPoints } from '@/components/content/key-points';
import { TableOfContents } from '@/components/content/table-of-contents';
import { ReferenceList } from '@/components/content/reference-list';
import { DraftBanner } from '@/components/content/draft-banner';
import { DevContentFindings } from '@/components/publishing/content-findings-panel';
import { ChangeHistory } from '@/components/content/change-history';
import { pageReview, type ReviewedDocument } from '@/lib/content/reviews';

type ReviewedDoc = Reviewed &
  ReviewedDocument & {
  title: string;
  description: string;
  summary: string[];
  citations: string[];
  draft?: boolean;
  /** Contentlayer's source file, e.g. articles/knee.mdx: the dev findings panel checks it. */
  _raw?: { sourceFilePath: string };
};

type Props = {
  doc: ReviewedDoc;
  crumbs: Crumb[];
  eyebrow?: string;
  toc: TocEntry[];
  /** The page body and any sections that follow it (price, FAQ). */
  children: React.ReactNode;
  /** Rendered after the references: related links, a call to action. */
  footer?: React.ReactNode;
};

/** The frame every medically reviewed page shares: who wrote and checked it, key points, sources. */
export function ReviewedPage({ doc, crumbs, eyebrow, toc, children, footer }: Props) {
  const review = pageReview(doc);
  const awaitingReview = review.status !== 'approved';
  return (
    <Container className="py-10">
      {doc.draft || awaitingReview ? <DraftBanner awaitingReview={awaitingReview} /> : null}
      <DevContentFindings sourceFilePath={doc._raw?.sourceFilePath} />
      <Breadcrumbs items={crumbs} />
      <header className="mt-4 max-w-3xl">
        {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{eyebrow}</p> : null}
        <h1 className="mt-1 text-3xl font-semibold leading-tight tracking-tight sm:text-4xl">{doc.title}</h1>
        <p className="mt-3 text-lg text-muted">{doc.description}</p>
        <ReviewByline doc={doc} review={review} />
        <KeyPoints points={doc.summary} />
      </header>
      <div className="mt-10 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <aside className="mb-8 lg:order-2 lg:mb-0">
          <div className="rounded-lg border border-line bg-white p-4 lg:sticky lg:top-4">
            <TableOfContents entries={toc} />
          </div>
        </aside>
        <article className="min-w-0 max-w-3xl lg:order-1">
          <div className="prose prose-slate max-w-none prose-headings:scroll-mt-4 prose-headings:font-semibold prose-a:text-brand-700">
            {children}
          </div>
          <ReferenceList keys={doc.citations} />
          <ChangeHistory history={review.history} />
          {footer}
        </article>
      </div>
    </Container>
  );
}
