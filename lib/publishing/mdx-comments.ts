/**
 * Keystatic's MDX field cannot open a file with MDX expressions, and the only expressions our
 * content uses are comments: `{/* … *\/}` guidance from `npm run new:article` and the content
 * check's `content-check-disable-next-line` directives. So, for the editor only, a comment that
 * stands as its own paragraph becomes a <WriterNote text="…" /> block on the way in and a comment
 * again on the way out: the file on disk keeps real MDX comments, which the site never renders.
 */
import { chipsToCitations, citationsToChips } from './editor-citations';

const FLOW_COMMENT = /^([ \t]*)\{\/\*([\s\S]*?)\*\/\}[ \t]*$/gm;
const NOTE = /<WriterNote\s+text=(?:"([^"]*)"|\{"((?:[^"\\]|\\.)*)"\})\s*\/>/g;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\n/g, '&#10;');
const unescapeAttribute = (text: string) =>
  text.replace(/&#10;/g, '\n').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** File → editor: stand-alone comments become WriterNote blocks. */
export function commentsToNotes(mdx: string): string {
  return mdx.replace(FLOW_COMMENT, (_all, indent: string, text: string) => `${indent}<WriterNote text="${escapeAttribute(text.trim())}" />`);
}

/** Editor → file: WriterNote blocks become MDX comments again. */
export function notesToComments(mdx: string): string {
  return mdx.replace(NOTE, (_all, quoted: string | undefined, jsString: string | undefined) => {
    const text = quoted !== undefined ? unescapeAttribute(quoted) : (JSON.parse(`"${jsString}"`) as string);
    // "*/" would end the comment early.
    return `{/* ${text.replace(/\*\//g, '* /')} */}`;
  });
}

type ContentArgs = { content: Uint8Array | undefined };

/** Everything the editor's body needs converted: comments to notes, then citations to chips. */
const toEditor = (mdx: string) => citationsToChips(commentsToNotes(mdx));
const toFile = (mdx: string) => notesToComments(chipsToCitations(mdx));

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const mapBytes = (bytes: Uint8Array | undefined, fn: (text: string) => string) => (bytes ? encoder.encode(fn(decoder.decode(bytes))) : bytes);

/**
 * Wraps a Keystatic content field (fields.mdx) so that files with MDX comments open and save, and
 * citations appear as chips picked from the bibliography (lib/publishing/editor-citations.ts).
 */
export function withMdxComments<
  F extends {
    parse(value: never, args: ContentArgs & Record<string, unknown>): unknown;
    serialize(value: never, extra: never): { content: Uint8Array | undefined } & Record<string, unknown>;
    reader: { parse(value: never, extra: ContentArgs): unknown };
  },
>(field: F): F {
  return {
    ...field,
    parse: (value: never, args: ContentArgs & Record<string, unknown>) => field.parse(value, { ...args, content: mapBytes(args.content, toEditor) }),
    serialize: (value: never, extra: never) => {
      const out = field.serialize(value, extra);
      return { ...out, content: mapBytes(out.content, toFile) };
    },
    reader: { ...field.reader, parse: (value: never, extra: ContentArgs) => field.reader.parse(value, { ...extra, content: mapBytes(extra.content, toEditor) }) },
  };
}
