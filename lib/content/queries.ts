/**
 * Read access to the compiled content. Drafts are visible in `next dev` only, never in a
 * production build, its lists or its sitemap.
 */
import 'server-only';
import { allArticles, allAuthors, allTreatments, type Article, type Author, type Treatment } from 'contentlayer/generated';
import type { Category } from './schema';

export type { Article, Author, Treatment };

export function showDrafts(): boolean {
  return process.env.NODE_ENV === 'development';
}

function visible<T extends { draft?: boolean }>(docs: T[]): T[] {
  return showDrafts() ? docs : docs.filter((doc) => !doc.draft);
}

const byNewest = (a: Article, b: Article) =>
  (b.updatedAt ?? b.publishedAt).localeCompare(a.updatedAt ?? a.publishedAt) || a.title.localeCompare(b.title);

export function getArticles(filter: { category?: Category; tag?: string } = {}): Article[] {
  return visible(allArticles)
    .filter((a) => !filter.category || a.category === filter.category)
    .filter((a) => !filter.tag || a.tags.includes(filter.tag))
    .sort(byNewest);
}

export function getArticle(slug: string): Article | undefined {
  return visible(allArticles).find((a) => a.slug === slug);
}

export function getTreatments(): Treatment[] {
  return visible(allTreatments).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

export function getTreatment(slug: string): Treatment | undefined {
  return visible(allTreatments).find((t) => t.slug === slug);
}

export function getAuthors(): Author[] {
  return [...allAuthors].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

export function getAuthor(slug: string): Author | undefined {
  return allAuthors.find((a) => a.slug === slug);
}

/** The author of a document; the content check guarantees it exists, so a miss is a bug. */
export function requireAuthor(slug: string): Author {
  const author = getAuthor(slug);
  if (!author) throw new Error(`Unknown author "${slug}": run npm run content:check`);
  return author;
}

export function getAllTags(): string[] {
  return [...new Set(getArticles().flatMap((a) => a.tags))].sort();
}

/** Articles and treatments an author wrote, and those they reviewed. */
export function getWorkOf(authorSlug: string) {
  const docs = [...getArticles(), ...getTreatments()];
  return {
    wrote: docs.filter((d) => d.author === authorSlug),
    reviewed: docs.filter((d) => d.reviewer === authorSlug),
  };
}

/** Same category or shared tags, best matches first. */
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  return getArticles()
    .filter((a) => a.slug !== article.slug)
    .map((a) => ({
      a,
      score: (a.category === article.category ? 2 : 0) + a.tags.filter((t) => article.tags.includes(t)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || byNewest(x.a, y.a))
    .slice(0, limit)
    .map(({ a }) => a);
}
