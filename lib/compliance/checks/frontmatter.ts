/**
 * The content model: front matter against the zod schemas, and author and reviewer references.
 * Every finding sits on the line of the field it names. (Review dates are not front matter: they
 * come from the review record, which the production build checks; lib/reviews/rule.ts.)
 */
import { schemasByType } from '../../content/schema';
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
