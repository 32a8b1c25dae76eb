/**
 * The claims model: one sentence → what it claims, about what, and how sure it is.
 *
 * A sentence is tagged (tagger.ts), its topic and grammatical subject are read from the tags, and the
 * lexicons (lexicon.ts) are matched on its lemmas. A match is a claim unless the sentence is a
 * question (other than a rhetorical "why…"), the match is negated or reported as someone else's
 * claim (language.ts, the same reading the phrase rules use), or the rule accepts a citation, or a
 * citation together with evidence-certainty wording.
 */
import { ASSERTING_NEGATION, ASSERTING_QUESTION, clauseBefore, hasCitation, isDisarmed, isQuestion } from '../language';
import { lookbehindLast } from '../lookbehind-last';
import { unionsByFlags } from '../pattern-union';
import { requiredTextOf } from '../required-text';
import { RULES_BY_ID } from '../rules';
import { CERTAINTY_HEDGE, DOUBTING_QUESTION, MODEL_RULES, OTHER_CARE, RHETORICAL, TOPIC, type ClaimClass, type ModelRule } from './lexicon';
import { tagSentence, type TaggedSentence } from './tagger';

export type Claim = {
  ruleId: string;
  claimClass: ClaimClass;
  /** Offset of the claim in the sentence text. */
  index: number;
  /** The written words that carry the claim. */
  words: string;
  message: string;
};

export type ClaimAnalysis = {
  /** About our treatment, the clinic or cells (or a subjectless headline/list item that must be). */
  topic: boolean;
  /** Lemmas before the main verb: who or what the sentence is about. */
  subject: string;
  question: boolean;
  cited: boolean;
  /** Evidence-certainty wording: may, might, in one small trial, low-certainty evidence… */
  hedged: boolean;
  claims: Claim[];
  /**
   * Matches that were disarmed after tagging, and why (for debugging a rule). Rules ruled out on the
   * written text (a question, a citation or hedge the rule accepts, no trigger word) are not listed.
   */
  disarmed: { ruleId: string; words: string; reason: 'negated-or-reported' | 'off-topic' }[];
};

export type AnalyseOptions = {
  inTestimonial?: boolean;
  /** Skip rules whose trigger words are absent, and tagging when none is left (default true). */
  prefilter?: boolean;
};

/** A negation inside the matched words: "is not licensed", "the FDA has not approved" ("No. 1" is a rank). */
const NEGATION_INSIDE = /\b(?:not|never|cannot)\b|\bno\b(?!\.? ?\d)|n['’]t\b/i;

/** Tokens before the first verb: the grammatical subject (and any opening adverbial). */
function subjectOf(tagged: TaggedSentence): string {
  return subjectOfTokens(tagged.tokens);
}

function subjectOfTokens(tokens: TaggedSentence['tokens']): string {
  const firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return tokens
    .slice(0, firstVerb === -1 ? tokens.length : firstVerb)
    .map((t) => t.lemma)
    .join(' ');
}

/** A question that opens on an imperative of dropping something ("Cancel the hip op?", "Skip the surgery?") or offers ("Fancy the best…?"). */
const IMPERATIVE_OFFER = /(?:^|[:;—–]\s*)\W*(?:cancel|skip|ditch|scrap|bin|dodge|swap)\b|^\W*(?:fancy|how about)\b/i;

const OURS_IN_CLAUSE = /\b(?:our|we|us)\b/i;

const SUBORDINATOR = /^(?:if|when|for|although|though|while|once|because|after|before|unless|where|whether)$/;

/**
 * The main clause's subject when the sentence opens on a subordinate clause ("If your pain is
 * severe, a joint replacement may give better relief…"): who the claim is about.
 */
function mainSubjectOf(tagged: TaggedSentence): string | undefined {
  const first = tagged.tokens.find((t) => t.pos !== 'PUNCT');
  if (!first || !SUBORDINATOR.test(first.lower)) return undefined;
  const comma = tagged.tokens.findIndex((t) => t.value === ',');
  return comma === -1 ? undefined : subjectOfTokens(tagged.tokens.slice(comma + 1));
}

/**
 * A headline or list item without a subject ("Regenerates worn cartilage", "The most effective
 * treatment") speaks for the page it is on: about our treatment.
 */
function subjectless(tagged: TaggedSentence): boolean {
  const words = tagged.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (words.length === 0) return false;
  // An opening adverb ("Fully licensed…", "Officially approved…") leaves the verb first all the same.
  const first = words.find((t) => !(t.pos === 'ADV' && t.lower.endsWith('ly'))) ?? words[0];
  // "Regenerates worn cartilage", "Approved by NICE for…": a verb with no subject before it.
  if ((first.pos === 'VERB' || first.pos === 'NOUN') && /[a-z](?:s|ed)$/.test(first.lower) && first.lemma !== first.lower) return true;
  // "Leading the field since 2015": a headline that opens on an -ing verb and has no other verb.
  if (first.pos === 'VERB' && /[a-z]ing$/.test(first.lower) && !words.some((t) => t !== first && (t.pos === 'VERB' || t.pos === 'AUX'))) return true;
  // "Knee care, perfected", "Hip pain, sorted": a noun phrase and a bare participle after a comma, no auxiliary.
  // (A verb glued to a hyphen is half a compound noun: "follow-up", "check-up".)
  // (…or after one: "class-leading", "hand-made".)
  const verbs = tagged.tokens.filter((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !(tagged.tokens[i + 1]?.value === '-' && tagged.tokens[i + 1].start === t.end) && !(tagged.tokens[i - 1]?.value === '-' && tagged.tokens[i - 1].end === t.start));
  if (verbs.length > 0 && verbs.every((t) => t.pos === 'VERB' && /[a-z](?:ed|en)$/.test(t.lower) && tagged.tokens[tagged.tokens.indexOf(t) - 1]?.value === ',')) return true;
  return verbs.length === 0;
}

/** Where the compared-with starts: other care named after it ("the smarter alternative to keyhole surgery") is what ours is set against, not the subject. */
const COMPARED_WITH = /\b(?:above|than|beyond|ahead of|compare (?:to|with)|unlike|versus|vs|alternative to|instead of|rather than)\b/;

/** Other care named before `index` (and not ours): "a joint replacement works better than…", not "a faster recovery than any surgery". */
function otherCareBefore(tagged: TaggedSentence, index: number): boolean {
  const before = tagged.tokens
    .filter((t) => t.end <= index)
    .map((t) => t.lemma)
    .join(' ');
  return OTHER_CARE.test(before) && !/\b(?:our|we)\b/.test(before);
}

/**
 * Other care as the subject of the claim's own clause ("For some people a joint replacement is the best option,
 * and our doctors will tell you…"): the claim is about that care, though ours is named in another clause.
 */
const CLAUSE_SUBJECT_IS = /^(?:for (?:some|many|a few|certain|older|younger|most) [a-z]+,? )?(.+?) (?:is|are|was|were|remains?|may be|might be|can be|could be|would be|will be)(?: (?:still|often|sometimes|usually|probably|genuinely|really))? (?:the|a|an)$/i;
function otherCareIsClauseSubject(text: string, index: number): boolean {
  const subject = CLAUSE_SUBJECT_IS.exec(clauseBefore(text, index))?.[1];
  return subject !== undefined && OTHER_CARE.test(subject.toLowerCase()) && !OURS_IN_CLAUSE.test(subject);
}

function ruleMessage(rule: ModelRule, words: string): string {
  const source = RULES_BY_ID.get(rule.id)?.source;
  const text = rule.message.replace('%s', `"${words}"`);
  return source ? `${text} (${source})` : text;
}

type Match = { index: number; end: number };

/**
 * A pattern that opens on a lookbehind ("(?<=\b${CARE}\w*\b[^.!]*?)\b(?:cancel|skip…) (?:it|them)") is
 * tried by V8 at every position of the text, each time reading the lookbehind backwards over the
 * whole sentence before the words after it; on the site pages five such patterns cost more than all
 * the other model patterns together. The text a match must contain (required-text.ts: here the
 * words after the lookbehind) is tested first, and a text without it cannot match. Only patterns
 * that open on a lookbehind get the test (for the others V8 finds the first word itself), and only
 * with the prefilter on, so the prefilter tests compare the judgments with and without it.
 */
const pretests = new Map<RegExp, RegExp | null>();

export function pretestOf(pattern: RegExp): RegExp | null {
  let test = pretests.get(pattern);
  if (test === undefined) {
    test = pattern.source.startsWith('(?<=') && !pattern.global && !pattern.sticky ? requiredTextOrNull(pattern) : null;
    pretests.set(pattern, test);
  }
  return test;
}

/** A syntax regexpp does not read (one day's new pattern) leaves the pattern without a pretest, not the check broken. */
function requiredTextOrNull(pattern: RegExp): RegExp | null {
  try {
    return requiredTextOf(pattern);
  } catch {
    return null;
  }
}

/**
 * `pattern.exec(text)`, after the pretest when `prefilter`. A text that passes the pretest is
 * matched by the pattern with its lookbehind tried last (lookbehind-last.ts: the same matches, found
 * without reading back over the sentence from every position); with the prefilter off, by the
 * pattern as written, so the prefilter tests compare the two as well.
 */
function execFiltered(pattern: RegExp, text: string, prefilter: boolean): RegExpExecArray | null {
  if (!prefilter) return pattern.exec(text);
  const test = pretestOf(pattern);
  if (test && !test.test(text)) return null;
  return lookbehindLast(pattern).exec(text);
}

function matchesOf(rule: ModelRule, tagged: TaggedSentence, prefilter: boolean): Match[] {
  const found: Match[] = [];
  for (const pattern of rule.lemma ?? []) {
    const m = execFiltered(pattern, tagged.lemmaText, prefilter);
    if (!m) continue;
    const index = tagged.sourceOffset(m.index);
    const end = tagged.sourceOffset(m.index + m[0].length - 1);
    const endToken = tagged.tokens.find((t) => t.start === end);
    found.push({ index, end: endToken ? endToken.end : end + 1 });
  }
  for (const pattern of rule.surface ?? []) {
    const m = execFiltered(pattern, tagged.text, prefilter);
    if (m) found.push({ index: m.index, end: m.index + m[0].length });
  }
  const structural = rule.tokens?.(tagged);
  if (structural) found.push(structural);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Whether the rule can match the written text at all, from what its parts need: a surface pattern
 * (tried as written), or the words its lemma patterns and tokens cue need (`lemmaNeeds`,
 * `tokensNeeds`: every written form of those lemmas), and what `requires` needs. A part that
 * declares no needs is always possible. Most sentences that pass a rule's trigger words fail this,
 * and a sentence no rule can match is never tagged.
 */
function gateOf(rule: ModelRule): (text: string) => boolean {
  const surface = unionsByFlags(rule.surface ?? []);
  const lemma = rule.lemma?.length ? rule.lemmaNeeds : undefined;
  const lemmaAlways = !!rule.lemma?.length && !rule.lemmaNeeds;
  const tokens = rule.tokens ? rule.tokensNeeds : undefined;
  const tokensAlways = !!rule.tokens && !rule.tokensNeeds;
  const requires = rule.requires ? rule.requiresNeeds : undefined;
  return (text) =>
    (!requires || requires.test(text)) &&
    (lemmaAlways || tokensAlways || surface.some((p) => p.test(text)) || !!lemma?.test(text) || !!tokens?.test(text));
}

const GATES = new Map(MODEL_RULES.map((rule) => [rule, gateOf(rule)]));

/** Whether `rule` passes its trigger and its gate on this written text (for the tests of the gates). */
export function ruleMayMatch(rule: ModelRule, text: string): boolean {
  return rule.trigger.test(text) && GATES.get(rule)!(text);
}

/**
 * Rules that could still fire on this sentence, judged on the written text alone (no tagging): the
 * trigger words, then what the rule's patterns need (gateOf).
 * With `prefilter` off every rule that applies is tried and the sentence is always tagged: slower,
 * and a test holds that it judges every sentence the same (the triggers only skip work).
 */
function candidateRules(text: string, cited: boolean, hedged: boolean, inTestimonial: boolean, prefilter: boolean): ModelRule[] {
  return MODEL_RULES.filter(
    (rule) =>
      !(inTestimonial && rule.inTestimonial === false) &&
      !(rule.citationAllows && cited) &&
      !(rule.citedAndHedgedAllows && cited && hedged) &&
      !(rule.hedgeAllows && hedged) &&
      (!prefilter || (rule.trigger.test(text) && GATES.get(rule)!(text))),
  );
}

/**
 * The same sentence is judged the same way every time; watch mode and the dev panel re-check
 * unchanged pages, and boilerplate repeats across pages. Bounded so a long session cannot grow it.
 */
const cache = { prose: new Map<string, ClaimAnalysis>(), testimonial: new Map<string, ClaimAnalysis>() };
const CACHE_LIMIT = 50_000;

export function analyseSentence(text: string, options: AnalyseOptions = {}): ClaimAnalysis {
  if (options.prefilter === false) return analyse(text, options.inTestimonial === true, false);
  // One map per context, keyed by the text itself: no key string to build and hash per sentence.
  const remembered = options.inTestimonial ? cache.testimonial : cache.prose;
  const cached = remembered.get(text);
  if (cached) return cached;
  if (cache.prose.size + cache.testimonial.size >= CACHE_LIMIT) {
    cache.prose.clear();
    cache.testimonial.clear();
  }
  const analysis = analyse(text, options.inTestimonial === true, true);
  remembered.set(text, analysis);
  return analysis;
}

/** A statement with a polite question after a dash ("…the top clinic in London — would you be open to a chat?"): the question asks only its own part. */
const STATEMENT_THEN_ASK = /\S\s+[—–]\s*(?:would|could|can|are|do|fancy|interested|shall|want|will)\b[^—–?]*\?\s*$/i;

function analyse(text: string, inTestimonial: boolean, prefilter: boolean): ClaimAnalysis {
  const cited = hasCitation(text);
  const hedged = CERTAINTY_HEDGE.test(text);
  // (A "why…?" or, round 29, a "what better…?" after a colon answers itself as much as one that opens the sentence, and one after
  // ", so" only draws the conclusion of the statement before it: "Ranked top…, so why go anywhere else?"; a
  // spoken filler before it changes nothing: "I mean, why bother seeing your GP…?")
  // (An imperative with a question mark, "Cancel the hip op?", offers the step rather than asks.)
  const question = isQuestion(text) && !STATEMENT_THEN_ASK.test(text) && !/(?:^|[:;—–]\s*|,\s*(?:so|and so|then)\s+)(?:(?:i mean|honestly|seriously|look|listen|so|well|ok|okay|right)\s*,?\s+)?\W*(?:why|who needs|what better)\b/i.test(text) && !RHETORICAL.test(text) && !DOUBTING_QUESTION.test(text) && !ASSERTING_QUESTION.test(text) && !IMPERATIVE_OFFER.test(text);
  const empty: ClaimAnalysis = { topic: false, subject: '', question, cited, hedged, claims: [], disarmed: [] };
  // A question asks rather than claims; most sentences fire no rule's trigger and are never tagged.
  if (question) return empty;
  const rules = candidateRules(text, cited, hedged, inTestimonial, prefilter);
  if (rules.length === 0) return empty;

  const tagged = tagSentence(text);
  const subject = subjectOf(tagged);
  // With no subject before the verb, the opening word stands in: "Exercises that strengthen…"
  // is tagged as a verb, yet it is about exercise, not our treatment.
  const opening = mainSubjectOf(tagged) || subject || (tagged.tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM')?.lemma ?? '');
  // "Head and shoulders above keyhole surgery": the care after "above" is the compared-with, not the subject.
  // "Non-surgical" is the opposite of other care.
  const subjectPart = opening.split(COMPARED_WITH)[0].replace(/\bnon-[a-z]+/g, '');
  const aboutOtherCare = OTHER_CARE.test(subjectPart) && !/\b(?:our|we)\b/.test(subjectPart);
  // A rhetorical question about where to be treated ("Is there a better place…?") is about us.
  const topic = !aboutOtherCare && (TOPIC.test(tagged.lemmaText) || subjectless(tagged) || RHETORICAL.test(text));
  const analysis: ClaimAnalysis = { ...empty, topic, subject };
  const haystack = `${tagged.lemmaText} | ${text}`;

  for (const rule of rules) {
    if (analysis.claims.some((c) => c.ruleId === rule.id)) continue;
    if (rule.requires && !rule.requires.test(haystack)) continue;
    if (rule.exempt && rule.exempt.test(haystack)) continue;
    for (const m of matchesOf(rule, tagged, prefilter)) {
      const words = text.slice(m.index, m.end).replace(/\s+/g, ' ');
      // A later clause of ours after other care ("hyaluronic acid is yesterday's news, and our cells leave it for dust") is about us.
      if ((rule.needsTopic && !topic && (aboutOtherCare || !rule.topicAlso?.test(text)) && !OURS_IN_CLAUSE.test(clauseBefore(text, m.index))) || (rule.needsTopic && otherCareIsClauseSubject(text, m.index)) || (rule.notAboutOtherCare && aboutOtherCare && otherCareBefore(tagged, m.index)) || (rule.ownSubjectFor?.test(tagged.lemmaText) && subject !== '' && !TOPIC.test(subject))) {
        analysis.disarmed.push({ ruleId: rule.id, words, reason: 'off-topic' });
        continue;
      }
      if (!rule.negationIsTheClaim && NEGATION_INSIDE.test(words.replace(ASSERTING_NEGATION, ''))) {
        analysis.disarmed.push({ ruleId: rule.id, words, reason: 'negated-or-reported' });
        continue;
      }
      if (isDisarmed(text, m.index, m.end, { extraHedge: rule.extraHedge })) {
        analysis.disarmed.push({ ruleId: rule.id, words, reason: 'negated-or-reported' });
        continue;
      }
      analysis.claims.push({ ruleId: rule.id, claimClass: rule.claimClass, index: m.index, words, message: ruleMessage(rule, words) });
      break;
    }
  }
  return analysis;
}
