/**
 * The sentences the claims classifier learns from: the tuning part of the labelled corpus (never
 * the held-out part), the extra tuning sentences, and every sentence of the site's own pages,
 * which must pass. Each is read the way the check reads it: parsed as a page, so "## " and "- "
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
export function contentTrainingSentences(files: readonly string[], root: string): TrainingSentence[] {
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
  /** The rule fixtures: each rule's near-miss page, and the clean site, must pass too. */
  fixtures: 'tests/fixtures/content',
} as const;

export function trainingSentences(repoRoot: string): TrainingSentence[] {
  const dirs = TRAINING_SOURCES.corpus.map((d) => path.join(repoRoot, d)).filter((d) => fs.existsSync(d));
  const content = path.join(repoRoot, TRAINING_SOURCES.content);
  const fixtures = path.join(repoRoot, TRAINING_SOURCES.fixtures);
  const fixturePages = listContentFiles(fixtures).filter((f) => /(?:^|\/)near-miss\.mdx$/.test(f) || f.startsWith(path.join(fixtures, 'clean') + path.sep));
  return [
    ...corpusTrainingSentences(dirs),
    ...contentTrainingSentences(listContentFiles(content), content),
    ...contentTrainingSentences(fixturePages, fixtures).map((s) => ({ ...s, fromContent: false })),
  ];
}
