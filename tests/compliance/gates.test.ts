/**
 * The claims model tags a sentence (wink-nlp, the costliest step of the check) only when some
 * rule passes its trigger words and its gate: what its patterns need in the written text (the
 * surface patterns themselves, and the written forms of the words its lemma patterns and tokens
 * cues need, lexicon.ts `formsOf`). A gate may only skip work: a rule it turns away must have been
 * unable to match. Checked two ways:
 *
 * - on every sentence of the extra tuning lines, the rule fixtures, content/ and the site's
 *   sentence snapshot: each rule a gate turns away (its trigger passed) matches nothing when the
 *   sentence is tagged after all (no lemma, surface or tokens match, or `requires` fails);
 * - on the tagger's own tables: every word wink's lexicon, exception lists, contractions or the
 *   tagger's LEMMA_FIXES can turn into a lemma a gate names is among that lemma's written forms.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpusEntrySource, loadCorpus } from '@/lib/compliance/claims/corpus';
import { formsOf, GATE_LEMMAS, GATE_PREFIXES, MODEL_RULES, NEGATION } from '@/lib/compliance/claims/lexicon';
import { pretestOf, ruleMayMatch } from '@/lib/compliance/claims/model';
import { LEMMA_FIXES, tagSentence } from '@/lib/compliance/claims/tagger';
import { lookbehindLast } from '@/lib/compliance/lookbehind-last';
import { parsePage } from '@/lib/compliance/parse';
import { listContentFiles } from '@/lib/compliance/report';
import { FIXTURES, REPO } from './helpers';

/** Texts the model analyses: each sentence, and a short question before it with the sentence (a headline's answer). */
function textsOf(sources: { source: string; file: string }[]): string[] {
  const texts = new Set<string>();
  for (const { source, file } of sources) {
    const sentences = parsePage(source, file, `articles/${path.basename(file)}`).sentences;
    sentences.forEach((s, i) => {
      texts.add(s.text);
      const previous = sentences[i - 1];
      if (previous && /\?\s*$/.test(previous.text)) texts.add(`${previous.text.trim()} ${s.text}`);
    });
  }
  return [...texts];
}

function sampleTexts(): string[] {
  const extra = loadCorpus(path.join(REPO, 'tests/compliance/corpus/tuning-extra')).map((entry) => ({ source: corpusEntrySource(entry), file: `${entry.id}.mdx` }));
  const pages = [path.join(REPO, 'content'), FIXTURES].flatMap((root) => listContentFiles(root)).map((file) => ({ source: fs.readFileSync(file, 'utf8'), file }));
  const site = (JSON.parse(fs.readFileSync(path.join(REPO, 'tests/compliance/site-sentences.json'), 'utf8')) as { text: string }[]).map((s) => s.text);
  return [...new Set([...textsOf([...extra, ...pages]), ...site])];
}

describe('gates of the claims model rules', () => {
  it('turn away only rules that cannot match the sentence', () => {
    const texts = sampleTexts();
    expect(texts.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    let turnedAway = 0;
    for (const text of texts) {
      const rules = MODEL_RULES.filter((rule) => rule.trigger.test(text) && !ruleMayMatch(rule, text));
      if (rules.length === 0) continue;
      turnedAway += rules.length;
      const tagged = tagSentence(text);
      const haystack = `${tagged.lemmaText} | ${text}`;
      for (const rule of rules) {
        if (rule.requires && !rule.requires.test(haystack)) continue;
        const found =
          rule.lemma?.find((p) => p.test(tagged.lemmaText))?.source ??
          rule.surface?.find((p) => p.test(text))?.source ??
          (rule.tokens?.(tagged) ? 'tokens' : undefined);
        if (found) wrong.push(`${rule.id} (rule ${MODEL_RULES.indexOf(rule)}): ${JSON.stringify(text)} matches ${found.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The gates do turn rules away (the comparison is not empty).
    expect(turnedAway).toBeGreaterThan(1000);
    // (Every corpus line is tagged: the time grows with the corpus.)
  }, 180_000);

  it('pretest a pattern that opens on a lookbehind only with text every match of it contains', () => {
    const lookbehind = MODEL_RULES.flatMap((rule) => [
      ...(rule.lemma ?? []).filter((p) => p.source.startsWith('(?<=')).map((pattern) => ({ rule, pattern, lemma: true })),
      ...(rule.surface ?? []).filter((p) => p.source.startsWith('(?<=')).map((pattern) => ({ rule, pattern, lemma: false })),
    ]);
    expect(lookbehind.length).toBeGreaterThan(5);
    for (const { pattern } of lookbehind) expect(pretestOf(pattern), pattern.source.slice(0, 80)).not.toBeNull();
    // Every text of the claims corpus and the samples that such a pattern matches passes its pretest.
    const corpus = loadCorpus(path.join(REPO, 'tests/compliance/corpus')).map((entry) => ({ source: corpusEntrySource(entry), file: `${entry.id}.mdx` }));
    const texts = [...new Set([...sampleTexts(), ...textsOf(corpus)])].filter((text) => lookbehind.some(({ rule }) => rule.trigger.test(text)));
    const wrong: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const tagged = tagSentence(text);
      for (const { pattern, lemma } of lookbehind) {
        const haystack = lemma ? tagged.lemmaText : text;
        if (!pattern.test(haystack)) continue;
        matched++;
        if (!pretestOf(pattern)!.test(haystack)) wrong.push(`${JSON.stringify(haystack)} matches ${pattern.source.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(20);
  }, 180_000);

  it('match with the lookbehind tried last exactly as the lexicon patterns as written', () => {
    // As the model tries them: on the texts that pass the rule's trigger and the pattern's pretest.
    const patterns = MODEL_RULES.flatMap((rule) => [
      ...(rule.lemma ?? []).map((pattern) => ({ rule, pattern, lemma: true })),
      ...(rule.surface ?? []).map((pattern) => ({ rule, pattern, lemma: false })),
    ]).filter(({ pattern }) => lookbehindLast(pattern) !== pattern);
    expect(patterns.length).toBeGreaterThan(10);
    const corpus = loadCorpus(path.join(REPO, 'tests/compliance/corpus')).map((entry) => ({ source: corpusEntrySource(entry), file: `${entry.id}.mdx` }));
    const texts = [...new Set([...sampleTexts(), ...textsOf(corpus)])];
    const wrong: string[] = [];
    let [tried, matched] = [0, 0];
    for (const text of texts) {
      const mine = patterns.filter(({ rule }) => rule.trigger.test(text));
      if (mine.length === 0) continue;
      const lemmaText = mine.some((p) => p.lemma) ? tagSentence(text).lemmaText : '';
      for (const { pattern, lemma } of mine) {
        const haystack = lemma ? lemmaText : text;
        if (pretestOf(pattern)?.test(haystack) === false) continue;
        tried++;
        const [written, fast] = [pattern.exec(haystack), lookbehindLast(pattern).exec(haystack)];
        if (written) matched++;
        if (written?.index !== fast?.index || written?.[0] !== fast?.[0]) wrong.push(`${JSON.stringify(haystack)}: ${pattern.source.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The comparison includes matches, not only texts neither form matches.
    expect(tried).toBeGreaterThan(1000);
    expect(matched).toBeGreaterThan(20);
  }, 180_000);

  it('may read a word end in the written text where a tagged token ends (the superlative gate\'s "(?![a-z])")', () => {
    const split: string[] = [];
    for (const text of sampleTexts()) {
      for (const token of tagSentence(text).tokens) {
        if (/[a-z]$/i.test(token.value) && /[a-z]/i.test(text.charAt(token.end))) split.push(`${JSON.stringify(token.value)} in ${JSON.stringify(text)}`);
      }
    }
    // wink-nlp splits only contractions inside a word ("cannot", "gonna"), none of them ending in -er or -est.
    expect(split.filter((s) => /(?:er|est)"/i.test(s.split(' in ')[0]))).toEqual([]);
  }, 60_000);

  it('know every written form the tagger lemmatises to a word they name', () => {
    const require = createRequire(import.meta.url);
    const nlp = winkNLP(model, ['pos']);
    const core = (model as unknown as { core(): { features: { lexeme: { list: string[] } }; xpansions: Record<string, number> } }).core();
    const list = core.features.lexeme.list;
    // word → lemmas it may be given: its lemma in the lexicon, an exception list's, a contraction's, a fix's.
    const lemmas = new Map<string, Set<string>>();
    const add = (word: string, lemma: string | undefined) => {
      if (!lemma) return;
      const key = word.toLowerCase();
      if (!lemmas.has(key)) lemmas.set(key, new Set());
      lemmas.get(key)!.add(lemma.toLowerCase());
    };
    const words = list.filter((w) => /^[a-z'’-]+$/i.test(w));
    for (let i = 0; i < words.length; i += 2000) {
      const doc = nlp.readDoc(words.slice(i, i + 2000).join('\n\n'));
      const values = doc.tokens().out(nlp.its.value) as string[];
      const found = doc.tokens().out(nlp.its.lemma as never) as unknown as (string | undefined)[];
      values.forEach((value, k) => add(value, found[k]));
    }
    for (const table of ['wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions']) {
      for (const [word, lemma] of Object.entries(require(`wink-eng-lite-web-model/dist/${table}.js`) as Record<string, string>)) add(word, lemma);
    }
    const expansions = Object.values(core.xpansions);
    for (let i = 0; i < expansions.length; i += 4) add(list[expansions[i]], list[expansions[i + 2]]);
    for (const [word, lemma] of Object.entries(LEMMA_FIXES)) add(word, lemma);

    const negation = new RegExp(NEGATION, 'i');
    const missing: string[] = [];
    for (const [word, of] of lemmas) {
      for (const lemma of of) {
        if (GATE_LEMMAS.has(lemma) && !new RegExp(formsOf(lemma), 'i').test(word)) missing.push(`${word} → ${lemma}`);
        for (const prefix of GATE_PREFIXES) if (lemma.startsWith(prefix) && !new RegExp(formsOf(prefix), 'i').test(word)) missing.push(`${word} → ${lemma} (${prefix}…)`);
        if (lemma === 'not' && !negation.test(word)) missing.push(`${word} → not`);
      }
    }
    expect(lemmas.size).toBeGreaterThan(50_000);
    expect(missing).toEqual([]);
  });
});
