/**
 * The version hash of a reviewed page: what an approval is an approval of.
 *
 * Hashed: the MDX body, and the front-matter fields a patient reads as medical information
 * (MEDICAL_FIELDS). Not hashed: dates, tags, ordering, images and the author/reviewer names (the
 * build rule checks the reviewer separately), so editing those needs no new review.
 *
 * Normalised first, so that an edit that changes no words needs no new review: line endings,
 * trailing spaces, re-wrapped lines and extra blank lines. The body is compared paragraph by
 * paragraph (blocks split on blank lines, whitespace inside a block collapsed to one space), so
 * splitting or joining paragraphs does count as a change. The file path is not part of the hash:
 * a record is kept per collection and slug, so a page moved to a new slug has no approval.
 */
import { createHash } from 'node:crypto';
import { splitSource } from './source';

export const MEDICAL_FIELDS = ['title', 'description', 'summary', 'faq', 'priceKey', 'category'] as const;

/** Bump when the normalisation changes: every page then needs a new approval. */
const HASH_VERSION = 'v1';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return value.map(normaliseValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normaliseValue((value as Record<string, unknown>)[k])]),
    );
  }
  return value ?? null;
}

export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(collapse)
    .filter(Boolean)
    .join('\n\n');
}

/** What is hashed, as text: useful in tests and for anyone checking a hash by hand. */
export function hashInput(source: string): string {
  const { frontMatter, body } = splitSource(source);
  const medical = Object.fromEntries(MEDICAL_FIELDS.map((f) => [f, normaliseValue(frontMatter[f])]));
  return `${HASH_VERSION}\n${JSON.stringify(medical)}\n${normaliseBody(body)}`;
}

/** e.g. sha256:9f2c…; the same for every source that differs only in what is not hashed. */
export function versionHash(source: string): string {
  return `sha256:${createHash('sha256').update(hashInput(source)).digest('hex')}`;
}
