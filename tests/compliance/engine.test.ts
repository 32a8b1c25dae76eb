/** The programmatic API other code reuses (build, dev overlay) and whole-site behaviour. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentParallel, checkFile, formatFinding, RULES } from '@/lib/compliance';
import { MIN_FILES_FOR_WORKERS } from '@/lib/compliance/parallel';
import { roleBundle, workerBundle } from '@/lib/compliance/worker-bundle';
import { FIXTURES, NOW, REPO, SHARED_AUTHORS, SHARED_BIB, checkFixture } from './helpers';

describe('checkFile', () => {
  it('checks one page with the same rules as the whole-site check', () => {
    const root = path.join(FIXTURES, 'no-guarantee');
    const page = checkFile(path.join(root, 'articles/fires.mdx'), { root, now: NOW, authorsDir: SHARED_AUTHORS, bibliographyFile: SHARED_BIB });
    expect(page.relPath).toBe('articles/fires.mdx');
    expect(page.type).toBe('Article');
    expect(page.findings.map((f) => f.ruleId)).toEqual(['no-guarantee']);
    expect(page.readability).toMatchObject({ words: expect.any(Number), grade: expect.any(Number), readingEase: expect.any(Number) });
  });

  it('names the page when the check itself fails on it', () => {
    const root = path.join(FIXTURES, 'no-guarantee');
    // A context without its authors makes the people rule fail, as a fault of the checker would.
    const context = { mode: 'production' as const, now: NOW, authors: undefined as never, bibliography: new Map() };
    expect(() => checkFile(path.join(root, 'articles/fires.mdx'), { root, context })).toThrow(/^articles\/fires\.mdx: the content check itself failed on this page \(.+\); this is a bug in the check/);
  });
});

describe('modes and suppression', () => {
  it('the reviewer must be a registered clinician in both modes (issue 2 fails the build)', () => {
    expect(checkFixture('reviewer-not-clinician', 'development').findings.find((f) => f.ruleId === 'reviewer-not-clinician')?.severity).toBe('error');
  });

  it('a reasoned suppression silences the next line only, and is counted', () => {
    const report = checkFixture('suppression-reason');
    const nearMiss = report.pages.find((p) => p.relPath === 'articles/near-miss.mdx')!;
    expect(nearMiss.silenced.map((f) => f.ruleId)).toEqual(['no-hype']);
    expect(report.silenced).toBe(1);
    // The unreasoned one silences nothing: the finding is still reported.
    expect(report.findings.filter((f) => f.ruleId === 'no-hype').map((f) => path.basename(f.file))).toEqual(['fires.mdx']);
  });

  it('an unused reference is reported on its line in references.bib', () => {
    const report = checkFixture('unused-reference');
    const unused = report.findings.filter((f) => f.ruleId === 'unused-reference');
    expect(unused.map((f) => f.message)).toEqual(['bibliography entry "unusedref" is not cited by any page']);
  });
});

describe('output format', () => {
  it('prints file:line:column  severity  rule-id  message  (fix) relative to the repo root', () => {
    const finding = checkFixture('no-hype').findings.find((f) => f.ruleId === 'no-hype')!;
    expect(formatFinding(finding, REPO)).toBe(
      `tests/fixtures/content/no-hype/articles/fires.mdx:13:6  warning  no-hype  "miracle" is promotional hype  (${RULES.find((r) => r.id === 'no-hype')!.fix})`,
    );
  });
});

describe("the repository's content/", () => {
  // Red until the editorial content passes: that is the point of the check.
  it('has zero errors', () => {
    const report = checkContent({ root: path.join(REPO, 'content') });
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => formatFinding(f, REPO));
    expect(report.pages.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('docs/content-rules.md', () => {
  it('documents every rule with its severity and source, and the suppression syntax', async () => {
    const fs = await import('node:fs');
    const doc = fs.readFileSync(path.join(REPO, 'docs/content-rules.md'), 'utf8');
    for (const rule of RULES) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row, `no row for ${rule.id}`).toBeDefined();
      expect(row).toContain(rule.severity);
      expect(row).toContain(rule.source.replace(/\|/g, '\\|'));
    }
    expect(doc).toContain('{/* content-check-disable-next-line');
  });
});

describe('front-matter suppression', () => {
  it('a YAML comment with a reason silences the next front-matter line', async () => {
    const { checkSource } = await import('@/lib/compliance');
    const fs = await import('node:fs');
    const file = path.join(FIXTURES, 'clean/articles/clean-article.mdx');
    const source = fs
      .readFileSync(file, 'utf8')
      .replace(
        'title: Fixture page for the content check',
        '# content-check-disable-next-line uncited-statistic -- the number is part of the trial\'s name\ntitle: What a trial of 100 patients found',
      );
    const ctx = {
      mode: 'production' as const,
      now: NOW,
      authors: new Map([
        ['dr-clinician', { slug: 'dr-clinician', file: '', registered: true }],
        ['jo-writer', { slug: 'jo-writer', file: '', registered: false }],
      ]),
      bibliography: new Map([['goodref', { key: 'goodref', doi: '10.1/x', line: 1 }]]),
    };
    const page = checkSource(source, file, 'articles/clean-article.mdx', ctx);
    expect(page.findings).toEqual([]);
    expect(page.silenced.map((f) => [f.ruleId, f.line])).toEqual([['uncited-statistic', 3]]);
  });
});

describe('the parallel check (npm run content:check on a large site)', () => {
  it('gives the same report as the serial check, page for page and in the same order, with and without the workers\' code cache', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-check-'));
    try {
      fs.cpSync(path.join(REPO, 'content'), root, { recursive: true });
      const articles = fs.readdirSync(path.join(root, 'articles'));
      // Enough pages for workers, with one finding on some of them.
      for (let i = 0; fs.readdirSync(path.join(root, 'articles')).length < MIN_FILES_FOR_WORKERS; i++) {
        const source = fs.readFileSync(path.join(root, 'articles', articles[i % articles.length]), 'utf8');
        fs.writeFileSync(path.join(root, 'articles', `copy-${i}.mdx`), i % 7 === 0 ? `${source}\nAlmost all patients improve after the injection.\n` : source);
      }
      const options = { root, now: NOW };
      const serial = checkContent(options);
      // First without the workers' code caches (each role compiles the bundle and saves its own), then from them.
      const bundle = (await workerBundle(path.join(REPO, 'lib/compliance/check-worker.ts')))!;
      const codeCaches = (['pages', 'claims'] as const).map((role) => roleBundle(bundle, role).codeCache);
      for (const file of codeCaches) fs.rmSync(file, { force: true });
      const parallel = await checkContentParallel({ ...options, workers: 2 });
      for (const file of codeCaches) expect(fs.existsSync(file), file).toBe(true);
      const fromCodeCache = await checkContentParallel({ ...options, workers: 2 });
      // Each path alone: every page's claims checked by the claims worker (unless it is idle and takes
      // whole pages), or none (the pages worker checks them itself; the claims worker only takes whole pages).
      const claimsWorkerAlways = await checkContentParallel({ ...options, workers: 2, maxWaiting: Number.MAX_SAFE_INTEGER });
      const claimsWorkerNever = await checkContentParallel({ ...options, workers: 2, maxWaiting: 0 });
      expect(parallel.pages.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
      expect(parallel.errors).toBeGreaterThan(0);
      for (const report of [parallel, fromCodeCache, claimsWorkerAlways, claimsWorkerNever]) {
        expect(report.findings).toEqual(serial.findings);
        expect(report.pages.map((p) => [p.relPath, p.citedKeys, p.readability])).toEqual(serial.pages.map((p) => [p.relPath, p.citedKeys, p.readability]));
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
