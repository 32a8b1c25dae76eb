/**
 * Statistics, phrase and model claims, and the claims classifier, sentence by sentence: the
 * classifier (claims/classifier.ts) only adds a class whose own rules said nothing about the
 * sentence, so a claim the rules catch is reported once, in the rule's words.
 */
import type { ParsedPage } from '../parse';
import type { RawFinding } from '../types';
import { classifySentence, committedModel } from '../claims/classifier';
import { checkClaimSentence } from './claims';
import { checkStatisticSentence } from './statistics';
import { CLASS_RULES } from '../claims/evaluate';

export function checkClassifiedClaims(page: ParsedPage, found: readonly RawFinding[][]): RawFinding[] {
  const model = committedModel();
  return page.sentences.flatMap((sentence, i) => {
    const reported = new Set(found[i].map((f) => f.ruleId));
    return classifySentence(model, sentence.text, sentence.unit.inTestimonial)
      .filter((claim) => !CLASS_RULES[claim.claimClass].some((id) => reported.has(id)))
      .map((claim) => ({ ruleId: claim.ruleId, message: claim.message, ...sentence.unit.prose.positionOf(sentence.start + claim.index) }));
  });
}

/** Every claims finding of a page: statistics, then phrase and model claims, then the classifier's. */
export function checkAllClaims(page: ParsedPage): RawFinding[] {
  const statistics = page.sentences.map((s) => checkStatisticSentence(s));
  const claims = page.sentences.map((s, i) => checkClaimSentence(s, page.sentences[i - 1], {}));
  const classified = checkClassifiedClaims(page, page.sentences.map((_, i) => [...statistics[i], ...claims[i]]));
  return [...statistics.flat(), ...claims.flat(), ...classified];
}
