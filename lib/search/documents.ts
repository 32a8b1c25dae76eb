/**
 * What the site search indexes: every published article and treatment, from the compiled content.
 * A body's words are its `searchText`, derived by the content pipeline at build time.
 */
import { CATEGORY_LABELS } from '@/lib/content/schema';
import type { Article, Treatment } from '@/lib/content/queries';

export type SearchDocument = {
  /** The page's path, unique across the site. */
  id: string;
  kind: 'article' | 'treatment';
  title: string;
  description: string;
  summary: string;
  /** Shown with each result: the article's category, or "Treatment". */
  category: string;
  tags: string;
  body: string;
};

export function articleDocument(article: Article): SearchDocument {
  return {
    id: article.url,
    kind: 'article',
    title: article.title,
    description: article.description,
    summary: article.summary.join(' '),
    category: CATEGORY_LABELS[article.category],
    tags: article.tags.map((t) => t.replace(/-/g, ' ')).join(' '),
    body: article.searchText,
  };
}

export function treatmentDocument(treatment: Treatment): SearchDocument {
  return {
    id: treatment.url,
    kind: 'treatment',
    title: treatment.title,
    description: treatment.description,
    summary: treatment.summary.join(' '),
    category: 'Treatment',
    // The slug is the treatment's short name ("lipogems", "bmac"): weight it like an article's tags.
    tags: treatment.slug.replace(/-/g, ' '),
    body: [treatment.searchText, ...treatment.faq.flatMap((f) => [f.question, f.answer])].join(' '),
  };
}

export function searchDocuments(articles: Article[], treatments: Treatment[]): SearchDocument[] {
  return [...treatments.map(treatmentDocument), ...articles.map(articleDocument)];
}
