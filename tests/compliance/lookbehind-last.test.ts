import { describe, expect, it } from 'vitest';
import { lookbehindLast } from '@/lib/compliance/lookbehind-last';

describe('lookbehindLast', () => {
  it('guards an opening lookbehind with a lookahead for the rest of its alternative', () => {
    expect(lookbehindLast(/(?<=\bsurgery\b[^.]*?)\bcancel it\b/i).source).toBe(String.raw`(?=\bcancel it\b)(?<=\bsurgery\b[^.]*?)\bcancel it\b`);
    expect(lookbehindLast(/(?<=\bsurgery\b[^.]*?)\bcancel it\b/i).flags).toBe('i');
  });

  it('guards each alternative that opens on one, nested ones in their own place', () => {
    expect(lookbehindLast(/a|(?<=b)c(?:d|(?<=e)f)/).source).toBe('a|(?=c(?:d|(?<=e)f))(?<=b)c(?:d|(?=f)(?<=e)f)');
  });

  it('leaves alone what a copy would change or what costs nothing to try', () => {
    for (const pattern of [/(?<=b)(c)/, /(?<=(b))c\1/, /(?<!b)c/, /(?<=b)/, /b(?<=b)c/, /(?<=b)c/g, /(?<=b)c/y, /plain/]) {
      expect(lookbehindLast(pattern), pattern.source).toBe(pattern);
    }
  });

  it('finds the same matches as the pattern as written', () => {
    const written = /(?<=\b(?:surgery|operation)\w*\b[^.!]*?)\b(?:cancel|skip) (?:it|them)\b/i;
    const fast = lookbehindLast(written);
    const texts = [
      'If surgery is offered, you could cancel it.',
      'Cancel it if surgery is offered.',
      'The operation went ahead. Then skip them.',
      'Operations: skip them, and cancel it too.',
      'Nothing here at all.',
    ];
    for (const text of texts) {
      const [a, b] = [written.exec(text), fast.exec(text)];
      expect([b?.index, b?.[0]], text).toEqual([a?.index, a?.[0]]);
    }
    expect(fast.exec(texts[0])?.[0]).toBe('cancel it');
    expect(fast.exec(texts[1])).toBeNull();
  });
});
