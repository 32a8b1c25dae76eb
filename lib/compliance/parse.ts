/**
 * Raw MDX → a positioned model of one page for the content check: front matter (with the line of
 * every field) and its patient-visible strings, plus what the content pipeline
 * (lib/content/pipeline.ts) derives from the body's one parse: the prose a patient reads (body
 * blocks, JSX text and string attributes) split into sentences, headings, images and citations.
 * Code, MDX comments, import/export lines and JSX attribute names are not prose and never reach
 * the rules.
 */
import { parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node as YamlNode } from 'yaml';
import { documentTypeForPath, type DocumentTypeName } from '../content/schema';
import {
  analyseMdx,
  sentencesOf,
  type ContentAnalysis,
  type HeadingInfo,
  type ImageInfo,
  type ProseKind,
  type ProseSentence,
  type ProseUnit,
} from '../content/pipeline';
import { lineIndex, ProseText, type Piece } from '../content/prose';
import type { Position } from './types';

export type { ProseKind, ProseUnit };

/** A sentence of the page: where it sits in its unit, its text, its nlcst tokens and its citations. */
export type Sentence = ProseSentence;

/**
 * What the sentence checks (claims, statistics) read of a sentence: its text, where it starts in
 * its unit, and what kind of prose the unit is. A page's sentence is one; so is a sentence checked
 * on its own as a one-line text (checks/classified-claims.ts), whose positions count within it.
 */
export type CheckedSentence = Pick<Sentence, 'text' | 'start'> & {
  unit: Pick<ProseUnit, 'kind' | 'field' | 'inTestimonial'> & { prose: { positionOf(index: number): Position } };
};

export type Heading = HeadingInfo;

export type ImageRef = ImageInfo;

export type CitationRef = { key: string; position: Position };

export type FrontMatter = {
  data: Record<string, unknown>;
  /** Line/column of a field (the key), or the nearest existing parent, or the opening `---`. */
  positionOf(path: readonly PropertyKey[]): Position;
  /** Line/column of a field's value. */
  valuePositionOf(path: readonly PropertyKey[]): Position;
};

export type ParsedPage = {
  file: string;
  /** Path relative to the content root, with forward slashes. */
  relPath: string;
  type: DocumentTypeName | null;
  source: string;
  frontMatter: FrontMatter | null;
  /** YAML syntax errors, or a missing front matter block. */
  frontMatterErrors: { message: string; position: Position }[];
  /** First line after the front matter. */
  bodyStart: Position;
  bodySyntaxError?: { message: string; position: Position };
  units: ProseUnit[];
  sentences: Sentence[];
  headings: Heading[];
  images: ImageRef[];
  /** Citations where they render (body text, figure captions), in source order. */
  citations: CitationRef[];
  /** The content pipeline's analysis of the whole file (the one parse). */
  analysis: ContentAnalysis;
};

/** The closing --- must start a line, so a "---" inside a value cannot end the block. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Body units a citation in renders as a numbered reference (figure captions also do: see `ProseUnit.citable`). */
export const CITABLE_KINDS: ReadonlySet<ProseKind> = new Set(['paragraph', 'heading', 'list-item', 'table-row']);

export function parsePage(source: string, file: string, relPath: string): ParsedPage {
  const toPosition = lineIndex(source);
  const page: ParsedPage = {
    file,
    relPath,
    type: documentTypeForPath(relPath),
    source,
    frontMatter: null,
    frontMatterErrors: [],
    bodyStart: { line: 1, column: 1 },
    units: [],
    sentences: [],
    headings: [],
    images: [],
    citations: [],
    analysis: undefined as unknown as ContentAnalysis,
  };

  const fm = FRONT_MATTER.exec(source);
  if (!fm) {
    page.frontMatterErrors.push({ message: 'the file has no front matter (a block between --- lines at the top)', position: { line: 1, column: 1 } });
  } else {
    const yamlStart = source.indexOf('\n') + 1;
    // Findings about the body as a whole point at its first written line.
    const firstBodyChar = source.slice(fm[0].length).search(/\S/);
    page.bodyStart = toPosition(fm[0].length + Math.max(0, firstBodyChar));
    const doc = parseDocument(fm[1] ?? '', { prettyErrors: false });
    for (const error of doc.errors) {
      page.frontMatterErrors.push({ message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`, position: toPosition(yamlStart + error.pos[0]) });
    }
    if (doc.errors.length === 0) {
      const data = doc.toJS();
      page.frontMatter = {
        data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
        positionOf: (path) => toPosition(yamlStart + fieldOffset(doc, path, 'key')),
        valuePositionOf: (path) => toPosition(yamlStart + fieldOffset(doc, path, 'value')),
      };
      page.units.push(...frontMatterProse(doc, page.type, source, yamlStart, toPosition));
      collectFrontMatterImages(page, doc, yamlStart, toPosition);
    }
  }

  const analysis = analyseMdx(source);
  page.analysis = analysis;
  if (analysis.syntaxError) {
    const { message, position } = analysis.syntaxError;
    page.bodySyntaxError = { message, position };
  }
  // The analysis is memoised and shared: the page adds its front matter around it, never into it.
  const frontMatterUnits = page.units;
  page.units = [...frontMatterUnits, ...analysis.units];
  page.sentences = [...frontMatterUnits.flatMap(sentencesOf), ...analysis.sentences];
  page.headings = analysis.headings;
  page.images = [...page.images, ...analysis.images];
  page.citations = analysis.citations.map(({ key, position }) => ({ key, position }));
  return page;
}

// ---------------------------------------------------------------------------------------------
// Front matter

function fieldOffset(doc: Document, path: readonly PropertyKey[], want: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let best = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return best;
      const keyNode = pair.key as YamlNode;
      best = keyNode.range?.[0] ?? best;
      node = pair.value;
      if (want === 'value' && (node as YamlNode | null)?.range) best = (node as YamlNode).range![0];
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      best = (node as YamlNode).range?.[0] ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Patient-visible strings: front matter cannot hold citations, so their figures are uncited. */
function frontMatterProse(
  doc: Document,
  type: DocumentTypeName | null,
  source: string,
  yamlStart: number,
  toPosition: (offset: number) => Position,
): ProseUnit[] {
  if (type !== 'Article' && type !== 'Treatment') return [];
  const units: ProseUnit[] = [];
  const add = (node: unknown, field: string) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const piece: Piece = { text: node.value, sourceStart: yamlStart + node.range[0], sourceEnd: yamlStart + node.range[1] };
    units.push({ prose: new ProseText([piece], source, toPosition), kind: 'front-matter', field, inTestimonial: false, citable: false });
  };
  add(doc.get('title', true), 'title');
  add(doc.get('description', true), 'description');
  const summary = doc.get('summary', true);
  if (isSeq(summary)) summary.items.forEach((item, i) => add(item, `summary[${i}]`));
  else add(summary, 'summary');
  const faq = doc.get('faq', true);
  if (isSeq(faq)) {
    faq.items.forEach((item, i) => {
      if (!isMap(item)) return;
      add(item.get('question', true), `faq[${i}].question`);
      add(item.get('answer', true), `faq[${i}].answer`);
    });
  }
  return units;
}

function collectFrontMatterImages(page: ParsedPage, doc: Document, yamlStart: number, toPosition: (offset: number) => Position) {
  const field = page.type === 'Author' ? 'photoAlt' : page.type === 'Article' ? 'heroAlt' : null;
  if (!field) return;
  const imageField = field === 'photoAlt' ? 'photo' : 'heroImage';
  const alt = doc.get(field, true);
  if (!doc.has(imageField) && !alt) return;
  if (isScalar(alt) && alt.range) {
    page.images.push({ alt: String(alt.value ?? ''), position: toPosition(yamlStart + alt.range[0]), where: field });
  }
  // A missing alt field is a schema error (frontmatter-schema names the field), not reported twice.
}
