/**
 * How many reverse proxies in front of the server are trusted to append to X-Forwarded-For and to
 * set X-Forwarded-Host/-Proto (TRUST_PROXY_HOPS). 0, the default, trusts none: every forwarding
 * header is the client's own text and is ignored.
 */
import { intFromEnv } from './env';

export function trustProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  return Math.min(intFromEnv(env.TRUST_PROXY_HOPS, 0), 10);
}
