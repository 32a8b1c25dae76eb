/** What the Lighthouse gate makes of one page's medians: pure, so the rules are unit-tested. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Medians = Record<Category, number> & { lcpMs: number; cls: number; tbtMs: number; fcpMs: number };

export type Budget = {
  scores: Record<Category, number>;
  /** Google's "good" line for Cumulative Layout Shift; it does not depend on the host's speed. */
  cls: number;
  /** When set, a performance median under scores.performance is only reported, unless it is under this floor. */
  advisoryPerformanceFloor: number | null;
};

export const DEFAULT_BUDGET: Budget = {
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  cls: 0.1,
  advisoryPerformanceFloor: null,
};

export function judgePage(label: string, med: Medians, budget: Budget, failedAudits: string[] = []) {
  const failures: string[] = [];
  const advisories: string[] = [];
  if (med.cls > budget.cls) failures.push(`${label}: Cumulative Layout Shift ${med.cls} > ${budget.cls}`);
  for (const c of CATEGORIES) {
    const want = budget.scores[c];
    if (med[c] >= want) continue;
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
