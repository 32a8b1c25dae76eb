import { defineDocumentType, defineNestedType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import readingTime from 'reading-time';
import { CATEGORIES, REGISTRATION_BODIES } from './lib/content/schema';
import { priceKeys } from './lib/site-config';
import { orderedCitationKeys } from './lib/content/citations';
import { tableOfContents } from './lib/content/toc';
import { readBibliographyKeys } from './lib/content/bibliography-keys';
import { remarkCitations } from './lib/content/remark-citations';

// Field lists mirror the zod schemas in lib/content/schema.ts (a unit test keeps them in step).
// Contentlayer gives the types; zod, run by the content check, holds writers to the stricter rules.
const reviewFields: FieldDefs = {
  title: { type: 'string', required: true },
  description: { type: 'string', required: true },
  summary: { type: 'list', of: { type: 'string' }, required: true },
  publishedAt: { type: 'date', required: true },
  updatedAt: { type: 'date', required: false },
  reviewedAt: { type: 'date', required: true },
  nextReviewDue: { type: 'date', required: true },
  author: { type: 'string', required: true, description: 'slug of a file in content/authors' },
  reviewer: { type: 'string', required: true, description: 'slug of a registered clinician in content/authors' },
  draft: { type: 'boolean', default: false },
};

const FaqItem = defineNestedType(() => ({
  name: 'FaqItem',
  fields: {
    question: { type: 'string', required: true },
    answer: { type: 'string', required: true },
  },
}));

const Registration = defineNestedType(() => ({
  name: 'Registration',
  fields: {
    body: { type: 'enum', options: [...REGISTRATION_BODIES], required: true },
    number: { type: 'string', required: true },
  },
}));

const bodyComputed = {
  readingTimeMinutes: {
    type: 'number',
    resolve: (doc: { body: { raw: string } }) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)),
  },
  toc: { type: 'json', resolve: (doc: { body: { raw: string } }) => tableOfContents(doc.body.raw) },
  citations: { type: 'list', of: { type: 'string' }, resolve: (doc: { body: { raw: string } }) => orderedCitationKeys(doc.body.raw) },
} as const;

function slugOf(doc: { _raw: { sourceFileName: string } }): string {
  return doc._raw.sourceFileName.replace(/\.mdx$/, '');
}

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: {
    ...reviewFields,
    category: { type: 'enum', options: [...CATEGORIES], required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    heroImage: { type: 'string', required: false },
    heroAlt: { type: 'string', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/articles/${slugOf(doc)}` },
    ...bodyComputed,
  },
}));

export const Treatment = defineDocumentType(() => ({
  name: 'Treatment',
  filePathPattern: 'treatments/*.mdx',
  contentType: 'mdx',
  fields: {
    ...reviewFields,
    priceKey: { type: 'enum', options: [...priceKeys], required: true },
    order: { type: 'number', default: 100 },
    faq: { type: 'list', of: FaqItem, required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/treatments/${slugOf(doc)}` },
    ...bodyComputed,
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true },
    credentials: { type: 'string', required: false },
    role: { type: 'string', required: true },
    registration: { type: 'nested', of: Registration, required: false },
    photo: { type: 'string', required: true },
    photoAlt: { type: 'string', required: true },
    order: { type: 'number', default: 100 },
    sample: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/clinicians/${slugOf(doc)}` },
    isRegisteredClinician: { type: 'boolean', resolve: (doc) => Boolean(doc.registration) },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirExclude: ['references.bib'],
  documentTypes: [Article, Treatment, Author],
  // Without these, a document with a missing or unknown field is silently dropped from the site.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  // The import path is mapped in tsconfig.json `paths`; no baseUrl is needed (TypeScript 7 drops it).
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [remarkGfm, [remarkCitations, { knownKeys: readBibliographyKeys() }]],
    rehypePlugins: [rehypeSlug],
  },
});
