/** Public API of the content check (CLI, build, dev overlay, tests). */
export { checkContent, checkFile, checkSource, loadContext } from './engine';
export type { ContentReport } from './engine';
export { checkContentParallel } from './parallel';
export { formatFinding } from './format';
export { RULES } from './rules';
export type { CheckContext } from './types';
