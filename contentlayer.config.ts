import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { contentlayerFields } from './lib/content/contentlayer-fields';
import { analyseMdx } from './lib/content/pipeline';
import { readBibliographyKeys } from './lib/content/bibliography-keys';
import { remarkCitations } from './lib/content/remark-citations';

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

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields('Article'),
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
  fields: contentlayerFields('Treatment'),
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
  fields: contentlayerFields('Author'),
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
