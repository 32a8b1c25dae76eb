/** What the Lighthouse gate makes of one page's medians: pure, so the rules are unit-tested. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Medians = Record<Category, number> & {
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Main-thread time Lighthouse could not put in any category ("Other" in mainthread-work-breakdown). */
  otherMs?: number;
};

export type Budget = {
  scores: Record<Category, number>;
  /** Google's "good" line for Cumulative Layout Shift; it does not depend on the host's speed. */
  cls: number;
  /** When set, a performance median under scores.performance is only reported, unless it is under this floor. */
  advisoryPerformanceFloor: number | null;
  /**
   * Above this much uncategorised main-thread time the trace is the browser's, not the page's: a
   * Chromium newer than the Lighthouse that reads its trace names its own work in ways Lighthouse
   * files under "Other" (and counts in TBT). The performance score is then reported, not judged.
   */
  maxOtherMs: number;
};

export const DEFAULT_BUDGET: Budget = {
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  cls: 0.1,
  advisoryPerformanceFloor: null,
  maxOtherMs: 800,
};

export function judgePage(label: string, med: Medians, budget: Budget, failedAudits: string[] = []) {
  const failures: string[] = [];
  const advisories: string[] = [];
  if (med.cls > budget.cls) failures.push(`${label}: Cumulative Layout Shift ${med.cls} > ${budget.cls}`);
  for (const c of CATEGORIES) {
    const want = budget.scores[c];
    if (med[c] >= want) continue;
    if (c === 'performance' && (med.otherMs ?? 0) > budget.maxOtherMs) {
      advisories.push(
        `${label}: performance ${med[c]} < ${want} not judged: ${med.otherMs} ms of main-thread work Lighthouse could not attribute (over ${budget.maxOtherMs} ms), so this browser's trace is not one this Lighthouse can score (TBT ${med.tbtMs} ms)`,
      );
      continue;
    }
    const floor = budget.advisoryPerformanceFloor;
    if (c === 'performance' && floor !== null) {
      if (med[c] >= floor) advisories.push(`${label}: performance ${med[c]} < ${want} (TBT ${med.tbtMs} ms, LCP ${med.lcpMs} ms)`);
      else failures.push(`${label}: performance ${med[c]} < ${floor}, the floor that holds while ${want} is advisory (TBT ${med.tbtMs} ms, LCP ${med.lcpMs} ms)`);
      continue;
    }
    failures.push(`${label}: ${c} ${med[c]} < ${want}${failedAudits.length ? `\n      failing audits: ${failedAudits.join('; ')}` : ''}`);
  }
  return { failures, advisories };
}

/**
 * Whether a page whose first runs are in gets as many runs again. The second set exists to spare a
 * page within budget one noisy stretch of the host, so only a page its performance median would fail
 * gets it: a median that passes, or one that is only reported (advisory, or read from a trace
 * Lighthouse cannot attribute), has no verdict to change, and its runs would only cost time.
 */
export function needsRemeasure(med: Medians, budget: Budget): boolean {
  const othersWithin = { accessibility: budget.scores.accessibility, 'best-practices': budget.scores['best-practices'], seo: budget.scores.seo, cls: 0 };
  return judgePage('', { ...med, ...othersWithin }, budget).failures.length > 0;
}

/**
 * Points above the performance budget at which one run decides the page: more runs could not bring
 * its median under the budget. A busy host only lowers a score (it adds main-thread time); the one
 * noise that raises one, Lantern's LCP race on localhost, is worth at most 3 points by Lighthouse's
 * own scoring curves (LCP 1.5 s against 2.6 s at the same TBT), plus 1 for rounding
 * (docs/performance.md, "Lighthouse: one run where one decides").
 */
export const CLEAR_PASS_MARGIN = 4;
/**
 * How far above the limit of unattributed main-thread time one run must be for the page's score to
 * be counted as one this Lighthouse cannot read without more runs (docs/performance.md).
 */
export const CLEAR_UNATTRIBUTED_FACTOR = 1.5;

/**
 * Whether a page's first run already settles its verdict, so it needs no further timed runs:
 * its performance is clearly within budget (CLEAR_PASS_MARGIN above it), or clearly read from a
 * trace this Lighthouse cannot attribute (CLEAR_UNATTRIBUTED_FACTOR times the limit), and its
 * layout shift is within budget. Anything nearer a line gets the full median. Accessibility, best
 * practices and SEO do not vary between runs and are judged on that one run either way.
 */
export function settledByOneRun(run: Medians, budget: Budget): boolean {
  if (run.cls > budget.cls) return false;
  if (run.performance >= budget.scores.performance + CLEAR_PASS_MARGIN) return true;
  return (run.otherMs ?? 0) > budget.maxOtherMs * CLEAR_UNATTRIBUTED_FACTOR;
}
