/**
 * npm run docs:rules — regenerates docs/content-rules.md's rule tables from lib/compliance/rules.ts
 * and its evaluation table from the labelled claims corpus.
 *
 *   npm run docs:rules -- [--rules-only]   (--rules-only skips the corpus evaluation)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_END, EVAL_START, replaceBetween, rulesMarkdown, RULES_END, RULES_START } from '../lib/compliance/rules-doc';
import { judgeCorpusEntry, loadCorpus } from '../lib/compliance/claims/corpus';
import { evaluate, evaluationTable } from '../lib/compliance/claims/evaluate';
import { scriptOptions } from './lib/script-options';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docFile = path.join(repoRoot, 'docs/content-rules.md');
const values = scriptOptions(import.meta.url, 'docs:rules', { 'rules-only': { type: 'boolean', default: false } });

let doc = replaceBetween(fs.readFileSync(docFile, 'utf8'), RULES_START, RULES_END, rulesMarkdown());
if (!values['rules-only']) {
  const corpus = loadCorpus(path.join(repoRoot, 'tests/compliance/corpus'));
  const verdicts = corpus.map((entry) => ({ id: entry.id, label: entry.label, split: entry.split, refusedBy: judgeCorpusEntry(entry) }));
  doc = replaceBetween(doc, EVAL_START, EVAL_END, evaluationTable(evaluate(verdicts)));
}
fs.writeFileSync(docFile, doc);
console.log(`wrote ${path.relative(repoRoot, docFile)}`);
