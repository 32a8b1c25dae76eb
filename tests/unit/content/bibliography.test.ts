import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doiUrl, loadBibliography, parseBibliography, parseBibliographyIdentifiers, pubmedUrl } from '@/lib/content/bibliography';
import { bibliographyKeys, readBibliographyKeys } from '@/lib/content/bibliography-keys';

const bibtex = fs.readFileSync(path.join(process.cwd(), 'content', 'references.bib'), 'utf8');

describe('bibliography', () => {
  const refs = loadBibliography();

  it('parses every entry of content/references.bib', () => {
    expect(refs.size).toBe((bibtex.match(/^@\w+\{/gm) ?? []).length);
    expect(refs.size).toBeGreaterThanOrEqual(14);
  });

  it('gives the content check the identifiers the site shows, entry for entry', () => {
    const identifiers = parseBibliographyIdentifiers(bibtex);
    expect([...identifiers.values()]).toEqual([...refs.values()].map(({ key, doi, pmid, url }) => ({ key, doi, pmid, url })));
    expect([...identifiers.values()].filter((r) => r.doi || r.pmid || r.url).length).toBeGreaterThan(5);
  });

  it('the quick key reader used by the MDX pipeline finds exactly the keys citation-js finds', () => {
    expect([...readBibliographyKeys()].sort()).toEqual([...refs.keys()].sort());
  });

  it('formats an entry in Vancouver style with "et al." for abbreviated author lists', () => {
    const lee = refs.get('lee2019')!;
    expect(lee.text).toMatch(/^Lee WS, Kim HJ, Kim KI, et al\. Intra-Articular Injection/);
    expect(lee.text).toContain('Stem Cells Translational Medicine. 2019;8(6):504');
    expect(lee.text).not.toMatch(/doi:|others/);
    expect(lee.doi).toBe('10.1002/sctm.18-0122');
    expect(lee.verified).toBe(true);
  });

  it('keeps PubMed ids and builds the links', () => {
    const fan = refs.get('fan2023')!;
    expect(fan.pmid).toBe('36541936');
    expect(pubmedUrl(fan.pmid!)).toBe('https://pubmed.ncbi.nlm.nih.gov/36541936/');
    expect(doiUrl(fan.doi!)).toBe('https://doi.org/10.2217/rme-2022-0110');
  });

  it('marks unverified identifiers as such', () => {
    expect(refs.get('natali2023')!.verified).toBe(false);
    expect(refs.get('chirichella2019')!.verified).toBe(false);
  });

  it('ignores @ signs in comments and skips @comment blocks', () => {
    const keys = bibliographyKeys('% see @nothing\n@comment{x}\n@article{real2020,\n title={T}\n}\n');
    expect([...keys]).toEqual(['real2020']);
    expect([...parseBibliography('@article{real2020,\n title={T},\n year={2020}\n}\n').keys()]).toEqual(['real2020']);
  });
});
