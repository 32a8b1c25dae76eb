/**
 * The sentence splitter's parser (lib/content/sentences.ts EnglishParser) writes parse-latin's
 * tokenizer out again so that each character is classed once per code: its trees must be the very
 * trees parse-english gives, on every page of the site and every fixture (whole documents, so code,
 * markup and front matter are in) and on random text built from every kind of character.
 */
import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import { EnglishParser } from '@/lib/content/sentences';
import { seededRandom, siteAndFixturePages } from './gfm-equivalence';

const original = new ParseEnglish();
const ours = new EnglishParser();

describe('the sentence parser', () => {
  it('gives parse-english\'s tree for every page of the site and every fixture', () => {
    for (const source of siteAndFixturePages()) expect(ours.parse(source)).toEqual(original.parse(source));
  });

  it('gives parse-english\'s tree for random text of words, digits, white space, punctuation, symbols and surrogate pairs', () => {
    const pieces = ['Knee', 'cells', "don't", 'e.g.', 'Dr.', '12', '3.5', '%', '£40', ' ', '  ', '\t', '\n', '\r\n', '\r', '.', '...', '…', '!?', ',', ';', ':', '-', '—', '–', '(', ')', '"', '“', '”', "'", '’', '[@lee2019]', '/', '&', '+', '=', '#', '😀', '\ud83d', '\ude00', 'é', 'ß', 'İ', 'Ω', '中文', '\u00a0', '\u2028', '_', '~'];
    const random = seededRandom(21);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? '' : ' ');
      expect(ours.parse(text), JSON.stringify(text)).toEqual(original.parse(text));
    }
  });
});
