import { describe, expect, it } from 'vitest';
import { CLEAR_PASS_MARGIN, DEFAULT_BUDGET, judgePage, needsRemeasure, settledByOneRun, type Medians } from '../../../scripts/lib/lighthouse-verdict';

const good: Medians = { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 2100, cls: 0, tbtMs: 120, fcpMs: 950 };
const advisory = { ...DEFAULT_BUDGET, advisoryPerformanceFloor: 85 };

describe('judgePage', () => {
  it('passes a page within every budget', () => {
    expect(judgePage('home', good, DEFAULT_BUDGET)).toEqual({ failures: [], advisories: [] });
  });

  it('fails performance under 95 when it is enforced', () => {
    const { failures } = judgePage('article', { ...good, performance: 94 }, DEFAULT_BUDGET);
    expect(failures).toEqual([expect.stringContaining('article: performance 94 < 95')]);
  });

  it('only reports performance between the floor and 95 when 95 is advisory', () => {
    expect(judgePage('article', { ...good, performance: 90 }, advisory)).toEqual({
      failures: [],
      advisories: [expect.stringContaining('performance 90 < 95')],
    });
  });

  it('fails performance under the floor even when 95 is advisory', () => {
    const { failures, advisories } = judgePage('article', { ...good, performance: 84 }, advisory);
    expect(advisories).toEqual([]);
    expect(failures).toEqual([expect.stringContaining('performance 84 < 85, the floor')]);
  });

  it('never lets accessibility, best practices or SEO below 100, and names the failing audits', () => {
    const { failures } = judgePage('book', { ...good, accessibility: 98 }, advisory, ['color-contrast']);
    expect(failures).toEqual([expect.stringMatching(/book: accessibility 98 < 100[\s\S]*color-contrast/)]);
  });

  it('fails a layout shift above 0.1 whatever the scores', () => {
    const { failures } = judgePage('treatment', { ...good, cls: 0.19 }, advisory);
    expect(failures).toEqual([expect.stringContaining('Cumulative Layout Shift 0.19 > 0.1')]);
  });

  it('reports, without judging, a performance score read from a trace Lighthouse could not attribute', () => {
    const { failures, advisories } = judgePage('home', { ...good, performance: 77, tbtMs: 900, otherMs: 1800 }, DEFAULT_BUDGET);
    expect(failures).toEqual([]);
    expect(advisories).toEqual([expect.stringContaining('not judged: 1800 ms of main-thread work Lighthouse could not attribute')]);
  });

  it('still judges performance when the unattributed work is within the limit, and still judges the rest when it is not', () => {
    expect(judgePage('home', { ...good, performance: 90, otherMs: 300 }, DEFAULT_BUDGET).failures).toEqual([expect.stringContaining('performance 90 < 95')]);
    const { failures } = judgePage('home', { ...good, performance: 70, otherMs: 1800, seo: 92, cls: 0.2 }, DEFAULT_BUDGET);
    expect(failures).toEqual([expect.stringContaining('Cumulative Layout Shift 0.2'), expect.stringContaining('seo 92 < 100')]);
  });
});

describe('needsRemeasure', () => {
  it('measures again a page its performance median would fail', () => {
    expect(needsRemeasure({ ...good, performance: 94 }, DEFAULT_BUDGET)).toBe(true);
    expect(needsRemeasure({ ...good, performance: 90, otherMs: 300 }, DEFAULT_BUDGET)).toBe(true);
    expect(needsRemeasure({ ...good, performance: 84 }, advisory)).toBe(true);
  });

  it('does not measure again a page within budget, or one whose performance is only reported', () => {
    expect(needsRemeasure(good, DEFAULT_BUDGET)).toBe(false);
    expect(needsRemeasure({ ...good, performance: 95 }, DEFAULT_BUDGET)).toBe(false);
    expect(needsRemeasure({ ...good, performance: 77, tbtMs: 900, otherMs: 1800 }, DEFAULT_BUDGET)).toBe(false);
    expect(needsRemeasure({ ...good, performance: 90 }, advisory)).toBe(false);
  });

  it('looks at performance only: the other scores and layout shift do not change between runs', () => {
    expect(needsRemeasure({ ...good, accessibility: 90, cls: 0.3 }, DEFAULT_BUDGET)).toBe(false);
    expect(needsRemeasure({ ...good, performance: 94, seo: 90 }, DEFAULT_BUDGET)).toBe(true);
  });
});

describe('settledByOneRun', () => {
  it('settles a page whose one run is clearly within the performance budget', () => {
    expect(settledByOneRun({ ...good, performance: 95 + CLEAR_PASS_MARGIN }, DEFAULT_BUDGET)).toBe(true);
    expect(settledByOneRun({ ...good, performance: 100 }, advisory)).toBe(true);
  });

  it('gives a page near the performance line, on either side, its full median', () => {
    expect(settledByOneRun({ ...good, performance: 95 + CLEAR_PASS_MARGIN - 1 }, DEFAULT_BUDGET)).toBe(false);
    expect(settledByOneRun({ ...good, performance: 95 }, DEFAULT_BUDGET)).toBe(false);
    expect(settledByOneRun({ ...good, performance: 80, otherMs: 300 }, DEFAULT_BUDGET)).toBe(false);
  });

  it('settles a score read from a trace well over the unattributed limit, not one near it', () => {
    expect(settledByOneRun({ ...good, performance: 77, otherMs: 1800 }, DEFAULT_BUDGET)).toBe(true);
    expect(settledByOneRun({ ...good, performance: 77, otherMs: 1000 }, DEFAULT_BUDGET)).toBe(false);
    expect(settledByOneRun({ ...good, performance: 77, otherMs: 700 }, DEFAULT_BUDGET)).toBe(false);
  });

  it('never settles a run whose layout shift is over budget: that is judged on a median', () => {
    expect(settledByOneRun({ ...good, performance: 100, cls: 0.12 }, DEFAULT_BUDGET)).toBe(false);
    expect(settledByOneRun({ ...good, performance: 77, otherMs: 1800, cls: 0.12 }, DEFAULT_BUDGET)).toBe(false);
  });
});
