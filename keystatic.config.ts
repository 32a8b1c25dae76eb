/**
 * The staff web editor (Keystatic) at /keystatic, for signed-in staff (whether it exists:
 * lib/publishing/editor-mode.mjs). Keystatic looks for this file at the project root; it only
 * composes what lib/publishing defines: where content is stored (storage.ts), the collections
 * (editor-collections.ts), their fields (editor-fields.ts) and the MDX components (editor-components.ts).
 */
import { config } from '@keystatic/core';
import { siteConfig } from './lib/site-config';
import { configuredStorage } from './lib/publishing/storage';
import { articles, authors, treatments } from './lib/publishing/editor-collections';
import type { ReferenceOption } from './lib/publishing/editor-citations';

const storage = configuredStorage();

/**
 * The editor's configuration. The browser gets the bibliography's keys and titles from the
 * server (app/keystatic/layout.tsx) for the citation picker; the API route and the tests use the
 * default export, for which only the file layout matters.
 */
export function makeConfig(references: ReferenceOption[] = []) {
  return config({
    storage,
    ui: {
      brand: { name: `${siteConfig.shortName} content` },
      navigation: { Pages: ['articles', 'treatments'], People: ['authors'] },
    },
    collections: {
      articles: articles(references),
      treatments: treatments(references),
      authors: authors(),
    },
  });
}

export default makeConfig();
