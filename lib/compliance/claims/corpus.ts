/**
 * The labelled claims corpus (tests/compliance/corpus/*.jsonl): loading it, and judging each
 * sentence the way the content check judges a page, by writing it as a one-sentence MDX body and
 * running the claim, statistic and testimonial checks on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parsePage } from '../parse';
import { ruleSeverity } from '../rules';
import { checkAllClaims } from '../checks/classified-claims';
import { checkTestimonials } from '../checks/testimonials';
import { CLAIM_CLASSES } from './lexicon';

const corpusEntry = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  label: z.enum([...CLAIM_CLASSES, 'pass']),
  split: z.enum(['tuning', 'heldout']),
  context: z.enum(['testimonial']).optional(),
});

export type CorpusEntry = z.infer<typeof corpusEntry>;

export function loadCorpus(dir: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = corpusEntry.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      entries.push(parsed.data);
    });
  }
  return entries;
}

/** The sentence as the body of an article: "## " and "- " lines stay a heading and a list item. */
export function corpusEntrySource(entry: CorpusEntry): string {
  const body = entry.context === 'testimonial' ? `<Testimonial>\n${entry.text}\n</Testimonial>` : entry.text;
  return `---\ntitle: Corpus sentence\n---\n\n${body}\n`;
}

/** The ids of the error-severity claim rules that refuse the sentence (empty: it passes). */
export function judgeCorpusEntry(entry: CorpusEntry): string[] {
  const page = parsePage(corpusEntrySource(entry), `${entry.id}.mdx`, `articles/${entry.id}.mdx`);
  const findings = [...checkAllClaims(page), ...checkTestimonials(page)];
  return [...new Set(findings.map((f) => f.ruleId).filter((id) => ruleSeverity(id, 'production') === 'error'))];
}

/** Lines per file before the later additions (tests/compliance/corpus/README.md, "Lines added later"). */
const ORIGINAL_LINES: Record<string, number> = { 'discouraging-care': 25, 'uncited-quantity': 25, 'unverifiable-superlative': 25, 'near-miss': 115 };

/**
 * A line from before the later additions. Its held-out lines were fixed before any tuning and never
 * read by whoever tuned the rules; the added held-out lines were written by that person.
 */
export function isOriginalLine(id: string): boolean {
  const m = /^(.*)-(\d+)$/.exec(id);
  return !m || Number(m[2]) <= (ORIGINAL_LINES[m[1]] ?? Infinity);
}
