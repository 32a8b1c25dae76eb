/** The table of contents of a page: an entry of the content pipeline (lib/content/pipeline.ts). */
export type { TocEntry } from './pipeline';
