/**
 * The site search, with MiniSearch: a small, maintained full-text index that runs in Node with no
 * service to host. The index is built once per server process from the compiled content (a few
 * dozen pages take milliseconds) and queried on the server, so search needs no JavaScript in the
 * browser.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { getArticles, getTreatments, showDrafts } from '@/lib/content/queries';
import { searchDocuments, type SearchDocument } from './documents';

export type SearchHit = Pick<SearchDocument, 'id' | 'kind' | 'title' | 'description' | 'category'> & { score: number };

/** Longer queries are cut: nobody types more, and it bounds the work one request can ask for. */
export const MAX_QUERY_LENGTH = 200;

const FIELDS = ['title', 'description', 'summary', 'tags', 'category', 'body'] as const;

export function createSearchIndex(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: ['kind', 'title', 'description', 'category'],
    searchOptions: {
      boost: { title: 4, tags: 2, description: 2, summary: 1.5, category: 1.5 },
      // Prefix matching for "lipo" → "lipogems"; a little fuzziness for typos in longer words.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // A treatment's own page is the best answer to its name, ahead of articles that discuss it.
      boostDocument: (_id, _term, stored) => (stored?.kind === 'treatment' ? 1.5 : 1),
    },
  });
  index.addAll(docs);
  return index;
}

export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Pages matching every word first; if no page has them all, pages matching any of them, so a
 * query with one unknown word still finds something.
 */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchHit[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  let results = index.search(q, { combineWith: 'AND' });
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  return results.slice(0, limit).map(toHit);
}

function toHit(result: MiniSearchResult): SearchHit {
  return {
    id: result.id as string,
    kind: result.kind as SearchDocument['kind'],
    title: result.title as string,
    description: result.description as string,
    category: result.category as string,
    score: result.score,
  };
}

let siteIndex: MiniSearch<SearchDocument> | undefined;

/** Search the published site. In `next dev` the index is rebuilt each time, so edits show at once. */
export function searchSite(query: string, limit?: number): SearchHit[] {
  if (!siteIndex || showDrafts()) siteIndex = createSearchIndex(searchDocuments(getArticles(), getTreatments()));
  return searchIndex(siteIndex, query, limit);
}
