/**
 * The sentence splitter's parser (lib/content/sentences.ts EnglishParser) writes parse-latin's
 * tokenizer out again so that each character is classed once per code, and builds no positions:
 * for text whose line breaks are spaces (as the splitter gives it), its trees must be the very
 * trees parse-english gives, positions aside, on every page of the site and every fixture (whole
 * documents, so code, markup and front matter are in) and on random text built from every kind of
 * character; and the offsets the splitter counts from the nodes' text must be parse-english's.
 */
import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import type { Root, SentenceContent } from 'nlcst';
import { EnglishParser, splitSentences } from '@/lib/content/sentences';
import { seededRandom, siteAndFixturePages } from './gfm-equivalence';

const original = new ParseEnglish();
const ours = new EnglishParser();

/** A block of prose as the splitter parses it. */
const asProse = (text: string) => text.replace(/[\r\n]/g, ' ');

function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));
}

/** Every node of parse-english's sentences by where it starts. */
function sentenceNodesByStart(root: Root): Map<number, SentenceContent> {
  const nodes = new Map<number, SentenceContent>();
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') for (const node of sentence.children) nodes.set(node.position!.start.offset!, node);
  }
  return nodes;
}

function randomTexts(count: number): string[] {
  const pieces = ['Knee', 'cells', "don't", 'e.g.', 'Dr.', '12', '3.5', '%', '£40', ' ', '  ', '\t', '\n', '\r\n', '\r', '.', '...', '…', '!?', ',', ';', ':', '-', '—', '–', '(', ')', '"', '“', '”', "'", '’', '[@lee2019]', '/', '&', '+', '=', '#', '😀', '\ud83d', '\ude00', 'é', 'ß', 'İ', 'Ω', '中文', '\u00a0', '\u2028', '_', '~'];
  const random = seededRandom(21);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? '' : ' '));
}

describe('the sentence parser', () => {
  it('leaves out exactly one of parse-english\'s plugins, the one that reads line breaks', () => {
    expect(ours.tokenizeParagraphPlugins).toHaveLength(original.tokenizeParagraphPlugins.length - 1);
    expect(ours.tokenizeSentencePlugins).toHaveLength(original.tokenizeSentencePlugins.length);
    expect(ours.tokenizeRootPlugins).toHaveLength(original.tokenizeRootPlugins.length);
  });

  it('gives parse-english\'s tree for every page of the site and every fixture', () => {
    for (const source of siteAndFixturePages().map(asProse)) expect(ours.parse(source)).toEqual(withoutPositions(original.parse(source)));
  });

  it('gives parse-english\'s tree for random text of words, digits, white space, punctuation, symbols and surrogate pairs', () => {
    for (const text of randomTexts(2000).map(asProse)) expect(ours.parse(text), JSON.stringify(text)).toEqual(withoutPositions(original.parse(text)));
  });

  it('places every node of every sentence where parse-english does', () => {
    let placed = 0;
    for (const text of [...siteAndFixturePages(), ...randomTexts(500)]) {
      const theirs = sentenceNodesByStart(original.parse(asProse(text)));
      for (const sentence of splitSentences(text)) {
        expect(sentence.starts).toHaveLength(sentence.nlcst.children.length);
        sentence.nlcst.children.forEach((node, i) => {
          expect(node, `${JSON.stringify(text.slice(0, 60))} at ${sentence.starts[i]}`).toEqual(withoutPositions(theirs.get(sentence.starts[i])));
          placed++;
        });
      }
    }
    expect(placed).toBeGreaterThan(10_000);
  });
});
