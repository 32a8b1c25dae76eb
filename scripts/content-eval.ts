/**
 * npm run content:eval — how well the claims checks generalise: recall on the labelled corpus's
 * sentences that must be refused, false alarms on its near-misses (tuning and held-out parts
 * separately), and the result on the real pages in content/.
 *
 *   npm run content:eval -- [--verbose] [--tuning]
 *     --verbose  lists the tuning part's misses and false alarms
 *     --tuning   reports the tuning part only (for use while changing rules: no held-out figure at all)
 *
 * Also prints each fresh blind batch's figures (tests/compliance/corpus/fresh/), if there are any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/compliance';
import { isOriginalLine, judgeCorpusEntry, loadCorpus } from '../lib/compliance/claims/corpus';
import { evaluate, evaluationTable, ratio } from '../lib/compliance/claims/evaluate';
import { CLAIM_CLASSES } from '../lib/compliance/claims/lexicon';
import { scriptOptions } from './lib/script-options';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const values = scriptOptions(import.meta.url, 'content:eval', { verbose: { type: 'boolean', default: false }, tuning: { type: 'boolean', default: false } });

const corpus = loadCorpus(path.join(repoRoot, 'tests/compliance/corpus'));
const started = performance.now();
const verdicts = corpus.map((entry) => ({ id: entry.id, label: entry.label, split: entry.split, refusedBy: judgeCorpusEntry(entry) }));
const corpusMs = performance.now() - started;
const evaluation = evaluate(verdicts);

console.log(`Claims corpus: ${corpus.length} sentences (${corpus.filter((e) => e.split === 'heldout').length} held out), judged in ${Math.round(corpusMs)} ms\n`);
if (values.tuning) {
  const { tuning } = evaluation;
  for (const c of CLAIM_CLASSES) console.log(`${c}: ${tuning.classes[c].refused}/${tuning.classes[c].total}`);
  console.log(`all classes: ${tuning.overall.refused}/${tuning.overall.total}; near-misses wrongly refused: ${tuning.nearMisses.falseAlarms}/${tuning.nearMisses.total}`);
} else {
  console.log(evaluationTable(evaluation));
  // The lines appended to the corpus later were written by whoever then tuned the rules; the
  // held-out lines from before that are the figure nobody tuning has seen (corpus README).
  const heldoutOriginal = evaluate(verdicts.filter((v) => isOriginalLine(v.id))).heldout;
  const { overall, nearMisses } = heldoutOriginal;
  console.log(
    `\nHeld-out part, original lines only: recall ${overall.refused}/${overall.total} (${(ratio(overall.refused, overall.total) * 100).toFixed(1)}%), near-misses wrongly refused ${nearMisses.falseAlarms}/${nearMisses.total}`,
  );
}

// The extra tuning sentences (tuning-extra/, all tuning) train the classifier and were used to generalise the rules.
const extra = loadCorpus(path.join(repoRoot, 'tests/compliance/corpus/tuning-extra'));
const extraScore = evaluate(extra.map((entry) => ({ id: entry.id, label: entry.label, split: entry.split, refusedBy: judgeCorpusEntry(entry) }))).tuning;
console.log(
  `\nExtra tuning sentences (tuning-extra/): recall ${extraScore.overall.refused}/${extraScore.overall.total}, near-misses wrongly refused ${extraScore.nearMisses.falseAlarms}/${extraScore.nearMisses.total}`,
);
if (values.verbose) for (const id of [...extraScore.overall.missed, ...extraScore.nearMisses.ids]) console.log(`  ${id}  ${extra.find((e) => e.id === id)!.text}`);

// The next blind batch (fresh/): written by someone who had not read the rules, judged as it stands,
// and not tuned on until a round moves it into tuning-extra/. Only its figures are printed, never its
// sentences: it is the check's score on wording nobody has tuned it for (corpus README, "Fresh batch").
const freshDir = path.join(repoRoot, 'tests/compliance/corpus/fresh');
const fresh = fs.existsSync(freshDir) ? loadCorpus(freshDir) : [];
// One line per batch (its number is the id's digits bar the last two: "…-x2907" is batch -29).
const batchOf = (id: string) => /-x(\d+)\d\d$/.exec(id)?.[1] ?? '?';
for (const batch of [...new Set(fresh.map((entry) => batchOf(entry.id)))].sort()) {
  const entries = fresh.filter((entry) => batchOf(entry.id) === batch);
  const freshScore = evaluate(entries.map((entry) => ({ id: entry.id, label: entry.label, split: entry.split, refusedBy: judgeCorpusEntry(entry) }))).tuning;
  const perClass = CLAIM_CLASSES.filter((c) => freshScore.classes[c].total > 0).map((c) => `${c} ${freshScore.classes[c].refused}/${freshScore.classes[c].total}`);
  console.log(
    `\nFresh blind batch -${batch} (fresh/, never tuned on): recall ${freshScore.overall.refused}/${freshScore.overall.total} (${(ratio(freshScore.overall.refused, freshScore.overall.total) * 100).toFixed(1)}%; ${perClass.join(', ')}), near-misses wrongly refused ${freshScore.nearMisses.falseAlarms}/${freshScore.nearMisses.total}`,
  );
}

if (values.verbose) {
  // Only the tuning part: the held-out part is reported as a figure and never read while tuning.
  const byId = new Map(corpus.map((e) => [e.id, e]));
  console.log('\nTuning part, missed:');
  for (const id of evaluation.tuning.overall.missed) console.log(`  ${id}  ${byId.get(id)!.text}`);
  console.log('Tuning part, false alarms:');
  for (const id of evaluation.tuning.nearMisses.ids) {
    console.log(`  ${id}  ${byId.get(id)!.text}  [${verdicts.find((v) => v.id === id)!.refusedBy.join(', ')}]`);
  }
}

const report = checkContent({ root: path.join(repoRoot, 'content') });
console.log(`\nReal content (content/): ${report.errors} errors, ${report.warnings} warnings in ${report.pages.length} files`);
