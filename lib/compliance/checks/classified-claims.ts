/**
 * Statistics, phrase and model claims, and the claims classifier, sentence by sentence: the
 * classifier (claims/classifier.ts) only adds a class whose own rules said nothing about the
 * sentence, so a claim the rules catch is reported once, in the rule's words.
 *
 * The sentence checks read a sentence's text and its unit's kind, nothing else of the page, so a
 * page's sentences go through them as plain data (ClaimSentence): the parallel check (../check-worker.ts)
 * hands them to a thread of their own for the claims model and the classifier (checkModelSentences,
 * classifyClaimSentences) while the page's thread runs the regular-expression rules
 * (checkSentencePhrases) and parses the next page. Their findings are merged and placed on the page
 * afterwards (mergeSentenceClaims, placeClaims), the same whichever thread found them.
 */
import type { CheckedSentence, ParsedPage, ProseKind } from '../parse';
import type { Position, RawFinding } from '../types';
import { classifySentence, committedModel, type ClassifiedClaim } from '../claims/classifier';
import { checkModelSentence, checkPhraseClaims, mergeClaimFindings } from './claims';
import { checkStatisticSentence } from './statistics';
import { CLASS_RULES } from '../claims/evaluate';

/** A sentence as the claims checks read it, as plain data (it crosses between threads). */
export type ClaimSentence = {
  text: string;
  kind: ProseKind;
  field?: string;
  inTestimonial: boolean;
  /** In the same unit of prose as the sentence before it (whose headline question it may answer). */
  sameUnitAsPrevious: boolean;
};

/**
 * What the rules found in each sentence, at positions within the sentence read as one line
 * (column 1 is its first character): statistics, and phrase and model claims.
 */
export type SentenceClaims = { statistics: RawFinding[][]; claims: RawFinding[][] };

export function claimSentencesOf(page: ParsedPage): ClaimSentence[] {
  return page.sentences.map((s, i) => ({
    text: s.text,
    kind: s.unit.kind,
    field: s.unit.field,
    inTestimonial: s.unit.inTestimonial,
    sameUnitAsPrevious: i > 0 && page.sentences[i - 1].unit === s.unit,
  }));
}

/** A sentence checked on its own is a one-line text: a finding's column counts from its first character. */
const ONE_LINE = { positionOf: (index: number): Position => ({ line: 1, column: index + 1 }) };

function checkedSentencesOf(sentences: readonly ClaimSentence[]): CheckedSentence[] {
  let unit: CheckedSentence['unit'] | undefined;
  return sentences.map((s): CheckedSentence => {
    // One unit object per unit of prose, as on the page: a headline question is read only within its unit.
    if (!s.sameUnitAsPrevious || !unit) unit = { kind: s.kind, field: s.field, inTestimonial: s.inTestimonial, prose: ONE_LINE };
    return { text: s.text, start: 0, unit };
  });
}

/** What the regular-expression rules find in each sentence: statistics and phrase claims (the claims model's part is checkModelSentences). */
export type SentencePhrases = { statistics: RawFinding[][]; phrases: RawFinding[][] };

export function checkSentencePhrases(sentences: readonly ClaimSentence[]): SentencePhrases {
  const checked = checkedSentencesOf(sentences);
  return { statistics: checked.map((s) => checkStatisticSentence(s)), phrases: checked.map((s) => checkPhraseClaims(s)) };
}

/** The claims model's findings in each sentence (before the phrase rules' findings rule some out). */
export function checkModelSentences(sentences: readonly ClaimSentence[]): RawFinding[][] {
  const checked = checkedSentencesOf(sentences);
  return checked.map((s, i) => checkModelSentence(s, checked[i - 1]));
}

/** The two parts together: statistics, and each sentence's phrase claims followed by the model's of other rules. */
export function mergeSentenceClaims({ statistics, phrases }: SentencePhrases, model: readonly RawFinding[][]): SentenceClaims {
  return { statistics, claims: phrases.map((found, i) => mergeClaimFindings(found, model[i])) };
}

/** The statistics, phrase and model claims of each sentence. */
function checkSentenceClaims(sentences: readonly ClaimSentence[]): SentenceClaims {
  return mergeSentenceClaims(checkSentencePhrases(sentences), checkModelSentences(sentences));
}

/**
 * The same sentence scores the same every time (boilerplate repeats across pages; watch mode
 * re-checks). One map per context, keyed by the text itself: no key string to build and hash per sentence.
 */
const cache = { prose: new Map<string, ClassifiedClaim[]>(), testimonial: new Map<string, ClassifiedClaim[]>() };
const CACHE_LIMIT = 50_000;

function classified(text: string, inTestimonial: boolean): ClassifiedClaim[] {
  const remembered = inTestimonial ? cache.testimonial : cache.prose;
  let claims = remembered.get(text);
  if (!claims) {
    if (cache.prose.size + cache.testimonial.size >= CACHE_LIMIT) {
      cache.prose.clear();
      cache.testimonial.clear();
    }
    claims = classifySentence(committedModel(), text, inTestimonial);
    remembered.set(text, claims);
  }
  return claims;
}

/** The classifier's claims in each sentence (before the rules' findings rule some out: placeClaims). */
export function classifyClaimSentences(sentences: readonly ClaimSentence[]): ClassifiedClaim[][] {
  return sentences.map((s) => classified(s.text, s.inTestimonial));
}

/** Where a sentence starts on its page: what placing a finding in it needs (a page's Sentence is one). */
export type PlacedSentence = { start: number; unit: { prose: { positionOf(index: number): Position } } };

/**
 * Every claims finding of a page, at its place on the page: statistics, then phrase and model
 * claims, then the classifier's claims of a class no rule reported in that sentence.
 */
export function placeClaims(sentences: readonly PlacedSentence[], found: SentenceClaims, classifiedClaims: readonly ClassifiedClaim[][]): RawFinding[] {
  const place = (i: number, f: RawFinding): RawFinding => {
    const sentence = sentences[i];
    return { ...f, ...sentence.unit.prose.positionOf(sentence.start + f.column - 1) };
  };
  const classifiedFindings = sentences.flatMap((sentence, i) => {
    const reported = new Set([...found.statistics[i], ...found.claims[i]].map((f) => f.ruleId));
    return classifiedClaims[i]
      .filter((claim) => !CLASS_RULES[claim.claimClass].some((id) => reported.has(id)))
      .map((claim) => ({ ruleId: claim.ruleId, message: claim.message, ...sentence.unit.prose.positionOf(sentence.start + claim.index) }));
  });
  return [...found.statistics.flatMap((fs, i) => fs.map((f) => place(i, f))), ...found.claims.flatMap((fs, i) => fs.map((f) => place(i, f))), ...classifiedFindings];
}

/** Every claims finding of a page: statistics, then phrase and model claims, then the classifier's. */
export function checkAllClaims(page: ParsedPage): RawFinding[] {
  const sentences = claimSentencesOf(page);
  return placeClaims(page.sentences, checkSentenceClaims(sentences), classifyClaimSentences(sentences));
}
