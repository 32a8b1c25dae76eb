import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllTags, getArticles } from '@/lib/content/queries';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/content/schema';
import { ArticleIndex } from '@/components/layouts/article-index';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return CATEGORIES.map((category) => ({ category }));
}

function asCategory(value: string): Category | undefined {
  return (CATEGORIES as readonly string[]).includes(value) ? (value as Category) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = asCategory((await params).category);
  if (!category) return {};
  return pageMetadata({
    title: `${CATEGORY_LABELS[category]} articles`,
    description: `${CATEGORY_LABELS[category]}: plain-English articles on cell-based injections for joint pain, each written and medically reviewed by a named clinician.`,
    path: `/articles/category/${category}`,
  });
}

export default async function CategoryPage({ params }: Props) {
  const category = asCategory((await params).category);
  if (!category) notFound();
  return (
    <ArticleIndex
      title={`${CATEGORY_LABELS[category]} articles`}
      intro="Articles in this category, newest first."
      articles={getArticles({ category })}
      tags={getAllTags()}
      activeCategory={category}
      crumbs={[
        { href: '/', label: 'Home' },
        { href: '/articles', label: 'Articles' },
        { href: `/articles/category/${category}`, label: CATEGORY_LABELS[category] },
      ]}
    />
  );
}
