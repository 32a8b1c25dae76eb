/**
 * The editor's three collections: the same MDX files in content/ that Contentlayer compiles and the
 * content check reads. `references` feeds the citation picker (app/keystatic/layout.tsx).
 */
import { collection, fields } from '@keystatic/core';
import { CATEGORY_LABELS, REGISTRATION_BODIES, TREATMENT_SECTIONS } from '@/lib/content/schema';
import { priceKeys, siteConfig } from '@/lib/site-config';
import { itemsOf, lengthOf, patternOf, ruleOf } from './editor-schema';
import { registrationField } from './registration-field';
import { articleSlug } from './slug';
import { withMdxComments } from './mdx-comments';
import { image } from './image-field';
import { reviewFields, select, text } from './editor-fields';
import { bodyField, citeHelp, writerNote } from './editor-components';
import type { ReferenceOption } from './editor-citations';

const treatmentSections = TREATMENT_SECTIONS.map((s) => `"${s.title}"`).join(', ');

/** What articles and treatments share: MDX files in content/<folder>, named by their title, previewed on the site. */
const reviewedPages = (folder: 'articles' | 'treatments') =>
  ({ path: `content/${folder}/*`, slugField: 'title', format: { contentField: 'body' }, entryLayout: 'content', previewUrl: `/${folder}/{slug}` }) as const;

export function articles(references: ReferenceOption[]) {
  return collection({
    label: 'Articles',
    ...reviewedPages('articles'),
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
  });
}

export function treatments(references: ReferenceOption[]) {
  return collection({
    label: 'Treatments',
    ...reviewedPages('treatments'),
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
  });
}

export function authors() {
  return collection({
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
  });
}
