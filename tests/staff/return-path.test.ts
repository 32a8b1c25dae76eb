/** Where sign-in returns to (`?next=`): only plain paths in the staff area or the editor; everything else is /staff. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETURN_PATH, safeReturnPath } from '@/lib/staff/return-path';

describe('safeReturnPath', () => {
  it.each([
    '/staff',
    '/staff/',
    '/staff/outbox',
    '/staff/requests/00000000-0000-4000-8000-000000000000',
    '/staff?status=new&q=smith',
    '/keystatic',
    '/keystatic/',
    '/keystatic/collection/articles/item/my-article',
    '/keystatic/collection/articles/create#top',
  ])('keeps %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    // Other sites: protocol-relative, backslashes (browsers read `\` as `/`), schemes.
    '//evil.example',
    '//evil.example/staff',
    '/\\evil.example',
    '\\\\evil.example',
    '/staff\\..\\..\\evil',
    'https://evil.example/staff',
    'http:/evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/staff/x:y',
    // Whitespace and control characters (`/\t/evil.example` is `//evil.example` to a browser).
    '/\t/evil.example',
    '/ /evil.example',
    '/staff\r\nSet-Cookie: x=1',
    '/staff\u0000',
    // Relative paths, or outside the two areas.
    'staff',
    'keystatic',
    '',
    '/',
    '/book',
    '/api/keystatic/tree',
    '/staffroom',
    '/keystatic-fake',
    '/STAFF',
    // Dot segments that leave the area once resolved, plain or percent-encoded.
    '/staff/../book',
    '/staff/./../book',
    '/keystatic/..',
    '/staff/%2e%2e/book',
    '/staff/%2E%2E/%2e%2e//evil.example',
    '/staff/.%2e/book',
    // Too long, and not a string at all.
    `/staff/${'a'.repeat(600)}`,
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBe(DEFAULT_RETURN_PATH);
  });

  it.each([undefined, null, 42, ['/keystatic'], { next: '/keystatic' }])('refuses a non-string %j', (value) => {
    expect(safeReturnPath(value)).toBe(DEFAULT_RETURN_PATH);
  });

  it('whatever it returns is a same-origin path in one of the two areas', () => {
    const tries = ['//x', '/keystatic/../..//x', '/%2F%2Fx', '/staff/%2F%2Fevil.example', '/keystatic?next=//evil.example'];
    for (const t of tries) {
      const out = safeReturnPath(t);
      const url = new URL(out, 'https://clinic.example');
      expect(url.origin).toBe('https://clinic.example');
      expect(url.pathname).toMatch(/^\/(staff|keystatic)(\/|$)/);
    }
  });
});
