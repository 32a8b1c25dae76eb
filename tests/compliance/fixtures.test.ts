/**
 * One fixture per rule that breaks it, and a near miss that must not fire (negated, hedged,
 * cited…). Each case names the file and the text on the line where the finding must be.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/compliance';
import { FIXTURES, checkFixture, lineOf } from './helpers';

type Case = {
  rule: string;
  /** Fixture file relative to tests/fixtures/content/<rule>/. */
  file: string;
  /** Text on the line the finding must be reported on. */
  at: string;
  /** The near-miss file; omitted where a near miss makes no sense. */
  nearMiss?: string;
  /** Expected text in the message. */
  message?: RegExp;
};

const cases: Case[] = [
  { rule: 'no-cure-claim', file: 'articles/fires.mdx', at: 'cure arthritis', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'no-guarantee', file: 'articles/fires.mdx', at: 'We guarantee', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'no-risk-free', file: 'articles/fires.mdx', at: 'completely safe', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'no-hype', file: 'articles/fires.mdx', at: 'miracle', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'false-approval', file: 'articles/fires.mdx', at: 'FDA approved', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'cartilage-promise', file: 'articles/fires.mdx', at: 'regrow cartilage', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'absolute-frequency', file: 'articles/fires.mdx', at: 'almost always', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'uncited-statistic', file: 'articles/fires.mdx', at: '70%', nearMiss: 'articles/near-miss.mdx', message: /"70%"/ },
  { rule: 'unknown-citation', file: 'articles/fires.mdx', at: '[@missing2020]', nearMiss: 'articles/near-miss.mdx', message: /missing2020/ },
  { rule: 'reference-without-identifier', file: 'articles/fires.mdx', at: '[@noident]', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'unused-reference', file: 'references.bib', at: '@article{unusedref', nearMiss: 'articles/near-miss.mdx', message: /unusedref/ },
  { rule: 'discourage-essential-treatment', file: 'articles/fires.mdx', at: 'avoid knee replacement', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'unfair-comparison', file: 'articles/fires.mdx', at: 'safer than', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'testimonial-marked', file: 'articles/fires.mdx', at: 'One of our patients', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'effect-overclaim', file: 'articles/fires.mdx', at: 'restores worn knee joints', nearMiss: 'articles/near-miss.mdx', message: /"restores"/ },
  { rule: 'unhedged-effect', file: 'articles/fires.mdx', at: 'reduces knee pain', nearMiss: 'articles/near-miss.mdx', message: /certain fact/ },
  { rule: 'pressure-selling', file: 'articles/fires.mdx', at: 'Book now', nearMiss: 'articles/near-miss.mdx', message: /GMC/ },
  { rule: 'endorsement', file: 'articles/fires.mdx', at: 'Top athletes', nearMiss: 'articles/near-miss.mdx', message: /athletes trust our knee injections/ },
  { rule: 'unverifiable-superlative', file: 'articles/fires.mdx', at: 'most effective', nearMiss: 'articles/near-miss.mdx', message: /"the most effective"/ },
  { rule: 'alt-text', file: 'articles/fires.mdx', at: '![image of a knee]', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'price-source', file: 'articles/fires.mdx', at: '£4,000', nearMiss: 'articles/near-miss.mdx', message: /£4,000/ },
  { rule: 'readability', file: 'articles/fires.mdx', at: 'Intra-articular', nearMiss: 'articles/near-miss.mdx', message: /grade/ },
  { rule: 'mdx-syntax', file: 'articles/fires.mdx', at: '<5 points', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'frontmatter-schema', file: 'articles/fires.mdx', at: 'updatedAt:', nearMiss: 'articles/near-miss.mdx', message: /"updatedAt" is not a real calendar date/ },
  { rule: 'frontmatter-schema', file: 'articles/fires.mdx', at: 'description:', message: /"description" must be at least 50 characters/ },
  { rule: 'frontmatter-schema', file: 'articles/missing-field.mdx', at: 'title:', message: /"author" is required but missing/ },
  { rule: 'unknown-document-type', file: 'notes/fires.mdx', at: '---', nearMiss: 'articles/near-miss.mdx' },
  { rule: 'unknown-author', file: 'articles/fires.mdx', at: 'author: nobody-here', nearMiss: 'articles/near-miss.mdx', message: /"author" names "nobody-here"/ },
  { rule: 'unknown-reviewer', file: 'articles/fires.mdx', at: 'reviewer: nobody-here', nearMiss: 'articles/near-miss.mdx', message: /"reviewer"/ },
  { rule: 'reviewer-not-clinician', file: 'articles/fires.mdx', at: 'reviewer: jo-writer', nearMiss: 'articles/near-miss.mdx', message: /"reviewer".*registered clinician/ },
  { rule: 'treatment-sections', file: 'treatments/fires.mdx', at: '## Recovery timeline', nearMiss: 'treatments/near-miss.mdx', message: /"## Recovery timeline" must come after "## The procedure, step by step"/ },
  { rule: 'treatment-sections', file: 'treatments/fires.mdx', at: '## Limits of the evidence', message: /"## Regulatory status" is missing/ },
  { rule: 'required-balance', file: 'articles/fires.mdx', at: '## What it is', nearMiss: 'articles/near-miss.mdx', message: /results vary/ },
  { rule: 'suppression-reason', file: 'articles/fires.mdx', at: 'content-check-disable-next-line', nearMiss: 'articles/near-miss.mdx', message: /no reason/ },
  { rule: 'unused-suppression', file: 'articles/fires.mdx', at: 'content-check-disable-next-line', nearMiss: 'articles/near-miss.mdx' },
];

describe('content check fixtures', () => {
  for (const c of cases) {
    const root = path.join(FIXTURES, c.rule);
    const file = path.join(root, c.file);

    it(`${c.rule}: fires in ${c.file} on the line with "${c.at}"`, () => {
      const report = checkFixture(c.rule);
      const line = lineOf(file, c.at);
      const hits = report.findings.filter((f) => f.ruleId === c.rule && f.file === file);
      expect(hits.map((f) => f.line), JSON.stringify(hits, null, 1)).toContain(line);
      if (c.message) expect(hits.filter((f) => f.line === line).map((f) => f.message).join('\n')).toMatch(c.message);
    });

    if (c.nearMiss) {
      it(`${c.rule}: near miss ${c.nearMiss} stays clean`, () => {
        const report = checkFixture(c.rule);
        const nearMiss = path.join(root, c.nearMiss!);
        const page = report.pages.find((p) => p.file === nearMiss);
        expect(page, `${nearMiss} was not checked`).toBeDefined();
        expect(page!.findings.filter((f) => f.ruleId === c.rule || f.severity === 'error')).toEqual([]);
      });
    }
  }

  it('has a fixture case for every rule in the table', () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
