/**
 * The MDX body fields and the components writers may use in them, as the editor offers them: the same
 * names and props as components/mdx/mdx-content.tsx renders (a unit test compares the two), plus
 * WriterNote for comments and Cite for citations.
 */
import { fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { priceKeys, siteConfig } from '@/lib/site-config';
import { withMdxComments } from './mdx-comments';
import { image } from './image-field';
import { GUIDE } from './editor-fields';
import type { ReferenceOption } from './editor-citations';

export const citeHelp =
  'Cite sources with + → Citation (or type [@key], keys from content/references.bib), e.g. "in one trial [@lee2019]". ' +
  `Every figure needs a citation in the same sentence. See ${GUIDE}.`;

/** An MDX comment in the file: guidance or a content-check directive, never published (lib/publishing/mdx-comments.ts). */
export const writerNote = block({
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

/** The MDX components writers may use, by name. */
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

export function bodyField(imageFolder: 'articles' | 'treatments', description: string, references: ReferenceOption[]) {
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
