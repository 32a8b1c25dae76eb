import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { normaliseQuery, searchSite } from '@/lib/search/index';
import { pageMetadata } from '@/lib/seo/metadata';
import { SEARCH_PATH } from '@/lib/seo/structured-data';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q);
  // Result pages are thin and endless: keep them out of search engines, but let links be followed.
  return pageMetadata({
    title: query ? `Search results for “${query}”` : 'Search',
    description: 'Search our articles and treatment pages.',
    path: SEARCH_PATH,
    noIndex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const query = normaliseQuery((await searchParams).q);
  const hits = searchSite(query);
  return (
    <Container className="py-10">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: SEARCH_PATH, label: 'Search' }]} />
      <h1 className="mt-4 text-3xl font-semibold tracking-tight sm:text-4xl">Search</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">Search our articles and treatment pages.</p>
      <SearchForm id="search-page-query" label="Search for" defaultValue={query} className="mt-6 max-w-xl" />
      <SearchResults query={query} hits={hits} />
    </Container>
  );
}
