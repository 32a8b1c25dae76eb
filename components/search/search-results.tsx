import { Link } from '@/components/ui/link';
import type { SearchHit } from '@/lib/search/index';

/** The result list: title, category and description of each page, best match first. */
export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query) {
    return <p className="mt-8 text-muted">Type a word or two, such as &ldquo;knee&rdquo;, &ldquo;bone marrow&rdquo; or &ldquo;regulation&rdquo;.</p>;
  }
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-xl font-semibold">
        {hits.length === 0
          ? `No pages match “${query}”`
          : `${hits.length} ${hits.length === 1 ? 'page matches' : 'pages match'} “${query}”`}
      </h2>
      {hits.length === 0 ? (
        <p className="mt-3 text-muted">
          Try a different or shorter word, or browse <Link href="/articles" className="text-brand-700 underline">all articles</Link>{' '}
          and <Link href="/treatments" className="text-brand-700 underline">treatments</Link>.
        </p>
      ) : (
        <ol className="mt-5 space-y-4" data-testid="search-results">
          {hits.map((hit) => (
            <li key={hit.id} className="rounded-lg border border-line bg-white p-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{hit.category}</p>
              <h3 className="mt-1 text-lg font-semibold leading-snug">
                <Link href={hit.id} className="text-ink underline-offset-4 hover:underline">
                  {hit.title}
                </Link>
              </h3>
              <p className="mt-2 text-sm text-muted">{hit.description}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
