/**
 * The claims checks skip work on the written text before tagging: a phrase rule whose patterns
 * cannot match is not tried, and a model rule whose trigger words are absent is not, so most
 * sentences are never tagged by the NLP; the statistics check leaves out patterns whose required
 * words are absent. These skips must change no result: every sentence of the corpus, the fixtures
 * and content/ is judged the same with them and without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '@/lib/compliance/checks/claims';
import { checkStatisticSentence } from '@/lib/compliance/checks/statistics';
import { corpusEntrySource, loadCorpus } from '@/lib/compliance/claims/corpus';
import { parsePage } from '@/lib/compliance/parse';
import { listContentFiles } from '@/lib/compliance/report';
import { FIXTURES, REPO } from './helpers';

function pagesOf(root: string) {
  return listContentFiles(root).map((file) => parsePage(fs.readFileSync(file, 'utf8'), file, path.relative(root, file)));
}

describe('lexical prefilters of the claims checks', () => {
  it('judge every corpus sentence as the full check does', () => {
    const corpus = loadCorpus(path.join(REPO, 'tests/compliance/corpus'));
    let refused = 0;
    for (const entry of corpus) {
      const page = parsePage(corpusEntrySource(entry), `${entry.id}.mdx`, `articles/${entry.id}.mdx`);
      const prefiltered = checkClaims(page);
      expect(prefiltered, entry.id).toEqual(checkClaims(page, { prefilter: false }));
      for (const sentence of page.sentences) expect(checkStatisticSentence(sentence), entry.id).toEqual(checkStatisticSentence(sentence, { prefilter: false }));
      if (prefiltered.length > 0) refused++;
    }
    // The comparison is not empty: most corpus sentences are claims.
    expect(refused).toBeGreaterThan(200);
  });

  // The blind batches in tuning-extra/ (about 7,400 sentences) found what the corpus above did not: a
  // trigger without the irregular "torn", "safer"/"safest" read as "safe", plurals a trigger left out.
  it('judge every sentence of tuning-extra/ as the full check does', () => {
    const extra = loadCorpus(path.join(REPO, 'tests/compliance/corpus/tuning-extra'));
    expect(extra.length).toBeGreaterThan(7000);
    const differ: string[] = [];
    for (const entry of extra) {
      const page = parsePage(corpusEntrySource(entry), `${entry.id}.mdx`, `articles/${entry.id}.mdx`);
      const same =
        JSON.stringify(checkClaims(page)) === JSON.stringify(checkClaims(page, { prefilter: false })) &&
        page.sentences.every((sentence) => JSON.stringify(checkStatisticSentence(sentence)) === JSON.stringify(checkStatisticSentence(sentence, { prefilter: false })));
      if (!same) differ.push(entry.id);
    }
    expect(differ).toEqual([]);
  }, 240_000);

  it('judge every page of content/ and of the rule fixtures as the full check does', () => {
    const pages = [...pagesOf(path.join(REPO, 'content')), ...pagesOf(FIXTURES)];
    expect(pages.length).toBeGreaterThan(20);
    let findings = 0;
    for (const page of pages) {
      const prefiltered = checkClaims(page);
      expect(prefiltered, page.relPath).toEqual(checkClaims(page, { prefilter: false }));
      for (const sentence of page.sentences) {
        const statistics = checkStatisticSentence(sentence);
        expect(statistics, page.relPath).toEqual(checkStatisticSentence(sentence, { prefilter: false }));
        findings += statistics.length;
      }
      findings += prefiltered.length;
    }
    expect(findings).toBeGreaterThan(0);
  });
});
