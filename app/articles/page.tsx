import type { Metadata } from 'next';
import { getAllTags, getArticles } from '@/lib/content/queries';
import { ArticleIndex } from '@/components/layouts/article-index';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Plain-English articles on cell-based injections for joint pain, the evidence behind them and their regulation.',
  path: '/articles',
});

export default function ArticlesPage() {
  return (
    <ArticleIndex
      title="Articles"
      intro="Plain-English guides to the evidence, the regulation and what to expect. Every article is written and medically reviewed by a named clinician, and lists its sources."
      articles={getArticles()}
      tags={getAllTags()}
      crumbs={[{ href: '/', label: 'Home' }, { href: '/articles', label: 'Articles' }]}
    />
  );
}
