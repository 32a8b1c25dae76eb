/**
 * Reading a phrase in its context: is the claim negated ("is not a cure"), hedged or reported
 * ("whether it can regrow cartilage", "some clinics claim…"), or asked as a question?
 * Deliberately simple and explainable: the clause around the match, a few words either side.
 */

/** Words that end the clause a negation can reach back across. */
// ("yet" is left out: as a conjunction it follows a comma, which breaks already; "has yet been approved" is one clause.)
const CLAUSE_BREAK = /[,;:()—–?!]|\b(?:but|however|although|though|while|whereas|and|so|because)\b/gi;

// (Round 29: what we "stopped offering" is not offered: "We stopped offering free consultations in 2023".)
const NEGATION =
  /\b(?:not|no|never|cannot|can't|can’t|won't|won’t|nor|neither|none|nothing|nobody|no-one|without|unlikely|rather than|instead of|lacks?|fails? to|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|shouldn't|couldn't|wouldn't|isn’t|aren’t|doesn’t|don’t|didn’t)\b|\w+n['’]t\b|\b(?:stopped|ceased|quit|dropped|ended|scrapped|discontinued) (?:offering|running|giving|selling|providing)\b/i;

/**
 * Hedges and reporting: the sentence talks about the claim rather than making it. "Claim" covers
 * "some clinics claim…", "whether" and "too early to say" cover open questions.
 */
const HEDGE =
  /\btoo (?:early|soon) to (?:say|tell|know|judge)\b|\b(?:whether|if|claims?|claimed|claiming|advertis\w*|market(?:s|ed|ing)|unproven|unproved|unclear|unknown|uncertain|hopes?|hoped|hoping|aims?|aimed|attempts?|attempted|(?:tries|tried|trying) to|wants?|wish(?:es)?|myths?|misleading|false(?:ly)?|beware|wary)\b/i;

/**
 * What others say or what the reader is told, shared with the classifier's cue: "you may read that…",
 * "one American clinic says…" (not "our clinic says", "the only clinic offering…").
 */
export const REPORTED_SPEECH = String.raw`(?:anyone|anybody|someone|somebody) (?:promises?|claims?|quotes?|offers?|guarantees?|tells you|says)\b|(?:one|a|another|some|many|several) (?:member|reader|patient|user|poster|visitor|client|customer|commenter)s? (?:wrote|writes|posted|posts|said|says|told us|tells us|reported|reports) (?:that|:)|(?:it is|it's|it has been|it was) (?:sometimes |often |commonly |widely |frequently |occasionally )?(?:said|claimed|suggested|argued|remarked|asserted|reported|rumoured) that|(?<!\b(?:our|this|the|my|only) )(?:clinic|provider|company|seller|website|advert)s?(?: [a-z]+){0,2} (?:told|tells|tell|promised|promises|assured|assures)\b|(?:read|hear|heard|(?:be|been|are|were|get|got) told) (?:online |elsewhere |somewhere |in (?:adverts|the press|the papers|magazines) )?that|(?<!\b(?:our|this|the|my|only) )(?:clinic|provider|company|seller) (?:that |which |who )?(?:says|said|states|stated|claims|claimed|promises|promised|calls|called|describes|described|touts|touted)|(?<!\b(?:our|this) )(?:page|site|website|advert|ad|leaflet|brochure|flyer|post|video|article)s?(?: online| on social media| on the internet)? (?:says?|said|claims?|claimed|states?|stated|promises?|promised)|(?:call|calls|calling|called|label|labelling|labelled) (?:things|everything|anything|every clinic|any clinic|themselves)\b|(?:another|other|one|some|a rival|a competing|that|the other) (?:[a-z-]+ )?(?:outfit|clinic|provider|company|firm|place|practice|centre|center|business|website|chain|operator)s? (?:calls?|called|bills?|billed|brands?|branded|describes?|described|markets?|marketed) (?:itself|themselves)\b|(?:be wary of|beware of|be careful of|be suspicious of|watch out for|steer clear of) (?:anyone|anybody|any clinic|clinics|people|providers|adverts?|websites?)\b(?: [a-z]+){0,3} (?:who|that|which) (?:tells?|says?|promises?|claims?|suggests?)|(?:any clinic|clinics|providers|anyone|companies)\b(?: [a-z]+){0,2} (?:calling|describing|billing|branding|labelling|promoting|advertising) (?:itself|themselves)|(?:anyone|anybody|someone|somebody|any clinic|any website) (?:who|that) (?:tells?|told|says?|said|promises?|promised|claims?|claimed)`;

/** Claims of others: adverts, websites, other clinics saying something. */
const REPORTED = new RegExp(
  String.raw`\b(?:claims?|claimed|claiming|advertis\w*|adverts?|websites?|headlines?|ruled? against|${REPORTED_SPEECH}|(?<!\b(?:partner|our|member|affiliated|accredited|sister) )(?:clinics|providers|companies|sellers|others|people|reviewers|bloggers|influencers|marketers|forums?|posts|the press|press|media|newspapers?|journalists|tabloids) (?:that |which |who )?(?:sometimes |often |still |also |now |regularly |occasionally )?(?:say|said|says|state|stated|promise|promised|promising|offer|offers|offering|push|pushes|pushing|sell|sells|selling|call|calls|called|calling|describe|describes|described|bill|bills|billed|brand|brands|branded|tout|touts|touted|label|labels|labelled)|(?:critics|sceptics|skeptics|opponents) (?:say|said|argue|argued|warn|warned|point out|pointed out)|(?:sites?|websites?|directories|adverts?|ads|magazines?|rankings?|listings?|brochures?|articles?|papers?|newspapers?|journalists?|(?:some|other|many) clinics)(?: [a-z]+){0,2} (?:call|calls|called|label|labels|labelled|dub|dubs|dubbed|crown|crowns|crowned))\b`,
  'i',
);

/**
 * A negated finding that governs what follows it: "no trial has shown that…", "there is no evidence
 * that…", "nobody can yet say which injection works best"; group 1 is the governed part.
 */
const NEGATED_FINDING =
  /\b(?:no|not|never|nor|little|scant|nobody|no one|no-one|none|neither|cannot|can['’]t)\b(?:,?\s+[\w'’-]+){0,9}?,?\s+(?:shown|proven|proved|demonstrated|established|confirmed|found|evidence|shows?|proves?|demonstrates?|say|tell|know|knows|predict|sure|promise|guarantee|compared|tested|studied)\b(?:(?:\s+[\w'’-]+){0,2}?\s+(?:that|whether|which|how|what|if|to)\b|(?<=\b(?:promise|guarantee|say|tell|know|sure)\b)(?=\s+(?:you|your|it|they|we|anyone|patients?)(?:['’][a-z]+)?\s))([^.;:!?]*)$/i;

/**
 * The whole sentence after its opening is governed by a negated finding or promise ("No clinic, ours
 * included, can promise that an injection will keep you off the operating table"): nothing in it is
 * asserted.
 */
export function governedByNegatedFinding(sentence: string): boolean {
  // (An emoji or hashtag after the full stop, as posts end, still ends the sentence.)
  const governing = negatedFindingBefore(sentence.replace(/[.!]+["'”’)]*(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|#\w+)*$/u, ''));
  // (Counted from a lead-in that ends in a colon: "Here's the thing nobody tells you: no injection…".)
  return !!governing && governing.index - (sentence.lastIndexOf(':', governing.index) + 1) < 40;
}

/**
 * Negative words that negate nothing, they assert or point: "not only does it cure…", "accept
 * nothing less than…", "it is no exaggeration to say that…", "it's no secret", "without doubt",
 * "look no further". Read by the disarming here and by the claims model's negation inside a match.
 */
export const ASSERTING_NEGATION = /\bnot only\b|\b(?:accept|settle for|expect|deserve) nothing (?:less than|short of)\b|\b(?:it is |it['’]s )?no (?:exaggeration|secret|surprise|wonder|coincidence|accident)\b|\bwithout (?:a |any )?doubt\b|\bno doubt\b|\blook no further\b/gi;

/** The negated finding that governs the end of `text`, unless a "but"/"however"… in between turns the sentence. */
function negatedFindingBefore(text: string): RegExpExecArray | null {
  // (Blanked to the same length, so that the finding's index still points into `text`.)
  const governing = NEGATED_FINDING.exec(text.replace(ASSERTING_NEGATION, (m) => ' '.repeat(m.length)));
  return governing && !/\b(?:but|however|although|though|yet|whereas)\b/i.test(governing[1]) ? governing : null;
}

/** After the match: "a cure is not…", "…remains unproven", "…has not been shown". */
const NEGATION_AFTER =
  /^\W*(?:[\w'’-]+\W+){0,5}?(?:(?:is|are|was|were|remains?)\s+(?:not|never|unproven|unproved|unknown|unlikely|unclear|uncertain|rare)\b|(?:isn't|aren't|wasn't|weren't|isn’t|aren’t)\b|(?:has|have|had)\s+(?:not|never)\s+been\s+(?:shown|proven|proved|seen|found|demonstrated|established)\b|(?:is|are)\s+not\s+(?:possible|supported|realistic)\b|(?:is|are|was|were|remains?)\s+(?:still\s+|very\s+)?(?:weak|limited|poor|lacking|thin|inconclusive|mixed|unconvincing|scant|sparse)\b)/i;

/** A claim taken back after it: "…; that was wrong", "— which was a mistake". */
const RETRACTED_AFTER = /^[^.!?]{0,60}?[;,—–]\s*(?:and\s+)?(?:that|this|which|it)(?:['’]s|\s+(?:was|is|were))\s+(?:simply\s+|plainly\s+)?(?:wrong|untrue|false|misleading|a mistake|an error|not true|not (?:a claim|something) (?:we|i) (?:make|made|can back up|stand by)|(?:the|their|his|her) (?:writer|author|reviewer|journalist)?['’]?s? ?opinion)\b/i;

/** A relative clause with a negated progressive describes the noun, not the claim: "physio that isn't working". */
const DESCRIBING_RELATIVE = /^\W*(?:[\w'’-]+\W+){0,3}?(?:that|which|who)\s+(?:is|are|was|were)(?:\s+not|n['’]t)\s+[a-z]+ing\b/i;

export type ContextOptions = {
  /** Reported speech and open questions also disarm the phrase (default true). */
  hedges?: boolean;
  /** Extra words that disarm this rule only, looked for before the match in the clause. */
  extraHedge?: RegExp;
};

/** Commas between one-word list items ("offers, discounts or deadlines"), the list read on past the part before the match. */
const LIST_COMMA = /(?<=\b[a-z-]+),(?=\s*[a-z-]+(?:,\s*[a-z-]+)*,?\s+(?:or|and|nor)\s+[a-z-]+\b)/gi;
function listCommasBlanked(before: string, rest: string): string {
  if (!before.includes(',')) return before;
  const chars = before.split('');
  for (const m of (before + rest).matchAll(LIST_COMMA)) if ((m.index ?? 0) < before.length) chars[m.index ?? 0] = ' ';
  return chars.join('');
}

/** The part of the sentence before `index` that belongs to the same clause, last `maxWords` words. */
export function clauseBefore(sentence: string, index: number, maxWords = 14): string {
  // An aside between commas ("No clinic, including ours, can…", "No injection, ours included, has…") leaves the clause whole.
  const before = sentence.slice(0, index).replace(/,\s*(?:(?:and )?(?:nor|neither) (?:can|could|will|would|does|do|should|is|are) [a-z-]+(?: [a-z-]+){0,2}|(?:including|even|like|such as|not even)\b[^,]*|(?:[a-z'’-]+\s+){1,3}(?:included|among them|among others|too|as well|for example|for instance|of course))\s*,/gi, (aside) => ' '.repeat(aside.length));
  let cut = 0;
  // A comma between one-word items of a list ("We do not run offers, discounts or deadlines") is no clause break.
  for (const m of listCommasBlanked(before, sentence.slice(index)).matchAll(CLAUSE_BREAK)) cut = (m.index ?? 0) + m[0].length;
  const clause = before.slice(cut);
  const words = clause.trim().split(/\s+/);
  return words.slice(-maxWords).join(' ');
}

function clauseAfter(sentence: string, end: number): string {
  const after = sentence.slice(end);
  const m = /[,;:()—–]|\b(?:but|however|although|though|while|whereas|so|because|yet)\b/i.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** After a closing quote, what names the quoted words as a wording: '"…" is a line you won't hear from us'. */
const QUOTE_NAMED_AFTER = /^[^"”’']{0,60}["”’']\s*(?:is|are|was|were) (?:a |an |the |one )?(?:line|claim|promise|phrase|slogan|sentence|boast|kind of (?:line|claim|promise))\b/i;

/** What names a wording rather than uses it: "the term", "the phrase", "so-called". */
const MENTION_BEFORE = /\b(?:(?:answers?|repl(?:y|ies)|responses?) to|(?:slogans?|claims?|phrases?|terms?|words?|wordings?|labels?|expressions?|promises?|lines?|quotes?|taglines?|boasts?|rankings?|titles?|headlines?|keywords?|search(?:es| terms?)|myths?|misconceptions?) (?:like|such as)|myth(?:-| )?bust(?:ing|ers?)\s*:|myths?\s*:|misconceptions?\s*:|term|terms|phrase|phrases|word|words|wording|label|labels|expression|slogan|tagline|headline|line|lines|sentence|so-called|called|name|(?:calls?|calling|describes?|describing|brands?|branding|bills?|billing) (?:itself|themselves|it|them)(?: as)?)\s*["“‘']?\s*$/i;

/**
 * The phrase is mentioned, not used: 'the term "gold standard" is usually kept for…', 'the
 * so-called miracle injection'. Quoted after such a word, or right after "so-called".
 */
export function isMentioned(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const after = sentence.slice(end);
  if (/\bso-called\s*$/i.test(before)) return true;
  // A quoted line named after it: '"You'll no longer need surgery" is a line you won't hear from us'.
  if (/^\W*["“‘']/.test(sentence) && !/["”’'].*["“‘']/.test(sentence.slice(1, start)) && QUOTE_NAMED_AFTER.test(after)) return true;
  // The quote may open a few words before the match and run on past it ('slogans like "the best
  // clinic in Britain"'): the words before the opening quote must name a wording.
  // Round 29: single quotes too ("calls itself 'the UK's number one knee clinic'"), an opening one after a
  // space and a closing one before no letter, so the apostrophes of "UK's" and "there's" are neither.
  const quote =
    /["“‘']\s*$/.exec(before) ??
    /["“](?=[^"“”]{0,50}$)/.exec(before) ??
    /(?<=^|\s)['‘](?=\S)(?=(?:[^'‘’"“”]|(?<=[a-z])['’](?=[a-z])){0,50}$)/i.exec(before);
  if (!quote || !MENTION_BEFORE.test(before.slice(0, quote.index + quote[0].length))) return false;
  const single = /['‘]/.test(quote[0]);
  return /^\S*?["”’']/.test(after) || /^[^"“”]{0,60}["”]/.test(after) || (single && /^[^"“”]{0,60}?[’'](?![a-z])/i.test(after));
}

/** True when the phrase at [start, end) of `sentence` is negated, hedged or asked about. */
export function isDisarmed(sentence: string, start: number, end: number, options: ContextOptions = {}): boolean {
  const { hedges = true, extraHedge } = options;
  if (isMentioned(sentence, start, end)) return true;
  const before = clauseBefore(sentence, start).replace(ASSERTING_NEGATION, '');
  if (NEGATION.test(before)) return true;
  if (hedges && (HEDGE.test(before) || (REPORTED.test(before) && !ENDORSED.test(sentence)))) return true;
  if (extraHedge?.test(before)) return true;
  // "No trial has shown that cells from marrow work better than…": the claim sits in a clause that a
  // negated finding governs, however many words back it is.
  if (negatedFindingBefore(sentence.slice(0, start))) return true;
  const after = clauseAfter(sentence, end);
  if (NEGATION_AFTER.test(after) && !DESCRIBING_RELATIVE.test(after)) return true;
  // Taken back in the same sentence: "An old message of ours described results as guaranteed; that was wrong".
  if (RETRACTED_AFTER.test(sentence.slice(end))) return true;
  return false;
}

/**
 * A claim reported and then made our own ("It has been remarked that ours is the Wimbledon of knee
 * care, and we see no reason to disagree"): reported speech no longer disarms it.
 */
export const ENDORSED = /\b(?:we|i) (?:see no reason to disagree|(?:would|could|can only|have to|must) agree|(?:would|could|can)(?:n['’]t| not) (?:agree more|argue with that|disagree)|agree(?: wholeheartedly)?)\b|\b(?:and )?rightly so\b|\bthe answer (?:is|was) (?:usually |often |nearly always |almost always |now |simply )?yes\b|\band (?:they|it|that)(?: i|['’])s (?:right|true|no exaggeration)\b/i;

/** Someone else's claim reported before `index`: "some websites say…", "adverts promising…". */
export function isReported(sentence: string, index: number): boolean {
  return REPORTED.test(clauseBefore(sentence, index)) && !ENDORSED.test(sentence);
}

/** A question that asserts its content ("Would you believe that three-quarters of our patients…?"). */
export const ASSERTING_QUESTION = /^\W*(?:would you believe|did you know|can you believe|believe it or not|guess what|is it any wonder|(?:so,? |well,? |now,? )?(?:is it|isn['’]t it|is this) (?:finally |perhaps |now |high )?time to)\b|^\W*how (?:does|do|would)\b[^?]{0,80}\bsound\b|^\W*(?:are you )?ready for (?:a|an|the) (?:clinic|team|treatment|care|service)\b|^\W*(?:are you )?(?:ready|itching|keen|raring|dying) to (?:cancel|skip|ditch|scrap|bin|dodge|swap|give up|quit|come off|say goodbye to|wave goodbye to|kiss goodbye to|tear up|rip up)\b/i;

export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*(?:\s*\[@[^\]]*\])?\s*$/.test(sentence.trim());
}

/** All matches of the patterns in `text`, earliest first, without overlaps. */
const globalVersions = new WeakMap<RegExp, RegExp>();
function globalVersion(pattern: RegExp): RegExp {
  let global = globalVersions.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    globalVersions.set(pattern, global);
  }
  return global;
}

export function findAll(text: string, patterns: readonly RegExp[]): { index: number; end: number; match: string }[] {
  const found: { index: number; end: number; match: string }[] = [];
  for (const pattern of patterns) {
    const global = globalVersion(pattern);
    // exec in a loop: matchAll clones the regex on every call, which dominated the run time.
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (m[0].length === 0) global.lastIndex++;
      found.push({ index: m.index, end: m.index + m[0].length, match: m[0] });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const result: typeof found = [];
  for (const f of found) if (!result.some((r) => f.index < r.end && f.end > r.index)) result.push(f);
  return result;
}

/** A citation group such as [@lee2019] or [@a; @b] anywhere in the text. */
export function hasCitation(text: string): boolean {
  return /\[@[\w:-]+(?:\s*[;,]\s*@[\w:-]+)*\]/.test(text);
}
