/**
 * npm run bench:content — how long the content check takes on the real content/ and on 500
 * generated articles (realistic length and structure: headings, lists, citations, figures, a few
 * deliberate findings), so we know it stays fast enough to run before every build.
 *
 *   npm run bench:content -- [--count 500] [--runs 3] [--sentences template|site|both] [--out <dir>]
 *     --runs       cold runs of content:check (the median is reported), and in-process runs
 *     --sentences  template: every article is built from the same 16 sentences (the bench's first form);
 *                  site: from the sentences of content/, each with one word swapped, so nearly every
 *                  sentence is new, as on a real site (the claims model and classifier remember a
 *                  sentence they have judged, which the template pages turn into a best case); both (default)
 *     --out  only writes the generated content root to <dir> (to profile `content:check --dir <dir>`)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, checkContentParallel } from '../lib/compliance';
import { parsePage } from '../lib/compliance/parse';
import { listContentFiles } from '../lib/compliance/report';
import { bibliographyKeys } from '../lib/content/citations';
import { contentCheckNodeArgs } from './lib/content-check-cli';
import { scriptOptions } from './lib/script-options';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentRoot = path.join(repoRoot, 'content');
const values = scriptOptions(import.meta.url, 'bench:content', {
  count: { type: 'string', default: '500' },
  runs: { type: 'string', default: '3' },
  sentences: { type: 'string', default: 'both' },
  out: { type: 'string' },
});
const COUNT = Number(values.count);
const RUNS = Number(values.runs);
for (const [option, n] of [['--count', COUNT], ['--runs', RUNS]] as const) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:content: ${option} takes a whole number of 1 or more, got "${option === '--count' ? values.count : values.runs}"`);
    process.exit(2);
  }
}
type SentenceKind = 'template' | 'site';
const KINDS: SentenceKind[] = values.sentences === 'both' ? ['template', 'site'] : [values.sentences as SentenceKind];
if (!KINDS.every((k) => k === 'template' || k === 'site') || (values.out && KINDS.length > 1)) {
  console.error('bench:content: --sentences is template, site or both (--out writes one kind: give template or site)');
  process.exit(2);
}

/** Deterministic, so every run benchmarks the same pages. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const SENTENCES = [
  'Knee arthritis is common as people get older, and it can cause pain, stiffness and swelling.',
  'The lining of the joint wears thin, and the bone underneath can change shape over time.',
  'Exercise, weight loss and simple pain relief help many people, and they are the first things to try.',
  'An injection of your own fat or bone marrow is an option some people ask about.',
  'The evidence comes mostly from small studies, and many of them had no comparison group.',
  'One small trial compared a cell injection with a salt-water injection for six months [@{key}].',
  'In that trial, pain scores fell more after the cell injection than after the dummy injection [@{key}].',
  'A review of many studies found that the studies differed a lot in how they were done [@{key}].',
  'Results vary: some patients do not improve, and some feel better after any injection.',
  'Bruising and soreness where the fat is taken are common for a week or two.',
  'Infection is rare but serious, so we use a sterile technique and check on you afterwards.',
  'Your clinician will talk through your scans, your other options and what you hope for.',
  'The treatment is not a licensed medicine, and the Human Tissue Authority regulates the tissue we use.',
  'We cannot say how long any benefit lasts, because most studies followed people for a year or less.',
  'Surgery stays an option if the injection does not help, and it does not stop you having a knee replacement later.',
  'About 12 patients in each group took part, so the numbers are small [@{key}].',
];
/** A few findings per hundred pages, as real drafts have. */
const SLIPS = ['Almost all patients improve after the injection.', 'The procedure costs £4,000.', 'This breakthrough treatment helps many people.'];
const HEADINGS = ['What it is', 'Who it may help', 'What happens on the day', 'Risks and side effects', 'What the evidence shows', 'Limits of the evidence', 'Regulatory status', 'Questions to ask'];

/** Body sentences of the real pages (paragraphs and list items), as written, and the longer words they use. */
function siteSentences(): { sentences: string[]; words: string[] } {
  const sentences = listContentFiles(contentRoot)
    .filter((file) => !file.includes(`${path.sep}authors${path.sep}`))
    .flatMap((file) => parsePage(fs.readFileSync(file, 'utf8'), file, path.relative(contentRoot, file)).sentences)
    .filter((s) => (s.unit.kind === 'paragraph' || s.unit.kind === 'list-item') && !s.unit.inTestimonial)
    // As plain text in MDX: no braces or angle brackets, which MDX would read as code or elements.
    .map((s) => s.text.replace(/[{}<>]/g, ' ').replace(/\s+/g, ' ').trim())
    // Whole sentences only (list items are often fragments that would run into the next sentence).
    .filter((text) => text.split(' ').length >= 4 && /[.!?]["'”’)]*(?:\s*\[@[^\]]*\])?$/.test(text));
  const words = [...new Set(sentences.flatMap((text) => text.replace(/\[@[^\]]*\]/g, '').match(/\b[a-z]{5,}\b/g) ?? []))];
  return { sentences, words };
}

/** A sentence of the site with one longer word swapped for another of the site's words: new text, the site's shapes and length. */
function siteSentence(rand: () => number, site: { sentences: string[]; words: string[] }): string {
  const text = site.sentences[Math.floor(rand() * site.sentences.length)];
  const candidates = [...text.matchAll(/\b[a-z]{5,}\b/g)].filter((m) => !/\[@[^\]]*$/.test(text.slice(0, m.index)));
  if (candidates.length === 0) return text;
  const m = candidates[Math.floor(rand() * candidates.length)];
  const word = site.words[Math.floor(rand() * site.words.length)];
  return text.slice(0, m.index) + word + text.slice(m.index! + m[0].length);
}

function generateArticle(i: number, keys: string[], authors: [string, string], site: { sentences: string[]; words: string[] } | null): string {
  const rand = prng(i + 1);
  const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
  const sentence = () => (site ? siteSentence(rand, site) : pick(SENTENCES).replace('{key}', pick(keys)));
  const sections: string[] = [];
  for (const heading of HEADINGS) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 2; p++) paragraphs.push(Array.from({ length: 4 }, sentence).join(' '));
    if (rand() < 0.3) paragraphs.push(['- ' + sentence(), '- ' + sentence(), '- ' + sentence()].join('\n'));
    if (rand() < 0.1) paragraphs.push(`<Figure src="/images/articles/knee-${i}.svg" alt="Diagram of a knee joint showing where the injection goes" caption="Where the needle goes" />`);
    if (rand() < 0.03) paragraphs.push(pick(SLIPS));
    sections.push(`## ${heading}\n\n${paragraphs.join('\n\n')}`);
  }
  return `---
title: 'Generated article ${i}: cell injections for knee arthritis'
description: A generated article used to time the content check on a large site, written like the real pages.
summary:
  - Cell injections are an option some people with knee arthritis ask about.
  - The evidence is early and comes mostly from small studies.
publishedAt: 2026-09-01
author: ${authors[0]}
reviewer: ${authors[1]}
category: treatment
tags: [knee]
---

${sections.join('\n\n')}
`;
}

/** Wall-clock and CPU time per run: CPU time stays meaningful when other work shares the machine. */
function time(root: string): { cold: number; coldCpu: number; ms: number[]; cpu: number[]; files: number; errors: number; warnings: number } {
  const ms: number[] = [];
  const cpu: number[] = [];
  // The first run is what `npm run build` pays: it includes parsing references.bib with citation-js.
  const coldCpuStart = process.cpuUsage();
  const coldStart = performance.now();
  let last = checkContent({ root });
  const cold = performance.now() - coldStart;
  const coldUsed = process.cpuUsage(coldCpuStart);
  const coldCpu = (coldUsed.user + coldUsed.system) / 1000;
  for (let r = 0; r < RUNS; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    last = checkContent({ root });
    ms.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cold, coldCpu, ms, cpu, files: last.pages.length, errors: last.errors, warnings: last.warnings };
}

/** Issue 21's goal: a cold check of 500 generated articles in this many seconds on this 2-core machine. */
const GOAL_SECONDS = 5;
const GOAL_ARTICLES = 500;

/** The median (of an odd count; the upper middle of an even one). */
const middle = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const DESCRIBE: Record<SentenceKind, string> = { template: 'template sentences (16, repeated)', site: "the site's sentences, one word swapped in each" };
let site: { sentences: string[]; words: string[] } | undefined;

async function benchKind(kind: SentenceKind) {
  const tmp = values.out ? path.resolve(values.out) : fs.mkdtempSync(path.join(os.tmpdir(), 'content-bench-'));
  if (values.out) fs.mkdirSync(tmp, { recursive: true });
  try {
    fs.cpSync(path.join(contentRoot, 'authors'), path.join(tmp, 'authors'), { recursive: true });
    fs.copyFileSync(path.join(contentRoot, 'references.bib'), path.join(tmp, 'references.bib'));
    const keys = [...bibliographyKeys(fs.readFileSync(path.join(tmp, 'references.bib'), 'utf8'))];
    const authorSlugs = fs.readdirSync(path.join(tmp, 'authors')).map((f) => f.replace(/\.mdx$/, ''));
    // The reviewer must be a registered clinician: take the first author file with a registration.
    const clinician = authorSlugs.find((s) => /\nregistration:/.test(fs.readFileSync(path.join(tmp, 'authors', `${s}.mdx`), 'utf8'))) ?? authorSlugs[0];
    const writer = authorSlugs.find((s) => s !== clinician) ?? clinician;
    fs.mkdirSync(path.join(tmp, 'articles'));
    let words = 0;
    for (let i = 0; i < COUNT; i++) {
      const text = generateArticle(i, keys, [writer, clinician], kind === 'site' ? (site ??= siteSentences()) : null);
      words += text.split(/\s+/).length;
      fs.writeFileSync(path.join(tmp, 'articles', `generated-${i}.mdx`), text);
    }

    if (values.out) {
      console.log(`${COUNT} generated articles (${kind} sentences) written to ${tmp}`);
      process.exit(0);
    }

    // `npm run content:check` as the build runs it: a fresh process each time. Cold: an empty cache,
    // so every page is parsed and checked; warm: the pages are unchanged since the cold run.
    const cacheDir = path.join(tmp, '.cache');
    const cli = (label: string) => {
      const args = [...contentCheckNodeArgs(), '--dir', tmp, '--cache-dir', cacheDir];
      // GNU time gives the child's CPU time (user + sys, worker threads included), which stays meaningful on a shared machine.
      const gnuTime = fs.existsSync('/usr/bin/time');
      const started = performance.now();
      const run = gnuTime
        ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, ...args], { encoding: 'utf8', cwd: repoRoot })
        : spawnSync(process.execPath, args, { encoding: 'utf8', cwd: repoRoot });
      const wall = (performance.now() - started) / 1000;
      if (run.status !== 0 && run.status !== 1) throw new Error(`bench: content:check failed (${label}): ${run.stderr}`);
      const t = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
      return { label, wall: t ? Number(t[1]) : wall, cpu: t ? Number(t[2]) + Number(t[3]) : NaN, summary: run.stdout.trim().split('\n').at(-1) ?? '' };
    };
    // This machine's speed swings by a fifth within minutes: one cold run says little, so the cold
    // figure is the median of --runs of them (each from an empty cache), with the fastest and slowest.
    const coldRuns = Array.from({ length: RUNS }, () => {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      return cli('cold (empty cache)');
    });
    const warmRuns = [cli('warm (unchanged pages)'), cli('warm (unchanged pages)')];
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const cliRuns = [...coldRuns, ...warmRuns];
    if (new Set(cliRuns.map((r) => r.summary)).size !== 1) throw new Error(`bench: cold and warm runs disagree: ${cliRuns.map((r) => r.summary).join(' / ')}`);
    const seconds = (x: number) => (Number.isNaN(x) ? '?' : x.toFixed(2));
    const coldWall = coldRuns.map((r) => r.wall).sort((a, b) => a - b);
    const coldWallMedian = middle(coldWall);
    console.log(`npm run content:check on ${COUNT} generated articles of ${DESCRIBE[kind]}, a fresh process each (${cliRuns[0].summary}):`);
    console.log(
      `  ${`cold (empty cache), median of ${RUNS}`.padEnd(36)} ${seconds(coldWallMedian)} s wall, ${seconds(middle(coldRuns.map((r) => r.cpu)))} s CPU` +
        ` (wall ${coldWall.map(seconds).join(', ')} s)` +
        (COUNT === GOAL_ARTICLES ? `; goal ≤ ${GOAL_SECONDS} s: ${coldWallMedian <= GOAL_SECONDS ? 'met' : 'not met'}` : ''),
    );
    for (const r of warmRuns) console.log(`  ${r.label.padEnd(36)} ${seconds(r.wall)} s wall, ${seconds(r.cpu)} s CPU`);
    console.log('');

    // What `npm run content:check --no-cache` does in one run, in this process (so without the command's V8 flags): the pages spread over worker threads,
    // each parsing its pages from scratch (measured first, before this process has parsed anything).
    const parallel: { ms: number; cpu: number }[] = [];
    let parallelReport: Awaited<ReturnType<typeof checkContentParallel>> | undefined;
    for (let r = 0; r < RUNS; r++) {
      const cpuStart = process.cpuUsage(); // the whole process: worker threads included
      const start = performance.now();
      parallelReport = await checkContentParallel({ root: tmp });
      const used = process.cpuUsage(cpuStart);
      parallel.push({ ms: performance.now() - start, cpu: (used.user + used.system) / 1000 });
    }
    const rows = [
      { name: 'content/ (real)', ...time(contentRoot) },
      { name: `${COUNT} generated articles, ${kind} sentences (~${Math.round(words / COUNT)} words each)`, ...time(tmp) },
    ];
    if (parallelReport!.errors !== rows[1].errors || parallelReport!.warnings !== rows[1].warnings) {
      throw new Error('bench: the parallel check and the serial check disagree');
    }
    const table = [
      ['content root', 'files', 'first run ms', 'first run CPU ms', `later runs ms (median of ${RUNS})`, 'CPU ms', 'CPU ms/file', 'errors', 'warnings'],
      ...rows.map((r) => [
        r.name,
        String(r.files),
        r.cold.toFixed(0),
        r.coldCpu.toFixed(0),
        middle(r.ms).toFixed(0),
        middle(r.cpu).toFixed(0),
        (middle(r.cpu) / r.files).toFixed(1),
        String(r.errors),
        String(r.warnings),
      ]),
    ];
    const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
    for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    console.log(`\ncheckContentParallel in this process on the ${COUNT} generated articles of ${DESCRIBE[kind]} (${os.availableParallelism()} worker thread(s), every page parsed from scratch; without content:check's V8 flags, which a running process cannot take): ${parallel.map((p) => `${p.ms.toFixed(0)} ms wall (${p.cpu.toFixed(0)} ms CPU)`).join(', ')}`);
    console.log(`\nNode ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}; the first run parses every page (a fresh process, as npm run build); later runs reuse the parsed bibliography and the pipeline's analysis of unchanged pages, as --watch does.`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

for (const [n, kind] of KINDS.entries()) {
  if (n > 0) console.log('');
  await benchKind(kind);
}
