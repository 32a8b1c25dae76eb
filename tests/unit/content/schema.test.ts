import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  articleFrontmatter,
  authorFrontmatter,
  CATEGORIES,
  documentTypeForPath,
  isoDate,
  REGISTRATION_BODIES,
  schemasByType,
  treatmentFrontmatter,
} from '@/lib/content/schema';
import { contentlayerFields, fieldDef } from '@/lib/content/contentlayer-fields';

const validArticle = {
  title: 'A valid article title',
  description: 'A description long enough to be shown in search results for this article page.',
  summary: ['First key point here.', 'Second key point here.'],
  publishedAt: '2026-01-10',
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
    const result = articleFrontmatter.safeParse({ ...validArticle, updatedAt: '2026-13-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['updatedAt']);
  });

  it('rejects a missing required field, an unknown field and an author reviewing their own page', () => {
    const { title: _omit, ...noTitle } = validArticle;
    void _omit;
    expect(articleFrontmatter.safeParse(noTitle).error!.issues[0].path).toEqual(['title']);
    expect(articleFrontmatter.safeParse({ ...validArticle, sponsor: 'x' }).success).toBe(false);
    const self = articleFrontmatter.safeParse({ ...validArticle, reviewer: 'jane-doe' });
    expect(self.error!.issues.map((i) => i.path[0])).toContain('reviewer');
  });

  it('requires alt text with a hero image, and takes no typed review dates (they come from the review record)', () => {
    expect(articleFrontmatter.safeParse({ ...validArticle, heroImage: '/images/a.svg' }).success).toBe(false);
    expect(articleFrontmatter.safeParse({ ...validArticle, reviewedAt: '2026-01-10' }).success).toBe(false);
    expect(articleFrontmatter.safeParse({ ...validArticle, nextReviewDue: '2027-01-01' }).success).toBe(false);
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

describe('Contentlayer fields generated from the zod schemas', () => {
  type Defs = Record<string, { type: string; required?: boolean; default?: unknown; options?: string[]; of?: unknown; description?: string }>;
  const nested = (of: unknown) => (of as { def: () => { name: string; fields: Defs } }).def();

  it('maps each kind of zod field to its Contentlayer type', () => {
    const fields = contentlayerFields('Article') as Defs;
    expect(fields.title).toEqual({ type: 'string', required: true });
    expect(fields.publishedAt).toEqual({ type: 'date', required: true });
    expect(fields.updatedAt).toEqual({ type: 'date', required: false });
    expect(fields.draft).toEqual({ type: 'boolean', default: false });
    expect(fields.category).toEqual({ type: 'enum', options: [...CATEGORIES], required: true });
    expect(fields.tags).toEqual({ type: 'list', of: { type: 'string' }, default: [] });
    expect(fields.summary).toEqual({ type: 'list', of: { type: 'string' }, required: true });
    expect(fields.author).toEqual({ type: 'string', required: true, description: 'slug of a file in content/authors' });
  });

  it('turns nested objects and lists of objects into named nested types', () => {
    const treatment = contentlayerFields('Treatment') as Defs;
    expect(treatment.order).toEqual({ type: 'number', default: 100 });
    expect(treatment.priceKey).toMatchObject({ type: 'enum', required: true });
    expect(treatment.faq).toMatchObject({ type: 'list', required: true });
    expect(nested(treatment.faq.of)).toMatchObject({ name: 'FaqItem', fields: { question: { type: 'string', required: true }, answer: { type: 'string', required: true } } });
    const author = contentlayerFields('Author') as Defs;
    expect(author.registration).toMatchObject({ type: 'nested', required: false });
    expect(nested(author.registration.of)).toMatchObject({ name: 'Registration', fields: { body: { type: 'enum', options: [...REGISTRATION_BODIES] } } });
  });

  it('defines exactly the fields of each schema, so a field added in zod reaches Contentlayer', () => {
    for (const [name, schema] of Object.entries(schemasByType)) {
      const generated = Object.keys(contentlayerFields(name as keyof typeof schemasByType)).sort();
      expect(generated).toEqual(Object.keys(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }).properties!).sort());
    }
  });

  it('refuses a zod field Contentlayer cannot represent, naming it', () => {
    expect(() => fieldDef('weird', { required: true, type: 'null' })).toThrow(/"weird" has a schema Contentlayer cannot represent/);
  });
});
