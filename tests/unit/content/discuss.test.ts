/** The options carried from the decision aid to the booking form: parsing, the link, the pre-fill. */
import { describe, expect, it } from 'vitest';
import { bookingHref, discussPrefill, parseDiscuss } from '@/lib/content/discuss';

describe('parseDiscuss', () => {
  it('keeps known options once each, in the decision aid order', () => {
    expect(parseDiscuss(['mfat', 'prp', 'mfat'])).toEqual(['prp', 'mfat']);
    expect(parseDiscuss('bmac')).toEqual(['bmac']);
    expect(parseDiscuss('exercise,waiting')).toEqual(['exercise', 'waiting']);
  });

  it('ignores unknown values, wrong types and nothing at all', () => {
    expect(parseDiscuss(['mfat', 'stem-cell-miracle', '<script>'])).toEqual(['mfat']);
    expect(parseDiscuss(undefined)).toEqual([]);
    expect(parseDiscuss('')).toEqual([]);
    expect(parseDiscuss(42)).toEqual([]);
    expect(parseDiscuss({ discuss: 'mfat' })).toEqual([]);
  });
});

describe('bookingHref', () => {
  it('is a plain /book link without options, and repeats discuss= for each', () => {
    expect(bookingHref([])).toBe('/book');
    expect(bookingHref(['prp', 'mfat'])).toBe('/book?discuss=prp&discuss=mfat');
    expect(parseDiscuss(new URL(bookingHref(['prp', 'mfat']), 'http://x').searchParams.getAll('discuss'))).toEqual(['prp', 'mfat']);
  });
});

describe('discussPrefill', () => {
  it('names the options in the message and answers the treatment question when one has a page', () => {
    expect(discussPrefill(['exercise', 'bmac'], 'not-sure')).toEqual({
      treatment: 'bmac',
      message: 'I would like to discuss these options: Exercise and weight loss; Bone marrow concentrate (BMAC).',
    });
  });

  it('says "not sure" when none or several options have a treatment page, and fills nothing without options', () => {
    expect(discussPrefill(['mfat', 'bmac'], 'not-sure').treatment).toBe('not-sure');
    expect(discussPrefill(['waiting'], 'not-sure').treatment).toBe('not-sure');
    expect(discussPrefill([], 'not-sure')).toEqual({});
  });
});
