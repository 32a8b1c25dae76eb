import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getArticle, getArticles, getAuthor, getRelatedArticles } from '@/lib/content/queries';
import { CATEGORY_LABELS } from '@/lib/content/schema';
import { ReviewedPage } from '@/components/layouts/reviewed-page';
import { MdxContent } from '@/components/mdx/mdx-content';
import { ArticleCard, CardGrid } from '@/components/content/cards';
import { BookingCta } from '@/components/content/booking-cta';
import type { TocEntry } from '@/lib/content/toc';
import { ArticleJsonLd } from '@/components/seo/document-json-ld';
import { articleMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return articleMetadata(article, getAuthor(article.author));
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const related = getRelatedArticles(article);
  return (
    <ReviewedPage
      doc={article}
      eyebrow={CATEGORY_LABELS[article.category]}
      toc={article.toc as TocEntry[]}
      crumbs={[
        { href: '/', label: 'Home' },
        { href: '/articles', label: 'Articles' },
        { href: article.url, label: article.title },
      ]}
      footer={
        <>
          {article.tags.length > 0 ? (
            <p className="mt-8 text-sm">
              <span className="text-muted">Topics: </span>
              {article.tags.map((tag, i) => (
                <span key={tag}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/articles/tag/${tag}`} className="text-brand-700 underline">
                    {tag}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          {related.length > 0 ? (
            <section aria-labelledby="related" className="mt-12">
              <h2 id="related" className="text-xl font-semibold">Related articles</h2>
              <CardGrid items={related} className="mt-4 grid gap-4 sm:grid-cols-2">
                {(a) => <ArticleCard article={a} headingLevel={3} />}
              </CardGrid>
            </section>
          ) : null}
          <BookingCta />
        </>
      }
    >
      <ArticleJsonLd article={article} />
      <MdxContent code={article.body.code} />
    </ReviewedPage>
  );
}
