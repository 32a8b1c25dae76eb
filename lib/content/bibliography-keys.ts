import fs from 'node:fs';
import path from 'node:path';
import { bibliographyKeys } from './citations';

/**
 * Entry keys of content/references.bib, without a full parse. Contentlayer bundles its config with
 * esbuild, which cannot bundle citation-js, so the MDX pipeline checks keys with this; a unit test
 * proves it finds exactly the keys citation-js finds.
 */
export { bibliographyKeys };

export function readBibliographyKeys(file = path.join(process.cwd(), 'content', 'references.bib')): Set<string> {
  return bibliographyKeys(fs.readFileSync(file, 'utf8'));
}
