/**
 * The statistical side of the claims check: one logistic regression per class of claim, over word
 * and word-pair features of a sentence, trained on the tuning part of the labelled corpus and on
 * the site's own sentences (which must pass). It catches paraphrases the lexicons do not list.
 *
 * Features are cheap on purpose (no tagging): lower-cased words, Porter-stemmed, numbers and number
 * words folded to "#num", words after a negation marked "¬" up to the end of the clause, their
 * pairs, and cues the rules also read (a citation, evidence-certainty wording, someone else's claim,
 * first or second person). Scoring a sentence is a hash lookup per feature.
 *
 * Context still decides as it does for the rules: a question, someone else's claim, or a citation
 * (with a hedge where the class's rule needs one) never yields a finding, whatever the score.
 */
import fs from 'node:fs';
import path from 'node:path';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import { ENDORSED, governedByNegatedFinding, hasCitation, isQuestion, REPORTED_SPEECH } from '../language';
import { CERTAINTY_HEDGE, CLAIM_CLASSES, REGULATORY_FACTS, SUPERVISED, type ClaimClass } from './lexicon';

/** A change of care left to the patient's clinician (written text, any case). */
const SUPERVISED_CHANGE = new RegExp(SUPERVISED.source, 'i');

/** The rule a finding of each class is reported under (its message and fix are that rule's). */
export const CLASS_RULE: Record<ClaimClass, string> = {
  'effect-overclaim': 'effect-overclaim',
  'regulatory-status': 'false-approval',
  'pressure-selling': 'pressure-selling',
  'testimonial-endorsement': 'testimonial-marked',
  'risk-denial': 'no-risk-free',
  'discouraging-care': 'discourage-essential-treatment',
  'uncited-quantity': 'uncited-statistic',
  'unverifiable-superlative': 'unverifiable-superlative',
  'unhedged-effect': 'unhedged-effect',
};

/** What the writer reads: the words that weighed most go in `%s`. */
export const CLASS_MESSAGE: Record<ClaimClass, string> = {
  'effect-overclaim': '%s reads as a repair, reversal or certain result of the treatment',
  'regulatory-status': '%s reads as an approval, licence or endorsement these treatments do not have',
  'pressure-selling': '%s reads as time or price pressure on a decision about medical treatment',
  'testimonial-endorsement': '%s reads as what patients or well-known people say, offered as evidence',
  'risk-denial': '%s reads as a denial of the real risks of the procedure',
  'discouraging-care': '%s reads as discouraging care a patient may need',
  'uncited-quantity': '%s reads as a figure about outcomes (in digits or words) without a citation',
  'unverifiable-superlative': '%s reads as a superlative or comparison no one can verify',
  'unhedged-effect': '%s reads as an effect of the treatment stated as certain fact',
};

export type ClassWeights = { bias: number; threshold: number; weights: Record<string, number> };

export type ClassifierModel = {
  /** Bumped when the features change, so an old model file is refused rather than misread. */
  featureVersion: number;
  classes: Record<ClaimClass, ClassWeights>;
  /** Cross-validated on the training sentences (tuning part only): what the thresholds were chosen on. */
  crossValidation: Record<ClaimClass, { positives: number; found: number; negatives: number; falseAlarms: number }>;
  training: { sentences: number; positives: number; negatives: number; contentSentences: number };
};

export const FEATURE_VERSION = 9;

/**
 * Word families the classes turn on, by stem: a sentence gets the family as a feature as well as
 * the word, so one example of "ditch your tablets" teaches "drop your pills" too.
 */
const FAMILIES: Record<string, readonly string[]> = {
  care: ['surgeri', 'surgic', 'oper', 'replac', 'arthroplasti', 'knife', 'theatr', 'painkil', 'medic', 'medicin', 'tablet', 'pill', 'prescript', 'prescrib', 'physiotherapi', 'physio', 'steroid', 'cortison', 'anti', 'inflammatori', 'ibuprofen', 'paracetamol', 'opioid', 'rehab', 'rehabilit', 'consult', 'gp', 'surgeon'],
  drop: ['stop', 'skip', 'ditch', 'cancel', 'forget', 'avoid', 'escap', 'bin', 'quit', 'abandon', 'spare', 'drop', 'dump', 'throw', 'goodby', 'farewel', 'longer', 'unnecessari', 'needless', 'obsolet', 'wean', 'sidestep', 'bypass', 'swap', 'instead', 'turn', 'reject', 'dodg', 'sidestep', 'past', 'histori', 'redund'],
  need: ['need', 'requir', 'necessari', 'have', 'must', 'essenti'],
  ours: ['we', 'our', 'us', 'injec', 'inject', 'treatment', 'therapi', 'cell', 'stem', 'lipogem', 'bmac', 'prp', 'procedur', 'clinic', 'regen', 'regener', 'fat', 'adipos', 'mfat'],
  super: ['best', 'finest', 'top', 'lead', 'leader', 'premier', 'foremost', 'unriv', 'unmatch', 'unbeat', 'unparallel', 'unsurpass', 'peerless', 'safest', 'highest', 'fastest', 'greatest', 'biggest', 'largest', 'strongest', 'most', 'pioneer', 'superior', 'better', 'faster', 'safer', 'outperform', 'beat', 'excel', 'ultim', 'unrival', 'world', 'elit', 'gold', 'finest', 'unequal', 'incompar', 'first', 'premium'],
  field: ['other', 'ani', 'anyon', 'anywher', 'elsewher', 'competit', 'rival', 'tradit', 'convent', 'standard', 'industri', 'countri', 'uk', 'britain', 'europ', 'nation', 'market', 'field', 'sector'],
  share: ['most', 'major', 'half', 'halv', 'third', 'quarter', 'doubl', 'tripl', 'twice', 'fold', 'threefold', 'twofold', 'percent', 'cent', '%', 'everi', 'all', 'near', 'almost', 'virtual', 'vast', 'overwhelm', 'mani'],
  outcome: ['improv', 'better', 'benefit', 'respond', 'relief', 'reliev', 'recov', 'success', 'satisfi', 'satisfact', 'pain', 'free', 'walk', 'run', 'return', 'sport', 'function', 'mobil', 'result', 'help', 'avoid', 'heal', 'recommend', 'stair'],
  regulator: ['fda', 'mhra', 'nice', 'nhs', 'ema', 'regul', 'govern', 'hta', 'cqc', 'author', 'agenc', 'offici', 'ministri', 'depart', 'health'],
  approve: ['approv', 'licens', 'licenc', 'clear', 'endors', 'accredit', 'authoris', 'authoriz', 'certifi', 'sanction', 'recognis', 'recogn', 'rubber', 'stamp', 'seal', 'sign', 'back', 'recommend'],
  urgency: ['now', 'today', 'hurri', 'quick', 'fast', 'limit', 'last', 'few', 'remain', 'left', 'end', 'expir', 'deadlin', 'midnight', 'soon', 'week', 'weekend', 'month', 'offer', 'discount', 'deal', 'price', 'save', 'off', 'free', 'half', 'special', 'introductori', 'launch', 'exclus', 'voucher', 'book', 'reserv', 'secur', 'claim', 'grab', 'miss', 'chanc', 'spot', 'place', 'slot'],
  endorser: ['athlet', 'footbal', 'footballer', 'celebr', 'star', 'champion', 'olymp', 'olympian', 'player', 'runner', 'golfer', 'cyclist', 'doctor', 'surgeon', 'physio', 'physiotherapist', 'gp', 'consult', 'profession', 'expert', 'team', 'sport', 'famous', 'tv', 'presenter', 'patient', 'client', 'review', 'star', 'testimoni', 'say', 'tell', 'told', 'swear', 'rave', 'trust', 'love', 'choos', 'prefer', 'recommend'],
  risk: ['risk', 'side', 'effect', 'complic', 'danger', 'harm', 'harmless', 'advers', 'safe', 'safeti', 'problem', 'reaction', 'worri', 'wrong', 'natur', 'own', 'gentl', 'non', 'invas', 'zero'],
  repair: ['restor', 'rebuild', 'rebuilt', 'repair', 'revers', 'regener', 'regrow', 'regrown', 'renew', 'heal', 'cure', 'rejuven', 'new', 'fix', 'perman', 'forev', 'last', 'prove', 'proven', 'clinic', 'guarante', 'rid', 'elimin', 'erad', 'young', 'youth', 'clock', 'back'],
  effect: ['reduc', 'reliev', 'eas', 'eas', 'improv', 'calm', 'speed', 'protect', 'slow', 'strengthen', 'boost', 'stimul', 'lessen', 'lower', 'sooth', 'support', 'help', 'enhanc', 'increas', 'restor', 'lubric', 'cushion', 'switch', 'dampen', 'quiet', 'settl', 'tackl', 'target', 'fight', 'combat', 'accel', 'quicken', 'shorten'],
  symptom: ['pain', 'ach', 'stiff', 'swell', 'inflamm', 'mobil', 'function', 'movement', 'motion', 'heal', 'recoveri', 'sleep', 'tendon', 'ligament', 'joint', 'knee', 'hip', 'shoulder', 'cartilag', 'walk', 'stair', 'arthriti', 'osteoarthr', 'symptom', 'flexibl', 'discomfort', 'sore', 'grind', 'creak', 'tissu'],
};

const FAMILY_OF = new Map<string, string[]>();
for (const [family, stems] of Object.entries(FAMILIES)) for (const s of stems) FAMILY_OF.set(s, [...(FAMILY_OF.get(s) ?? []), family]);


const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens'.split(' '),
);
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nothing', 'none', 'nobody', 'cannot', 'neither', 'nor', 'hardly']);
/** The patient's own clinician deciding about their care ("your surgeon will tell you…"): not the page discouraging it. */
const CLINICIAN_DECIDES = /\b(?:your|the|a) (?:surgeon|doctor|gp|consultant|clinician|physio|physiotherapist|prescriber|pharmacist|nurse)s? (?:will |may |can |might |should |would )?(?:tell|tells|advise|advises|decide|decides|say|says|recommend|recommends|ask|asks|discuss|discusses|review|reviews|explain|explains|show|shows|guide|guides|talks? (?:you |it |them |this )?through|go through|goes through|walk you through|walks you through|check|checks|plan|plans|examine|examines|assess|assesses|teach|teaches|answer|answers|arrange|arranges)\b/i;

/** Our treatment's limits stated ("No injection can replace a worn-out hip"): it sends the reader to care, not from it. */
const LIMITS_OURS = /^\W*(?:no|not (?:a|one|every|any)) (?:[a-z-]+ )?(?:injections?|treatments?|therapy|therapies|cells?|procedures?|clinics?)\b/i;

/** What booking takes ("you do not need a GP referral to book"): an admin step, not care. */
const ADMIN_STEP = /\bto (?:book|make an appointment|see us|register|come in)\b|\bno need to (?:pay|bring|print|fill in|fast|queue|register|sign|arrive early)\b/i;

/**
 * A ranking within our own staff, one person ("our most experienced nurse runs the after-care
 * clinic"): not a claim over other providers, as the superlative rule reads it too.
 */
const STAFF_RANKING = /\bour (?:most [a-z-]+|[a-z]+est) (?:nurse|consultant|doctor|surgeon|physio|physiotherapist|radiographer|member of staff|colleague)\b(?!s)/i;

/**
 * Years of experience in the field, with no word of rank ("our team has been in the field for
 * fifteen years"): how long, not better than whom. Read, like STAFF_RANKING, as ranking nothing.
 */
const YEARS_IN_FIELD = /^(?!.*\b(?:best|most|top|leading|finest|first|only|unrivalled|unmatched|number one|longest|more|than)\b).*\bin (?:the|this) (?:field|specialty|speciality|profession|area) for (?:over |more than |nearly |almost |some |about )?(?:\d+|[a-z]+) (?:years|decades)\b/i;
/** A tip ranked first among tips ("Top tip from our volunteers: wear flat shoes"), no word of rank besides. */
const TOP_TIP = /^(?!.*\b(?:best|most|leading|finest|number one|unrivalled|unmatched)\b).*\btop tips?\b/i;
/** A ranked cause ("among the leading reasons for sickness absence"): it ranks a problem, not a provider. */
const RANKED_CAUSE = /^(?!.*\b(?:our|we|us|ours)\b).*\b(?:the )?(?:leading|main|biggest|commonest|most common|top) (?:causes?|reasons?|contributors?|drivers?|sources?|risk factors?) (?:of|for|behind)\b/i;
const ranksNothing = (text: string) => STAFF_RANKING.test(text) || YEARS_IN_FIELD.test(text) || TOP_TIP.test(text) || RANKED_CAUSE.test(text);

/** A question reported rather than asked ("many patients ask whether they can stop…"): it asks, it does not claim. */
const INDIRECT_QUESTION = /^\W*(?:\w+ )?questions (?:to ask|worth asking|you (?:should|might|may|could|can) ask)\b|\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|unsure|not sure|tell|tells|decide|decides|check|checks|discuss|know|idea|find out|judge|judges|assess|assesses) (?:us |me |you |them |your [a-z]+ |the [a-z]+ )?(?:whether|if)\b/i;

/**
 * Care kept: a way of dropping care under a negation ("no need to stop your medicines", "do not
 * skip physio"), carrying on with it, taking it ("take the tablets twice a day"), or changing it only with the patient's clinician. Such a sentence tells the reader to keep their care, so it
 * is never judged as discouraging it, whatever the score.
 */
const KEEPS_CARE = /\bno shame in (?:needing|having|choosing|going for|getting) (?:\S+ ){0,2}(?:surgery|an operation|a replacement|physio\w*|medication|painkillers)\b|\b(?:please |do )?(?:see|contact|speak to|talk to|ring|call|go back to) your (?:gp|doctor|surgeon|physio)\b|\b(?:not|never|no need to|no reason to|don['’]t|do not)\s+(?:have to\s+|need to\s+)?(?:stop|skip|cancel|quit|drop|give up|come off)\b|\b(?:nothing|no (?:page|article|information|content|guide|advice))\b(?:\s+\S+){0,4}\s+(?:should|can|could|will|is meant to|is intended to)\s+(?:replace|substitute for|take the place of)\b|\b(?:keep|carry on|continue)\s+(?:taking|going|doing|using|with|to)\b|^\W*(?:take|use|have)\s+(?:the\s+|your\s+|any\s+|these\s+|those\s+|one\s+|two\s+|a\s+)?(?:[a-z-]+\s+)?(?:tablets?|pills?|painkillers?|medicines?|medication|doses?|paracetamol|ibuprofen)\b/i;
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', 'but', 'however', 'although', 'though', 'while', 'whereas', 'yet', 'because', 'unless']);

/** Someone else's claim, anywhere in the sentence: "some clinics claim", "adverts promising", "websites say". */
const REPORTED_ANYWHERE = new RegExp(
  String.raw`\b(?:claims?|claimed|claiming|advertis\w*|adverts?|marketing|websites?|headlines?|ruled? against|myths?(?:[- ]?bust\w*)?\s*:\s*["“‘']|(?:the|a) myth that|misconceptions?(?: that|\s*:\s*["“‘'])|(?:rankings?|titles?|labels?|badges?|slogans?|keywords?|search terms?) (?:such as|like) ["“‘']|${REPORTED_SPEECH}|(?:clinics|providers|companies|sellers|others) (?:that |which |who )?(?:say|said|says|state|stated|promise|promised|promising|offer|offers|offering|sell|sells|selling|push|pushes|pushing)|(?:critics|sceptics|skeptics|opponents) (?:say|said|argue|argued|warn|warned|point out|pointed out)|it (?:is|['’]s) (?:simply |just )?(?:not true|untrue|false|a myth|wrong|misleading) (?:to (?:say|claim|suggest) )?that|the (?:word|words|term|terms|phrase|phrases|label|labels) ["“‘']|(?:answers?|repl(?:y|ies)|responses?) to ["“‘']|(?:articles?|newspapers?|papers?|journalists?|the press|magazines?|reviewers?) (?:once |recently |has |have )?(?:called|calls|call|described|describes|named|names|dubbed|dubs|labelled|labels)|(?:is|are) not something (?:\S+ ){0,4}(?:should|can|could|would|will|may) (?:promise|claim|guarantee|say|tell you))\b`,
  'i',
);

type Token = { word: string; start: number; end: number };

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\[@[^\]]*\]|[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,]*(?:\.\d+)?|[%£$€?!.,;:()—–]/g)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (raw.startsWith('[@')) continue;
    for (const word of wordsOfToken(raw)) tokens.push({ word, start, end: start + raw.length });
  }
  return tokens;
}

/** The words one written token reads as, remembered: prose repeats its words. */
const tokenWords = new Map<string, readonly string[]>();

function wordsOfToken(raw: string): readonly string[] {
  let words = tokenWords.get(raw);
  if (words === undefined) {
    if (tokenWords.size > 50_000) tokenWords.clear();
    const lower = raw.toLowerCase().replace(/’/g, "'");
    // "won't" → will not, "don't" → do not: the negation becomes a word of its own.
    const nt = /^(\w+)n't$/.exec(lower);
    words = nt ? [lower === "won't" ? 'will' : lower === "can't" ? 'can' : nt[1], 'not'] : [lower.replace(/'s$/, '')];
    tokenWords.set(raw, words);
  }
  return words;
}

/** Stems of words already seen: the stemmer is a chain of regular expressions, and prose repeats its words. */
const stems = new Map<string, string>();

function normalise(word: string): string {
  // A year dates something ("since 2019"); it is no figure about outcomes.
  if (/^(?:19|20)\d\d$/.test(word)) return '#year';
  if (/^\d/.test(word)) return '#num';
  if (NUMBER_WORDS.has(word)) return '#num';
  if (!/^[a-z]/.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size > 50_000) stems.clear();
    stemmed = stem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** What a word reads as whatever its neighbours (a month, or normalise's form), and whether it is a size superlative. */
type WordReading = { norm: string; size: boolean };
const readings = new Map<string, WordReading>();

function readingOf(word: string): WordReading {
  let reading = readings.get(word);
  if (reading === undefined) {
    if (readings.size > 50_000) readings.clear();
    reading = { norm: MONTHS.test(word) ? '#month' : normalise(word), size: SIZE_SUPERLATIVE.test(word) };
    readings.set(word, reading);
  }
  return reading;
}

/** Words ending in -est that are no superlative, or one that praises nothing. */
const NOT_SUPERLATIVE = new Set(
  'interest request suggest test rest honest modest forest harvest chest west guest invest digest manifest protest contest arrest attest latest newest furthest farthest earliest nearest closest soonest oldest youngest lowest smallest shortest longest slightest highest largest biggest strongest'.split(' '),
);
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Sizes, and what a size must rank to be praise ("the largest clinic", not "the largest joint"). */
const SIZE_SUPERLATIVE = /^(?:largest|biggest|widest|tallest)$/;
const RANKED_NOUN = /^(?:clinics?|centres?|centers?|providers?|practices?|teams?|services?|range|selection|choice|experience|number|caseload|network|specialists?|name|programmes?|programs?)$/;

/** What a list's heading counts: "top questions", "top tips", "top 10". */
const LIST_NOUNS = /^(?:\d+|questions?|tips?|reasons?|things?|ways?|facts?|myths?|signs?|exercises?|tricks?|three|five|ten|picks?)$/;

/** "Most" before these is a share or a frequency, not praise. */
const NOT_PRAISE_AFTER_MOST = new Set('of people patients common commonly likely recent frequent frequently important useful usual often serious suitable appropriate part appointments clinics cases'.split(' '));
const COMPARATIVE = /^(?:[a-z]{3,}er|better|superior|more|less)$/;
const WHOLE_FIELD = new Set(['any', 'other', 'anyone', 'anybody', 'anything', 'anywhere', 'elsewhere', 'everyone', 'everybody', 'traditional', 'conventional', 'those', 'rest', 'competition', 'others']);

/**
 * Cues a word list cannot give: the form of a superlative ("the smartest", "our most trusted") and
 * a comparison with the whole field ("more precise than those at other clinics"). Read from the
 * written words, so they need no tagging.
 */
function comparisonCues(tokens: readonly Token[]): { feature: string; start: number; end: number }[] {
  const cues: { feature: string; start: number; end: number }[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.word ?? '';
    const determiner = /^(?:the|our|its|their|britain|uk|england|london|europe|world)$/.test(before);
    if (determiner && /^[a-z]{2,}est$/.test(t.word) && !NOT_SUPERLATIVE.has(t.word)) cues.push({ feature: '#sup-form', start: t.start, end: t.end });
    if (determiner && t.word === 'most' && tokens[i + 1] && /^[a-z]/.test(tokens[i + 1].word) && !NOT_PRAISE_AFTER_MOST.has(tokens[i + 1].word))
      cues.push({ feature: '#sup-form', start: t.start, end: tokens[i + 1].end });
    if (COMPARATIVE.test(t.word)) {
      const than = tokens.slice(i + 1, i + 7).findIndex((u) => u.word === 'than');
      if (than !== -1) {
        const after = tokens.slice(i + 2 + than, i + 6 + than);
        const field = after.some((u) => WHOLE_FIELD.has(u.word));
        cues.push({ feature: field ? '#cmp-field' : '#cmp-than', start: t.start, end: tokens[i + 1 + than].end });
      }
    }
    if ((t.word === 'like' || t.word === 'as') && tokens[i + 1]?.word === 'any' && tokens[i + 2]?.word === 'other') cues.push({ feature: '#like-any-other', start: t.start, end: tokens[i + 2].end });
  });
  return cues;
}

export type SentenceFeatures = {
  /** Feature → where its first occurrence sits in the text (for quoting it in a message). */
  spans: Map<string, { start: number; end: number }>;
  question: boolean;
  cited: boolean;
  hedged: boolean;
  reported: boolean;
  /**
   * Context read only when judging, never when choosing thresholds (so the hard near-misses these
   * rule out still keep each threshold high): a reported question ("many patients ask whether…"),
   * and advice that keeps care ("do not stop your medicines", "your surgeon will tell you…").
   */
  indirectQuestion: boolean;
  keepsCare: boolean;
  /** States what regulators have in fact approved (lexicon.ts REGULATORY_FACTS). */
  regulatoryFact: boolean;
  /** Ranks one of our own staff ("our most senior consultant"): no superlative over the field. */
  staffRanking: boolean;
};

/**
 * Where the features of a sentence go as they are found: featuresOf names each one (the model
 * file's keys), the judging path (classifySentence) weighs them by number without building names.
 * The walk (emitFeatures) decides which features there are and in what order; a sink only decides
 * how to hold them. Words are passed by their place in `words` (as begin() was given them, "|"
 * marking a clause end), families by their place in familiesOf(word).
 */
type FeatureSink = {
  /** A cue of the whole sentence ("#cue:we", "#sup-form"). */
  one(feature: string, start: number, end: number): void;
  /** The words, once the sentence-wide cues are in; false: the sink needs no more features of this sentence. */
  begin(words: readonly Token[]): boolean;
  /** The word's own feature. */
  word(i: number): void;
  /** Its f-th family ("@care", "¬@care"). */
  family(i: number, f: number): void;
  /** The word and the next: "a b". */
  pair(i: number): void;
  /** The word's f-th family and the next word's g-th: "@a @b". */
  familyPair(i: number, f: number, g: number): void;
  /** Every two distinct families of the sentence, in sorted order: "@a+@b". */
  familiesTogether(): void;
};

/** A word's family features ("@care", or "¬@care" for a negated word), found once per word. */
const FAMILY_FEATURES = new Map<string, readonly string[]>();
for (const [word, families] of FAMILY_OF) {
  FAMILY_FEATURES.set(word, families.map((f) => `@${f}`));
  FAMILY_FEATURES.set(`¬${word}`, families.map((f) => `¬@${f}`));
}
const NO_FAMILIES: readonly string[] = [];
const familiesOf = (word: string): readonly string[] => FAMILY_FEATURES.get(word) ?? NO_FAMILIES;

/** Cues read from the written text before its words: every judged sentence needs them. */
type TextCues = { cited: boolean; hedged: boolean; reported: boolean; keepsCareCue: boolean };

function textCues(text: string): TextCues {
  return {
    cited: hasCitation(text),
    hedged: CERTAINTY_HEDGE.test(text),
    // (A sentence a negated finding governs asserts nothing either, as the rules read it.)
    reported: (REPORTED_ANYWHERE.test(text) && !ENDORSED.test(text)) || governedByNegatedFinding(text),
    keepsCareCue: KEEPS_CARE.test(text) || SUPERVISED_CHANGE.test(text) || CLINICIAN_DECIDES.test(text),
  };
}

/** Every feature of the sentence, in the order featuresOf lists them (a repeated feature keeps its first place). */
function emitFeatures(text: string, cues: TextCues, sink: FeatureSink): void {
  sink.one('#bias', 0, 0);
  if (cues.cited) sink.one('#cue:cited', 0, 0);
  if (cues.hedged) sink.one('#cue:hedged', 0, 0);
  if (cues.reported) sink.one('#cue:reported', 0, 0);
  if (/\b(?:we|our|us)\b/i.test(text)) sink.one('#cue:we', 0, 0);
  if (/\b(?:you|your)\b/i.test(text)) sink.one('#cue:you', 0, 0);
  if (/\b(?:I|my|me)\b/.test(text)) sink.one('#cue:i', 0, 0);
  // Care kept, or its change left to a clinician: a cue the model weighs, as well as the judging-only gate below,
  // so that such advice does not read as care given up when the thresholds are chosen.
  if (cues.keepsCareCue) sink.one('#cue:keeps-care', 0, 0);

  let negated = false;
  const words: Token[] = [];
  const tokens = tokensOf(text);
  for (const cue of comparisonCues(tokens)) sink.one(cue.feature, cue.start, cue.end);
  tokens.forEach((token, i) => {
    if (CLAUSE_END.has(token.word)) {
      negated = false;
      words.push({ word: '|', start: token.start, end: token.end });
      return;
    }
    // "Top questions", "top tips", "top 5": a list's heading, not a ranking of us; "last reviewed",
    // "last updated": when something was done, not a last chance.
    const next = tokens[i + 1]?.word ?? '';
    // "Many more people", "much more": an amount compared, not a share of patients. "The largest
    // joint in the body": a size that ranks no service (as the rules read it), unless a clinic or
    // team follows ("the largest clinic in the North").
    const reading = readingOf(token.word);
    const norm =
      (token.word === 'many' || token.word === 'much') && next === 'more'
        ? 'many-more'
        : reading.size && !RANKED_NOUN.test(next) && !RANKED_NOUN.test(tokens[i + 2]?.word ?? '')
          ? 'size-est'
          : token.word === 'top' && LIST_NOUNS.test(next) ? 'top-list' : token.word === 'last' && /^[a-z]{3,}ed$/.test(next) ? 'last-done' : reading.norm;
    const word = negated ? `¬${norm}` : norm;
    words.push({ word, start: token.start, end: token.end });
    // "Not without risks": a negated negation affirms, so the words after it are read as plain.
    // "No more than eight tablets": a limit, not a negation.
    if (NEGATORS.has(token.word) && !(/^(?:more|less|fewer)$/.test(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.word === 'than')) negated = !(negated && NEGATORS.has(words[words.length - 2]?.word.replace(/^¬/, '') ?? ''));
  });
  if (words.length > 0 && words.every((w) => w.word !== '|' || w === words[words.length - 1])) sink.one('#cue:short', 0, 0);
  if (!sink.begin(words)) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.word === '|') continue;
    sink.word(i);
    const here = familiesOf(w.word).length;
    for (let f = 0; f < here; f++) sink.family(i, f);
    const next = words[i + 1];
    if (next && next.word !== '|') {
      sink.pair(i);
      const there = familiesOf(next.word).length;
      for (let f = 0; f < here; f++) for (let g = 0; g < there; g++) sink.familyPair(i, f, g);
    }
  }
  // Families co-occurring anywhere in the sentence ("avoid … surgery", "most … improve").
  sink.familiesTogether();
}

/** featuresOf's sink: each feature by name, where it first occurs. */
class NamingSink implements FeatureSink {
  readonly spans = new Map<string, { start: number; end: number }>();
  private words: readonly Token[] = [];

  one(feature: string, start: number, end: number): void {
    if (!this.spans.has(feature)) this.spans.set(feature, { start, end });
  }
  begin(words: readonly Token[]): boolean {
    this.words = words;
    return true;
  }
  word(i: number): void {
    const w = this.words[i];
    this.one(w.word, w.start, w.end);
  }
  family(i: number, f: number): void {
    const w = this.words[i];
    this.one(familiesOf(w.word)[f], w.start, w.end);
  }
  pair(i: number): void {
    const [w, next] = [this.words[i], this.words[i + 1]];
    this.one(`${w.word} ${next.word}`, w.start, next.end);
  }
  familyPair(i: number, f: number, g: number): void {
    const [w, next] = [this.words[i], this.words[i + 1]];
    this.one(`${familiesOf(w.word)[f]} ${familiesOf(next.word)[g]}`, w.start, next.end);
  }
  familiesTogether(): void {
    const present = [...new Set(this.words.flatMap((w) => familiesOf(w.word)))].sort();
    for (let a = 0; a < present.length; a++) for (let b = a + 1; b < present.length; b++) this.one(`${present[a]}+${present[b]}`, 0, 0);
  }
}

/** The features of one sentence (as the check sees it: no "## " or "- " markers). */
export function featuresOf(text: string): SentenceFeatures {
  const cues = textCues(text);
  const question = isQuestion(text) && !/^\W*why\b/i.test(text);
  const sink = new NamingSink();
  emitFeatures(text, cues, sink);
  return {
    spans: sink.spans,
    question,
    cited: cues.cited,
    hedged: cues.hedged,
    reported: cues.reported,
    indirectQuestion: INDIRECT_QUESTION.test(text),
    regulatoryFact: REGULATORY_FACTS.test(text),
    staffRanking: ranksNothing(text),
    keepsCare: cues.keepsCareCue || LIMITS_OURS.test(text) || ADMIN_STEP.test(text),
  };
}

/**
 * The word families a sentence must have for a class to be judged at all: a figure needs a number
 * or a share, discouraging care needs care, and so on. Everything else passes for that class
 * without being scored, which keeps the threshold from being set by sentences about other things.
 */
const CLASS_NEEDS: Record<ClaimClass, readonly string[]> = {
  'effect-overclaim': ['@repair', '¬@repair'],
  'regulatory-status': ['@regulator', '@approve'],
  'pressure-selling': ['@urgency', '¬@urgency'],
  'testimonial-endorsement': ['@endorser', '¬@endorser'],
  'risk-denial': ['@risk', '¬@risk'],
  'discouraging-care': ['@care', '¬@care'],
  'uncited-quantity': ['#num', '@share', '¬#num', '¬@share'],
  'unverifiable-superlative': ['@super', '@field', '¬@super', '¬@field', '#sup-form', '#cmp-field', '#cmp-than'],
  'unhedged-effect': ['@effect'],
};

/** Classes a finding may not be raised for in this context, whatever the score. */
export function gatedClasses(
  features: { spans: { has(feature: string): boolean } } & Pick<SentenceFeatures, 'question' | 'cited' | 'hedged' | 'reported'> & Partial<Pick<SentenceFeatures, 'indirectQuestion' | 'keepsCare' | 'regulatoryFact' | 'staffRanking'>>,
  inTestimonial: boolean,
): Set<ClaimClass> {
  if (features.question || features.indirectQuestion || features.reported) return new Set(CLAIM_CLASSES);
  const gated = new Set<ClaimClass>(CLAIM_CLASSES.filter((c) => !CLASS_NEEDS[c].some((family) => features.spans.has(family))));
  // The judging-only context is read only for a class still open (classifySentence reads it lazily).
  if (!gated.has('discouraging-care') && features.keepsCare) gated.add('discouraging-care');
  // What the FDA has in fact approved (cord-blood cells…) is a fact, as the rules read it too.
  if (!gated.has('regulatory-status') && features.regulatoryFact) gated.add('regulatory-status');
  if (!gated.has('unverifiable-superlative') && features.staffRanking) gated.add('unverifiable-superlative');
  if (features.cited) gated.add('uncited-quantity').add('unverifiable-superlative').add('testimonial-endorsement');
  if (features.cited && features.hedged) gated.add('effect-overclaim').add('unhedged-effect');
  if (features.hedged) gated.add('unhedged-effect');
  // What a patient says of their own experience is theirs to say inside <Testimonial>.
  if (inTestimonial) gated.add('testimonial-endorsement').add('unhedged-effect');
  return gated;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * A feature's weight in a class (0 when the model has none). Own keys only: the weights are a
 * plain object, and the word "constructor" would otherwise read Object.prototype.constructor (a
 * function), turning every score of its sentence into NaN, which no threshold refuses.
 */
const weightOf = (weights: ClassWeights, feature: string): number => (Object.hasOwn(weights.weights, feature) ? weights.weights[feature] : 0);

/** Probability that the sentence makes a claim of the class, from the class's weights. */
export function scoreOf(weights: ClassWeights, features: SentenceFeatures): number {
  const scale = 1 / Math.sqrt(features.spans.size);
  let z = weights.bias;
  for (const feature of features.spans.keys()) z += weightOf(weights, feature) * scale;
  return sigmoid(z);
}

export type ClassifiedClaim = { claimClass: ClaimClass; ruleId: string; score: number; index: number; words: string; message: string };

/** The claims the model finds in a sentence: classes scoring at or above their threshold, not gated. */
export function classifySentence(model: ClassifierModel, text: string, inTestimonial = false): ClassifiedClaim[] {
  // A question or someone else's claim gates every class (gatedClasses): nothing to weigh.
  if ((isQuestion(text) && !/^\W*why\b/i.test(text)) || INDIRECT_QUESTION.test(text)) return [];
  const cues = textCues(text);
  if (cues.reported) return [];
  const weigher = weigherFor(model);
  // The judging-only context is read only for a class the words left open.
  let keepsCare: boolean | undefined;
  const gate = () =>
    gatedClasses(
    {
      spans: weigher,
      question: false,
      cited: cues.cited,
      hedged: cues.hedged,
      reported: false,
      indirectQuestion: false,
      get keepsCare() {
        return (keepsCare ??= cues.keepsCareCue || LIMITS_OURS.test(text) || ADMIN_STEP.test(text));
      },
      get regulatoryFact() {
        return REGULATORY_FACTS.test(text);
      },
      get staffRanking() {
        return ranksNothing(text);
      },
    },
    inTestimonial,
  );
  // Gated once the words are known (has() answers for every word, family and cue feature from
  // then on): a sentence that leaves no class open (about half of them) is weighed no further.
  let gated: Set<ClaimClass> = new Set(CLAIM_CLASSES);
  weigher.start(() => (gated = gate()).size < CLAIM_CLASSES.length);
  emitFeatures(text, cues, weigher);
  if (gated.size === CLAIM_CLASSES.length) return [];
  const found: ClassifiedClaim[] = [];
  // As scoreOf: features in the order they were found, those without a weight adding nothing.
  const scale = 1 / Math.sqrt(weigher.count);
  CLAIM_CLASSES.forEach((claimClass, c) => {
    if (gated.has(claimClass)) return;
    const weights = model.classes[claimClass];
    let z = weights.bias;
    for (const w of weigher.weighed) z += w[c] * scale;
    const score = sigmoid(z);
    if (score < weights.threshold) return;
    // The word or pair of words that pushed the score up most is what the writer is shown.
    let best = -1;
    let bestWeight = 0;
    weigher.weighed.forEach((w, k) => {
      if (weigher.ends[k] > weigher.starts[k] && w[c] > bestWeight) {
        bestWeight = w[c];
        best = k;
      }
    });
    const index = best === -1 ? 0 : weigher.starts[best];
    const words = best === -1 ? text.trim().split(/\s+/).slice(0, 6).join(' ') : text.slice(weigher.starts[best], weigher.ends[best]);
    found.push({
      claimClass,
      ruleId: CLASS_RULE[claimClass],
      score,
      index,
      words,
      message: `${CLASS_MESSAGE[claimClass].replace('%s', `"${words}"`)} (statistical model, score ${score.toFixed(2)})`,
    });
  });
  return found;
}

/** Every family feature, in the order familiesTogether lists them (sorted by name). */
const FAMILY_NAMES_SORTED = [...new Set([...FAMILY_FEATURES.values()].flat())].sort();
const FAMILY_RANK = new Map(FAMILY_NAMES_SORTED.map((name, rank) => [name, rank]));

/** Word and family features are numbered; below this, two numbers make one small integer. */
const SMALL = 2 ** 15;
/** Numbers stay below this (words the model has never seen are numbered afresh when they reach half). */
const PART_LIMIT = 2 ** 21;
const pairKey = (a: number, b: number) => (a < SMALL && b < SMALL ? a * SMALL + b : 2 ** 30 + a * PART_LIMIT + b);

/** A word's feature number, and its families' numbers and ranks. */
type WordParts = { part: number; families: readonly number[]; ranks: readonly number[] };

/**
 * A model's weights by feature number, all nine classes of a feature in one lookup, and what one
 * sentence's features weigh: the same sums as scoreOf over featuresOf's names, without building a
 * name for each pair of words or families or looking each name up. The word and family features
 * the model has weights for are numbered first (0 … modelParts - 1); other words get the next
 * numbers as they come.
 */
class Weigher implements FeatureSink {
  /** The features with a weight, in the order found: their weights by class, and where each first occurs. */
  readonly weighed: Float64Array[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** How many distinct features the sentence has. */
  count = 0;

  private readonly parts = new Map<string, number>();
  private readonly modelParts: number;
  private readonly single: (Float64Array | undefined)[] = [];
  /** "a b" and "a+b" features by pairKey of their parts. */
  private readonly pairs = new Map<number, Float64Array>();
  private readonly together = new Map<number, Float64Array>();
  private readonly wordParts = new Map<string, WordParts>();
  private readonly rankPart: number[];
  /** The sentence a word or family feature was last counted in (each is counted once a sentence). */
  private stamps = new Int32Array(4096);
  /** The sentence a word or family feature was last seen in by begin(), before the words are counted. */
  private seenByBegin = new Int32Array(4096);
  /** Whether to go on once the words are known (all classes gated: no). */
  private goOn: (() => boolean) | undefined;
  private sentence = 0;
  private readonly pairsSeen = new Set<number>();
  private words: readonly Token[] = [];
  private readonly wordInfo: WordParts[] = [];
  private readonly present: boolean[] = FAMILY_NAMES_SORTED.map(() => false);

  constructor(readonly source: readonly Record<string, number>[]) {
    source.forEach((weights, c) => {
      for (const [feature, weight] of Object.entries(weights)) {
        const plus = feature.indexOf('+');
        const space = feature.indexOf(' ');
        let table: Map<number, Float64Array> | undefined;
        let key: number;
        if (plus === -1 && space === -1) {
          key = this.partOf(feature);
        } else {
          const at = plus !== -1 ? plus : space;
          const [a, b] = [feature.slice(0, at), feature.slice(at + 1)];
          // A name no sentence can have (a part with a space or "+" in it) never weighs anything.
          if (/[ +]/.test(a) || /[ +]/.test(b)) continue;
          key = pairKey(this.partOf(a), this.partOf(b));
          table = plus !== -1 ? this.together : this.pairs;
        }
        let w = table ? table.get(key) : this.single[key];
        if (!w) {
          w = new Float64Array(CLAIM_CLASSES.length);
          if (table) table.set(key, w);
          else this.single[key] = w;
        }
        w[c] = weight;
      }
    });
    this.modelParts = this.parts.size;
    this.rankPart = FAMILY_NAMES_SORTED.map((name) => this.partOf(name));
  }

  private partOf(name: string): number {
    let n = this.parts.get(name);
    if (n === undefined) {
      n = this.parts.size;
      this.parts.set(name, n);
    }
    return n;
  }

  /**
   * Starts a sentence. `goOn` is asked once its words are known (has() then answers for every word,
   * family and cue feature it will have): false stops the walk, and the sentence is weighed no further.
   */
  start(goOn?: () => boolean): void {
    this.goOn = goOn;
    // Words the model has never seen are numbered as they come: start again before the numbers run out.
    if (this.parts.size > PART_LIMIT / 2) {
      const keep = [...this.parts].slice(0, this.modelParts);
      this.parts.clear();
      for (const [part, n] of keep) this.parts.set(part, n);
      this.wordParts.clear();
    }
    this.sentence++;
    this.count = 0;
    this.pairsSeen.clear();
    this.weighed.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
  }

  /** Whether the sentence has this word, family or cue feature (for gatedClasses). */
  has(feature: string): boolean {
    const n = this.parts.get(feature);
    return n !== undefined && n < this.stamps.length && (this.stamps[n] === this.sentence || this.seenByBegin[n] === this.sentence);
  }

  private grow(n: number): void {
    if (n < this.stamps.length) return;
    const size = Math.max(n + 1, this.stamps.length * 2);
    const [stamps, seen] = [new Int32Array(size), new Int32Array(size)];
    stamps.set(this.stamps);
    seen.set(this.seenByBegin);
    [this.stamps, this.seenByBegin] = [stamps, seen];
  }

  private weigh(weights: Float64Array | undefined, start: number, end: number): void {
    this.count++;
    if (!weights) return;
    this.weighed.push(weights);
    this.starts.push(start);
    this.ends.push(end);
  }

  private countPart(n: number, start: number, end: number): void {
    this.grow(n);
    if (this.stamps[n] === this.sentence) return;
    this.stamps[n] = this.sentence;
    this.weigh(n < this.modelParts ? this.single[n] : undefined, start, end);
  }

  private countPair(a: number, b: number, start: number, end: number): void {
    const key = pairKey(a, b);
    if (this.pairsSeen.has(key)) return;
    this.pairsSeen.add(key);
    this.weigh(a < this.modelParts && b < this.modelParts ? this.pairs.get(key) : undefined, start, end);
  }

  one(feature: string, start: number, end: number): void {
    this.countPart(this.partOf(feature), start, end);
  }

  begin(words: readonly Token[]): boolean {
    this.words = words;
    this.wordInfo.length = 0;
    for (const { word } of words) {
      let info = this.wordParts.get(word);
      if (info === undefined) {
        const families = familiesOf(word);
        info = { part: this.partOf(word), families: families.map((f) => this.partOf(f)), ranks: families.map((f) => FAMILY_RANK.get(f)!) };
        this.wordParts.set(word, info);
      }
      this.wordInfo.push(info);
    }
    if (!this.goOn) return true;
    // What the walk will count as word and family features: every word but the clause ends ("|"), and their families.
    words.forEach(({ word }, i) => {
      if (word === '|') return;
      const { part, families } = this.wordInfo[i];
      this.seenBeforeCounting(part);
      for (const n of families) this.seenBeforeCounting(n);
    });
    return this.goOn();
  }

  private seenBeforeCounting(n: number): void {
    this.grow(n);
    this.seenByBegin[n] = this.sentence;
  }

  word(i: number): void {
    const w = this.words[i];
    this.countPart(this.wordInfo[i].part, w.start, w.end);
  }

  family(i: number, f: number): void {
    const w = this.words[i];
    this.countPart(this.wordInfo[i].families[f], w.start, w.end);
  }

  pair(i: number): void {
    this.countPair(this.wordInfo[i].part, this.wordInfo[i + 1].part, this.words[i].start, this.words[i + 1].end);
  }

  familyPair(i: number, f: number, g: number): void {
    this.countPair(this.wordInfo[i].families[f], this.wordInfo[i + 1].families[g], this.words[i].start, this.words[i + 1].end);
  }

  familiesTogether(): void {
    const present = this.present;
    for (const info of this.wordInfo) for (const rank of info.ranks) present[rank] = true;
    const ranks: number[] = [];
    present.forEach((here, rank) => {
      if (here) ranks.push(rank);
      present[rank] = false;
    });
    for (let a = 0; a < ranks.length; a++) {
      const pa = this.rankPart[ranks[a]];
      for (let b = a + 1; b < ranks.length; b++) {
        const pb = this.rankPart[ranks[b]];
        this.weigh(pa < this.modelParts && pb < this.modelParts ? this.together.get(pairKey(pa, pb)) : undefined, 0, 0);
      }
    }
  }
}

/** One weigher per set of class weights (a model read once; a test's copy with other thresholds shares it). */
const weighers = new WeakMap<object, Weigher>();

function weigherFor(model: ClassifierModel): Weigher {
  const source = CLAIM_CLASSES.map((c) => model.classes[c].weights);
  let weigher = weighers.get(source[0]);
  if (!weigher || weigher.source.some((w, c) => w !== source[c])) {
    weigher = new Weigher(source);
    weighers.set(source[0], weigher);
  }
  return weigher;
}

// Training ---------------------------------------------------------------------------------------

export type TrainingSentence = { text: string; label: ClaimClass | 'pass'; inTestimonial?: boolean; fromContent?: boolean };

/**
 * `falseAlarmBudget`: how many sentences that must pass may score above a class's threshold out of
 * fold (about one in a thousand). With none, a single odd honest sentence ("Our team has been in the
 * field for fifteen years") set the superlative threshold for the whole class; on two blind batches
 * not yet tuned on (-30, -31) a budget of 2 refused 8 more of their 180 claims and wrongly refused
 * none more of their 120 near-misses. As the training set grew (2,813 that pass by round 14) the
 * same count became stricter; on -35 and -36, not yet tuned on, budgets of 2, 3, 4, 6 and 8 refused
 * 157, 158, 158, 160 and 160 of their 180 claims, with the same 3/120 near-misses wrongly refused
 * at every budget: 6 it is (about one in 470). The model still refuses no training sentence that
 * must pass.
 */
export type TrainingOptions = { epochs?: number; learningRate?: number; l2?: number; folds?: number; margin?: number; minCount?: number; falseAlarmBudget?: number };

const DEFAULTS: Required<TrainingOptions> = { epochs: 150, learningRate: 0.5, l2: 1e-4, folds: 5, margin: 0.02, minCount: 2, falseAlarmBudget: 6 };


type Prepared = { features: string[]; scale: number; label: ClaimClass | 'pass'; gated: Set<ClaimClass> };
type Encoded = { ids: number[]; scale: number; label: ClaimClass | 'pass'; gated: Set<ClaimClass> };

function prepare(sentences: readonly TrainingSentence[]): Prepared[] {
  return sentences.map((s) => {
    const features = featuresOf(s.text);
    // The judging-only context is left out here: see SentenceFeatures.
    const gated = gatedClasses({ ...features, indirectQuestion: false, keepsCare: false }, s.inTestimonial === true);
    return { features: [...features.spans.keys()], scale: 1 / Math.sqrt(features.spans.size), label: s.label, gated };
  });
}

/** Feature → column, for the features seen in at least `minCount` of these sentences (the bias is column 0); rarer ones are noise. */
function vocabularyOf(data: readonly Prepared[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = new Map<string, number>([['#bias', 0]]);
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= minCount && !vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
  return vocabulary;
}

function encode(data: readonly Prepared[], vocabulary: Map<string, number>): Encoded[] {
  return data.map((d) => ({ ...d, ids: d.features.map((f) => vocabulary.get(f)).filter((id): id is number => id !== undefined) }));
}

/**
 * One class: full-batch AdaGrad on the weighted log-loss with an L2 penalty. Both parts weigh the
 * same in total, so a class with 30 examples is not drowned by 1,000 that pass. Deterministic:
 * zero start, fixed order, fixed number of steps.
 */
function fitClass(all: readonly Encoded[], claimClass: ClaimClass, size: number, o: Required<TrainingOptions>): Float64Array {
  // A sentence the class is gated on (a question, a cited figure…) is never judged for it: learning
  // from it would only teach that its words are harmless.
  const data = all.filter((d) => !d.gated.has(claimClass));
  const w = new Float64Array(size);
  const positives = data.filter((d) => d.label === claimClass).length;
  const negatives = data.length - positives;
  if (positives === 0) return w;
  const sampleWeight = data.map((d) => (d.label === claimClass ? 0.5 / positives : 0.5 / negatives) * data.length);
  const target = data.map((d) => (d.label === claimClass ? 1 : 0));
  const grad = new Float64Array(size);
  const squares = new Float64Array(size);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    grad.fill(0);
    data.forEach((d, n) => {
      let z = 0;
      for (const id of d.ids) z += w[id] * d.scale;
      const error = ((sigmoid(z) - target[n]) * sampleWeight[n]) / data.length;
      for (const id of d.ids) grad[id] += error * d.scale;
    });
    for (let i = 0; i < size; i++) {
      // The bias (column 0) is not penalised.
      const g = grad[i] + (i === 0 ? 0 : o.l2 * w[i]);
      squares[i] += g * g;
      if (squares[i] > 0) w[i] -= (o.learningRate * g) / Math.sqrt(squares[i]);
    }
  }
  return w;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function toWeights(w: Float64Array, vocabulary: Map<string, number>): Omit<ClassWeights, 'threshold'> {
  const weights: Record<string, number> = {};
  let bias = 0;
  for (const [feature, id] of [...vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const value = round(w[id]);
    if (feature === '#bias') bias = value;
    else if (Math.abs(value) >= 5e-3) weights[feature] = value;
  }
  return { bias, weights };
}

function scoreEncoded(w: Float64Array, d: Encoded): number {
  let z = 0;
  for (const id of d.ids) z += w[id] * d.scale;
  return sigmoid(z);
}

/**
 * Trains the model: k-fold cross-validation on the training sentences picks each class's threshold
 * just above the highest score any sentence that must pass reached out of fold (and in sample),
 * bar the few the false-alarm budget allows (a near-miss or a page of the site the model was fitted
 * on is still never refused: tests/compliance/claims-corpus.test.ts), and never below 0.7, so a class whose
 * passes all score low does not fire at an even chance on wording it has never seen; then every
 * class is fitted on everything.
 */
export function trainClassifier(sentences: readonly TrainingSentence[], options: TrainingOptions = {}, onOutOfFold?: (scores: Map<ClaimClass, Float64Array>) => void): ClassifierModel {
  const o = { ...DEFAULTS, ...options };
  // Folds by position within each label, so every fold has some of every class.
  const seen = new Map<string, number>();
  const fold = sentences.map((s) => {
    const n = seen.get(s.label) ?? 0;
    seen.set(s.label, n + 1);
    return n % o.folds;
  });
  const outOfFold = new Map<ClaimClass, Float64Array>(CLAIM_CLASSES.map((c) => [c, new Float64Array(sentences.length)]));
  const prepared = prepare(sentences);
  for (let k = 0; k < o.folds; k++) {
    const part = prepared.filter((_, i) => fold[i] !== k);
    const vocabulary = vocabularyOf(part, o.minCount);
    const train = encode(part, vocabulary);
    const test = encode(prepared, vocabulary);
    for (const claimClass of CLAIM_CLASSES) {
      const w = fitClass(train, claimClass, vocabulary.size, o);
      sentences.forEach((_, i) => {
        if (fold[i] === k) outOfFold.get(claimClass)![i] = scoreEncoded(w, test[i]);
      });
    }
  }

  onOutOfFold?.(outOfFold);
  const vocabulary = vocabularyOf(prepared, o.minCount);
  const all = encode(prepared, vocabulary);
  const classes = {} as Record<ClaimClass, ClassWeights>;
  const crossValidation = {} as ClassifierModel['crossValidation'];
  for (const claimClass of CLAIM_CLASSES) {
    const w = fitClass(all, claimClass, vocabulary.size, o);
    const oof = outOfFold.get(claimClass)!;
    const passScores: number[] = [];
    all.forEach((d, i) => {
      if (d.label !== 'pass' || d.gated.has(claimClass)) return;
      passScores.push(Math.max(oof[i], scoreEncoded(w, d)));
    });
    passScores.sort((a, b) => b - a);
    const highestPass = passScores[Math.min(o.falseAlarmBudget, passScores.length - 1)] ?? 0;
    const threshold = round(Math.min(0.99, Math.max(0.7, highestPass + o.margin)));
    const positives = all.filter((d) => d.label === claimClass);
    const found = all.filter((d, i) => d.label === claimClass && !d.gated.has(claimClass) && oof[i] >= threshold).length;
    const negatives = all.filter((d) => d.label === 'pass');
    const falseAlarms = all.filter((d, i) => d.label === 'pass' && !d.gated.has(claimClass) && oof[i] >= threshold).length;
    classes[claimClass] = { ...toWeights(w, vocabulary), threshold };
    crossValidation[claimClass] = { positives: positives.length, found, negatives: negatives.length, falseAlarms };
  }
  return {
    featureVersion: FEATURE_VERSION,
    classes,
    crossValidation,
    training: {
      sentences: sentences.length,
      positives: sentences.filter((s) => s.label !== 'pass').length,
      negatives: sentences.filter((s) => s.label === 'pass').length,
      contentSentences: sentences.filter((s) => s.fromContent).length,
    },
  };
}

// The committed model -----------------------------------------------------------------------------

/**
 * Written by `npm run claims:train`; a test retrains and compares, so it cannot drift from its data.
 * Found from the repository root (every caller runs there: the CLI, the build, `next dev`, the
 * tests): a path built from import.meta.url is not a file path once Turbopack has bundled the module.
 */
export const MODEL_FILE = path.join(process.cwd(), 'lib', 'compliance', 'claims', 'classifier-model.json');

let committed: ClassifierModel | undefined;

export function committedModel(): ClassifierModel {
  if (!committed) {
    const model = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as ClassifierModel;
    if (model.featureVersion !== FEATURE_VERSION) throw new Error(`content check: ${MODEL_FILE} was trained on other features; run npm run claims:train`);
    committed = model;
  }
  return committed;
}

/** The model file's text for a model: stable key order, one class per block. */
export function serialiseModel(model: ClassifierModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}
