/**
 * The claims classifier: the committed model is what training on its data gives (so it cannot
 * drift), training is deterministic, a sentence of each class is refused under the class's rule
 * with that rule's fix, and negated, reported, questioned or cited sentences pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifySentence,
  committedModel,
  featuresOf,
  gatedClasses,
  MODEL_FILE,
  scoreOf,
  serialiseModel,
  trainClassifier,
  type ClassifierModel,
  type TrainingSentence,
} from '@/lib/compliance/claims/classifier';
import { trainingSentences } from '@/lib/compliance/claims/training-data';
import { CLAIM_CLASSES, type ClaimClass } from '@/lib/compliance/claims/lexicon';
import { listContentFiles } from '@/lib/compliance/report';
import { parsePage } from '@/lib/compliance/parse';
import { CLASS_RULES } from '@/lib/compliance/claims/evaluate';
import { RULES_BY_ID } from '@/lib/compliance/rules';
import { REPO } from './helpers';

/** A small hand-made training set: each class learns its own words against sentences that pass. */
const SMALL: TrainingSentence[] = [
  ...['The injection rebuilds your knee.', 'Cells regenerate the worn hip.', 'Our treatment repairs the joint.'].map((text) => ({ text, label: 'effect-overclaim' as const })),
  ...['Approved by the FDA.', 'Our injection is licensed by the MHRA.', 'Endorsed by NICE.'].map((text) => ({ text, label: 'regulatory-status' as const })),
  ...['Book today, offer ends Friday.', 'Only three places left this month.', 'Half-price injections this week.'].map((text) => ({ text, label: 'pressure-selling' as const })),
  ...['Footballers trust our injections.', 'Celebrities choose our clinic.', 'Olympians recommend our knee treatment.'].map((text) => ({ text, label: 'testimonial-endorsement' as const })),
  ...['The injection has no side effects.', 'There is zero risk.', 'The procedure is completely safe.'].map((text) => ({ text, label: 'risk-denial' as const })),
  ...['Skip your knee surgery.', 'Ditch your painkillers.', 'Cancel your hip operation.'].map((text) => ({ text, label: 'discouraging-care' as const })),
  ...['Nine in ten patients improve.', 'Most patients walk without pain.', 'Pain is halved.'].map((text) => ({ text, label: 'uncited-quantity' as const })),
  ...['The best clinic in Britain.', 'The leading knee clinic.', 'Unrivalled knee injections.'].map((text) => ({ text, label: 'unverifiable-superlative' as const })),
  ...['The injection eases stiffness.', 'Our cells reduce swelling.', 'The treatment improves mobility.'].map((text) => ({ text, label: 'unhedged-effect' as const })),
  ...[
    'The consultation lasts an hour.',
    'Parking is free at the clinic.',
    'Bring a list of your medicines.',
    'The harvest takes place under local anaesthetic.',
    'Wear loose trousers on the day.',
    'Your knee may feel sore for a few days.',
    'We write to your GP after the visit.',
    'The fees page lists every price.',
  ].map((text) => ({ text, label: 'pass' as const })),
];

describe('claims classifier features', () => {
  it('stems words, folds numbers, marks negated words and reads the cues', () => {
    const f = featuresOf('Nine patients do not need surgery [@lee2019].');
    expect([...f.spans.keys()]).toEqual(expect.arrayContaining(['#num', 'patient', '¬need', '¬surgeri', '¬@care', '#cue:cited']));
    expect(f).toMatchObject({ cited: true, question: false });
    expect(featuresOf('Can stem cells regrow cartilage?').question).toBe(true);
  });
});

describe('claims classifier training', () => {
  it('is deterministic: the same data gives the same model, byte for byte', () => {
    expect(serialiseModel(trainClassifier(SMALL, { folds: 3 }))).toBe(serialiseModel(trainClassifier(SMALL, { folds: 3 })));
  });

  it('lets the false-alarm budget pass over the highest-scoring honest sentences, never lowering a threshold below 0.7', () => {
    const strict = trainClassifier(SMALL, { folds: 3, minCount: 1, falseAlarmBudget: 0 });
    const lenient = trainClassifier(SMALL, { folds: 3, minCount: 1, falseAlarmBudget: 3 });
    for (const c of CLAIM_CLASSES) {
      expect(lenient.classes[c].threshold, c).toBeLessThanOrEqual(strict.classes[c].threshold);
      expect(lenient.classes[c].threshold, c).toBeGreaterThanOrEqual(0.7);
      expect(strict.crossValidation[c].falseAlarms, c).toBe(0);
    }
    expect(CLAIM_CLASSES.some((c) => lenient.classes[c].threshold < strict.classes[c].threshold)).toBe(true);
  });

  it('learns each class from its own sentences (in sample)', () => {
    const model: ClassifierModel = trainClassifier(SMALL, { folds: 3, minCount: 1 });
    for (const s of SMALL.filter((x) => x.label !== 'pass')) {
      const { classes } = model;
      expect(classifySentence({ ...model, classes: Object.fromEntries(CLAIM_CLASSES.map((c) => [c, { ...classes[c], threshold: 0.5 }])) as ClassifierModel['classes'] }, s.text).map((c) => c.claimClass), s.text).toContain(s.label);
    }
  });

  it('the committed model is what training on its data gives (npm run claims:train)', () => {
    const retrained = serialiseModel(trainClassifier(trainingSentences(REPO)));
    expect(retrained === fs.readFileSync(MODEL_FILE, 'utf8'), 'lib/compliance/claims/classifier-model.json is stale: run npm run claims:train').toBe(true);
  }, 600_000);
});

describe('the committed claims classifier', () => {
  const model = committedModel();

  it('chose every threshold at or above one half, within the false-alarm budget out of fold (at most 6 per class)', () => {
    for (const c of CLAIM_CLASSES) {
      expect(model.classes[c].threshold, c).toBeGreaterThanOrEqual(0.5);
      expect(model.crossValidation[c].falseAlarms, c).toBeLessThanOrEqual(6);
    }
  });

  // Sentences of the extra tuning file the lexicons miss (tests/compliance/corpus/tuning-extra).
  const examples: [string, ClaimClass][] = [
    ['Secure the current price before it rises in January.', 'pressure-selling'],
    ['GPs across the region recommend our clinic.', 'testimonial-endorsement'],
    ['Swap your repeat prescription for a single injection.', 'discouraging-care'],
    ['Our lab yields more stem cells than anyone else\'s.', 'unverifiable-superlative'],
    ['The injection calms inflamed joints.', 'unhedged-effect'],
  ];
  it.each(examples)('%s → %s, under the class\'s rule and with its fix', (text, claimClass) => {
    const found = classifySentence(model, text).find((c) => c.claimClass === claimClass);
    expect(found, text).toBeDefined();
    expect(CLASS_RULES[claimClass]).toContain(found!.ruleId);
    expect(RULES_BY_ID.get(found!.ruleId)?.fix).toBeTruthy();
    expect(found!.message).toMatch(/statistical model, score 0\.\d\d/);
    expect(text.slice(found!.index)).toContain(found!.words);
  });

  it.each([
    'Do not stop a prescribed medicine unless your prescriber agrees.',
    'The injection does not regrow cartilage.',
    'NICE has not recommended stem cell injections for osteoarthritis.',
    'We do not run offers, discounts or deadlines.',
    'Some websites say that nine out of ten patients improve.',
    'How many patients improve after BMAC?',
    'In one small trial, pain eased a little more than with saline [@lee2019].',
    // The patient's own clinician as the one who explains or guides: advice, not care discouraged.
    'Your physio will show you how to walk with crutches.',
    'Your surgeon can talk you through the operation.',
  ])('%s passes', (text) => {
    expect(classifySentence(model, text)).toEqual([]);
  });

  it('gates by context whatever the score: a question, someone else\'s claim, a citation', () => {
    const sure = { ...model, classes: Object.fromEntries(CLAIM_CLASSES.map((c) => [c, { bias: 10, threshold: 0.5, weights: {} }])) } as ClassifierModel;
    expect(classifySentence(sure, 'Is it the best clinic?')).toEqual([]);
    expect(classifySentence(sure, 'Some clinics claim to be the best.')).toEqual([]);
    // A negated promise after a lead-in, with the emoji a post ends on; a warning against what anyone tells you.
    expect(classifySentence(sure, '2/ Straight talk: no clinic, ours included, can promise you\'ll never need a new knee. 🧵')).toEqual([]);
    expect(classifySentence(sure, 'Anyone who tells you one jab ends the need for surgery is selling.')).toEqual([]);
    expect(classifySentence(sure, 'Nothing in this guide should replace your surgeon\'s advice.').map((c) => c.claimClass)).not.toContain('discouraging-care');
    expect(classifySentence(sure, 'Nine in ten improved [@lee2019].').map((c) => c.claimClass)).not.toContain('uncited-quantity');
    expect(classifySentence(sure, 'It eased my pain.', true).map((c) => c.claimClass)).not.toContain('unhedged-effect');
  });

  it('weighs a word named like an object property ("constructor") as any word the model does not know', () => {
    for (const [word, unknown] of [['constructor', 'zqxzqxzqxzq'], ['Constructors', 'Zqxzqxzqxzqx']]) {
      const text = `Our ${word} says most patients improve.`;
      const found = classifySentence(model, text);
      expect(found.every((c) => Number.isFinite(c.score)), text).toBe(true);
      expect(found).toEqual(classifySentence(model, text.replace(word, unknown)));
    }
  });
});

/** What classifySentence gave before it weighed features by number: featuresOf's names, scoreOf, every flag read. */
function classifyByName(model: ClassifierModel, text: string, inTestimonial: boolean) {
  const features = featuresOf(text);
  const gated = gatedClasses(features, inTestimonial);
  return CLAIM_CLASSES.filter((c) => !gated.has(c)).flatMap((claimClass) => {
    const weights = model.classes[claimClass];
    const score = scoreOf(weights, features);
    if (score < weights.threshold) return [];
    let best: { start: number; end: number } | undefined;
    let bestWeight = 0;
    for (const [feature, span] of features.spans) {
      const w = Object.hasOwn(weights.weights, feature) ? weights.weights[feature] : 0;
      if (span.end > span.start && w > bestWeight) {
        bestWeight = w;
        best = span;
      }
    }
    return [{ claimClass, score, index: best?.start ?? 0, words: best ? text.slice(best.start, best.end) : text.trim().split(/\s+/).slice(0, 6).join(' ') }];
  });
}

describe('claims classifier judging', () => {
  it('scores every sentence as featuresOf and scoreOf do (training data, the fixtures and content/, also with words swapped)', () => {
    const model = committedModel();
    const pages = [path.join(REPO, 'tests/fixtures/content'), path.join(REPO, 'content')].flatMap((root) => listContentFiles(root));
    const written = [
      ...trainingSentences(REPO).map((s) => s.text),
      ...pages.flatMap((file) => parsePage(fs.readFileSync(file, 'utf8'), file, path.basename(file)).sentences.map((s) => s.text)),
    ];
    // New text from the same words: each sentence with its words shifted by one place among all words seen.
    const words = [...new Set(written.flatMap((t) => t.match(/[A-Za-z]{4,}/g) ?? []))];
    const swapped = written.map((t, i) => t.replace(/[A-Za-z]{4,}/, words[(i * 7919) % words.length]));
    let judged = 0;
    for (const text of [...written, ...swapped]) {
      for (const inTestimonial of [false, true]) {
        const fast = classifySentence(model, text, inTestimonial).map(({ claimClass, score, index, words }) => ({ claimClass, score, index, words }));
        expect(fast, text).toEqual(classifyByName(model, text, inTestimonial));
        judged += fast.length;
      }
    }
    // Enough of them are refused for the comparison to mean something.
    expect(judged).toBeGreaterThan(500);
    // (It judges every training sentence twice, twice over: the time grows with the corpus, and a
    // loaded CI machine took 38 s with 3,300 sentences that pass.)
  }, 180_000);
});
