import { describe, expect, it } from 'vitest';
import { allArticles, allTreatments } from 'contentlayer/generated';
import { getArticles, getTreatments } from '@/lib/content/queries';
import { createSearchIndex, MAX_QUERY_LENGTH, normaliseQuery, searchIndex, searchSite } from '@/lib/search/index';
import { searchDocuments, type SearchDocument } from '@/lib/search/documents';
import { analyseMdx } from '@/lib/content/pipeline';

const doc = (id: string, title: string, body = ''): SearchDocument => ({
  id,
  kind: 'article',
  title,
  description: `${title} description`,
  summary: '',
  category: 'Evidence',
  tags: '',
  body,
});

describe('searchIndex', () => {
  const index = createSearchIndex([
    doc('/a', 'Knee injections', 'Bone marrow concentrate for the knee.'),
    doc('/b', 'Hip arthritis', 'Fat tissue for the hip.'),
    doc('/c', 'Regulation', 'Rules in the UK.'),
  ]);

  it('ranks a title match first and returns what a result shows', () => {
    const hits = searchIndex(index, 'knee');
    expect(hits[0]).toMatchObject({ id: '/a', title: 'Knee injections', description: 'Knee injections description', category: 'Evidence' });
    expect(hits.map((h) => h.id)).not.toContain('/c');
  });

  it('matches word prefixes and small typos', () => {
    expect(searchIndex(index, 'regul').map((h) => h.id)).toEqual(['/c']);
    expect(searchIndex(index, 'arthritsi').map((h) => h.id)).toEqual(['/b']);
  });

  it('needs all words when some page has them all, and falls back to any word', () => {
    expect(searchIndex(index, 'bone knee').map((h) => h.id)).toEqual(['/a']);
    expect(searchIndex(index, 'hip zebra').map((h) => h.id)).toEqual(['/b']);
  });

  it('returns nothing for an empty or nonsense query', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, 'qqqqqqqq')).toEqual([]);
  });
});

describe('normaliseQuery', () => {
  it('takes the first value, collapses spaces and caps the length', () => {
    expect(normaliseQuery(['  knee   pain ', 'x'])).toBe('knee pain');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('the site index over the real content', () => {
  it('indexes every published article and treatment and no draft', () => {
    const ids = searchDocuments(getArticles(), getTreatments()).map((d) => d.id);
    expect(ids.sort()).toEqual([...getArticles(), ...getTreatments()].map((d) => d.url).sort());
    for (const draft of [...allArticles, ...allTreatments].filter((d) => d.draft)) expect(ids).not.toContain(draft.url);
  });

  it('finds the Lipogems treatment page first, then articles, for "lipogems"', () => {
    const hits = searchSite('lipogems');
    expect(hits[0].id).toBe('/treatments/lipogems');
    expect(hits.some((h) => h.kind === 'article')).toBe(true);
    expect(hits.find((h) => h.id === '/treatments/lipogems')?.category).toBe('Treatment');
  });

  it('finds the regulation article for "regulation"', () => {
    expect(searchSite('regulation')[0].id).toBe('/articles/regulation-cell-injections-uk-us');
  });
});

describe('search text from the content pipeline', () => {
  it('keeps prose, alt text and captions, drops markup, code, citations and link targets', () => {
    const { searchText } = analyseMdx(
      "import X from 'y'\n\n## Heading\n\nSome **bold** text [@lee2019; @kim2020] and a [link](/articles/x) with `code`.\n\n<Figure src=\"/a.svg\" alt=\"A knee diagram\" caption=\"Where it goes\" />\n\n{/* note */}\n\n```\nhidden words\n```\n",
    );
    expect(searchText).toBe('Heading Some bold text and a link with . A knee diagram Where it goes');
  });
});
