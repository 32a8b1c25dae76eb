/**
 * A production server needs SITE_URL: staff notifications link to it, the booking form's origin
 * check allows it, and without it every link would point at http://localhost:3000. The server
 * refuses to start rather than warn, because a warning in a log nobody reads still sends staff
 * emails with dead links, and the fix (set one variable) is quick.
 */
export function siteUrlProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== 'production') return null;
  const value = env.SITE_URL?.trim();
  if (!value) {
    return 'SITE_URL is not set. A production server needs the site\'s public origin (for example SITE_URL=https://www.example.org) for links in staff emails and the booking form\'s origin check. Refusing to start.';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is not a valid URL (${JSON.stringify(value.slice(0, 100))}). Set it to the site's public origin, like https://www.example.org. Refusing to start.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `SITE_URL must start with https:// (or http:// for a local test), not ${url.protocol}. Refusing to start.`;
  }
  return null;
}
