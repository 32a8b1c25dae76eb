import { describe, expect, it } from 'vitest';
import { articleFrontmatter, authorFrontmatter, documentTypeForPath, isoDate, treatmentFrontmatter } from '@/lib/content/schema';
import { Article, Author, Treatment } from '../../../contentlayer.config';

const validArticle = {
  title: 'A valid article title',
  description: 'A description long enough to be shown in search results for this article page.',
  summary: ['First key point here.', 'Second key point here.'],
  publishedAt: '2026-01-10',
  reviewedAt: '2026-01-10',
  nextReviewDue: '2027-01-10',
  author: 'jane-doe',
  reviewer: 'john-roe',
  category: 'evidence',
  tags: ['knee'],
};

describe('front-matter schemas', () => {
  it('accepts a valid article', () => {
    expect(articleFrontmatter.safeParse(validArticle).success).toBe(true);
  });

  it('rejects dates that are not on the calendar, which Contentlayer would roll over', () => {
    expect(isoDate.safeParse('2024-02-30').success).toBe(false);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
    expect(isoDate.safeParse('10/01/2026').success).toBe(false);
  });

  it('names the field that is wrong', () => {
    const result = articleFrontmatter.safeParse({ ...validArticle, reviewedAt: '2026-13-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['reviewedAt']);
  });

  it('rejects a missing required field, an unknown field and an author reviewing their own page', () => {
    const { title: _omit, ...noTitle } = validArticle;
    void _omit;
    expect(articleFrontmatter.safeParse(noTitle).error!.issues[0].path).toEqual(['title']);
    expect(articleFrontmatter.safeParse({ ...validArticle, sponsor: 'x' }).success).toBe(false);
    const self = articleFrontmatter.safeParse({ ...validArticle, reviewer: 'jane-doe' });
    expect(self.error!.issues.map((i) => i.path[0])).toContain('reviewer');
  });

  it('requires alt text with a hero image and a next review after the review', () => {
    expect(articleFrontmatter.safeParse({ ...validArticle, heroImage: '/images/a.svg' }).success).toBe(false);
    expect(articleFrontmatter.safeParse({ ...validArticle, nextReviewDue: '2026-01-01' }).success).toBe(false);
  });

  it('requires six FAQ answers and a known price key on treatments', () => {
    const faq = Array.from({ length: 6 }, (_, i) => ({ question: `Question number ${i}?`, answer: 'An answer that is long enough to help.' }));
    const treatment = { ...validArticle, priceKey: 'lipogems', faq };
    delete (treatment as Record<string, unknown>).category;
    delete (treatment as Record<string, unknown>).tags;
    expect(treatmentFrontmatter.safeParse(treatment).success).toBe(true);
    expect(treatmentFrontmatter.safeParse({ ...treatment, faq: faq.slice(1) }).success).toBe(false);
    expect(treatmentFrontmatter.safeParse({ ...treatment, priceKey: 'cheap' }).success).toBe(false);
  });

  it('validates author registrations', () => {
    const author = { name: 'Dr Jane Doe', role: 'Consultant', photo: '/images/authors/j.svg', photoAlt: 'Portrait illustration of Dr Jane Doe' };
    expect(authorFrontmatter.safeParse(author).success).toBe(true);
    expect(authorFrontmatter.safeParse({ ...author, registration: { body: 'GMC', number: '0000001' } }).success).toBe(true);
    expect(authorFrontmatter.safeParse({ ...author, registration: { body: 'XYZ', number: '1' } }).success).toBe(false);
  });

  it('maps content paths to document types', () => {
    expect(documentTypeForPath('articles/a.mdx')).toBe('Article');
    expect(documentTypeForPath('treatments/b.mdx')).toBe('Treatment');
    expect(documentTypeForPath('authors/c.mdx')).toBe('Author');
    expect(documentTypeForPath('articles/nested/d.mdx')).toBeNull();
  });
});

describe('Contentlayer document types and zod schemas', () => {
  // Two definitions of the same fields must not drift apart.
  const pairs = [
    ['Article', Article, articleFrontmatter],
    ['Treatment', Treatment, treatmentFrontmatter],
    ['Author', Author, authorFrontmatter],
  ] as const;
  for (const [name, docType, schema] of pairs) {
    it(`${name} has the same fields in both`, () => {
      const def = docType.def() as { fields: Record<string, unknown> };
      const zodShape = (schema as unknown as { shape?: Record<string, unknown>; _zod: { def: { in?: { shape: Record<string, unknown> }; shape?: Record<string, unknown> } } });
      const shape = zodShape.shape ?? zodShape._zod.def.in?.shape ?? zodShape._zod.def.shape ?? {};
      expect(Object.keys(shape).length).toBeGreaterThan(5);
      expect(Object.keys(def.fields).sort()).toEqual(Object.keys(shape).sort());
    });
  }
});
