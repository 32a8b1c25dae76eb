import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/text/escape-html';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`Tom & "Jerry" <b>it's</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;it&#39;s&lt;/b&gt;');
  });

  it('leaves other text alone and escapes an ampersand once', () => {
    expect(escapeHtml('Café – knee/hip')).toBe('Café – knee/hip');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
