/**
 * The staff web editor (Keystatic) at /keystatic, for signed-in staff (where it runs: lib/publishing/storage.ts).
 *
 * It edits the same MDX files in content/ that Contentlayer compiles and the content check reads.
 * Every field's name, required-ness, length bounds and options come from the zod schemas in
 * lib/content/schema.ts through lib/publishing/editor-schema.ts; a unit test checks this editor
 * against zod so they cannot drift. Guidance for writers: docs/writing-guide.md.
 */
import { collection, config, fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { CATEGORY_LABELS, REGISTRATION_BODIES, TREATMENT_SECTIONS } from './lib/content/schema';
import { priceKeys, siteConfig } from './lib/site-config';
import { emptyOrLength, itemsOf, lengthOf, patternOf, ruleOf } from './lib/publishing/editor-schema';
import { editorStorage } from './lib/publishing/storage';
import { registrationField } from './lib/publishing/registration-field';
import { addMonthsMinusOneDay, todayIso } from './lib/publishing/dates';
import { articleSlug } from './lib/publishing/slug';
import { withMdxComments } from './lib/publishing/mdx-comments';
import { image } from './lib/publishing/image-field';
import type { ReferenceOption } from './lib/publishing/editor-citations';

type DocType = 'Article' | 'Treatment' | 'Author';

const GUIDE = 'docs/writing-guide.md';

/** A required or optional text field whose bounds come from the zod schema. */
function text(type: DocType, name: string, label: string, description?: string, multiline = false) {
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

function select<T extends string>(type: DocType, name: string, label: string, labels: Record<T, string>, description?: string) {
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
        description: 'A registered clinician who checked the page, not the author.',
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
function reviewFields(type: 'Article' | 'Treatment') {
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
    reviewedAt: date(type, 'reviewedAt', 'Medically reviewed', 'Date the reviewer last checked the page.', todayIso()),
    nextReviewDue: date(
      type,
      'nextReviewDue',
      'Next review due',
      'At most 12 months after the review date (the content check enforces it).',
      addMonthsMinusOneDay(todayIso(), 12),
    ),
    author: person(type, 'author'),
    reviewer: person(type, 'reviewer'),
    draft: draftField(),
  };
}

const citeHelp =
  'Cite sources with + → Citation (or type [@key], keys from content/references.bib), e.g. "in one trial [@lee2019]". ' +
  `Every figure needs a citation in the same sentence. See ${GUIDE}.`;

/** An MDX comment in the file: guidance or a content-check directive, never published (lib/publishing/mdx-comments.ts). */
const writerNote = block({
  label: 'Note to writers (not published)',
  description: 'Guidance from the template, or a content-check directive. Delete guidance notes once the section is written.',
  schema: { text: fields.text({ label: 'Note', multiline: true }) },
});

/**
 * A citation, picked from content/references.bib; saved as `[@key]` (lib/publishing/editor-citations.ts).
 * The list comes from the server (app/keystatic/layout.tsx); without it, the key is typed.
 */
function citeComponent(references: ReferenceOption[]) {
  const id =
    references.length > 0
      ? fields.select({ label: 'Reference', options: references.map((r) => ({ value: r.key, label: r.label })), defaultValue: references[0].key })
      : fields.text({ label: 'Reference key', validation: { isRequired: true, pattern: { regex: /^[\w:-]+$/, message: 'A key from content/references.bib' } } });
  return inline({
    label: 'Citation',
    description: `Cite a source from the bibliography. To add a source, see ${GUIDE}.`,
    schema: { id },
    ContentView: ({ value }) => `[@${value.id}]`,
  });
}

/**
 * The MDX components writers may use, as the editor offers them: the same names and props as
 * components/mdx/mdx-content.tsx renders (a unit test compares the two), plus WriterNote for comments.
 */
export function editorComponents(imageFolder: 'articles' | 'treatments', references: ReferenceOption[] = []) {
  return {
    Cite: citeComponent(references),
    Figure: block({
      label: 'Figure',
      description: 'An image with required alt text and an optional caption.',
      schema: {
        src: image({ label: 'Image', directory: `public/images/${imageFolder}`, publicPath: `/images/${imageFolder}/`, required: true }),
        alt: fields.text({
          label: 'Alt text',
          description: 'What the image shows, for people who cannot see it (10–250 characters). Not "image of…".',
          multiline: true,
          validation: { isRequired: true, length: { min: 10, max: 250 } },
        }),
        caption: fields.text({ label: 'Caption', description: 'Optional; shown under the image.' }),
      },
    }),
    WriterNote: writerNote,
    Callout: wrapper({
      label: 'Callout',
      description: 'A highlighted box: a note, or a caution (e.g. a safety point).',
      schema: {
        tone: fields.select({
          label: 'Tone',
          options: [
            { value: 'note', label: 'Note' },
            { value: 'caution', label: 'Caution' },
          ],
          defaultValue: 'note',
        }),
        title: fields.text({ label: 'Title' }),
      },
    }),
    Testimonial: wrapper({
      label: 'Testimonial',
      description: "A patient's own account, with their consent; labelled on the page as one person's experience, not evidence.",
      schema: {
        name: fields.text({ label: 'Name as the patient agreed', description: 'e.g. "Margaret, 67"', validation: { isRequired: true } }),
      },
    }),
    OutOfHoursAdvice: block({
      label: 'Out-of-hours safety advice',
      description: 'What to do if someone feels unwell after an injection, including NHS 111, 999 and A&E. Use it wherever after-care is described.',
      schema: {},
    }),
    UkRegulation: block({
      label: 'Who regulates our clinic',
      description: "The clinic's CQC registration and HTA position, from the site settings. Use it in a Regulatory status section.",
      schema: {},
    }),
    Price: inline({
      label: 'Price',
      description: 'The current price from the site settings, so it is never out of date in the text.',
      schema: {
        item: fields.select({
          label: 'Price',
          options: priceKeys.map((key) => ({ value: key, label: siteConfig.prices[key].label })),
          defaultValue: priceKeys[0],
        }),
      },
    }),
  };
}

function bodyField(imageFolder: 'articles' | 'treatments', description: string, references: ReferenceOption[]) {
  return withMdxComments(
    fields.mdx({
      label: 'Body',
      description,
      // Pictures go through <Figure>, which requires alt text; a bare Markdown image would not.
      options: { image: false, heading: [2, 3], codeBlock: false, table: true },
      components: editorComponents(imageFolder, references),
    }),
  );
}

const storage = editorStorage({
  NEXT_PUBLIC_KEYSTATIC_STORAGE: process.env.NEXT_PUBLIC_KEYSTATIC_STORAGE,
  NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO,
  NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX: process.env.NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX,
});

const treatmentSections = TREATMENT_SECTIONS.map((s) => `"${s.title}"`).join(', ');

/**
 * The editor's configuration. The browser gets the bibliography's keys and titles from the
 * server (app/keystatic/layout.tsx) for the citation picker; the API route and the tests use the
 * default export, for which only the file layout matters.
 */
export function makeConfig(references: ReferenceOption[] = []) {
  return config({
    storage,
    ui: {
      brand: { name: `${siteConfig.shortName} content` },
      navigation: { Pages: ['articles', 'treatments'], People: ['authors'] },
    },
    collections: {
      articles: collection({
        label: 'Articles',
        path: 'content/articles/*',
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        previewUrl: '/articles/{slug}',
        columns: ['title', 'publishedAt'],
        schema: {
          ...reviewFields('Article'),
          category: select('Article', 'category', 'Category', CATEGORY_LABELS),
          tags: fields.array(
            fields.text({
              label: 'Tag',
              validation: { isRequired: true, pattern: { regex: patternOf(ruleOf('Article', 'tags.[]'))!, message: 'Tag: lower-case words joined by hyphens, e.g. knee' } },
            }),
            { label: 'Tags', itemLabel: (props) => props.value || 'Tag', validation: { length: itemsOf(ruleOf('Article', 'tags')) } },
          ),
          heroImage: image({
            label: 'Hero image',
            description: 'Optional. If you add one, the hero alt text below is required.',
            directory: 'public/images/articles',
            publicPath: '/images/articles/',
            required: ruleOf('Article', 'heroImage').required,
          }),
          heroAlt: text('Article', 'heroAlt', 'Hero image alt text', 'Required with a hero image: what it shows, 10–250 characters.', true),
          body: bodyField(
            'articles',
            `${citeHelp} A treatment article needs the sections "Risks and side effects", "Limits of the evidence" and "Regulatory status", and says results vary.`,
            references,
          ),
        },
      }),
      treatments: collection({
        label: 'Treatments',
        path: 'content/treatments/*',
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        previewUrl: '/treatments/{slug}',
        schema: {
          ...reviewFields('Treatment'),
          priceKey: select(
            'Treatment',
            'priceKey',
            'Price',
            Object.fromEntries(priceKeys.map((key) => [key, siteConfig.prices[key].label])) as Record<(typeof priceKeys)[number], string>,
            'Prices live in lib/site-config.ts; ask a developer to add a new one.',
          ),
          order: fields.integer({ label: 'Position in the treatments list', defaultValue: 100, validation: { min: 0 } }),
          faq: fields.array(
            fields.object({
              question: text('Treatment', 'faq.[].question', 'Question'),
              answer: text('Treatment', 'faq.[].answer', 'Answer', 'Plain words; no figures (they cannot be cited here).', true),
            }),
            {
              label: 'Questions patients ask',
              itemLabel: (props) => props.fields.question.value || 'Question',
              validation: { length: itemsOf(ruleOf('Treatment', 'faq')) },
            },
          ),
          body: bodyField('treatments', `${citeHelp} Sections, as ## headings in this order: ${treatmentSections}.`, references),
        },
      }),
      authors: collection({
        label: 'Clinicians and authors',
        path: 'content/authors/*',
        slugField: 'name',
        format: { contentField: 'body' },
        schema: {
          name: fields.slug({
            name: { label: 'Name', description: 'With title, e.g. "Dr Jane Smith".', validation: { isRequired: true, length: lengthOf(ruleOf('Author', 'name')) } },
            slug: { label: 'File name (URL)', generate: articleSlug },
          }),
          credentials: text('Author', 'credentials', 'Credentials', 'e.g. MB BS, FRCS (Tr&Orth)'),
          role: text('Author', 'role', 'Role'),
          registration: registrationField({
            label: 'Professional registration',
            description: 'Leave both empty for someone who is not a registered clinician (they cannot be a medical reviewer).',
            bodies: ruleOf('Author', 'registration.body').options ?? REGISTRATION_BODIES,
            numberPattern: patternOf(ruleOf('Author', 'registration.number'))!,
          }),
          photo: image({
            label: 'Photo',
            directory: 'public/images/authors',
            publicPath: '/images/authors/',
            required: ruleOf('Author', 'photo').required,
          }),
          photoAlt: text('Author', 'photoAlt', 'Photo alt text', 'What the photo shows, 10–250 characters.', true),
          order: fields.integer({ label: 'Position in the clinicians list', defaultValue: 100, validation: { min: 0 } }),
          sample: fields.checkbox({
            label: 'Sample profile',
            description: 'A fictional profile shipped with the site. The go-live check refuses to pass while any profile has this ticked.',
            defaultValue: false,
          }),
          body: withMdxComments(
            fields.mdx({ label: 'Biography', options: { image: false, heading: false, codeBlock: false }, components: { WriterNote: writerNote } }),
          ),
        },
      }),
    },
  });
}

export default makeConfig();
