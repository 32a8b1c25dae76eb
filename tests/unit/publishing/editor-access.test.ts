/** Where the editor exists (editorEnabled, lib/publishing/editor-mode.mjs, which next.config.mjs shares) and the parts of its API gate that do not need a session. */
import { describe, expect, it } from 'vitest';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { editorStorage } from '@/lib/publishing/storage';
import { arrivesFromGitHub, noStore, sameSiteBounce } from '@/lib/publishing/editor-access';

const github = { NEXT_PUBLIC_KEYSTATIC_STORAGE: 'github', NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: 'clinic/site' };

describe('editorEnabled', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'development', ...github }, true],
    [{ NODE_ENV: 'production', ...github }, true],
    [{ NODE_ENV: 'test', ...github }, true],
    // Production in local mode: saves would go to a deployed server's files and be lost.
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', NEXT_PUBLIC_KEYSTATIC_STORAGE: 'local' }, false],
    [{ NODE_ENV: 'production', NEXT_PUBLIC_KEYSTATIC_STORAGE: 'GitHub' }, false],
    [{ NODE_ENV: 'test' }, false],
    [{}, false],
  ])('%j → %s', (env, enabled) => {
    expect(editorEnabled(env)).toBe(enabled);
  });
});

describe('editorStorage', () => {
  it('is local unless GitHub mode is asked for, and GitHub mode needs a repository', () => {
    expect(editorStorage({})).toEqual({ kind: 'local' });
    expect(editorStorage(github)).toEqual({ kind: 'github', repo: 'clinic/site', branchPrefix: 'content/' });
    expect(() => editorStorage({ NEXT_PUBLIC_KEYSTATIC_STORAGE: 'github' })).toThrow(/NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO/);
  });
});

describe('arrivesFromGitHub', () => {
  const gh = editorStorage(github);
  const get = (path: string, method = 'GET') => new Request(`https://clinic.example${path}`, { method });
  it('is only the OAuth callback and the app set-up return, by GET, in GitHub mode', () => {
    expect(arrivesFromGitHub(get('/api/keystatic/github/oauth/callback?code=x&state=y'), gh)).toBe(true);
    expect(arrivesFromGitHub(get('/api/keystatic/github/created-app?code=x'), gh)).toBe(true);
    for (const path of ['/api/keystatic/github/login', '/api/keystatic/github/refresh-token', '/api/keystatic/github/logout', '/api/keystatic/tree', '/api/keystatic/github/oauth/callback/x', '/api/keystatic/github/oauth']) {
      expect(arrivesFromGitHub(get(path), gh), path).toBe(false);
    }
    expect(arrivesFromGitHub(get('/api/keystatic/github/oauth/callback', 'POST'), gh)).toBe(false);
    // Local mode: every path needs a staff session.
    expect(arrivesFromGitHub(get('/api/keystatic/github/oauth/callback?code=x'), { kind: 'local' })).toBe(false);
  });
});

describe('noStore', () => {
  it('keeps status, body and every Set-Cookie, and forbids caching and indexing', async () => {
    const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'public, max-age=600' });
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    const res = noStore(new Response('{"ok":true}', { status: 201, headers }));
    expect(res.status).toBe(201);
    expect(await res.text()).toBe('{"ok":true}');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });
});

describe('sameSiteBounce', () => {
  const redirect = (location: string) => {
    const headers = new Headers({ location });
    headers.append('set-cookie', 'keystatic-gh-access-token=t; Path=/; SameSite=Lax');
    headers.append('set-cookie', 'keystatic-gh-refresh-token=r; Path=/; HttpOnly; SameSite=Lax');
    return new Response(null, { status: 307, headers });
  };

  it("turns Keystatic's redirect into a page of this site that moves on, keeping its cookies", async () => {
    const res = sameSiteBounce(redirect('/keystatic/branch/main/collection/articles'));
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.getSetCookie()).toHaveLength(2);
    const html = await res.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/keystatic/branch/main/collection/articles">');
    expect(html).toContain('<a href="/keystatic/branch/main/collection/articles">');
  });

  it('only ever moves on into /keystatic, escaped', async () => {
    for (const location of ['https://evil.example/', '//evil.example', '/staff', '/keystatic/"><script>alert(1)</script>']) {
      const html = await sameSiteBounce(redirect(location)).text();
      expect(html, location).toContain('content="0;url=/keystatic"');
      expect(html).not.toContain('<script');
    }
  });

  it('passes anything but a redirect through (with no-store)', async () => {
    const res = sameSiteBounce(new Response('Authorization failed', { status: 401 }));
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('Authorization failed');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
