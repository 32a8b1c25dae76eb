/**
 * The content model (issue 2): front matter against the zod schemas, author and reviewer
 * references, and the review lifecycle. Every finding sits on the line of the field it names.
 */
import { schemasByType, isoDate } from '../../content/schema';
import type { ParsedPage } from '../parse';
import type { CheckContext, RawFinding } from '../types';

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i > 0 ? '.' : ''}${String(segment)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

export function checkFrontMatterSchema(page: ParsedPage): RawFinding[] {
  const findings: RawFinding[] = page.frontMatterErrors.map((e) => ({ ruleId: 'frontmatter-schema', message: e.message, ...e.position }));
  if (!page.type) {
    return [{ ruleId: 'unknown-document-type', message: `"${page.relPath}" is not an article, treatment or author file`, line: 1, column: 1 }];
  }
  const fm = page.frontMatter;
  if (!fm) return findings;
  const result = schemasByType[page.type].safeParse(fm.data);
  if (result.success) return findings;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        findings.push({
          ruleId: 'frontmatter-schema',
          message: `front matter field "${formatFieldPath(path)}" is not a ${page.type.toLowerCase()} field (misspelt or in the wrong document type?)`,
          ...fm.positionOf(path),
        });
      }
      continue;
    }
    const field = formatFieldPath(issue.path);
    const missing = valueAt(fm.data, issue.path) === undefined && issue.code === 'invalid_type';
    findings.push({
      ruleId: 'frontmatter-schema',
      message: missing ? `front matter field "${field}" is required but missing` : `front matter field "${field}"${joinMessage(issue.message)}`,
      ...fm.positionOf(issue.path),
    });
  }
  return findings;
}

/** Schema messages read on from the field name ("must be…", "is not…"); others follow a colon. */
function joinMessage(text: string): string {
  const message = /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return /^(?:must|is|are|should|cannot|has|needs)\b/.test(message) ? ` ${message}` : `: ${message}`;
}

export function checkPeople(page: ParsedPage, ctx: CheckContext): RawFinding[] {
  const fm = page.frontMatter;
  if (!fm || (page.type !== 'Article' && page.type !== 'Treatment')) return [];
  const findings: RawFinding[] = [];
  const { author, reviewer } = fm.data;
  if (typeof author === 'string' && !ctx.authors.has(author)) {
    findings.push({ ruleId: 'unknown-author', message: `front matter field "author" names "${author}", which has no file in authors/`, ...fm.valuePositionOf(['author']) });
  }
  if (typeof reviewer === 'string') {
    const person = ctx.authors.get(reviewer);
    if (!person) {
      findings.push({ ruleId: 'unknown-reviewer', message: `front matter field "reviewer" names "${reviewer}", which has no file in authors/`, ...fm.valuePositionOf(['reviewer']) });
    } else if (!person.registered) {
      findings.push({
        ruleId: 'reviewer-not-clinician',
        message: `front matter field "reviewer" names "${reviewer}", who has no professional registration and so is not a registered clinician`,
        ...fm.valuePositionOf(['reviewer']),
      });
    }
  }
  return findings;
}

const MAX_REVIEW_MONTHS = 12;

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const result = new Date(Date.UTC(y, m - 1 + months, d));
  return result.toISOString().slice(0, 10);
}

function asDate(value: unknown): string | null {
  const v = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  return isoDate.safeParse(v).success ? (v as string) : null;
}

export function checkReviewLifecycle(page: ParsedPage, ctx: CheckContext): RawFinding[] {
  const fm = page.frontMatter;
  if (!fm || (page.type !== 'Article' && page.type !== 'Treatment')) return [];
  const today = ctx.now.toISOString().slice(0, 10);
  const reviewedAt = asDate(fm.data.reviewedAt);
  const nextReviewDue = asDate(fm.data.nextReviewDue);
  // Drafts never reach a production build; their dates warn until they are published.
  const severity = fm.data.draft === true ? ('warning' as const) : undefined;
  const findings: RawFinding[] = [];
  if (reviewedAt && reviewedAt > today) {
    findings.push({ ruleId: 'review-lifecycle', severity, message: `front matter field "reviewedAt" (${reviewedAt}) is in the future (today is ${today})`, ...fm.valuePositionOf(['reviewedAt']) });
  }
  if (nextReviewDue && nextReviewDue < today) {
    findings.push({ ruleId: 'review-lifecycle', severity, message: `front matter field "nextReviewDue" (${nextReviewDue}) has passed: the page is overdue for review`, ...fm.valuePositionOf(['nextReviewDue']) });
  }
  if (reviewedAt && nextReviewDue && nextReviewDue > addMonths(reviewedAt, MAX_REVIEW_MONTHS)) {
    findings.push({
      ruleId: 'review-lifecycle',
      severity,
      message: `front matter field "nextReviewDue" (${nextReviewDue}) is more than ${MAX_REVIEW_MONTHS} months after reviewedAt (${reviewedAt})`,
      ...fm.valuePositionOf(['nextReviewDue']),
    });
  }
  return findings;
}
