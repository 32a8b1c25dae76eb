import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, judgePage, type Medians } from '../../../scripts/lib/lighthouse-verdict';

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
});
