/** The content check's on-disk cache: a hit gives the same report as a fresh check, and any change misses. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/compliance';
import { checkContentCached } from '@/lib/compliance/cache';
import { NOW, REPO } from './helpers';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-check-'));
const cacheDir = path.join(root, '.cache');
fs.cpSync(path.join(REPO, 'content'), root, { recursive: true });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const comparable = (r: { findings: unknown; pages: unknown; errors: number; warnings: number; silenced: number }) => ({
  findings: r.findings,
  pages: r.pages,
  errors: r.errors,
  warnings: r.warnings,
  silenced: r.silenced,
});

describe('checkContentCached (npm run content:check)', () => {
  it('checks every page the first time and gives the uncached report', async () => {
    const first = await checkContentCached({ root, now: NOW, cacheDir });
    expect(first.cache).toEqual({ hits: 0, misses: first.pages.length });
    expect(comparable(first)).toEqual(comparable(checkContent({ root, now: NOW })));
  });

  it('takes unchanged pages from the cache, with the same report', async () => {
    const again = await checkContentCached({ root, now: NOW, cacheDir });
    expect(again.cache).toEqual({ hits: again.pages.length, misses: 0 });
    expect(comparable(again)).toEqual(comparable(checkContent({ root, now: NOW })));
  });

  it('checks a changed page again, and only that page', async () => {
    const article = path.join(root, 'articles', fs.readdirSync(path.join(root, 'articles'))[0]);
    fs.appendFileSync(article, '\nAlmost all patients improve after the injection.\n');
    const fresh = checkContent({ root, now: NOW });
    const changed = await checkContentCached({ root, now: NOW, cacheDir });
    expect(changed.cache).toEqual({ hits: changed.pages.length - 1, misses: 1 });
    expect(changed.errors).toBeGreaterThan(0);
    expect(comparable(changed)).toEqual(comparable(fresh));
  });

  it('misses every page on another day or in another mode (review dates, severities)', async () => {
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    expect((await checkContentCached({ root, now: tomorrow, cacheDir })).cache.hits).toBe(0);
    expect((await checkContentCached({ root, now: NOW, mode: 'development', cacheDir })).cache.hits).toBe(0);
  });

  it('misses every page when the bibliography changes', async () => {
    await checkContentCached({ root, now: NOW, cacheDir });
    fs.appendFileSync(path.join(root, 'references.bib'), '\n% a comment changes the file\n');
    const after = await checkContentCached({ root, now: NOW, cacheDir });
    expect(after.cache.hits).toBe(0);
    expect(comparable(after)).toEqual(comparable(checkContent({ root, now: NOW })));
  });
});
