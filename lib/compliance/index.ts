/** Public API of the content check (CLI, build, dev overlay, tests). */
export { checkContent, checkFile, checkSource, loadContext, listContentFiles } from './engine';
export type { CheckOptions, ContentReport, PageReport } from './engine';
export { checkContentParallel } from './parallel';
export { formatFinding, formatReport, formatSummary, formatReadabilityTable, reportToJson } from './format';
export { RULES, RULES_BY_ID, ruleSeverity } from './rules';
export type { RuleDefinition } from './rules';
export type { Finding, Mode, Severity, ReadabilityStats, CheckContext } from './types';
