/** Which address a request is counted against: the socket's, unless proxies are trusted (TRUST_PROXY_HOPS). */
import { describe, expect, it } from 'vitest';
import { clientAddress, UNKNOWN_CLIENT } from '@/lib/http/client-address';
import { capturePeerAddresses, peerAddress, withPeerAddress } from '@/lib/http/peer-address';
import { trustProxyHops } from '@/lib/http/proxy';
import { isAllowedOrigin } from '@/lib/http/origin';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const spoofs: Record<string, string>[] = [
  {},
  { 'x-forwarded-for': '6.6.6.6' },
  { 'x-forwarded-for': '6.6.6.6, 7.7.7.7' },
  { 'x-real-ip': '8.8.8.8' },
  { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '8.8.8.8' },
];

describe('client address', () => {
  it('with no trusted proxy, ignores X-Forwarded-For and X-Real-IP entirely and uses the socket peer', () => {
    for (const h of spoofs) expect(clientAddress(new Headers(h), { hops: 0, peer: '203.0.113.5' })).toBe('203.0.113.5');
    // No peer known (a direct call, outside a server) is one shared bucket, never a header's value.
    for (const h of spoofs) expect(clientAddress(new Headers(h), { hops: 0 })).toBe(UNKNOWN_CLIENT);
  });

  it('behind N trusted proxies takes the N-th address from the right of X-Forwarded-For', () => {
    const h = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2' });
    expect(clientAddress(h, { hops: 1, peer: '10.0.0.9' })).toBe('10.0.0.2');
    expect(clientAddress(h, { hops: 2, peer: '10.0.0.9' })).toBe('198.51.100.7');
    // A client prepending its own entries moves nothing: the proxy's entry stays right-most.
    const spoofed = new Headers({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 198.51.100.7' });
    expect(clientAddress(spoofed, { hops: 1, peer: '10.0.0.9' })).toBe('198.51.100.7');
    // X-Real-IP is never read.
    expect(clientAddress(new Headers({ 'x-real-ip': '8.8.8.8', 'x-forwarded-for': '198.51.100.7' }), { hops: 1 })).toBe('198.51.100.7');
    // No header at all behind a proxy: the socket peer (the proxy) rather than nothing.
    expect(clientAddress(new Headers(), { hops: 1, peer: '10.0.0.9' })).toBe('10.0.0.9');
  });

  it('reads an IPv4-mapped IPv6 peer as the IPv4 address', () => {
    expect(clientAddress(new Headers(), { hops: 0, peer: '::ffff:192.0.2.1' })).toBe('192.0.2.1');
  });

  it('TRUST_PROXY_HOPS defaults to 0, and junk is 0', () => {
    expect(trustProxyHops({} as NodeJS.ProcessEnv)).toBe(0);
    expect(trustProxyHops({ TRUST_PROXY_HOPS: 'yes' } as unknown as NodeJS.ProcessEnv)).toBe(0);
    expect(trustProxyHops({ TRUST_PROXY_HOPS: '2' } as unknown as NodeJS.ProcessEnv)).toBe(2);
  });

  it('a request to a real HTTP server is handled with its socket address in context, whatever headers it sends', async () => {
    capturePeerAddresses();
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      // Asynchronous on purpose: the address must survive awaits inside the handler.
      void Promise.resolve().then(() => {
        seen.push(clientAddress(new Headers(req.headers as Record<string, string>), { hops: 0 }));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      for (const h of spoofs) {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: h });
        await res.text();
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(seen).toEqual(spoofs.map(() => '127.0.0.1'));
    expect(peerAddress()).toBeUndefined(); // outside a request
    expect(withPeerAddress('192.0.2.44', () => clientAddress(new Headers(), { hops: 0 }))).toBe('192.0.2.44');
  });
});

describe('origin check and X-Forwarded-Host', () => {
  const site = 'https://clinic.example';
  it('ignores X-Forwarded-Host and X-Forwarded-Proto from a client when no proxy is trusted', () => {
    const h = new Headers({ origin: 'https://evil.example', host: 'clinic.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(isAllowedOrigin(h, { siteUrl: site, allowed: [], hops: 0 })).toBe(false);
    // The real Host still counts as the request's own origin.
    const own = new Headers({ origin: 'http://127.0.0.1:3120', host: '127.0.0.1:3120', 'x-forwarded-host': 'evil.example' });
    expect(isAllowedOrigin(own, { siteUrl: site, allowed: [], hops: 0 })).toBe(true);
  });
  it('believes X-Forwarded-Host behind a trusted proxy', () => {
    const h = new Headers({ origin: 'https://www.clinic.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'www.clinic.example', 'x-forwarded-proto': 'https' });
    expect(isAllowedOrigin(h, { siteUrl: site, allowed: [], hops: 1 })).toBe(true);
    expect(isAllowedOrigin(h, { siteUrl: site, allowed: [], hops: 0 })).toBe(false);
  });
});
