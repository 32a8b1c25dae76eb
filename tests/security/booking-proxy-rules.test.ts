/**
 * What proxy.ts decides, without a server (tests/e2e/security-probe.spec.ts checks the same
 * against the production build): malformed escapes, the global error page, the staff nonce policy,
 * and the SITE_URL start-up check.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../next.config.mjs';
import { globalErrorPathResponse, isMalformedPath, malformedPathResponse, staffPolicyHeaders } from '@/lib/security/proxy-rules';
import { siteUrlProblem } from '@/lib/security/site-url';

describe('malformed percent escapes', () => {
  it.each(['/treatments/%ff', '/articles/%ff', '/staff/requests/%ff', '/clinicians/%ff', '/%', '/a%zz', '/%c0%af', '/%e2%82'])('%s is malformed', (p) => {
    expect(isMalformedPath(p)).toBe(true);
  });
  it.each(['/', '/treatments/lipogems', '/articles/caf%C3%A9', '/search%20page', '/%25'])('%s is fine', (p) => {
    expect(isMalformedPath(p)).toBe(false);
  });
  it('answers 400 and 404 with the security headers and no-store', async () => {
    for (const [res, status] of [
      [malformedPathResponse(), 400],
      [globalErrorPathResponse(), 404],
    ] as const) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(await malformedPathResponse().text()).toMatch(/malformed percent-encoded/);
  });
});

describe('staff nonce policy', () => {
  it('puts a fresh nonce in script-src, drops unsafe-inline, and keeps every other directive', () => {
    const a = staffPolicyHeaders(new Headers({ cookie: 'x=1' }));
    const b = staffPolicyHeaders(new Headers());
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = a.responseHeaders.get('content-security-policy')!;
    expect(policy).toContain(`script-src 'self' 'nonce-${a.nonce}';`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy.replace(/script-src [^;]*/, '')).toBe(contentSecurityPolicy.replace(/script-src [^;]*/, ''));
    // Next reads the nonce from the request's policy; the request keeps its other headers.
    expect(a.requestHeaders.get('content-security-policy')).toBe(policy);
    expect(a.requestHeaders.get('x-nonce')).toBe(a.nonce);
    expect(a.requestHeaders.get('cookie')).toBe('x=1');
  });
});

describe('SITE_URL at start-up', () => {
  it('is required in production, with a message that says what to set', () => {
    expect(siteUrlProblem({ NODE_ENV: 'production' })).toMatch(/SITE_URL is not set.*Refusing to start/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: '  ' })).toMatch(/SITE_URL is not set/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: 'www.example.org' })).toMatch(/not a valid URL/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: 'ftp://example.org' })).toMatch(/must start with https/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: 'https://www.example.org' })).toBeNull();
  });
  it('is optional in development and tests', () => {
    expect(siteUrlProblem({ NODE_ENV: 'development' })).toBeNull();
    expect(siteUrlProblem({ NODE_ENV: 'test' })).toBeNull();
  });
});
