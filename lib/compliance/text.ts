/**
 * Text utilities of the content check. Positions and sentences come from the content pipeline
 * (lib/content/prose.ts, lib/content/sentences.ts); they are re-exported here for the checks.
 */
export { lineIndex, alignOffset, ProseText, type Piece } from '../content/prose';
export { splitSentences, sentenceWords, type SentenceSpan } from '../content/sentences';
