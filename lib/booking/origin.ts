/**
 * Cross-site form posts are refused: a browser always sends Origin on POST, and it must be the
 * site itself (SITE_URL), the host the request was made to, or an explicitly allowed origin.
 * A missing Origin falls back to Referer; neither means we cannot tell, and we refuse.
 */
export function isAllowedOrigin(headers: Headers, opts: { siteUrl: string; allowed: string[] }): boolean {
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
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (host) {
    // Same host as the request, over the protocol the request used (or the proxy reports).
    const proto = headers.get('x-forwarded-proto') ?? parsed.protocol.replace(':', '');
    candidates.add(`${proto}://${host}`);
  }
  return candidates.has(parsed.origin);
}

function safeOrigin(u: string) {
  try {
    return new URL(u).origin;
  } catch {
    return '';
  }
}
