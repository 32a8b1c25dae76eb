/** Shared shapes of the content check. Kept free of logic so every module can import them. */
import type { AuthorFile } from '../content/author-files';

export type Severity = 'error' | 'warning';

/** Production stops the build on lifecycle problems; development only warns (for `next dev`). */
export type Mode = 'production' | 'development';

/** 1-based, as editors and terminals count. */
export type Position = { line: number; column: number };

/** What a rule module reports; the engine adds severity and the fix hint from the rules table. */
export type RawFinding = Position & {
  ruleId: string;
  message: string;
  /** Only when a rule's severity depends on the page (e.g. lifecycle on a draft). */
  severity?: Severity;
};

export type Finding = Position & {
  /** Absolute path of the checked file. */
  file: string;
  severity: Severity;
  ruleId: string;
  message: string;
  fix: string;
};

export type ReadabilityStats = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease: higher is easier; 60–70 is plain English. */
  readingEase: number;
  /** Flesch–Kincaid grade level (US school grade). */
  grade: number;
};

/** A clinician profile as the checks see it (read by lib/content/author-files.ts). */
export type Author = AuthorFile;

export type BibliographyEntry = {
  key: string;
  doi?: string;
  pmid?: string;
  url?: string;
  /** Line of the entry's `@type{key,` in the .bib file, for unused-reference findings. */
  line: number;
};

/** Everything a page is checked against that is not the page itself. */
export type CheckContext = {
  mode: Mode;
  /** Injected so that tests and builds agree on "today". */
  now: Date;
  authors: ReadonlyMap<string, Author>;
  bibliography: ReadonlyMap<string, BibliographyEntry>;
};
