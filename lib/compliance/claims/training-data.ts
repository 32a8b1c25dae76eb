/**
 * The sentences the claims classifier learns from: the tuning part of the labelled corpus (never
 * the held-out part), the extra tuning sentences, and the sentences of the site's own pages, which
 * must pass. The site's sentences are read from a snapshot that `npm run claims:train` takes of
 * content/, not from content/ itself: a writer's new page must not make the committed model stale. Each is read the way the check reads it: parsed as a page, so "## " and "- "
 * markers are gone and a list item or heading is just its words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePage } from '../parse';
import { listContentFiles } from '../report';
import { corpusEntrySource, loadCorpus, type CorpusEntry } from './corpus';
import type { TrainingSentence } from './classifier';

function textOf(entry: CorpusEntry): string {
  const page = parsePage(corpusEntrySource(entry), `${entry.id}.mdx`, `articles/${entry.id}.mdx`);
  return page.sentences.filter((s) => s.unit.kind !== 'front-matter').map((s) => s.text).join(' ');
}

/** Tuning lines only: a held-out line never reaches the classifier. */
export function corpusTrainingSentences(corpusDirs: readonly string[]): TrainingSentence[] {
  return corpusDirs
    .flatMap((dir) => loadCorpus(dir))
    .filter((entry) => entry.split === 'tuning')
    .map((entry) => ({ text: textOf(entry), label: entry.label, inTestimonial: entry.context === 'testimonial' }));
}

/** Every distinct sentence of these pages, which must pass the check, so each is a negative. */
function contentTrainingSentences(files: readonly string[], root: string): TrainingSentence[] {
  const seen = new Set<string>();
  const sentences: TrainingSentence[] = [];
  for (const file of files) {
    const page = parsePage(fs.readFileSync(file, 'utf8'), file, path.relative(root, file).split(path.sep).join('/'));
    for (const s of page.sentences) {
      const key = `${s.unit.inTestimonial ? 'T' : 'P'}${s.text}`;
      if (seen.has(key) || !/[a-z]/i.test(s.text)) continue;
      seen.add(key);
      sentences.push({ text: s.text, label: 'pass', inTestimonial: s.unit.inTestimonial, fromContent: true });
    }
  }
  return sentences;
}

/** Where the training data lives, relative to the repository root. */
const TRAINING_SOURCES = {
  corpus: ['tests/compliance/corpus', 'tests/compliance/corpus/tuning-extra'],
  content: 'content',
  /** content/'s sentences when the model was last trained (written by `npm run claims:train`). */
  siteSnapshot: 'tests/compliance/site-sentences.json',
  /** The rule fixtures: each rule's near-miss page, and the clean site, must pass too. */
  fixtures: 'tests/fixtures/content',
} as const;

type SiteSentence = { text: string; inTestimonial?: boolean };

/** The sentences of content/ as they are now, for `npm run claims:train` to store as the snapshot. */
export function siteSnapshot(repoRoot: string): { file: string; json: string } {
  const content = path.join(repoRoot, TRAINING_SOURCES.content);
  const sentences: SiteSentence[] = contentTrainingSentences(listContentFiles(content), content).map((s) =>
    s.inTestimonial ? { text: s.text, inTestimonial: true } : { text: s.text },
  );
  return { file: path.join(repoRoot, TRAINING_SOURCES.siteSnapshot), json: `${JSON.stringify(sentences, null, 1)}\n` };
}

function readSiteSnapshot(repoRoot: string): TrainingSentence[] {
  const file = path.join(repoRoot, TRAINING_SOURCES.siteSnapshot);
  const sentences = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSentence[];
  return sentences.map((s) => ({ text: s.text, label: 'pass' as const, inTestimonial: s.inTestimonial === true, fromContent: true }));
}

export function trainingSentences(repoRoot: string): TrainingSentence[] {
  const dirs = TRAINING_SOURCES.corpus.map((d) => path.join(repoRoot, d)).filter((d) => fs.existsSync(d));
  const fixtures = path.join(repoRoot, TRAINING_SOURCES.fixtures);
  const fixturePages = listContentFiles(fixtures).filter((f) => /(?:^|\/)near-miss\.mdx$/.test(f) || f.startsWith(path.join(fixtures, 'clean') + path.sep));
  return [
    ...corpusTrainingSentences(dirs),
    ...readSiteSnapshot(repoRoot),
    ...contentTrainingSentences(fixturePages, fixtures).map((s) => ({ ...s, fromContent: false })),
  ];
}
