/**
 * Cross-site form posts are refused: a browser always sends Origin on POST, and it must be the
 * site itself (SITE_URL), the host the request was made to, or an explicitly allowed origin.
 * A missing Origin falls back to Referer; neither means we cannot tell, and we refuse.
 * X-Forwarded-Host and X-Forwarded-Proto name "the host the request was made to" only behind a
 * trusted proxy (TRUST_PROXY_HOPS > 0); otherwise they are the client's own text and ignored.
 */
import { trustProxyHops } from './proxy';

export type OriginPolicy = { siteUrl: string; allowed: string[]; hops?: number };

export function isAllowedOrigin(headers: Headers, opts: OriginPolicy): boolean {
  let origin = headers.get('origin');
  if (!origin || origin === 'null') {
    const referer = headers.get('referer');
    if (!referer) return false;
    try {
      origin = new URL(referer).origin;
    } catch {
      return false;
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const candidates = new Set<string>([safeOrigin(opts.siteUrl), ...opts.allowed.map(safeOrigin)]);
  const proxied = (opts.hops ?? trustProxyHops()) > 0;
  const host = (proxied ? headers.get('x-forwarded-host') : null) ?? headers.get('host');
  if (host) {
    // Same host as the request, over the protocol the request used (or the trusted proxy reports).
    const proto = (proxied ? headers.get('x-forwarded-proto') : null) ?? parsed.protocol.replace(':', '');
    candidates.add(`${proto}://${host}`);
  }
  return candidates.has(parsed.origin);
}

/** Extra origins allowed to post forms (BOOKING_ALLOWED_ORIGINS, comma-separated). */
export function allowedOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.BOOKING_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function safeOrigin(u: string) {
  try {
    return new URL(u).origin;
  } catch {
    return '';
  }
}
