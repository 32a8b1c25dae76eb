/**
 * Inline suppression. In the MDX body:
 *   {/* content-check-disable-next-line rule-id -- reason *\/}
 * and in front matter (YAML):
 *   # content-check-disable-next-line rule-id -- reason
 * silence those rules (comma-separated ids allowed) on the next line only. A directive without a
 * reason or with an unknown rule id is an error; one that silences nothing is a warning.
 */
import { RULES_BY_ID, UNSUPPRESSIBLE } from './rules';
import type { RawFinding } from './types';

export type Directive = { line: number; column: number; ruleIds: string[]; reason: string };

const DIRECTIVE = /content-check-disable-next-line\b(.*?)(?:\*\/\s*\}|$)/;
const FENCE = /^\s*(```|~~~)/;

export function parseDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  let fence: string | null = null;
  source.split(/\r?\n/).forEach((text, i) => {
    const f = FENCE.exec(text);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1] === fence) fence = null;
      return;
    }
    if (fence) return;
    const m = DIRECTIVE.exec(text);
    // Only in an MDX comment or a YAML comment: the phrase in prose (e.g. these docs) is not a directive.
    if (!m || !/(\{\/\*|^\s*#)\s*content-check-disable-next-line/.test(text)) return;
    const [idsPart, ...reasonParts] = m[1].split('--');
    directives.push({
      line: i + 1,
      column: (m.index ?? 0) + 1,
      ruleIds: idsPart.split(/[\s,]+/).filter(Boolean),
      reason: reasonParts.join('--').trim(),
    });
  });
  return directives;
}

export type SuppressionResult = {
  kept: RawFinding[];
  silenced: RawFinding[];
  /** Problems with the directives themselves. */
  directiveFindings: RawFinding[];
};

export function applySuppressions(findings: readonly RawFinding[], directives: readonly Directive[]): SuppressionResult {
  const directiveFindings: RawFinding[] = [];
  const active: { directive: Directive; used: boolean }[] = [];
  for (const directive of directives) {
    const at = { line: directive.line, column: directive.column };
    if (directive.ruleIds.length === 0) {
      directiveFindings.push({ ruleId: 'suppression-reason', message: 'suppression names no rule id', ...at });
      continue;
    }
    const unknown = directive.ruleIds.filter((id) => !RULES_BY_ID.has(id) || UNSUPPRESSIBLE.has(id));
    if (unknown.length) {
      directiveFindings.push({ ruleId: 'suppression-reason', message: `suppression names unknown or unsilenceable rule(s): ${unknown.join(', ')}`, ...at });
      continue;
    }
    if (!directive.reason) {
      directiveFindings.push({ ruleId: 'suppression-reason', message: `suppression of ${directive.ruleIds.join(', ')} gives no reason after "--"`, ...at });
      continue;
    }
    active.push({ directive, used: false });
  }
  const kept: RawFinding[] = [];
  const silenced: RawFinding[] = [];
  for (const finding of findings) {
    const match = UNSUPPRESSIBLE.has(finding.ruleId)
      ? undefined
      : active.find((a) => a.directive.line + 1 === finding.line && a.directive.ruleIds.includes(finding.ruleId));
    if (match) {
      match.used = true;
      silenced.push(finding);
    } else {
      kept.push(finding);
    }
  }
  for (const { directive, used } of active) {
    if (!used) {
      directiveFindings.push({
        ruleId: 'unused-suppression',
        message: `suppression of ${directive.ruleIds.join(', ')} silences nothing on line ${directive.line + 1}`,
        line: directive.line,
        column: directive.column,
      });
    }
  }
  return { kept, silenced, directiveFindings };
}
