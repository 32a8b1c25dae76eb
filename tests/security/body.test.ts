/** The one bounded body reader: stops at the limit whatever Content-Length says, chunked bodies included. */
import { describe, expect, it } from 'vitest';
import { readBody, readLimited } from '@/lib/http/body';
import { intFromEnv, durationMsFromEnv, SECOND } from '@/lib/http/env';

/** A body of `total` bytes made on demand, recording how much was pulled from it. */
function lazyBody(total: number, chunk = 64 * 1024) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) return controller.close();
      const n = Math.min(chunk, total - stats.pulled);
      stats.pulled += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe('bounded body reader', () => {
  it('stops a 256 MB body without a length after the limit, and cancels the stream', async () => {
    const { stream, stats } = lazyBody(256 * 1024 * 1024);
    expect(await readLimited(stream, 16 * 1024)).toBe('too-large');
    expect(stats.pulled).toBeLessThanOrEqual(16 * 1024 + 64 * 1024);
    expect(stats.cancelled).toBe(true);
  });

  it('answers 413 for a streamed (chunked) form body over the limit, and for a declared length over it without reading', async () => {
    const { stream, stats } = lazyBody(256 * 1024 * 1024);
    const chunked = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream, duplex: 'half' } as RequestInit);
    const res = await readBody(chunked, { maxBytes: 32 * 1024, messages: { tooLarge: 'Too large.', unsupported: 'Form only.' } });
    expect(res).toEqual({ ok: false, status: 413, message: 'Too large.' });
    expect(stats.pulled).toBeLessThan(1024 * 1024);

    const declared = lazyBody(256 * 1024 * 1024);
    const lying = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(256 * 1024 * 1024) }, body: declared.stream, duplex: 'half' } as RequestInit);
    expect(await readBody(lying, { maxBytes: 32 * 1024 })).toMatchObject({ ok: false, status: 413 });
    expect(declared.stats.pulled).toBeLessThan(1024 * 1024); // at most what the Request buffered ahead
  });

  it('reads forms, multipart with a capitalised boundary, and JSON; refuses other types (415) and bad JSON (400)', async () => {
    const form = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&a=2&b=%C3%A9' });
    expect(await readBody(form, { maxBytes: 1024 })).toEqual({ ok: true, fields: { a: '1', b: 'é' } });
    const boundary = '----WebKitFormBoundaryAbCdEf';
    const multipart = new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
    });
    expect(await readBody(multipart, { maxBytes: 1024 })).toEqual({ ok: true, fields: { note: 'hello' } });
    const json = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(await readBody(json, { maxBytes: 1024, accept: ['urlencoded'] })).toMatchObject({ ok: false, status: 415 });
    const bad = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(await readBody(bad, { maxBytes: 1024 })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('environment numbers', () => {
  it('parses integers and durations, falling back on blank, junk or negative values and honouring a minimum', () => {
    expect(intFromEnv(undefined, 5)).toBe(5);
    expect(intFromEnv('  ', 5)).toBe(5);
    expect(intFromEnv('abc', 5)).toBe(5);
    expect(intFromEnv('-3', 5)).toBe(5);
    expect(intFromEnv('7.9', 5)).toBe(7);
    expect(intFromEnv('0', 5, 1)).toBe(1);
    expect(durationMsFromEnv('30', 600, SECOND)).toBe(30_000);
    expect(durationMsFromEnv(undefined, 600, SECOND)).toBe(600_000);
  });
});
