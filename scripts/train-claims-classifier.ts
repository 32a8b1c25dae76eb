/**
 * npm run claims:train — fits the claims classifier on the tuning part of the labelled corpus, the
 * extra tuning sentences and the sentences of content/ (first stored as a snapshot, tests/compliance/site-sentences.json,
 * so that later edits to content/ leave the committed model valid), and writes lib/compliance/claims/classifier-model.json.
 * Prints the cross-validated figures the thresholds were chosen on. Held-out lines are never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_FILE, serialiseModel, trainClassifier } from '../lib/compliance/claims/classifier';
import { siteSnapshot, trainingSentences } from '../lib/compliance/claims/training-data';
import { CLAIM_CLASSES } from '../lib/compliance/claims/lexicon';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const snapshot = siteSnapshot(repoRoot);
fs.writeFileSync(snapshot.file, snapshot.json);
const model = trainClassifier(trainingSentences(repoRoot));
fs.writeFileSync(MODEL_FILE, serialiseModel(model));
console.log(`trained on ${model.training.sentences} sentences (${model.training.positives} claims, ${model.training.negatives} that pass, ${model.training.contentSentences} of them from content/) in ${Math.round(performance.now() - started)} ms`);
for (const c of CLAIM_CLASSES) {
  const cv = model.crossValidation[c];
  console.log(`${c}: threshold ${model.classes[c].threshold}, cross-validated recall ${cv.found}/${cv.positives}, false alarms ${cv.falseAlarms}/${cv.negatives}, ${Object.keys(model.classes[c].weights).length} weights`);
}
console.log(`wrote ${path.relative(repoRoot, MODEL_FILE)}`);
