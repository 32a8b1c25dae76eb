/**
 * The dev-only findings panel: the function that checks one page with the real engine, the panel
 * that lists what it found, and that nothing is checked or rendered outside development.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pageFindings } from '@/lib/publishing/page-findings';
import { ContentFindingsPanel, DevContentFindings } from '@/components/publishing/content-findings-panel';

const realContent = path.join(process.cwd(), 'content');
const now = new Date('2026-11-25T10:00:00Z');
let repoRoot: string;
let root: string;

// A page with one claim the check must refuse ("cures arthritis") on a known line.
const page = `---
title: A page with a problem
description: A description long enough to be shown in search results for this test page here.
summary:
  - The first plain-language key point.
  - The second plain-language key point.
publishedAt: 2026-11-25
author: rowan-ashcombe
reviewer: priya-lindqvist
category: evidence
tags: [knee]
---
This page is about knees. It is short.

This injection cures arthritis in the knee.
`;

beforeAll(() => {
  repoRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'findings-'));
  root = path.join(repoRoot, 'content');
  fs.mkdirSync(path.join(root, 'articles'), { recursive: true });
  fs.cpSync(path.join(realContent, 'authors'), path.join(root, 'authors'), { recursive: true });
  fs.copyFileSync(path.join(realContent, 'references.bib'), path.join(root, 'references.bib'));
  fs.writeFileSync(path.join(root, 'articles', 'with-a-problem.mdx'), page);
});
afterAll(() => fs.rmSync(repoRoot, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('pageFindings', () => {
  it("returns that page's findings with rule id, line and fix hint, paths relative to the repository", () => {
    const report = pageFindings('articles/with-a-problem.mdx', { repoRoot, now })!;
    expect(report.file).toBe('content/articles/with-a-problem.mdx');
    const cure = report.findings.find((f) => f.ruleId === 'no-cure-claim');
    expect(cure).toMatchObject({ severity: 'error', line: 15, file: 'content/articles/with-a-problem.mdx' });
    expect(cure!.fix).toMatch(/measured outcomes/);
    expect(report.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(report.errors).toBeGreaterThan(0);
  });

  it('checks a clean real page with zero errors', () => {
    const report = pageFindings('articles/what-to-expect-consultation-to-recovery.mdx', { now })!;
    expect(report.errors).toBe(0);
  });

  it('refuses paths outside the article and treatment folders, and missing files', () => {
    expect(pageFindings('../package.json', { repoRoot, now })).toBeNull();
    expect(pageFindings('articles/../../x.mdx', { repoRoot, now })).toBeNull();
    expect(pageFindings('authors/rowan-ashcombe.mdx', { repoRoot, now })).toBeNull();
    expect(pageFindings('articles/not-there.mdx', { repoRoot, now })).toBeNull();
  });
});

describe('content findings panel', () => {
  it('lists each finding with severity, rule id, line and fix', () => {
    const html = renderToStaticMarkup(<ContentFindingsPanel report={pageFindings('articles/with-a-problem.mdx', { repoRoot, now })!} />);
    expect(html).toContain('no-cure-claim');
    expect(html).toContain('line 15:');
    expect(html).toContain('Fix: describe measured outcomes');
    expect(html).toMatch(/Content check: \d+ errors?/);
  });

  it('renders nothing outside development, so production pages never run the check', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(await DevContentFindings({ sourceFilePath: 'articles/what-to-expect-consultation-to-recovery.mdx' })).toBeNull();
    vi.stubEnv('NODE_ENV', 'test');
    expect(await DevContentFindings({ sourceFilePath: 'articles/what-to-expect-consultation-to-recovery.mdx' })).toBeNull();
  });

  it('renders the panel in development for a real page', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const element = await DevContentFindings({ sourceFilePath: 'articles/what-to-expect-consultation-to-recovery.mdx' });
    expect(element).not.toBeNull();
    expect(renderToStaticMarkup(element!)).toContain('content/articles/what-to-expect-consultation-to-recovery.mdx');
  });
});
