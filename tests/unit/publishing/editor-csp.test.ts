import { afterEach, describe, expect, it, vi } from 'vitest';
import nextConfig, { contentSecurityPolicy, editorContentSecurityPolicy } from '../../../next.config.mjs';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe("the editor's Content-Security-Policy", () => {
  it('relaxes only styles and blob: images in local mode', () => {
    const policy = editorContentSecurityPolicy({ NEXT_PUBLIC_KEYSTATIC_STORAGE: undefined });
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'connect-src')).not.toContain('github');
    expect(directive(policy, 'script-src')).toBe(directive(contentSecurityPolicy, 'script-src'));
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it("lets GitHub mode reach GitHub's API and avatars, and nothing else", () => {
    const policy = editorContentSecurityPolicy({ NEXT_PUBLIC_KEYSTATIC_STORAGE: 'github' });
    expect(directive(policy, 'connect-src')).toMatch(/^connect-src 'self'( ws:)? https:\/\/api\.github\.com$/);
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://avatars.githubusercontent.com");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
  });

  it('leaves the public pages strict', () => {
    expect(directive(contentSecurityPolicy, 'style-src')).toBe("style-src 'self'");
    expect(contentSecurityPolicy).not.toContain('github');
  });
});

describe('the headers next.config.mjs sends', () => {
  afterEach(() => vi.unstubAllEnvs());

  // Next refuses to start on a header without a string value; this caught a function passed as one.
  it.each([
    ['a production build, local mode', 'production', ''],
    ['next dev, local mode', 'development', ''],
    ['a production build, GitHub mode', 'production', 'github'],
  ])('%s: every value is a string, and /keystatic has its own policy only where the editor exists', async (_label, nodeEnv, storage) => {
    vi.stubEnv('NODE_ENV', nodeEnv);
    vi.stubEnv('NEXT_PUBLIC_KEYSTATIC_STORAGE', storage);
    const rules = await nextConfig.headers!();
    for (const rule of rules) for (const h of rule.headers) expect(typeof h.value, `${rule.source} ${h.key}`).toBe('string');
    const editorRule = rules.find((r) => r.source === '/keystatic/:path*');
    expect(Boolean(editorRule)).toBe(editorEnabled({ NODE_ENV: nodeEnv, NEXT_PUBLIC_KEYSTATIC_STORAGE: storage }));
    if (editorRule) expect(editorRule.headers[0].value).toBe(editorContentSecurityPolicy({ NEXT_PUBLIC_KEYSTATIC_STORAGE: storage }));
  });
});
