/**
 * A cheap test that a text must pass before a pattern can match it, derived from the pattern
 * itself: "text a match must contain". `\b(?:cures?|heals)\b` cannot match a sentence holding
 * neither "cure" nor "heals"; a figure pattern cannot match a sentence without a digit or a
 * number word. Most sentences hold none of a rule list's words, so testing one short regex of
 * literals first skips trying dozens of long patterns on them (the check runs every list on every
 * sentence of every page).
 *
 * Derived by reading the pattern's syntax tree (regexpp, the ECMAScript regex parser ESLint uses),
 * so a rule changed or added gets its test without anyone keeping a word list in step. The test
 * only ever lets more through than the pattern: a match of the pattern consists of one path
 * through its alternatives, and every element that path must match at least once (a literal run,
 * a group of which one alternative matches, a repetition of at least one) leaves its text in the
 * match, and so does what a positive lookahead or lookbehind must see. \b, negated lookarounds,
 * optional parts and broad classes (\w, \s, .) require nothing useful and are skipped; a pattern
 * that requires nothing useful gets no test (null).
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * What a match must contain: one of `sources` (regex sources: escaped literals, `\d` or a class),
 * with `odds`, a rough chance that a sentence of prose holds one of them (lower is better), to pick
 * the most telling requirement of a sequence; null: nothing worth testing for.
 */
type Needs = { sources: string[]; odds: number } | null;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Outside a class only these need a backslash (the same in unicode mode, where no other escape is allowed). */
export const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Words nearly every sentence holds: a requirement made of them tells nothing. */
const COMMON_WORDS = new Set(
  'the a an of in on at to as by for from and or with is are was be it its our your we you that this than every more less most not no can will any all up out'.split(' '),
);

/** A rough chance that a sentence holds `text`: common words nearly always, otherwise falling with its length. */
function oddsOfLiteral(text: string): number {
  if (!text.trim()) return 1;
  const words = text.toLowerCase().trim().split(/\s+/);
  if (words.every((w) => COMMON_WORDS.has(w))) return 0.8;
  return Math.min(0.8, 4 ** -(text.replace(/\s/g, '').length - 2));
}

/** Digits are rarer in prose than any one short word list. */
const DIGIT_ODDS = 0.15;

function fromLiteral(text: string): Needs {
  return { sources: [escapeLiteral(text)], odds: oddsOfLiteral(text) };
}

function union(parts: Needs[]): Needs {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const sources = [...new Set(parts.flatMap((p) => p!.sources))];
  return { sources, odds: parts.reduce((sum, p) => sum + p!.odds, 0) };
}

/** The more telling of two requirements: the less likely to be met, then the one with fewer alternatives. */
function better(a: Needs, b: Needs): Needs {
  if (!a) return b;
  if (!b) return a;
  if (a.odds !== b.odds) return a.odds < b.odds ? a : b;
  return a.sources.length <= b.sources.length ? a : b;
}

function ofAlternative(alternative: AST.Alternative): Needs {
  let best: Needs = null;
  let run = '';
  const endRun = () => {
    if (run) best = better(best, fromLiteral(run));
    run = '';
  };
  for (const element of alternative.elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    endRun();
    best = better(best, ofElement(element));
  }
  endRun();
  return best;
}

function ofElement(element: AST.Element): Needs {
  switch (element.type) {
    case 'Character':
      return fromLiteral(String.fromCodePoint(element.value));
    case 'CharacterSet':
      // Only a digit is rare enough in prose to be worth testing for (\w, \s and . are met by any text).
      return element.kind === 'digit' && !element.negate ? { sources: ['\\d'], odds: DIGIT_ODDS } : null;
    case 'CharacterClass':
      // A class ([a-z], [- ]) is met by nearly any text.
      return null;
    case 'Group':
    case 'CapturingGroup':
      return union(element.alternatives.map(ofAlternative));
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : null;
    case 'Assertion':
      // What a lookahead or lookbehind must see is in the text too ("…(?=[^.]*\busually\b)" needs "usually");
      // \b, ^, $ and negated lookarounds require no text.
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? union(element.alternatives.map(ofAlternative)) : null;
    default:
      // Back-references repeat text already required elsewhere, or nothing.
      return null;
  }
}

/**
 * A regex that every text `pattern` matches also matches, or null when the pattern requires no
 * text worth testing for. Case-insensitive whenever the pattern is, as the literals it holds are.
 */
export function requiredTextOf(pattern: RegExp): RegExp | null {
  const needs = needsOf(pattern);
  return needs && new RegExp(needs.sources.join('|'), pattern.flags.replace(/[gyd]/g, ''));
}

function needsOf(pattern: RegExp): Needs {
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.unicodeSets });
  return union(ast.alternatives.map(ofAlternative));
}

/**
 * A list of patterns with the tests a text must pass for them to match: `required` for the list
 * (null: no test, always try them) and `each` for its patterns in order. Built once per list,
 * where the list is defined.
 */
export type PatternList = { readonly patterns: readonly RegExp[]; readonly required: RegExp | null; readonly each: readonly (RegExp | null)[] };

export function patternList(patterns: readonly RegExp[]): PatternList {
  const needs = patterns.map(needsOf);
  const flags = new Set(patterns.map((p) => p.flags.replace(/[gydi]/g, '')));
  // One test for the whole list when every pattern gives one and they agree on flags other than i.
  const required =
    needs.length > 0 && needs.every((n) => n !== null) && flags.size === 1
      ? new RegExp([...new Set(needs.flatMap((n) => n!.sources))].join('|'), [...flags][0] + (patterns.some((p) => p.ignoreCase) ? 'i' : ''))
      : null;
  return { patterns, required, each: patterns.map((p, i) => needs[i] && new RegExp(needs[i].sources.join('|'), p.flags.replace(/[gyd]/g, ''))) };
}

/** Whether some pattern of the list may match `text` (false only when none can). */
export function mayMatch(list: PatternList, text: string): boolean {
  return !list.required || list.required.test(text);
}

/** The patterns of the lists that may match `text`: the others cannot. */
export function candidatePatterns(text: string, lists: readonly PatternList[]): RegExp[] {
  const found: RegExp[] = [];
  for (const list of lists) {
    if (!mayMatch(list, text)) continue;
    list.patterns.forEach((pattern, i) => {
      const test = list.each[i];
      if (!test || test.test(text)) found.push(pattern);
    });
  }
  return found;
}
