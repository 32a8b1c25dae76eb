/**
 * Where this server can reach itself over loopback, for the JavaScript-off refusal path (the
 * submit route renders /book by requesting it; docs/booking.md explains why). Never derived from
 * the request's Host header, which would let a client point the server at another host (SSRF).
 *
 * In order: BOOKING_SELF_ORIGIN (set it when the server listens somewhere unusual, e.g. a Unix
 * socket behind a proxy); the origin Next records at start-up in the private, undocumented
 * __NEXT_PRIVATE_ORIGIN, used only if it is a plain http(s) origin; else 127.0.0.1 on PORT.
 * If none answers, the route falls back to a plain error page, so nothing is lost.
 */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '[::]', '::']);

export function selfOrigin(env: Record<string, string | undefined> = process.env): string {
  for (const candidate of [env.BOOKING_SELF_ORIGIN, env.__NEXT_PRIVATE_ORIGIN]) {
    const origin = plainOrigin(candidate);
    if (origin) return origin;
  }
  const port = Number(env.PORT);
  return `http://127.0.0.1:${Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000}`;
}

function plainOrigin(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  // A server bound to all interfaces reports the wildcard address, which is not one to connect to.
  if (WILDCARD_HOSTS.has(url.hostname)) url.hostname = '127.0.0.1';
  return url.origin;
}
