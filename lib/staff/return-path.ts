/**
 * Where sign-in sends someone afterwards: `/staff/sign-in?next=/keystatic` returns to the editor.
 * The value comes from a query string and a form field, so anyone can write it; only a plain
 * relative path inside the staff area or the editor is kept, anything else becomes `/staff`
 * (an open redirect would let a phishing link land on another site after a real sign-in).
 * Pure, so it is unit-tested with the attacks it refuses (tests/staff/return-path.test.ts).
 */
export const DEFAULT_RETURN_PATH = '/staff';

/** The areas that need a staff session; a return path must be one of them or below one. */
export const RETURN_PATH_PREFIXES = ['/staff', '/keystatic'] as const;

const MAX_LENGTH = 512;
// Unreserved and sub-delimiter characters, `/`, `?`, `#`, `=`, `&`, `%`: no backslash, no
// whitespace or control characters, no `:` (so nothing can read as a scheme), no quotes or `<>`.
const SAFE_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=@/?#%]*$/;

export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return DEFAULT_RETURN_PATH;
  // One leading slash: `//host` and `/\host` are protocol-relative URLs to another site.
  if (!value.startsWith('/') || value.startsWith('//') || !SAFE_CHARS.test(value)) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(value, 'http://return-path.invalid');
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== 'http://return-path.invalid') return DEFAULT_RETURN_PATH;
  // The path must already be in its normal form: `/staff/../x` and `/staff/%2e%2e/x` (which the
  // URL parser resolves) would leave the allowed areas.
  const pathEnd = value.search(/[?#]/);
  if (url.pathname !== (pathEnd === -1 ? value : value.slice(0, pathEnd))) return DEFAULT_RETURN_PATH;
  const inArea = RETURN_PATH_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`));
  return inArea ? value : DEFAULT_RETURN_PATH;
}
