/** Suppression directives: parsing, next-line scope, multiple rules, and what cannot be silenced. */
import { describe, expect, it } from 'vitest';
import { applySuppressions, parseDirectives } from '@/lib/compliance/suppress';

describe('parseDirectives', () => {
  it('reads rule ids and the reason from MDX and YAML comments', () => {
    const source = [
      '---',
      '# content-check-disable-next-line uncited-statistic -- the number is a trial name',
      'title: x',
      '---',
      '{/* content-check-disable-next-line no-hype, unfair-comparison -- quoted headline */}',
      'text',
    ].join('\n');
    expect(parseDirectives(source)).toEqual([
      { line: 2, column: 3, ruleIds: ['uncited-statistic'], reason: 'the number is a trial name' },
      { line: 5, column: 5, ruleIds: ['no-hype', 'unfair-comparison'], reason: 'quoted headline' },
    ]);
  });

  it('ignores the phrase inside fenced code and in ordinary prose', () => {
    const source = ['```mdx', '{/* content-check-disable-next-line no-hype -- example */}', '```', 'Write content-check-disable-next-line no-hype to silence it.'].join('\n');
    expect(parseDirectives(source)).toEqual([]);
  });
});

describe('applySuppressions', () => {
  const finding = (ruleId: string, line: number) => ({ ruleId, line, column: 1, message: 'm' });

  it('silences only the named rules on the next line', () => {
    const directives = [{ line: 4, column: 1, ruleIds: ['no-hype'], reason: 'why' }];
    const result = applySuppressions([finding('no-hype', 5), finding('no-hype', 6), finding('no-cure-claim', 5)], directives);
    expect(result.silenced).toEqual([finding('no-hype', 5)]);
    expect(result.kept).toEqual([finding('no-hype', 6), finding('no-cure-claim', 5)]);
    expect(result.directiveFindings).toEqual([]);
  });

  it('rejects a directive without a reason, without a rule, or naming an unknown rule, and silences nothing with it', () => {
    const result = applySuppressions(
      [finding('no-hype', 2), finding('no-hype', 4), finding('no-hype', 6)],
      [
        { line: 1, column: 1, ruleIds: ['no-hype'], reason: '' },
        { line: 3, column: 1, ruleIds: [], reason: 'why' },
        { line: 5, column: 1, ruleIds: ['no-such-rule'], reason: 'why' },
      ],
    );
    expect(result.silenced).toEqual([]);
    expect(result.directiveFindings.map((f) => [f.ruleId, f.line])).toEqual([
      ['suppression-reason', 1],
      ['suppression-reason', 3],
      ['suppression-reason', 5],
    ]);
  });

  it('cannot silence the suppression rules themselves', () => {
    const result = applySuppressions([], [{ line: 1, column: 1, ruleIds: ['unused-suppression'], reason: 'why' }]);
    expect(result.directiveFindings.map((f) => f.ruleId)).toEqual(['suppression-reason']);
  });
});
