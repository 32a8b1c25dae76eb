/**
 * Raw MDX → a positioned model of one page: front matter (with the line of every field), the
 * prose a patient reads (body blocks, JSX text and string attributes, patient-visible front-matter
 * strings) split into sentences, headings, images and citations. Code, MDX comments,
 * import/export lines and JSX attribute names are not prose and never reach the rules.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node as YamlNode } from 'yaml';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { documentTypeForPath, type DocumentTypeName } from '../content/schema';
import { findCitationGroups } from '../content/citations';
import { lineIndex, ProseText, splitSentences, type Piece } from './text';
import type { Position } from './types';

export type ProseKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'attribute' | 'front-matter';

export type ProseUnit = {
  prose: ProseText;
  kind: ProseKind;
  /** Front-matter field path (e.g. "faq[2].answer") or JSX attribute ("Figure caption"). */
  field?: string;
  /** Inside a <Testimonial> element. */
  inTestimonial: boolean;
};

export type Sentence = { unit: ProseUnit; start: number; end: number; text: string };

export type Heading = { depth: number; text: string; position: Position };

export type ImageRef = {
  /** null when the alt attribute is missing altogether. */
  alt: string | null;
  position: Position;
  /** Where it was written, for the message: "image", "<Figure>", "heroAlt"… */
  where: string;
};

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
  citations: CitationRef[];
};

/** The closing --- must start a line, so a "---" inside a value cannot end the block. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** JSX attributes whose string values are shown to readers (or read out by screen readers). */
const PROSE_ATTRIBUTES = new Set(['alt', 'caption', 'title', 'label', 'quote', 'attribution', 'description', 'summary', 'heading', 'text', 'credit']);
const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Figure', 'figure', 'picture']);
/** Body units a citation in can render as a numbered reference (remark-citations sees text nodes only). */
export const CITABLE_KINDS: ReadonlySet<ProseKind> = new Set(['paragraph', 'heading', 'list-item', 'table-row']);

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

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

  let tree: Root | undefined;
  try {
    tree = processor.parse(source) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    page.bodySyntaxError = {
      message: `the MDX does not parse: ${(e.reason ?? e.message ?? String(error)).split('\n')[0]}`,
      position: { line: e.line ?? page.bodyStart.line, column: e.column ?? 1 },
    };
  }
  if (tree) new BodyWalker(page, source, toPosition).walk(tree.children, false);

  for (const unit of page.units) {
    for (const span of splitSentences(unit.prose.text)) {
      page.sentences.push({ unit, start: span.start, end: span.end, text: unit.prose.text.slice(span.start, span.end) });
    }
    if (!CITABLE_KINDS.has(unit.kind)) continue;
    for (const group of findCitationGroups(unit.prose.text)) {
      let at = group.index;
      for (const key of group.keys) {
        const keyIndex = unit.prose.text.indexOf(`@${key}`, at);
        at = keyIndex === -1 ? at : keyIndex;
        page.citations.push({ key, position: unit.prose.positionOf(at) });
      }
    }
  }
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
    units.push({ prose: new ProseText([piece], source, toPosition), kind: 'front-matter', field, inTestimonial: false });
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

// ---------------------------------------------------------------------------------------------
// Body

type AnyNode = RootContent | PhrasingContent;
type JsxAttribute = { type: string; name?: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } } };

class BodyWalker {
  constructor(
    private readonly page: ParsedPage,
    private readonly source: string,
    private readonly toPosition: (offset: number) => Position,
  ) {}

  walk(nodes: readonly AnyNode[], inTestimonial: boolean, parentType?: string): void {
    // Phrasing directly inside a flow JSX element (`<Note>Some text</Note>` on one line).
    if (nodes.length && nodes.every((n) => isPhrasing(n))) {
      this.addUnit(nodes as PhrasingContent[], parentType === 'listItem' ? 'list-item' : 'paragraph', inTestimonial);
      return;
    }
    for (const node of nodes) this.walkNode(node, inTestimonial, parentType);
  }

  private walkNode(node: AnyNode, inTestimonial: boolean, parentType?: string): void {
    switch (node.type) {
      case 'paragraph':
        this.addUnit(node.children, parentType === 'listItem' ? 'list-item' : 'paragraph', inTestimonial);
        return;
      case 'heading': {
        this.addUnit(node.children, 'heading', inTestimonial);
        this.page.headings.push({ depth: node.depth, text: toString(node).trim(), position: this.pos(node) });
        return;
      }
      case 'table': {
        for (const row of node.children) {
          const pieces: Piece[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) pieces.push({ text: ' | ', sourceStart: offsetOf(cell, 'start'), sourceEnd: offsetOf(cell, 'start') });
            pieces.push(...this.inline(cell.children, inTestimonial));
          });
          this.pushUnit(pieces, 'table-row', inTestimonial);
        }
        return;
      }
      case 'mdxJsxFlowElement': {
        const name = node.name ?? '';
        this.jsxElement(node as unknown as JsxLike, inTestimonial);
        this.walk(node.children as AnyNode[], inTestimonial || name === 'Testimonial', 'jsx');
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
        if ('children' in node && Array.isArray(node.children)) this.walk(node.children as AnyNode[], inTestimonial, node.type);
    }
  }

  private addUnit(children: readonly PhrasingContent[], kind: ProseKind, inTestimonial: boolean) {
    this.pushUnit(this.inline(children, inTestimonial), kind, inTestimonial);
  }

  private pushUnit(pieces: Piece[], kind: ProseKind, inTestimonial: boolean, field?: string) {
    if (!pieces.some((p) => p.text.trim())) return;
    this.page.units.push({ prose: new ProseText(pieces, this.source, this.toPosition), kind, field, inTestimonial });
  }

  /** Flattens inline content to text pieces; non-prose inline nodes become a space. */
  private inline(children: readonly PhrasingContent[], inTestimonial: boolean): Piece[] {
    const pieces: Piece[] = [];
    for (const child of children) {
      const start = offsetOf(child, 'start');
      switch (child.type) {
        case 'text':
          pieces.push({ text: child.value, sourceStart: start, sourceEnd: offsetOf(child, 'end') });
          break;
        case 'image':
          this.page.images.push({ alt: child.alt ?? '', position: this.pos(child), where: 'markdown image' });
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
          this.page.images.push({ alt: typeof attr.value === 'string' ? attr.value : '', position: this.toPosition(attrStart), where: `<${name}> alt` });
        }
      }
      if (PROSE_ATTRIBUTES.has(attr.name) && typeof attr.value === 'string' && attr.value.trim()) {
        const valueStart = this.source.indexOf('=', attrStart) + 2;
        this.pushUnit([{ text: attr.value, sourceStart: valueStart, sourceEnd: attr.position?.end.offset ?? valueStart }], 'attribute', inTestimonial, `<${name}> ${attr.name}`);
      }
    }
    if (IMAGE_ELEMENTS.has(name) && !altSeen) this.page.images.push({ alt: null, position: this.pos(node), where: `<${name}>` });
  }

  private pos(node: { position?: { start: { offset?: number } } }): Position {
    return this.toPosition(node.position?.start.offset ?? 0);
  }
}

type JsxLike = { name: string | null; attributes: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };

function offsetOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'mdxJsxTextElement', 'mdxTextExpression', 'footnoteReference', 'html']);
function isPhrasing(node: AnyNode): boolean {
  return PHRASING.has(node.type);
}
