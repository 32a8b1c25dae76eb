import fs from 'node:fs';
import path from 'node:path';

/**
 * Entry keys of a BibTeX file, without a full parse. Contentlayer bundles its config with esbuild,
 * which cannot bundle citation-js, so the MDX pipeline checks keys with this; a unit test proves it
 * finds exactly the keys citation-js finds.
 */
export function bibliographyKeys(bibtex: string): Set<string> {
  const keys = new Set<string>();
  for (const m of bibtex.matchAll(/^\s*@(?!comment|string|preamble)\w+\s*\{\s*([^,\s]+)\s*,/gim)) keys.add(m[1]);
  return keys;
}

export function readBibliographyKeys(file = path.join(process.cwd(), 'content', 'references.bib')): Set<string> {
  return bibliographyKeys(fs.readFileSync(file, 'utf8'));
}
