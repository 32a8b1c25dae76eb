/**
 * The prefilters' unions are split so that no part passes the size above which V8 stops
 * optimising a regular expression (lib/compliance/pattern-union.ts): a union of 20.7 KB cost
 * seventeen times what its 83 patterns cost one by one.
 */
import { describe, expect, it } from 'vitest';
import { MAX_UNION_SOURCE, unionOf, unionsByFlags } from '@/lib/compliance/pattern-union';
import { MODEL_RULES } from '@/lib/compliance/claims/lexicon';

const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

describe('unionOf', () => {
  it('matches exactly when one of its patterns does, in parts no longer than the limit', () => {
    const patterns = Array.from({ length: 600 }, (_, i) => new RegExp(String.raw`\b${words[i % words.length]}${i}(?:st|nd)?\b`));
    const union = unionOf(patterns, 'i');
    expect(union.parts.length).toBeGreaterThan(1);
    for (const part of union.parts) expect(part.source.length).toBeLessThanOrEqual(MAX_UNION_SOURCE);
    for (const text of ['an ECHO4 here', 'golf598nd', 'hotel7', 'hotel8', 'delta3x', 'charlie2', 'nothing at all']) {
      expect(union.test(text), text).toBe(patterns.some((p) => new RegExp(p.source, 'i').test(text)));
    }
  });

  it('keeps one pattern longer than the limit whole, in a part of its own', () => {
    const long = new RegExp(`(?:${Array.from({ length: 1200 }, (_, i) => `word${i}`).join('|')})`);
    const union = unionOf([/\bshort\b/, long, /\bother\b/], '');
    expect(union.parts.map((p) => p.source.length > MAX_UNION_SOURCE)).toEqual([false, true, false]);
    expect(union.test('a word1199 here')).toBe(true);
    expect(union.test('the other one')).toBe(true);
    expect(union.test('nothing')).toBe(false);
  });

  it('groups by flags, so a case-sensitive pattern stays case-sensitive', () => {
    const unions = unionsByFlags([/\bNHS\b/, /\bclinic\b/i]);
    expect(unions).toHaveLength(2);
    expect(unions.some((u) => u.test('the nhs'))).toBe(false);
    expect(unions.some((u) => u.test('the NHS'))).toBe(true);
    expect(unions.some((u) => u.test('CLINIC'))).toBe(true);
  });
});

describe('the claims model rules', () => {
  it('hold no single pattern, trigger or gate past the union limit (each is tried whole)', () => {
    for (const rule of MODEL_RULES) {
      const whole = [rule.trigger, rule.requires, rule.exempt, rule.lemmaNeeds, rule.tokensNeeds, rule.requiresNeeds, ...(rule.surface ?? []), ...(rule.lemma ?? [])];
      for (const pattern of whole) if (pattern) expect(pattern.source.length, `${rule.id}: ${pattern.source.slice(0, 60)}`).toBeLessThanOrEqual(MAX_UNION_SOURCE);
    }
  });
});
