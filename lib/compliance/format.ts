/** Output: one line per finding, the readability table, the summary line and JSON. */
import path from 'node:path';
import type { ContentReport } from './engine';
import type { Finding } from './types';

/** `file:line:column  severity  rule-id  message  (how to fix)`, file relative to `baseDir`. */
export function formatFinding(finding: Finding, baseDir: string): string {
  const file = path.relative(baseDir, finding.file).split(path.sep).join('/');
  return `${file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.ruleId}  ${finding.message}  (${finding.fix})`;
}

export function formatReadabilityTable(report: ContentReport, baseDir: string): string {
  const rows = report.pages
    .filter((p) => p.readability)
    .map((p) => [
      path.relative(baseDir, p.file).split(path.sep).join('/'),
      String(p.readability!.words),
      p.readability!.readingEase.toFixed(1),
      p.readability!.grade.toFixed(1),
    ]);
  if (rows.length === 0) return '';
  const header = ['page', 'words', 'reading ease', 'grade'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return ['info  readability (Flesch reading ease: higher is easier; Flesch–Kincaid grade: warn above 10)', line(header), ...rows.map(line)].join('\n');
}

export function formatSummary(report: ContentReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}, ${report.silenced} silenced in ${plural(report.pages.length, 'file')}`;
}

export function formatReport(report: ContentReport, baseDir: string): string {
  const parts = [report.findings.map((f) => formatFinding(f, baseDir)).join('\n'), formatReadabilityTable(report, baseDir), formatSummary(report)];
  return parts.filter(Boolean).join('\n\n');
}

export function reportToJson(report: ContentReport, baseDir: string) {
  const rel = (file: string) => path.relative(baseDir, file).split(path.sep).join('/');
  return {
    summary: {
      errors: report.errors,
      warnings: report.warnings,
      silenced: report.silenced,
      files: report.pages.length,
      durationMs: Math.round(report.durationMs),
    },
    findings: report.findings.map((f) => ({ ...f, file: rel(f.file) })),
    pages: report.pages.map((p) => ({
      file: rel(p.file),
      type: p.type,
      draft: p.draft,
      readability: p.readability,
      findings: p.findings.length,
      silenced: p.silenced.map((f) => ({ ...f, file: rel(f.file) })),
    })),
  };
}
