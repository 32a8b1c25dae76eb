import { notFound } from 'next/navigation';
import { getArticle, getArticles } from '@/lib/content/queries';
import { CATEGORY_LABELS } from '@/lib/content/schema';
import { ogImageContentType, ogImageSize, renderOgImage, reviewedByline } from '@/lib/seo/og-image';

export const alt = 'The article’s title, who medically reviewed it and when, and the clinic’s name';
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

// One image per published article, drawn at build time.
export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return renderOgImage({ eyebrow: CATEGORY_LABELS[article.category], title: article.title, byline: reviewedByline(article) });
}
