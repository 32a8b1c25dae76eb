/** One page through the rules in two steps, as the parallel check's pages worker takes it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitClaims, checkSource, finishAwaitingPage, startPageCheck } from '@/lib/compliance/check-page';
import { checkAllClaims } from '@/lib/compliance/checks/classified-claims';
import { loadContext } from '@/lib/compliance/context';
import { FIXTURES, NOW, SHARED_AUTHORS, SHARED_BIB } from './helpers';

const root = FIXTURES;
const context = loadContext({ root, now: NOW, authorsDir: SHARED_AUTHORS, bibliographyFile: SHARED_BIB });
/** Pages with a readability warning, claims findings, a silenced finding and an unused suppression. */
const FIXTURE_RULES = ['readability', 'unverifiable-superlative', 'discourage-essential-treatment', 'suppression-reason', 'unused-suppression'];

/** Every object reachable from `value` through its properties and array items. */
function reachable(value: unknown, seen = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return seen;
  seen.add(value);
  for (const child of value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value)) reachable(child, seen);
  return seen;
}

describe('a page awaiting its claims', () => {
  const files = FIXTURE_RULES.flatMap((rule) => ['fires', 'near-miss'].map((name) => path.join(root, rule, 'articles', `${name}.mdx`)));

  it('holds none of its parse: no mdast tree, no sentence nlcst, no front-matter document', () => {
    const file = files[0];
    const started = startPageCheck(fs.readFileSync(file, 'utf8'), file, path.relative(root, file), context);
    const held = reachable(awaitClaims(started));
    const parse = [started.page.analysis, started.page.analysis.tree, started.page.frontMatter, ...started.page.sentences, ...started.page.sentences.map((s) => s.nlcst)];
    expect(parse.length).toBeGreaterThan(5);
    expect(parse.filter((part) => part && held.has(part))).toEqual([]);
    // What placing a claim needs stays: each sentence's start and its unit's text.
    expect(held.has(started.page.sentences[0].unit.prose)).toBe(true);
  });

  it('finishes to the report the page gets checked in one step, findings and their order included', () => {
    const rules = new Set<string>();
    let silenced = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      const relPath = path.relative(root, file);
      const started = startPageCheck(source, file, relPath, context);
      const report = finishAwaitingPage(awaitClaims(started), checkAllClaims(started.page), context);
      expect(report).toEqual(checkSource(source, file, relPath, context));
      for (const f of report.findings) rules.add(f.ruleId);
      silenced += report.silenced.length;
    }
    // The comparison covers findings before, among and after the claims, and suppressions.
    expect([...rules]).toEqual(expect.arrayContaining(['readability', 'unverifiable-superlative', 'discourage-essential-treatment', 'unused-suppression']));
    expect(silenced).toBeGreaterThan(0);
  });
});
