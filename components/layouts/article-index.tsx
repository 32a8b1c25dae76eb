import { Link } from '@/components/ui/link';
import type { Article } from '@/lib/content/queries';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/content/schema';
import { Container } from '@/components/layout/container';
import { ArticleCard, CardGrid } from '@/components/content/cards';
import { Breadcrumbs, type Crumb } from '@/components/content/breadcrumbs';

type Props = {
  title: string;
  intro: string;
  articles: Article[];
  tags: string[];
  crumbs: Crumb[];
  activeCategory?: Category;
  activeTag?: string;
};

const chip = 'rounded-full border px-3 py-1 text-sm no-underline';
const chipIdle = `${chip} border-line bg-white text-ink hover:border-brand-600`;
const chipActive = `${chip} border-brand-700 bg-brand-700 text-white`;

/** The article list with filters as plain links, so filtering works without JavaScript. */
export function ArticleIndex({ title, intro, articles, tags, crumbs, activeCategory, activeTag }: Props) {
  const all = !activeCategory && !activeTag;
  return (
    <Container className="py-10">
      <Breadcrumbs items={crumbs} />
      <h1 className="mt-4 text-3xl font-semibold tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{intro}</p>

      <nav aria-label="Filter articles" className="mt-8 space-y-4">
        <div>
          <h2 className="text-sm font-semibold text-ink">By category</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            <li>
              <Link href="/articles" className={all ? chipActive : chipIdle} aria-current={all ? 'page' : undefined}>
                All articles
              </Link>
            </li>
            {CATEGORIES.map((category) => (
              <li key={category}>
                <Link
                  href={`/articles/category/${category}`}
                  className={activeCategory === category ? chipActive : chipIdle}
                  aria-current={activeCategory === category ? 'page' : undefined}
                >
                  {CATEGORY_LABELS[category]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        {tags.length > 0 ? (
          <div>
            <h2 className="text-sm font-semibold text-ink">By topic</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li key={tag}>
                  <Link
                    href={`/articles/tag/${tag}`}
                    className={activeTag === tag ? chipActive : chipIdle}
                    aria-current={activeTag === tag ? 'page' : undefined}
                  >
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </nav>

      <h2 className="sr-only">Articles</h2>
      {articles.length === 0 ? (
        <p className="mt-10 text-muted">
          No articles here yet. <Link href="/articles" className="text-brand-700 underline">See all articles</Link>.
        </p>
      ) : (
        <CardGrid items={articles} className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" label={`${articles.length} articles`}>
          {(article) => <ArticleCard article={article} headingLevel={3} />}
        </CardGrid>
      )}
    </Container>
  );
}
