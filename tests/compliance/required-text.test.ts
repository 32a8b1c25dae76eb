/**
 * The text a pattern's matches must contain, read from the pattern (lib/compliance/required-text.ts):
 * what it picks on small patterns, and that it never rejects a sentence one of the rules' patterns
 * matches (every sentence of the corpus, its extra tuning lines, the fixtures and content/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatePatterns, patternList, requiredTextOf } from '@/lib/compliance/required-text';
import { PHRASE_RULES } from '@/lib/compliance/checks/claims';
import { STATISTIC_PATTERNS, WORD_CHANGE_PATTERNS, WORD_PROPORTION_PATTERNS } from '@/lib/compliance/checks/statistics';
import { loadCorpus } from '@/lib/compliance/claims/corpus';
import { parsePage } from '@/lib/compliance/parse';
import { listContentFiles } from '@/lib/compliance/report';
import { FIXTURES, REPO } from './helpers';

const required = (pattern: RegExp) => requiredTextOf(pattern)?.source ?? null;

describe('requiredTextOf', () => {
  it('takes the longest literal run of a sequence', () => {
    expect(required(/\bcur(?:e|es|ed|ing)\b/i)).toBe('cur');
    expect(required(/colou?r/)).toBe('colo');
    expect(requiredTextOf(/\bcur(?:e|es)\b/i)!.flags).toBe('i');
  });

  it('takes one of a group’s alternatives, each required in turn', () => {
    expect(required(/\b(?:halve|double)s?\b/)).toBe('halve|double');
    expect(required(/\b(?:cure|(?:re)?build)s?\b/)).toBe('cure|build');
  });

  it('prefers a digit, or rarer words, to common ones', () => {
    expect(required(/\b(?:the|a) (?:knee|hip)\b/i)).toBe('knee|hip');
    expect(required(/\b\d+ (?:of|in) (?:the|our) patients\b/i)).toBe(' patients');
    expect(required(/\b\d+\s?(?:%|per ?cent)/i)).toBe('\\d');
  });

  it('requires nothing from optional parts, assertions, back-references and broad classes', () => {
    expect(required(/(?:cured)?\w+\s+\w+/)).toBeNull();
    expect(required(/(?!no)x?/)).toBeNull();
    expect(required(/(?<!cured )[a-z]+/)).toBeNull();
    expect(required(/(a)\1/)).toBe('a');
  });

  it('requires what a positive lookahead or lookbehind must see', () => {
    expect(required(/^\w+(?=[^.]*\b(?:usually|typically)\b)/i)).toBe('usually|typically');
    expect(required(/\bfrom(?<=\b(?:goes|went) from) \w+/i)).toBe('goes|went');
  });

  it('writes literals that match themselves, in unicode mode too', () => {
    const test = requiredTextOf(/a\.b\(c\)-d/)!;
    expect(test.test('a.b(c)-d')).toBe(true);
    expect(test.test('aXb(c)-d')).toBe(false);
    expect(requiredTextOf(/\p{L}+-é/u)!.test('café-é')).toBe(true);
  });
});

describe('patternList', () => {
  it('tests a list once, and leaves out the patterns whose words are absent, in order', () => {
    const list = patternList([/\bcures?\b/i, /\bheals?\b/i, /\bregrow/i]);
    expect(list.required!.test('This heals.')).toBe(true);
    expect(list.required!.test('This helps.')).toBe(false);
    expect(candidatePatterns('It cures and regrows.', [list])).toEqual([list.patterns[0], list.patterns[2]]);
    expect(candidatePatterns('Nothing here.', [list])).toEqual([]);
  });

  it('keeps a literal | whole in the list test', () => {
    const list = patternList([/\bb\b|\bx\b/, /a\|b/]);
    expect(list.required!.test('a|b')).toBe(true);
    expect(list.required!.test('a')).toBe(false);
  });

  it('has no list test when one pattern requires nothing', () => {
    const list = patternList([/\bcures?\b/i, /\w+\s\w+/]);
    expect(list.required).toBeNull();
    expect(candidatePatterns('Two words.', [list])).toEqual([list.patterns[1]]);
  });
});

describe('the rules’ patterns', () => {
  const corpus = path.join(REPO, 'tests/compliance/corpus');
  const pagesOf = (root: string) => listContentFiles(root).map((file) => parsePage(fs.readFileSync(file, 'utf8'), file, path.relative(root, file)));
  const sentences = [
    ...[...loadCorpus(corpus), ...loadCorpus(path.join(corpus, 'tuning-extra')), ...loadCorpus(path.join(corpus, 'fresh'))].map((entry) => entry.text),
    ...[...pagesOf(path.join(REPO, 'content')), ...pagesOf(FIXTURES)].flatMap((page) => page.sentences.map((s) => s.text)),
  ];
  const patterns = [...STATISTIC_PATTERNS, ...WORD_PROPORTION_PATTERNS, ...WORD_CHANGE_PATTERNS, ...PHRASE_RULES.flatMap((rule) => rule.patterns)];

  it('each give a test that every sentence they match passes', () => {
    let matched = 0;
    for (const pattern of patterns) {
      const test = requiredTextOf(pattern);
      for (const sentence of sentences) {
        if (!pattern.test(sentence)) continue;
        matched++;
        expect(test === null || test.test(sentence), `${pattern} on "${sentence}"`).toBe(true);
      }
    }
    // Not vacuous: the patterns match many of these sentences.
    expect(matched).toBeGreaterThan(500);
  });
});
