/**
 * Scoring the claims model on the labelled corpus: per class and overall, recall on the sentences
 * that must be refused and false alarms on the near-misses, separately for the tuning part and the
 * held-out part. Pure: it takes the verdicts, it does not produce them.
 */
import { CLAIM_CLASSES, type ClaimClass } from './lexicon';

/** The rules that stand for each class: a refusal by one of them is a refusal for the right reason. */
export const CLASS_RULES: Record<ClaimClass, readonly string[]> = {
  'effect-overclaim': ['effect-overclaim', 'no-cure-claim', 'cartilage-promise', 'no-guarantee'],
  'regulatory-status': ['false-approval'],
  'pressure-selling': ['pressure-selling'],
  'testimonial-endorsement': ['testimonial-marked', 'endorsement'],
  'risk-denial': ['no-risk-free'],
  'discouraging-care': ['discourage-essential-treatment'],
  'uncited-quantity': ['uncited-statistic', 'absolute-frequency'],
  'unverifiable-superlative': ['unverifiable-superlative', 'unfair-comparison'],
  'unhedged-effect': ['unhedged-effect'],
};

export type Verdict = { id: string; label: ClaimClass | 'pass'; split: 'tuning' | 'heldout'; refusedBy: readonly string[] };

export type ClassScore = {
  /** Sentences that must be refused. */
  total: number;
  /** Refused by any error rule. */
  refused: number;
  /** Refused by one of the class's own rules. */
  refusedByClassRule: number;
  missed: string[];
};

export type SplitScore = {
  classes: Record<ClaimClass, ClassScore>;
  overall: ClassScore;
  nearMisses: { total: number; falseAlarms: number; ids: string[] };
};

export type Evaluation = { tuning: SplitScore; heldout: SplitScore };

function emptyScore(): ClassScore {
  return { total: 0, refused: 0, refusedByClassRule: 0, missed: [] };
}

function scoreSplit(verdicts: readonly Verdict[]): SplitScore {
  const classes = Object.fromEntries(CLAIM_CLASSES.map((c) => [c, emptyScore()])) as Record<ClaimClass, ClassScore>;
  const overall = emptyScore();
  const nearMisses = { total: 0, falseAlarms: 0, ids: [] as string[] };
  for (const v of verdicts) {
    if (v.label === 'pass') {
      nearMisses.total++;
      if (v.refusedBy.length > 0) {
        nearMisses.falseAlarms++;
        nearMisses.ids.push(v.id);
      }
      continue;
    }
    for (const score of [classes[v.label], overall]) {
      score.total++;
      if (v.refusedBy.length > 0) score.refused++;
      else score.missed.push(v.id);
      if (v.refusedBy.some((id) => CLASS_RULES[v.label as ClaimClass].includes(id))) score.refusedByClassRule++;
    }
  }
  return { classes, overall, nearMisses };
}

export function evaluate(verdicts: readonly Verdict[]): Evaluation {
  return {
    tuning: scoreSplit(verdicts.filter((v) => v.split === 'tuning')),
    heldout: scoreSplit(verdicts.filter((v) => v.split === 'heldout')),
  };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

const percent = (part: number, whole: number) => `${(ratio(part, whole) * 100).toFixed(1)}%`;

/** The evaluation as a Markdown table (for the terminal, docs/content-rules.md and reports). */
export function evaluationTable(evaluation: Evaluation): string {
  const row = (name: string, t: ClassScore, h: ClassScore) =>
    `| ${name} | ${t.refused}/${t.total} (${percent(t.refused, t.total)}) | ${h.refused}/${h.total} (${percent(h.refused, h.total)}) | ${percent(t.refusedByClassRule + h.refusedByClassRule, t.total + h.total)} |`;
  const { tuning, heldout } = evaluation;
  return [
    '| class | recall, tuning | recall, held-out | refused by the class\'s own rule (both parts) |',
    '|---|---|---|---|',
    ...CLAIM_CLASSES.map((c) => row(c, tuning.classes[c], heldout.classes[c])),
    row('**all classes**', tuning.overall, heldout.overall),
    `| near-misses wrongly refused (false alarms) | ${tuning.nearMisses.falseAlarms}/${tuning.nearMisses.total} | ${heldout.nearMisses.falseAlarms}/${heldout.nearMisses.total} | |`,
  ].join('\n');
}
