import fs from 'node:fs';
import path from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { contentlayerFields } from './lib/content/contentlayer-fields';
import { analyseMdx } from './lib/content/pipeline';
import { readBibliographyKeys } from './lib/content/bibliography-keys';
import { remarkCitations } from './lib/content/remark-citations';
import { versionHash } from './lib/reviews/hash';

// The fields are generated from the zod schemas in lib/content/schema.ts (the one content model).
// Everything derived from a body comes from the content pipeline's one parse of it.
type WithBody = { body: { raw: string } };
const bodyComputed = {
  /** At 200 words a minute, as reading-time counts. */
  readingTimeMinutes: { type: 'number', resolve: (doc: WithBody) => Math.max(1, Math.round(analyseMdx(doc.body.raw).wordCount / 200)) },
  toc: { type: 'json', resolve: (doc: WithBody) => analyseMdx(doc.body.raw).toc },
  citations: { type: 'list', of: { type: 'string' }, resolve: (doc: WithBody) => analyseMdx(doc.body.raw).citationOrder },
  searchText: { type: 'string', resolve: (doc: WithBody) => analyseMdx(doc.body.raw).searchText },
} as const;

function slugOf(doc: { _raw: { sourceFileName: string } }): string {
  return doc._raw.sourceFileName.replace(/\.mdx$/, '');
}

const CONTENT_DIR = 'content';

/**
 * The version a medical review approves (lib/reviews/hash.ts), from the file as written: front
 * matter and body. Cached with the document, which is right: it depends on nothing else.
 */
const reviewedComputed = {
  versionHash: {
    type: 'string',
    resolve: (doc: { _raw: { sourceFilePath: string } }) => versionHash(fs.readFileSync(path.join(CONTENT_DIR, doc._raw.sourceFilePath), 'utf8')),
  },
} as const;

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields('Article'),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/articles/${slugOf(doc)}` },
    ...bodyComputed,
    ...reviewedComputed,
  },
}));

export const Treatment = defineDocumentType(() => ({
  name: 'Treatment',
  filePathPattern: 'treatments/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields('Treatment'),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/treatments/${slugOf(doc)}` },
    ...bodyComputed,
    ...reviewedComputed,
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields('Author'),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    url: { type: 'string', resolve: (doc) => `/clinicians/${slugOf(doc)}` },
    isRegisteredClinician: { type: 'boolean', resolve: (doc) => Boolean(doc.registration) },
  },
}));

/**
 * A page's review record (content/reviews/<collection>/<slug>.json, lib/reviews/record.ts), written
 * by the staff area. A document type of its own so that an approval reaches the site (and `next
 * dev`'s watcher) like any content change; lib/content/reviews.ts joins it to its page.
 */
export const Review = defineDocumentType(() => ({
  name: 'Review',
  filePathPattern: 'reviews/*/*.json',
  contentType: 'data',
  fields: {
    page: { type: 'string', required: true },
    approvals: { type: 'json', required: true },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  contentDirExclude: ['references.bib'],
  documentTypes: [Article, Treatment, Author, Review],
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
