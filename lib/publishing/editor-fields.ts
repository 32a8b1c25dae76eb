/**
 * The web editor's field builders. Every field's name, required-ness, length bounds and options come
 * from the zod schemas in lib/content/schema.ts through editor-schema.ts; a unit test checks the
 * editor against zod so they cannot drift. Guidance for writers: docs/writing-guide.md.
 */
import { fields } from '@keystatic/core';
import { emptyOrLength, itemsOf, lengthOf, patternOf, ruleOf } from './editor-schema';
import { todayIso } from './dates';
import { articleSlug } from './slug';

type DocType = 'Article' | 'Treatment' | 'Author';

export const GUIDE = 'docs/writing-guide.md';

/** A required or optional text field whose bounds come from the zod schema. */
export function text(type: DocType, name: string, label: string, description?: string, multiline = false) {
  const rule = ruleOf(type, name);
  const pattern = patternOf(rule);
  return fields.text({
    label,
    description,
    multiline,
    validation: rule.required
      ? { isRequired: true, length: lengthOf(rule), pattern: pattern && { regex: pattern, message: `${label} is not in the expected form (see ${GUIDE})` } }
      : {
          // Keystatic checks length bounds on empty optional fields too, so "empty or in bounds" is a pattern.
          pattern: { regex: emptyOrLength(rule), message: `${label}: leave empty, or write ${rule.minLength ?? 0}–${rule.maxLength ?? '∞'} characters` },
        },
  });
}

function date(type: DocType, name: string, label: string, description: string, defaultValue?: string) {
  const rule = ruleOf(type, name);
  return fields.date({ label, description, defaultValue, validation: { isRequired: rule.required } });
}

export function select<T extends string>(type: DocType, name: string, label: string, labels: Record<T, string>, description?: string) {
  const options = ruleOf(type, name).options as readonly T[];
  return fields.select({ label, description, options: options.map((value) => ({ value, label: labels[value] })), defaultValue: options[0] });
}

function person(type: DocType, name: 'author' | 'reviewer') {
  const required = ruleOf(type, name).required;
  return name === 'author'
    ? fields.relationship({ label: 'Author', collection: 'authors', description: 'Who wrote the page.', validation: { isRequired: required } })
    : fields.relationship({
        label: 'Medical reviewer',
        collection: 'authors',
        description: 'A registered clinician, not the author, who approves the page in the staff area (Reviews).',
        validation: { isRequired: required },
      });
}

/**
 * New pages start as drafts, but a file without `draft` is published (zod's default is false).
 * Keystatic's checkbox reads a missing value as its default, which would turn every published
 * page into a draft the first time it is saved, so a missing value is read as false here.
 */
function draftField() {
  const checkbox = fields.checkbox({
    label: 'Draft',
    description: 'Drafts show only in development, with a "Draft — not published" banner. Untick once the review is done.',
    defaultValue: true,
  });
  return { ...checkbox, parse: (value: Parameters<typeof checkbox.parse>[0]) => (value === undefined ? false : checkbox.parse(value)) };
}

/** Fields every medically reviewed page has (articles and treatments), in the files' order. */
export function reviewFields(type: 'Article' | 'Treatment') {
  const summary = ruleOf(type, 'summary');
  return {
    title: fields.slug({
      name: { label: 'Title', validation: { isRequired: true, length: lengthOf(ruleOf(type, 'title')) } },
      // The same slugs as `npm run new:article`, so a title gives one file name whichever tool made it.
      slug: { label: 'File name (URL)', description: 'Lower-case words joined by hyphens. Changing it later breaks links.', generate: articleSlug },
    }),
    description: text(type, 'description', 'Description', 'One or two sentences shown in search results and link previews.', true),
    summary: fields.array(fields.text({ label: 'Key point', multiline: true, validation: { length: lengthOf(ruleOf(type, 'summary.[]')) } }), {
      label: 'Key points',
      description: `Plain-language key points shown at the top of the page (${summary.minItems}–${summary.maxItems}). No figures here: they cannot be cited.`,
      itemLabel: (props) => props.value || 'Key point',
      validation: { length: itemsOf(summary) },
    }),
    publishedAt: date(type, 'publishedAt', 'Published', 'First publication date.', todayIso()),
    updatedAt: date(type, 'updatedAt', 'Updated', 'Set when the content changes materially after publication.'),
    author: person(type, 'author'),
    reviewer: person(type, 'reviewer'),
    draft: draftField(),
  };
}
