/**
 * The production build's rule: a published page is built only if its current source matches an
 * approval, by the reviewer its front matter names, who is a registered clinician and not the
 * page's author, and whose next review is not overdue. Pure; scripts/check-reviews.ts feeds it.
 */
import { versionHash } from './hash';
import { approvalOf, recordPath, type ReviewRecord } from './record';
import { splitSource, type PageKey } from './source';

export type RulePage = { file: string; key: PageKey; source: string };
export type RuleAuthor = { registered: boolean };

export function reviewProblems(
  page: RulePage,
  record: ReviewRecord | null,
  authors: ReadonlyMap<string, RuleAuthor>,
  today: string,
): string[] {
  const { frontMatter } = splitSource(page.source);
  if (frontMatter.draft === true) return [];
  const where = `content/${recordPath(page.key)}`;
  const author = String(frontMatter.author ?? '');
  const reviewer = String(frontMatter.reviewer ?? '');
  const problems: string[] = [];
  if (!authors.get(reviewer)?.registered) problems.push(`its reviewer "${reviewer}" is not a registered clinician in content/authors`);
  if (reviewer === author) problems.push(`its reviewer "${reviewer}" is also its author; a page needs a second person's review`);
  if (!record) {
    problems.push(`it has no review record (${where}): a clinical reviewer must approve it in /staff/reviews`);
    return problems.map((p) => `${page.file}: ${p}`);
  }
  const approval = approvalOf(record, versionHash(page.source));
  if (!approval) {
    const last = record.approvals.at(-1)!;
    problems.push(`it has changed since its last approval (${last.reviewedOn} by ${last.reviewer}, ${where}): the current version needs a clinical reviewer's approval`);
  } else {
    if (approval.reviewer !== reviewer) problems.push(`the current version was approved by "${approval.reviewer}", not by its named reviewer "${reviewer}"`);
    if (approval.reviewer === author) problems.push(`the current version was approved by its own author "${author}"`);
    if (approval.nextReviewDue < today) problems.push(`its periodic review was due on ${approval.nextReviewDue}: it is overdue for review`);
  }
  return problems.map((p) => `${page.file}: ${p}`);
}
