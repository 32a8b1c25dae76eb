/**
 * The client's address for rate limits and sign-in throttling. With TRUST_PROXY_HOPS = 0 it is the
 * socket peer, and X-Forwarded-For and X-Real-IP are ignored entirely (a client can write them).
 * With N trusted proxies, each appending the address it accepted the connection from, the client is
 * the N-th X-Forwarded-For entry from the right: entries left of it were written by the client.
 */
import { isIP } from 'node:net';
import { peerAddress } from './peer-address';
import { trustProxyHops } from './proxy';

export const UNKNOWN_CLIENT = 'unknown';

export function clientAddress(headers: Headers, opts: { hops?: number; peer?: string } = {}): string {
  const hops = opts.hops ?? trustProxyHops();
  const peer = opts.peer ?? peerAddress();
  if (hops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // Fewer entries than proxies means a proxy did not append: take the furthest one there is.
    const entry = chain.length === 0 ? undefined : chain[Math.max(0, chain.length - hops)];
    if (entry) return normalise(entry);
  }
  return peer ? normalise(peer) : UNKNOWN_CLIENT;
}

/** IPv4-mapped IPv6 (::ffff:192.0.2.1) is the IPv4 address; anything that is not an address is bounded text. */
function normalise(address: string): string {
  const a = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(a) ? a.toLowerCase() : a.slice(0, 64);
}
