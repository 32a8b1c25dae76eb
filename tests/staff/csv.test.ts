import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseFormula, toCsv } from '@/lib/staff/csv';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV export encoding', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0123', "'+44 20 7946 0123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\rfoo', "'\rfoo"],
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ['Ada Lovelace', 'Ada Lovelace'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('quotes commas, quotes and newlines, and neutralises formulas inside quoted cells', () => {
    const csv = toCsv(['Name', 'Message'], [
      ['Lovelace, Ada', 'She said "hello"\nthen left'],
      ['=cmd|\' /C calc\'!A0', null],
      ['Plain', 42],
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const body = csv.slice(1);
    expect(body).toBe(
      ['Name,Message', '"Lovelace, Ada","She said ""hello""\nthen left"', "'=cmd|' /C calc'!A0,", 'Plain,42', ''].join('\r\n'),
    );
  });

  it('never lets a cell start with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        expect(DANGEROUS.includes(out.charAt(0))).toBe(false);
        expect(out.endsWith(s)).toBe(true);
        expect(out.length - s.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
