/**
 * One sentence → tokens with part of speech and lemma (wink-nlp and its English model, loaded once),
 * and a "lemma text": the lemmas joined by spaces, so that a lexicon written as base forms
 * ("regrow cartilage", "be approve by") matches every inflection, the passive and contractions.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Token = {
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
};

export type TaggedSentence = {
  text: string;
  tokens: Token[];
  /** Lemmas joined by single spaces; hyphenated words stay joined ("fda-approve", "risk-free"). */
  lemmaText: string;
  /** Offset in the sentence text of a character of lemmaText. */
  sourceOffset(lemmaIndex: number): number;
};

/**
 * Forms the model lemmatises wrongly or not at all (rare verbs such as "regrown", or a plural
 * tagged as a proper noun at the start of a sentence). Only words the lexicons use are listed.
 */
export const LEMMA_FIXES: Record<string, string> = {
  regrown: 'regrow',
  regrew: 'regrow',
  regrows: 'regrow',
  healed: 'heal',
  heals: 'heal',
  halves: 'halve',
  halved: 'halve',
  patients: 'patient',
  athletes: 'athlete',
  celebrities: 'celebrity',
  footballers: 'footballer',
  doctors: 'doctor',
  surgeons: 'surgeon',
  physios: 'physio',
  physiotherapists: 'physiotherapist',
  runners: 'runner',
  golfers: 'golfer',
  champions: 'champion',
  licenced: 'license',
  licensed: 'license',
  licence: 'license',
  cleared: 'clear',
  endorsed: 'endorse',
  accredited: 'accredit',
  certified: 'certify',
  sanctioned: 'sanction',
  undone: 'undo',
  prices: 'price',
  mended: 'mend',
  mends: 'mend',
  erased: 'erase',
  undoes: 'undo',
  trusted: 'trust',
  loved: 'love',
  lipogems: 'lipogems',
  rebuilt: 'rebuild',
  restored: 'restore',
  repaired: 'repair',
  eased: 'ease',
  reduced: 'reduce',
  improved: 'improve',
  relieved: 'relieve',
};

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** The model takes about half a second to load: once per process, and only when a sentence needs it. */
function tagger(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

const CITATION = /\[@[^\]]*\]/g;

export function tagSentence(text: string): TaggedSentence {
  const nlpInstance = tagger();
  const its = nlpInstance.its;
  // Citations are not words; blank them out so offsets stay those of the original text.
  const plain = text.replace(CITATION, (m) => ' '.repeat(m.length));
  const doc = nlpInstance.readDoc(plain);
  const values = doc.tokens().out(its.value) as string[];
  // The package's own typing of its.lemma does not fit out(); the call is the documented one.
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = plain.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    cursor = start + value.length;
    const lower = value.toLowerCase();
    // wink-nlp gives some tokens no lemma ("cannot" after a noun inside quotes): the word stands for itself.
    // (Own keys only: "constructor" would otherwise read Object.prototype's function.)
    const fix = Object.hasOwn(LEMMA_FIXES, lower) ? LEMMA_FIXES[lower] : undefined;
    tokens.push({ value, lower, lemma: fix ?? lemmas[i]?.toLowerCase() ?? lower, pos: tags[i], start, end: start + value.length });
  });

  let lemmaText = '';
  const starts: number[] = [];
  const tokenAt: number[] = [];
  tokens.forEach((token, i) => {
    // A possessive 's stays on its noun ("clinic's"); the verb 's ("there's", "it's") is "be", a word of its own.
    const joined = token.value === '-' || tokens[i - 1]?.value === '-' || ((token.value === '’s' || token.value === "'s") && token.lemma !== 'be');
    if (i > 0 && !joined) {
      lemmaText += ' ';
      tokenAt.push(i);
    }
    starts.push(lemmaText.length);
    lemmaText += token.lemma;
    for (let k = 0; k < token.lemma.length; k++) tokenAt.push(i);
  });

  return {
    text,
    tokens,
    lemmaText,
    sourceOffset(lemmaIndex) {
      const i = tokenAt[Math.min(lemmaIndex, tokenAt.length - 1)] ?? 0;
      return tokens[i]?.start ?? 0;
    },
  };
}
