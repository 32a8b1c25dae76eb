/**
 * Front-matter schemas for every document type in `content/`.
 *
 * The one definition of the content model: Contentlayer's fields (lib/content/contentlayer-fields.ts)
 * and the web editor's (lib/publishing/editor-schema.ts) are generated from these schemas. They
 * also hold the stricter rules a writer is held to (real calendar dates, lengths, alt text): the
 * content check runs them on the raw files so that an error names the file, line and field.
 */
import { z } from 'zod';
import { priceKeys } from '../site-config';

export const CATEGORIES = ['treatment', 'condition', 'evidence', 'regulation', 'patient-guide'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  treatment: 'Treatments',
  condition: 'Conditions',
  evidence: 'Evidence',
  regulation: 'Regulation',
  'patient-guide': 'Patient guides',
};

/**
 * A calendar date written as YYYY-MM-DD. Contentlayer would silently roll 2024-02-30 into March,
 * so the date is checked here against the calendar.
 */
export const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, e.g. 2026-03-01' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'is not a real calendar date' },
  )
  // Read by the generated Contentlayer fields: a date field, not a plain string.
  .meta({ format: 'date' });

/** YAML turns unquoted dates into Date objects; accept both and normalise to YYYY-MM-DD. */
const dateField = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lower-case letters, digits and hyphens' });

/** Rejects alt text that says nothing: empty, a file name, or auto-generated captions. */
export const altText = z
  .string({ error: 'alt text is required' })
  .trim()
  .min(10, { error: 'alt text must describe what the image shows (at least 10 characters)' })
  .max(250, { error: 'alt text must be under 250 characters; put longer detail in a caption' });

const reviewFields = {
  title: z.string().trim().min(5).max(110),
  description: z
    .string()
    .trim()
    .min(50, { error: 'must be at least 50 characters: it is shown in search results' })
    .max(170, { error: 'must be at most 170 characters: search engines cut longer descriptions' }),
  summary: z
    .array(z.string().trim().min(10))
    .min(2, { error: 'give 2 to 6 plain-language key points' })
    .max(6, { error: 'give 2 to 6 plain-language key points' }),
  publishedAt: dateField,
  updatedAt: dateField.optional(),
  // No review dates here: when a page was medically reviewed, and when it is next due, come from
  // its review record (content/reviews, written by the staff area; lib/reviews), not a typed field.
  author: slug.meta({ description: 'slug of a file in content/authors' }),
  reviewer: slug.meta({ description: 'slug of a registered clinician in content/authors' }),
  draft: z.boolean().default(false),
};

function datesInOrder(
  doc: { publishedAt: string; updatedAt?: string; author: string; reviewer: string },
  ctx: z.RefinementCtx,
) {
  if (doc.updatedAt && doc.updatedAt < doc.publishedAt) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before publishedAt' });
  }
  if (doc.author === doc.reviewer) {
    ctx.addIssue({ code: 'custom', path: ['reviewer'], message: 'must be a different clinician from the author' });
  }
}

export const articleFrontmatter = z
  .strictObject({
    ...reviewFields,
    category: z.enum(CATEGORIES),
    tags: z.array(slug).max(8).default([]),
    heroImage: z.string().regex(/^\/images\/.+\.(svg|png|jpe?g|webp|avif)$/, {
      error: 'must be a path under /images/, e.g. /images/articles/knee.svg',
    }).optional(),
    heroAlt: altText.optional(),
  })
  .superRefine((doc, ctx) => {
    datesInOrder(doc, ctx);
    if (doc.heroImage && !doc.heroAlt) {
      ctx.addIssue({ code: 'custom', path: ['heroAlt'], message: 'is required when heroImage is set' });
    }
  });

export const faqItem = z.strictObject({
  question: z.string().trim().min(8).max(160),
  answer: z.string().trim().min(20).max(900),
});

export const treatmentFrontmatter = z
  .strictObject({
    ...reviewFields,
    priceKey: z.enum(priceKeys),
    /** Position in the treatments list. */
    order: z.number().int().min(0).default(100),
    faq: z.array(faqItem).min(6, { error: 'answer at least six questions patients ask' }),
  })
  .superRefine(datesInOrder);

/** Regulators whose registers a clinician can be on. */
export const REGISTRATION_BODIES = ['GMC', 'HCPC', 'NMC', 'GPhC', 'GOsC', 'GCC'] as const;

export const authorFrontmatter = z.strictObject({
  name: z.string().trim().min(3).max(80),
  credentials: z.string().trim().max(120).optional(),
  role: z.string().trim().min(3).max(120),
  registration: z
    .strictObject({
      body: z.enum(REGISTRATION_BODIES),
      number: z.string().trim().regex(/^[A-Z0-9]{4,12}$/, { error: 'must be the register number, e.g. 7000001' }),
    })
    .optional(),
  photo: z.string().regex(/^\/images\/.+\.(svg|png|jpe?g|webp|avif)$/, {
    error: 'must be a path under /images/, e.g. /images/authors/jane.svg',
  }),
  photoAlt: altText,
  /** Position in the clinicians list. */
  order: z.number().int().min(0).default(100),
  /** A fictional sample profile: `npm run check:go-live` refuses to pass while one is published. */
  sample: z.boolean().default(false),
});

/**
 * The sections every treatment page has, in this order, as `## Title` headings in the MDX body.
 * Price and FAQ come from front matter and the site config, so they are not listed here.
 */
export const TREATMENT_SECTIONS = [
  { id: 'what-it-is', title: 'What it is' },
  { id: 'who-it-may-help', title: 'Who it may help' },
  { id: 'who-it-is-not-for', title: 'Who it is not for' },
  { id: 'the-procedure-step-by-step', title: 'The procedure, step by step' },
  { id: 'recovery-timeline', title: 'Recovery timeline' },
  { id: 'risks-and-side-effects', title: 'Risks and side effects' },
  { id: 'what-the-evidence-shows', title: 'What the evidence shows' },
  { id: 'limits-of-the-evidence', title: 'Limits of the evidence' },
  { id: 'regulatory-status', title: 'Regulatory status' },
] as const;

export const schemasByType = {
  Article: articleFrontmatter,
  Treatment: treatmentFrontmatter,
  Author: authorFrontmatter,
} as const;
export type DocumentTypeName = keyof typeof schemasByType;

/** Which document type a file under content/ is, from its folder. */
export function documentTypeForPath(relativePath: string): DocumentTypeName | null {
  if (/^articles\/[^/]+\.mdx$/.test(relativePath)) return 'Article';
  if (/^treatments\/[^/]+\.mdx$/.test(relativePath)) return 'Treatment';
  if (/^authors\/[^/]+\.mdx$/.test(relativePath)) return 'Author';
  return null;
}
