import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllTags, getArticles } from '@/lib/content/queries';
import { ArticleIndex } from '@/components/layouts/article-index';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Articles about ${(await params).tag}` };
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
