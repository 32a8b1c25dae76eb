import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllTags, getArticles } from '@/lib/content/queries';
import { ArticleIndex } from '@/components/layouts/article-index';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  return pageMetadata({
    title: `Articles about ${tag}`,
    description: `Articles about ${tag}: plain-English guides to cell-based injections for joint pain, each written and medically reviewed by a named clinician.`,
    path: `/articles/tag/${tag}`,
  });
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const tags = getAllTags();
  if (!tags.includes(tag)) notFound();
  return (
    <ArticleIndex
      title={`Articles about ${tag}`}
      intro="Articles on this topic, newest first."
      articles={getArticles({ tag })}
      tags={tags}
      activeTag={tag}
      crumbs={[
        { href: '/', label: 'Home' },
        { href: '/articles', label: 'Articles' },
        { href: `/articles/tag/${tag}`, label: tag },
      ]}
    />
  );
}
