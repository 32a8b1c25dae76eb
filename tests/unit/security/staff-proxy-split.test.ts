/**
 * proxy.ts must run on staff pages (their nonce policy) and never on the staff route handlers that
 * read a body (Next drains a proxied body to clone it); those handlers take the static policy from
 * next.config.mjs instead. The endpoint list is written twice because Next reads the proxy matcher
 * statically: this test keeps the two lists and the route files on disk in step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { config as proxyConfig } from '@/proxy';
import nextConfig from '@/next.config.mjs';

const STAFF_DIR = path.join(process.cwd(), 'app', 'staff');

function staffFiles(name: 'page.tsx' | 'route.ts'): string[] {
  return (fs.readdirSync(STAFF_DIR, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === name)
    .map((f) => `/staff/${path.dirname(f)}`.replace(/\/\.$/, '').replace('[id]', '7f1c2a9e-0000-4000-8000-000000000001'));
}

describe('staff pages and staff route handlers', () => {
  const pages = staffFiles('page.tsx');
  const handlers = staffFiles('route.ts');

  it('finds both on disk', () => {
    expect(pages).toContain('/staff');
    expect(handlers).toContain('/staff/sign-in/submit');
  });

  it.each(pages)('the proxy runs on the page %s', (url) => {
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url })).toBe(true);
  });

  it.each(handlers)('the proxy leaves the handler %s alone, and next.config.mjs gives it the static policy', async (url) => {
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url })).toBe(false);
    const response = await unstable_getResponseFromNextConfig({ url: `http://localhost${url}`, nextConfig });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
