/**
 * The seed pages the project started from (../shared/seeds/, copied as MDX into
 * tests/fixtures/content/seeds/) fail where ../shared/domain/claims-rules.md says they would.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, checkFixture, lineOf } from './helpers';

const expected: { file: string; rule: string; at: string }[] = [
  { file: 'seed-003.mdx', rule: 'absolute-frequency', at: 'Almost always.' },
  { file: 'seed-003.mdx', rule: 'absolute-frequency', at: 'virtually all patients respond' },
  { file: 'seed-003.mdx', rule: 'uncited-statistic', at: 'Over 90% of patients' },
  { file: 'seed-003.mdx', rule: 'cartilage-promise', at: 'The cartilage does appear to regenerate' },
  { file: 'seed-003.mdx', rule: 'unfair-comparison', at: 'far safer than any arthritis surgical procedure' },
  { file: 'seed-003.mdx', rule: 'price-source', at: '$7,000' },
  { file: 'seed-003.mdx', rule: 'price-source', at: 'free consultation' },
  { file: 'seed-003.mdx', rule: 'required-balance', at: 'Stem Cell Therapy for Knee Arthritis' },
  { file: 'seed-000.mdx', rule: 'alt-text', at: 'Description automatically generated' },
  { file: 'seed-000.mdx', rule: 'no-hype', at: 'groundbreaking treatments' },
  { file: 'seed-004.mdx', rule: 'uncited-statistic', at: 'Twenty-three studies (53.5 %)' },
];

describe('seed pages', () => {
  for (const e of expected) {
    it(`${e.file}: ${e.rule} on "${e.at}"`, () => {
      const file = path.join(FIXTURES, 'seeds/articles', e.file);
      const lines = checkFixture('seeds')
        .findings.filter((f) => f.file === file && f.ruleId === e.rule)
        .map((f) => f.line);
      expect(lines).toContain(lineOf(file, e.at));
    });
  }
});
