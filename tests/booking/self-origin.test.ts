/** Where the JavaScript-off refusal path fetches /book from: never from the request, never a non-origin. */
import { describe, expect, it } from 'vitest';
import { selfOrigin } from '@/lib/booking/self-origin';

describe('selfOrigin', () => {
  it('prefers BOOKING_SELF_ORIGIN, then the origin Next recorded, then 127.0.0.1 on PORT', () => {
    expect(selfOrigin({ BOOKING_SELF_ORIGIN: 'http://10.0.0.5:8080', __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3000' })).toBe('http://10.0.0.5:8080');
    expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3130' })).toBe('http://127.0.0.1:3130');
    expect(selfOrigin({ PORT: '4000' })).toBe('http://127.0.0.1:4000');
    expect(selfOrigin({})).toBe('http://127.0.0.1:3000');
  });

  it('turns a wildcard bind address into loopback', () => {
    expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://0.0.0.0:3000' })).toBe('http://127.0.0.1:3000');
    expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://[::]:3000' })).toBe('http://127.0.0.1:3000');
  });

  it('ignores values that are not a plain http(s) origin', () => {
    for (const bad of ['', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)', 'http://user:pw@127.0.0.1:1', 'http://127.0.0.1:1/path', 'http://127.0.0.1:1/?q']) {
      expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: bad, PORT: '3999' }), bad).toBe('http://127.0.0.1:3999');
    }
    expect(selfOrigin({ PORT: '99999' })).toBe('http://127.0.0.1:3000');
  });
});
