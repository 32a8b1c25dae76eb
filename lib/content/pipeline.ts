/**
 * The content pipeline: each MDX document is parsed once (remark with MDX, front matter and GFM,
 * positions kept) and everything the site derives from its body comes from that one tree:
 * citations and their numbering, the reference list order, the table of contents, search text,
 * reading level, the sentences and words the content check reads, its headings and images.
 *
 * Used by Contentlayer's computed fields and its citation plugin (the page), the content check
 * (`npm run content:check`, the build, the dev findings panel) and search, so none can disagree.
 * Contentlayer still compiles the MDX for rendering with its own parser; nothing we derive comes
 * from that one.
 *
 * What counts, decided once here:
 * - A citation is `[@key]` in body text or in a `<Figure caption="…">` (the caption is rendered
 *   with the same numbered links). In inline code, code blocks, MDX comments and other attributes
 *   (alt text, titles) it is literal text: not numbered, not listed, not checked.
 * - Numbers follow first appearance in the source, captions included.
 * - The table of contents lists `##` and `###` headings (ATX or setext) of the page itself, not
 *   those inside components such as `<Callout>`; every heading still takes its slug in order, as
 *   rehype-slug does, so each entry's id is the id its heading gets on the page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, PhrasingContent, Heading } from 'mdast';
import type { Sentence as NlcstSentence } from 'nlcst';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { CITATION_NUMBER_SEPARATOR, citationGroupPattern, findCitationGroups } from './citations';
import { lineIndex, ProseText, type Piece, type SourcePosition } from './prose';
import { splitSentences } from './sentences';

export type ProseKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'attribute' | 'front-matter';

export type ProseUnit = {
  prose: ProseText;
  kind: ProseKind;
  /** Front-matter field path (e.g. "faq[2].answer") or JSX attribute ("<Figure> caption"). */
  field?: string;
  /** Inside a <Testimonial> element. */
  inTestimonial: boolean;
  /** A citation written here is rendered as a numbered reference (body text, figure captions). */
  citable: boolean;
};

export type ProseSentence = {
  unit: ProseUnit;
  /** Index of the sentence in `unit.prose.text`. */
  start: number;
  end: number;
  text: string;
  /** parse-english's sentence: words, punctuation and white space (the sentence's position is relative to the unit's text). */
  nlcst: NlcstSentence;
  /** Where each of `nlcst`'s nodes starts in the unit's text. */
  starts: readonly number[];
  /** Keys cited in this sentence (only in units where a citation renders), in order. */
  citations: string[];
};

export type HeadingInfo = {
  depth: number;
  /** What the heading says, citations left out. */
  text: string;
  /** The id rehype-slug gives it on the page. */
  id: string;
  position: SourcePosition;
  /** Inside a JSX component (e.g. <Callout>): not part of the page's outline. */
  inComponent: boolean;
};

export type TocEntry = { depth: 2 | 3; title: string; id: string };

export type ImageInfo = {
  /** null when the alt attribute is missing altogether. */
  alt: string | null;
  position: SourcePosition;
  /** Where it was written, for messages: "markdown image", "<Figure>", "<Figure> alt"… */
  where: string;
};

export type CitationOccurrence = { key: string; offset: number; position: SourcePosition; inCaption: boolean };

export type ReadingLevel = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease: higher is easier; 60–70 is plain English. */
  readingEase: number;
  /** Flesch–Kincaid grade level (US school grade). */
  grade: number;
};

export type ContentAnalysis = {
  source: string;
  /** The one mdast tree (undefined when the MDX does not parse). */
  tree?: Root;
  syntaxError?: { message: string; position: SourcePosition };
  units: ProseUnit[];
  sentences: ProseSentence[];
  headings: HeadingInfo[];
  images: ImageInfo[];
  /** Every citation where it renders, in source order. */
  citations: CitationOccurrence[];
  /** Cited keys by first appearance: reference N on the page is the Nth key here. */
  citationOrder: string[];
  toc: TocEntry[];
  /** Plain words for the search index: prose, alt text and captions; no markup, code or citation keys. */
  searchText: string;
  /** Words a reader reads in paragraphs and list items (for the reading time). */
  wordCount: number;
  /** Of paragraphs and list items; null when there is no prose. */
  readingLevel: ReadingLevel | null;
};

/** JSX attributes whose string values are shown to readers (or read out by screen readers). */
const PROSE_ATTRIBUTES = new Set(['alt', 'caption', 'title', 'label', 'quote', 'attribution', 'description', 'summary', 'heading', 'text', 'credit']);
/** Attributes a citation renders in (components/mdx/figure.tsx shows the numbered links). */
const CITABLE_ATTRIBUTES = new Set(['Figure caption']);
/** Attributes whose words the search index keeps. */
const SEARCHED_ATTRIBUTES = new Set(['alt', 'caption', 'title']);
const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Figure', 'figure', 'picture']);

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/**
 * remark-gfm's parts in remark-gfm's order, less autolink literals ("www.x.org", "a@b.org" as bare
 * text) and, for a page that cannot hold one, tables. Autolink literals are what make GFM slow:
 * the e-mail form is tried at every letter and digit of the text, and a pass over every text node
 * looks for them again; together about half of the parse. A table is tried at the start of every
 * paragraph, whose whole first line it reads as a head row before it finds no delimiter row below.
 */
function remarkGfmWithoutAutolinkLiterals(this: Processor, { tables }: { tables: boolean }) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), ...(tables ? [gfmTable()] : []), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    ...(tables ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown(),
  ]);
}
const withoutAutolinkLiterals = (tables: boolean) =>
  unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfmWithoutAutolinkLiterals, { tables });
const processorWithoutAutolinkLiterals = withoutAutolinkLiterals(true);
const processorWithoutAutolinkLiteralsOrTables = withoutAutolinkLiterals(false);

/**
 * Whether a document might hold a GFM autolink literal; when not, both processors give the same
 * tree. A literal needs "www", "http", "mailto:" or "xmpp:", or an e-mail character (letter, digit,
 * _ + - .) right before an "@" ("[@key]" citations have none). Text reaches the tree as written
 * apart from escapes and character references, which could spell one out, so any backslash or
 * "&" also counts.
 */
export function mayHoldAutolinkLiteral(source: string): boolean {
  return /www|http|mailto|xmpp|[\\&]|[\w+.-]@/i.test(source);
}

/**
 * Whether a document might hold a GFM table; when not, parsing without tables gives the same tree.
 * A table needs a delimiter row under its head row, and a delimiter row needs a "|" or an
 * alignment colon written next to its dashes (":-" or "-:"); "---" alone is a setext heading or a
 * thematic break. The tokenizer reads the characters as written, so escapes and character
 * references cannot make one.
 */
export function mayHoldTable(source: string): boolean {
  return /\||:-|-:/.test(source);
}

/** Parses an MDX document (with or without its front matter) into the one mdast tree. */
export function parseMdx(source: string): Root {
  const parser = mayHoldAutolinkLiteral(source) ? processor : mayHoldTable(source) ? processorWithoutAutolinkLiterals : processorWithoutAutolinkLiteralsOrTables;
  return parser.parse(source) as Root;
}

const memo = new Map<string, ContentAnalysis>();
/** Enough for a large site; the oldest analysis goes first. */
const MEMO_LIMIT = 2000;
let remembering = true;

/**
 * Whether analyses are kept for the next call with the same source (the default: watch mode, the
 * dev server and Contentlayer ask again for unchanged pages). A one-shot check of a whole site
 * turns it off: each page is analysed once, and keeping every tree alive only feeds the garbage
 * collector. Returns the previous setting.
 */
export function rememberAnalyses(on: boolean): boolean {
  const was = remembering;
  remembering = on;
  if (!on) memo.clear();
  return was;
}

/** The analysis of one document, computed once per source text. */
export function analyseMdx(source: string): ContentAnalysis {
  let analysis = memo.get(source);
  if (!analysis) {
    analysis = analyse(source);
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    if (remembering) memo.set(source, analysis);
  }
  return analysis;
}

function analyse(source: string): ContentAnalysis {
  const toPosition = lineIndex(source);
  const analysis: ContentAnalysis = {
    source,
    units: [],
    sentences: [],
    headings: [],
    images: [],
    citations: [],
    citationOrder: [],
    toc: [],
    searchText: '',
    wordCount: 0,
    readingLevel: null,
  };
  try {
    analysis.tree = parseMdx(source);
  } catch (error) {
    type Point = { line?: number; column?: number };
    const e = error as Point & { reason?: string; message?: string; place?: Point | { start: Point } };
    // vfile messages carry a point, or a range (an unclosed element) whose start is the place.
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
    const place = e.place && 'start' in e.place ? e.place.start : (e.place ?? e);
    // An unclosed element's message has its place only in the text: "… `<Callout>` (3:1-3:10)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    analysis.syntaxError = {
      message: `the MDX does not parse: ${reason}`,
      position: { line: place.line ?? Number(inText?.[1] ?? 1), column: place.column ?? Number(inText?.[2] ?? 1) },
    };
    return analysis;
  }
  const walker = new BodyWalker(source, toPosition);
  walker.walk(analysis.tree.children, false, false);
  analysis.units = walker.units;
  analysis.images = walker.images;

  for (const unit of walker.units) {
    if (!unit.citable) continue;
    for (const group of findCitationGroups(unit.prose.text)) {
      let at = group.index;
      for (const key of group.keys) {
        const keyIndex = unit.prose.text.indexOf(`@${key}`, at);
        at = keyIndex === -1 ? at : keyIndex;
        const offset = unit.prose.offsetOf(at);
        analysis.citations.push({ key, offset, position: toPosition(offset), inCaption: unit.kind === 'attribute' });
      }
    }
  }
  analysis.citations.sort((a, b) => a.offset - b.offset);
  analysis.citationOrder = [...new Set(analysis.citations.map((c) => c.key))];
  const numbers = new Map(analysis.citationOrder.map((key, i) => [key, i + 1]));

  analysis.sentences = walker.units.flatMap(sentencesOf);
  analysis.headings = headingsOf(walker.headings, numbers, toPosition);
  analysis.toc = analysis.headings
    .filter((h) => !h.inComponent && (h.depth === 2 || h.depth === 3))
    .map((h) => ({ depth: h.depth as 2 | 3, title: h.text, id: h.id }));
  // Only search and Contentlayer read it; the content check, which analyses every page, never does.
  let searchText: string | undefined;
  Object.defineProperty(analysis, 'searchText', { enumerable: true, get: () => (searchText ??= searchTextOf(walker.units)) });
  const level = readingLevelOf(analysis.sentences);
  analysis.wordCount = level?.words ?? 0;
  analysis.readingLevel = level;
  return analysis;
}

/** Sentences of a unit of prose, with their citations. */
export function sentencesOf(unit: ProseUnit): ProseSentence[] {
  const text = unit.prose.text;
  const groups = unit.citable ? findCitationGroups(text) : [];
  return splitSentences(text).map(({ start, end, nlcst, starts }) => ({
    unit,
    start,
    end,
    text: text.slice(start, end),
    nlcst,
    starts,
    citations: groups.filter((g) => g.index >= start && g.index < end).flatMap((g) => g.keys),
  }));
}

function searchTextOf(units: readonly ProseUnit[]): string {
  return units
    .filter((u) => u.kind !== 'attribute' || SEARCHED_ATTRIBUTES.has(u.field!.split(' ')[1]))
    .map((u) => withoutCitations(u.prose.text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutCitations(text: string): string {
  return text.includes('[@') ? text.replace(citationGroupPattern(), ' ') : text;
}

// ---------------------------------------------------------------------------------------------
// Headings and the table of contents

type RawHeading = { node: Heading; inComponent: boolean };

function headingsOf(raw: RawHeading[], numbers: ReadonlyMap<string, number>, toPosition: (offset: number) => SourcePosition): HeadingInfo[] {
  const slugger = new GithubSlugger();
  return raw.map(({ node, inComponent }) => {
    const written = toString(node);
    // rehype-slug runs after the citation plugin, so a heading's id is made from its numbers.
    const rendered = findCitationGroups(written).reduceRight(
      (text, g) => text.slice(0, g.index) + g.keys.map((k) => String(numbers.get(k) ?? '')).join(CITATION_NUMBER_SEPARATOR) + text.slice(g.index + g.raw.length),
      written,
    );
    return {
      depth: node.depth,
      text: withoutCitations(written).replace(/\s+/g, ' ').trim(),
      id: slugger.slug(rendered),
      position: toPosition(node.position?.start.offset ?? 0),
      inComponent,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading level (NHS plain-English guidance): wooorm's flesch, flesch-kincaid and syllable

/** Pages repeat their words; counting each distinct word once keeps a 500-page run fast. */
const syllableCache = new Map<string, number>();
function syllables(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    n = /^\d/.test(key) ? 1 : syllable(key);
    if (syllableCache.size < 50_000) syllableCache.set(key, n);
  }
  return n;
}

/** Sentences a reading level is measured on: paragraphs and list items with words in them. */
export function readableSentences(sentences: readonly ProseSentence[]): ProseSentence[] {
  return sentences.filter((s) => (s.unit.kind === 'paragraph' || s.unit.kind === 'list-item') && readerWords(s).length > 0);
}

/** Each sentence's words, once: the reading level, the readable-sentence filter and the check's hardest-sentence search all ask. */
const readerWordsOf = new WeakMap<ProseSentence, readonly string[]>();

/** The words of a sentence a reader reads: nlcst words outside citation groups. */
export function readerWords(sentence: ProseSentence): readonly string[] {
  let words = readerWordsOf.get(sentence);
  if (!words) {
    words = wordsOutsideCitations(sentence);
    readerWordsOf.set(sentence, words);
  }
  return words;
}

function wordsOutsideCitations(sentence: ProseSentence): string[] {
  const skip = findCitationGroups(sentence.text).map((g) => [sentence.start + g.index, sentence.start + g.index + g.raw.length]);
  const words: string[] = [];
  const { children } = sentence.nlcst;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'WordNode') continue;
    if (skip.length > 0) {
      const at = sentence.starts[i];
      if (skip.some(([s, e]) => at >= s && at < e)) continue;
    }
    // Most words are one text node: take its value rather than building a copy.
    const parts = child.children;
    if (parts.length === 1 && 'value' in parts[0]) {
      words.push(parts[0].value);
      continue;
    }
    let word = '';
    for (const part of parts) if ('value' in part) word += part.value;
    words.push(word);
  }
  return words;
}

/** Word, sentence and syllable counts, as flesch and flesch-kincaid take them. */
export function readingCounts(sentences: readonly ProseSentence[]) {
  let word = 0;
  let syllableCount = 0;
  for (const s of sentences) {
    for (const w of readerWords(s)) {
      word++;
      syllableCount += syllables(w);
    }
  }
  return { sentence: sentences.length, word, syllable: syllableCount };
}

function readingLevelOf(all: readonly ProseSentence[]): ReadingLevel | null {
  const c = readingCounts(readableSentences(all));
  if (c.word === 0 || c.sentence === 0) return null;
  return { words: c.word, sentences: c.sentence, syllables: c.syllable, readingEase: round(flesch(c)), grade: round(fleschKincaid(c)) };
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// The walk: prose units, headings and images of the body

type AnyNode = RootContent | PhrasingContent;
type JsxAttribute = { type: string; name?: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } } };
type JsxLike = { name: string | null; attributes: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };

const CITABLE_KINDS: ReadonlySet<ProseKind> = new Set(['paragraph', 'heading', 'list-item', 'table-row']);

class BodyWalker {
  readonly units: ProseUnit[] = [];
  readonly images: ImageInfo[] = [];
  readonly headings: RawHeading[] = [];

  constructor(
    private readonly source: string,
    private readonly toPosition: (offset: number) => SourcePosition,
  ) {}

  walk(nodes: readonly AnyNode[], inTestimonial: boolean, inComponent: boolean, parentType?: string): void {
    // Phrasing directly inside a flow JSX element (`<Note>Some text</Note>` on one line).
    if (nodes.length && nodes.every((n) => PHRASING.has(n.type))) {
      this.addUnit(nodes as PhrasingContent[], parentType === 'listItem' ? 'list-item' : 'paragraph', inTestimonial);
      return;
    }
    for (const node of nodes) this.walkNode(node, inTestimonial, inComponent, parentType);
  }

  private walkNode(node: AnyNode, inTestimonial: boolean, inComponent: boolean, parentType?: string): void {
    switch (node.type) {
      case 'paragraph':
        this.addUnit(node.children, parentType === 'listItem' ? 'list-item' : 'paragraph', inTestimonial);
        return;
      case 'heading':
        this.addUnit(node.children, 'heading', inTestimonial);
        this.headings.push({ node, inComponent });
        return;
      case 'table':
        for (const row of node.children) {
          const pieces: Piece[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) pieces.push({ text: ' | ', sourceStart: offsetOf(cell, 'start'), sourceEnd: offsetOf(cell, 'start') });
            pieces.push(...this.inline(cell.children, inTestimonial));
          });
          this.pushUnit(pieces, 'table-row', inTestimonial);
        }
        return;
      case 'mdxJsxFlowElement': {
        this.jsxElement(node as unknown as JsxLike, inTestimonial);
        this.walk(node.children as AnyNode[], inTestimonial || node.name === 'Testimonial', true, 'jsx');
        return;
      }
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node && Array.isArray(node.children)) this.walk(node.children as AnyNode[], inTestimonial, inComponent, node.type);
    }
  }

  private addUnit(children: readonly PhrasingContent[], kind: ProseKind, inTestimonial: boolean) {
    this.pushUnit(this.inline(children, inTestimonial), kind, inTestimonial);
  }

  private pushUnit(pieces: Piece[], kind: ProseKind, inTestimonial: boolean, field?: string) {
    if (!pieces.some((p) => p.text.trim())) return;
    const citable = CITABLE_KINDS.has(kind) || (field !== undefined && CITABLE_ATTRIBUTES.has(field.replace(/^<(\w+)>/, '$1')));
    this.units.push({ prose: new ProseText(pieces, this.source, this.toPosition), kind, field, inTestimonial, citable });
  }

  /** Flattens inline content to text pieces; non-prose inline nodes (code, expressions) become a space. */
  private inline(children: readonly PhrasingContent[], inTestimonial: boolean): Piece[] {
    const pieces: Piece[] = [];
    for (const child of children) {
      const start = offsetOf(child, 'start');
      switch (child.type) {
        case 'text':
          pieces.push({ text: child.value, sourceStart: start, sourceEnd: offsetOf(child, 'end') });
          break;
        case 'image':
          this.images.push({ alt: child.alt ?? '', position: this.toPosition(start), where: 'markdown image' });
          if (child.alt) this.pushUnit([{ text: child.alt, sourceStart: start, sourceEnd: offsetOf(child, 'end') }], 'attribute', inTestimonial, 'image alt');
          pieces.push({ text: ' ', sourceStart: start, sourceEnd: start });
          break;
        case 'mdxJsxTextElement':
          this.jsxElement(child as unknown as JsxLike, inTestimonial);
          pieces.push(...this.inline(child.children, inTestimonial || child.name === 'Testimonial'));
          if (child.children.length === 0) pieces.push({ text: ' ', sourceStart: start, sourceEnd: start });
          break;
        case 'break':
        case 'inlineCode':
        case 'mdxTextExpression':
        case 'html':
        case 'footnoteReference':
          pieces.push({ text: ' ', sourceStart: start, sourceEnd: start });
          break;
        default:
          if ('children' in child && Array.isArray(child.children)) pieces.push(...this.inline(child.children as PhrasingContent[], inTestimonial));
      }
    }
    return pieces;
  }

  private jsxElement(node: JsxLike, inTestimonial: boolean) {
    const name = node.name ?? '';
    let altSeen = false;
    for (const attr of node.attributes as JsxAttribute[]) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
      const attrStart = attr.position?.start.offset ?? offsetOf(node, 'start');
      if (attr.name === 'alt') {
        altSeen = true;
        // An expression (alt={x}) cannot be judged statically.
        if (typeof attr.value === 'string' || attr.value === null || attr.value === undefined) {
          this.images.push({ alt: typeof attr.value === 'string' ? attr.value : '', position: this.toPosition(attrStart), where: `<${name}> alt` });
        }
      }
      if (PROSE_ATTRIBUTES.has(attr.name) && typeof attr.value === 'string' && attr.value.trim()) {
        const valueStart = this.source.indexOf('=', attrStart) + 2;
        this.pushUnit([{ text: attr.value, sourceStart: valueStart, sourceEnd: attr.position?.end.offset ?? valueStart }], 'attribute', inTestimonial, `<${name}> ${attr.name}`);
      }
    }
    if (IMAGE_ELEMENTS.has(name) && !altSeen) this.images.push({ alt: null, position: this.toPosition(offsetOf(node, 'start')), where: `<${name}>` });
  }
}

function offsetOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'mdxJsxTextElement', 'mdxTextExpression', 'footnoteReference', 'html']);
