/**
 * What a medical approval is an approval of (lib/reviews/hash.ts), and the production build's
 * rule on it (lib/reviews/rule.ts): whitespace-only edits keep the approval, edits to words or
 * medical front matter need a new one, other front matter does not, and a moved page has none.
 */
import { describe, expect, it } from 'vitest';
import { hashInput, versionHash } from '@/lib/reviews/hash';
import { reviewProblems, type RulePage } from '@/lib/reviews/rule';
import { approve, approvalRefusal, type ApprovalInput } from '@/lib/reviews/decide';
import { changeHistory, parseRecord, serialiseRecord, type ReviewRecord } from '@/lib/reviews/record';
import { reviewState, needsReview } from '@/lib/reviews/state';
import { pageKeyOf, isPageKey } from '@/lib/reviews/source';

const page = (fm: Record<string, string> = {}, body = 'First paragraph about knee pain.\n\nSecond paragraph, with a [@ref2020] citation.\n') => {
  const fields = {
    title: "'Knee pain: what helps'",
    description: 'A description of the page long enough for search results and previews here.',
    publishedAt: '2026-01-10',
    author: 'jo-writer',
    reviewer: 'dr-clinician',
    category: 'condition',
    tags: '[knee]',
    draft: 'false',
    ...fm,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\nsummary:\n  - One key point for the reader.\n  - Another key point for the reader.\n---\n${body}`;
};

const base = page();

describe('versionHash', () => {
  it('is stable and self-describing', () => {
    expect(versionHash(base)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(versionHash(base)).toBe(versionHash(page()));
  });

  it('ignores whitespace-only edits: re-wrapped lines, trailing spaces, extra blank lines, CRLF', () => {
    const rewrapped = page({}, 'First paragraph\nabout   knee pain.   \n\n\n\nSecond paragraph, with a\n[@ref2020] citation.\n\n');
    expect(versionHash(rewrapped)).toBe(versionHash(base));
    expect(versionHash(base.replace(/\n/g, '\r\n'))).toBe(versionHash(base));
    expect(versionHash(page({ description: '  A description of the page   long enough for search results and previews here.' }))).toBe(versionHash(base));
  });

  it('changes with a word, a citation or a paragraph split in the body', () => {
    expect(versionHash(page({}, 'First paragraph about hip pain.\n\nSecond paragraph, with a [@ref2020] citation.\n'))).not.toBe(versionHash(base));
    expect(versionHash(page({}, 'First paragraph about knee pain.\n\nSecond paragraph, with a [@ref2021] citation.\n'))).not.toBe(versionHash(base));
    expect(versionHash(page({}, 'First paragraph about knee pain.\n\nSecond paragraph,\n\nwith a [@ref2020] citation.\n'))).not.toBe(versionHash(base));
  });

  it('changes with medical front matter (title, description, key points, category) but not with dates, tags, draft or names', () => {
    expect(versionHash(page({ title: "'Knee pain: what cures it'" }))).not.toBe(versionHash(base));
    expect(versionHash(page({ category: 'evidence' }))).not.toBe(versionHash(base));
    expect(versionHash(base.replace('One key point', 'One new key point'))).not.toBe(versionHash(base));
    for (const edit of [{ publishedAt: '2026-02-01' }, { updatedAt: '2026-03-01' }, { tags: '[knee, hip]' }, { draft: 'true' }, { author: 'sam-other' }] as Record<string, string>[]) {
      expect(versionHash(page(edit)), JSON.stringify(edit)).toBe(versionHash(base));
    }
  });

  it('hashes what a person can read back', () => {
    const input = hashInput(base);
    expect(input.split('\n')[0]).toBe('v1');
    expect(input).toContain('"title":"Knee pain: what helps"');
    expect(input).toContain('First paragraph about knee pain.\n\nSecond paragraph');
    expect(input).not.toContain('publishedAt');
  });
});

describe('page keys', () => {
  it('is the collection and slug, never a path outside them', () => {
    expect(pageKeyOf('articles/knee-pain.mdx')).toEqual({ collection: 'articles', slug: 'knee-pain' });
    expect(pageKeyOf('authors/jo.mdx')).toBeNull();
    expect(pageKeyOf('articles/../x.mdx')).toBeNull();
    expect(isPageKey('treatments', 'bmac')).toBe(true);
    expect(isPageKey('articles', '..')).toBe(false);
  });
});

const key = { collection: 'articles' as const, slug: 'knee-pain' };
const registered = new Set(['dr-clinician', 'dr-second']);
const reviewerUser = { role: 'reviewer', authorId: 'dr-clinician', email: 'clinician@clinic.test' };
const input = (over: Partial<ApprovalInput> = {}): ApprovalInput => ({
  key,
  source: base,
  reviewedHash: versionHash(base),
  record: null,
  approver: reviewerUser,
  registeredAuthors: registered,
  lastChangedBy: 'writer@clinic.test',
  today: '2026-12-02',
  ...over,
});

function approved(source = base, today = '2026-12-02', record: ReviewRecord | null = null): ReviewRecord {
  const result = approve({ ...input({ source, reviewedHash: versionHash(source), record, today }), changeNote: 'Added the 2022 trial comparing fat injections with PRP' });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.record;
}

describe('approve', () => {
  it('records the version, reviewer, author, dates and note; next review 12 months on, less a day', () => {
    const record = approved();
    expect(record).toEqual({
      page: 'articles/knee-pain',
      approvals: [
        {
          hash: versionHash(base),
          reviewer: 'dr-clinician',
          author: 'jo-writer',
          reviewedOn: '2026-12-02',
          nextReviewDue: '2027-12-01',
          changeNote: 'Added the 2022 trial comparing fat injections with PRP',
        },
      ],
    });
    expect(parseRecord(serialiseRecord(record))).toEqual(record);
    expect(serialiseRecord(record).endsWith('}\n')).toBe(true);
  });

  it('refuses a writer, an unregistered clinician, the author, the last editor, another reviewer and a stale version', () => {
    expect(approvalRefusal(input({ approver: { ...reviewerUser, role: 'writer' } }))).toBe('not-reviewer');
    expect(approvalRefusal(input({ approver: { ...reviewerUser, authorId: 'dr-unregistered' } }))).toBe('not-registered');
    expect(approvalRefusal(input({ source: page({ author: 'dr-clinician', reviewer: 'dr-second' }), reviewedHash: versionHash(page({ author: 'dr-clinician', reviewer: 'dr-second' })) }))).toBe('own-page');
    expect(approvalRefusal(input({ lastChangedBy: 'clinician@clinic.test' }))).toBe('last-changed');
    expect(approvalRefusal(input({ approver: { ...reviewerUser, authorId: 'dr-second' } }))).toBe('not-named-reviewer');
    expect(approvalRefusal(input({ reviewedHash: 'sha256:' + '0'.repeat(64) }))).toBe('stale-version');
    expect(approvalRefusal(input({ record: approved() }))).toBe('already-approved');
    expect(approvalRefusal(input({ record: approved(), today: '2027-11-20' }))).toBeNull();
  });

  it('needs a change note of a sensible length', () => {
    const short = approve({ ...input(), changeNote: 'ok' });
    expect(short).toMatchObject({ ok: false, noteError: expect.stringMatching(/at least 10/) });
  });
});

describe('review state and history', () => {
  it('is approved, changed or never, and due within 30 days of the next review', () => {
    const record = approved();
    expect(reviewState(versionHash(base), record, '2026-12-02').status).toBe('approved');
    expect(needsReview(reviewState(versionHash(base), record, '2026-12-02'))).toBe(false);
    expect(reviewState('sha256:other', record, '2026-12-02').status).toBe('changed');
    expect(reviewState(versionHash(base), null, '2026-12-02').status).toBe('never');
    expect(reviewState(versionHash(base), record, '2027-11-01').due).toBe(true);
    expect(reviewState(versionHash(base), record, '2027-10-31').due).toBe(false);
    expect(needsReview(reviewState(versionHash(base), record, '2027-11-01'))).toBe(true);
  });

  it('lists the public change notes newest first', () => {
    const edited = page({}, 'First paragraph about knee pain, updated.\n');
    const record = approved(edited, '2027-02-01', approved());
    expect(changeHistory(record).map((h) => h.date)).toEqual(['2027-02-01', '2026-12-02']);
  });
});

describe('the production build rule', () => {
  const authors = new Map([
    ['jo-writer', { registered: false }],
    ['dr-clinician', { registered: true }],
    ['dr-second', { registered: true }],
  ]);
  const at = (source: string, k = key): RulePage => ({ file: `content/${k.collection}/${k.slug}.mdx`, key: k, source });

  it('passes a page whose current version its named reviewer approved', () => {
    expect(reviewProblems(at(base), approved(), authors, '2026-12-02')).toEqual([]);
  });

  it('passes whitespace-only and non-medical front-matter edits after approval', () => {
    expect(reviewProblems(at(page({ tags: '[knee, hip]', updatedAt: '2026-12-05' }, 'First paragraph\nabout knee pain.\n\nSecond paragraph, with a [@ref2020] citation.')), approved(), authors, '2026-12-10')).toEqual([]);
  });

  it('refuses a medical front-matter edit, naming the file and what is missing', () => {
    const [problem] = reviewProblems(at(page({ description: 'A changed description of the page, long enough for search results and previews.' })), approved(), authors, '2026-12-02');
    expect(problem).toMatch(/^content\/articles\/knee-pain\.mdx: it has changed since its last approval \(2026-12-02 by dr-clinician, content\/reviews\/articles\/knee-pain\.json\)/);
  });

  it('refuses a moved page: its record is kept by collection and slug', () => {
    const moved = { collection: 'articles' as const, slug: 'knee-pain-explained' };
    const [problem] = reviewProblems(at(base, moved), null, authors, '2026-12-02');
    expect(problem).toMatch(/knee-pain-explained\.mdx: it has no review record \(content\/reviews\/articles\/knee-pain-explained\.json\)/);
  });

  it('refuses an approval by someone other than the named reviewer, a self-review and an overdue page', () => {
    const renamed = page({ reviewer: 'dr-second' });
    expect(reviewProblems(at(renamed), approved(), authors, '2026-12-02')).toEqual([
      'content/articles/knee-pain.mdx: the current version was approved by "dr-clinician", not by its named reviewer "dr-second"',
    ]);
    expect(reviewProblems(at(page({ reviewer: 'jo-writer' })), approved(), authors, '2026-12-02').join('\n')).toMatch(/not a registered clinician[\s\S]*also its author/);
    expect(reviewProblems(at(base), approved(), authors, '2027-12-02')).toEqual(['content/articles/knee-pain.mdx: its periodic review was due on 2027-12-01: it is overdue for review']);
  });

  it('leaves drafts alone: they never reach a production build', () => {
    expect(reviewProblems(at(page({ draft: 'true' })), null, authors, '2026-12-02')).toEqual([]);
  });
});
