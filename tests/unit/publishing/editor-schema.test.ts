/**
 * The web editor (keystatic.config.ts and lib/publishing/editor-*.ts) against the zod front-matter schemas: same field names,
 * same required fields, same length bounds and options, and every real content file opens in the
 * editor. The editor builds its fields from zod, so this fails when someone hand-writes a field
 * that disagrees, or changes the schema in a way the editor does not pick up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import config from '@/keystatic.config';
import { editorComponents } from '@/lib/publishing/editor-components';
import { schemasByType, type DocumentTypeName } from '@/lib/content/schema';
import { frontMatterRules, type FieldRule } from '@/lib/publishing/editor-schema';
import { registrationProblem } from '@/lib/publishing/registration-field';

type AnyField = {
  kind: string;
  formKind?: string;
  options?: { value: string }[];
  element?: AnyField;
  fields?: Record<string, AnyField>;
  validation?: { length?: { min?: number; max?: number } };
  parse: (value: unknown, extra?: unknown) => unknown;
  validate: (value: unknown, extra?: unknown) => unknown;
};

const collections = {
  articles: { type: 'Article', folder: 'articles' },
  treatments: { type: 'Treatment', folder: 'treatments' },
  authors: { type: 'Author', folder: 'authors' },
} as const satisfies Record<string, { type: DocumentTypeName; folder: string }>;

function editorSchema(name: keyof typeof collections): Record<string, AnyField> {
  const collection = config.collections![name];
  expect(collection.format).toEqual({ contentField: 'body' });
  const { body, ...frontMatter } = collection.schema as unknown as Record<string, AnyField>;
  expect(body.formKind).toBe('content');
  return frontMatter;
}

/** The value an empty form would hold for this field. */
function emptyValue(field: AnyField): unknown {
  if (field.formKind === 'asset') return null;
  if (field.formKind === 'slug') return isSlugName(field) ? { name: '', slug: '' } : '';
  return field.parse(undefined);
}

/** fields.slug (the title/name that also names the file) holds { name, slug }; fields.text a string. */
function isSlugName(field: AnyField): boolean {
  return field.formKind === 'slug' && typeof field.parse(undefined, undefined) !== 'string';
}

function rejects(field: AnyField, value: unknown): boolean {
  try {
    field.validate(value, undefined);
    return false;
  } catch {
    return true;
  }
}

function asText(field: AnyField, text: string): unknown {
  return isSlugName(field) ? { name: text, slug: 'a-slug' } : text;
}

/** Checks one editor field against its zod rule; returns what disagreed, for a readable failure. */
function disagreements(field: AnyField, rule: FieldRule, name: string): string[] {
  const problems: string[] = [];
  if (field.kind === 'array') {
    const { min = 0, max = Infinity } = field.validation?.length ?? {};
    if (min !== (rule.minItems ?? 0)) problems.push(`${name}: min items ${min} ≠ ${rule.minItems ?? 0}`);
    if (max !== (rule.maxItems ?? Infinity)) problems.push(`${name}: max items ${max} ≠ ${rule.maxItems ?? '∞'}`);
    if (rule.item?.fields) {
      const element = field.element!;
      expect(Object.keys(element.fields!).sort(), `${name} item fields`).toEqual(Object.keys(rule.item.fields).sort());
      for (const [key, sub] of Object.entries(element.fields!)) problems.push(...disagreements(sub, rule.item.fields[key], `${name}[].${key}`));
    } else if (rule.item) {
      problems.push(...disagreements(field.element!, rule.item, `${name}[]`));
    }
    return problems;
  }
  if (field.kind !== 'form') return [`${name}: unexpected editor field kind ${field.kind}`];

  if (rule.options) {
    const values = field.options?.map((o) => o.value);
    if (values && JSON.stringify(values) !== JSON.stringify(rule.options)) problems.push(`${name}: options ${values} ≠ ${rule.options}`);
    return problems;
  }
  if (rule.type === 'boolean' || rule.type === 'integer' || rule.type === 'number') return problems;

  const empty = emptyValue(field);
  if (rule.required !== rejects(field, empty)) problems.push(`${name}: editor ${rejects(field, empty) ? 'requires' : 'allows empty'}, zod ${rule.required ? 'requires' : 'allows empty'}`);

  const isText = typeof empty === 'string' || (typeof empty === 'object' && empty !== null && field.formKind === 'slug');
  if (isText && !rule.pattern) {
    if (rule.minLength && rule.minLength > 1 && !rejects(field, asText(field, 'x'.repeat(rule.minLength - 1)))) {
      problems.push(`${name}: editor accepts ${rule.minLength - 1} characters, zod needs ${rule.minLength}`);
    }
    if (rule.minLength && rejects(field, asText(field, 'x'.repeat(rule.minLength)))) problems.push(`${name}: editor rejects ${rule.minLength} characters`);
    if (rule.maxLength && !rejects(field, asText(field, 'x'.repeat(rule.maxLength + 1)))) problems.push(`${name}: editor accepts over ${rule.maxLength} characters`);
  }
  return problems;
}

describe('web editor fields match the zod front-matter schemas', () => {
  for (const [name, { type }] of Object.entries(collections) as [keyof typeof collections, (typeof collections)[keyof typeof collections]][]) {
    it(`${name}: same field names as ${type}`, () => {
      expect(Object.keys(editorSchema(name)).sort()).toEqual(Object.keys(schemasByType[type].shape).sort());
    });

    it(`${name}: same required fields, bounds and options`, () => {
      const rules = frontMatterRules(type);
      const schema = editorSchema(name);
      const problems = Object.entries(schema).flatMap(([key, field]) => (key === 'registration' ? [] : disagreements(field, rules[key], key)));
      expect(problems).toEqual([]);
    });
  }

  it('authors: registration is optional, and a register plus a valid number when given', () => {
    const rule = frontMatterRules('Author').registration;
    expect(rule.required).toBe(false);
    const bodies = rule.fields!.body.options!;
    const pattern = new RegExp(rule.fields!.number.pattern!);
    const field = editorSchema('authors').registration;
    expect(rejects(field, field.parse(undefined))).toBe(false);
    expect(rejects(field, { body: bodies[0], number: '7000001' })).toBe(false);
    expect(rejects(field, { body: 'XYZ', number: '7000001' })).toBe(true);
    expect(rejects(field, { body: bodies[0], number: 'no' })).toBe(true);
    expect(registrationProblem({ body: '', number: '' }, bodies, pattern)).toBeUndefined();
  });

  it('the checker itself notices a drifted field (a required field the editor lets be empty)', () => {
    const rule: FieldRule = { required: true, type: 'string', minLength: 5 };
    const lax = { kind: 'form', parse: () => '', validate: (v: unknown) => v } as unknown as AnyField;
    expect(disagreements(lax, rule, 'title').length).toBeGreaterThan(0);
  });
});

describe('every real content file opens in the editor', () => {
  const root = path.join(process.cwd(), 'content');
  for (const [name, { folder }] of Object.entries(collections) as [keyof typeof collections, (typeof collections)[keyof typeof collections]][]) {
    const files = fs.readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.mdx'));
    it(`${name}: ${files.length} files parse and validate field by field`, () => {
      expect(files.length).toBeGreaterThan(0);
      const schema = editorSchema(name);
      for (const file of files) {
        const source = fs.readFileSync(path.join(root, folder, file), 'utf8');
        const data = parseYaml(source.split(/^---$/m)[1]) as Record<string, unknown>;
        for (const [key, value] of Object.entries(data)) {
          const field = schema[key];
          expect(field, `${file}: editor has no field "${key}"`).toBeDefined();
          if (field.formKind === 'asset') continue; // needs the image bytes; the path is checked by zod
          const slug = file.replace(/\.mdx$/, '');
          const validate = (f: AnyField, v: unknown) => {
            if (f.kind === 'array') return (v as unknown[]).forEach((item) => validate(f.element!, item));
            if (f.kind === 'object') return Object.entries(v as Record<string, unknown>).forEach(([k, sub]) => validate(f.fields![k], sub));
            const parsed = key === config.collections![name].slugField ? f.parse(v, { slug }) : f.parse(v);
            expect(() => f.validate(parsed, undefined), `${file}: ${key}`).not.toThrow();
          };
          validate(field, value);
        }
      }
    });
  }
});

describe('the editor offers exactly the MDX components the site renders', () => {
  it('same component names as components/mdx/mdx-content.tsx (plus WriterNote and Cite, saved as comments and [@key])', () => {
    // Read from the source: importing it would pull in the MDX runtime.
    const source = fs.readFileSync(path.join(process.cwd(), 'components', 'mdx', 'mdx-content.tsx'), 'utf8');
    const rendered = /export const mdxComponents = \{([^}]*)\}/.exec(source)![1].split(',').map((name) => name.trim()).filter(Boolean);
    expect(rendered.length).toBeGreaterThan(0);
    const offered = Object.keys(editorComponents('articles')).filter((name) => name !== 'WriterNote' && name !== 'Cite');
    expect(offered.sort()).toEqual(rendered.sort());
  });

  it('Figure requires alt text of 10–250 characters, as the alt-text rule does', () => {
    const alt = editorComponents('articles').Figure.schema.alt as unknown as AnyField;
    expect(rejects(alt, '')).toBe(true);
    expect(rejects(alt, 'too short')).toBe(true);
    expect(rejects(alt, 'A diagram of the knee joint')).toBe(false);
  });
});

describe('the draft flag', () => {
  for (const name of ['articles', 'treatments'] as const) {
    it(`${name}: new pages start as drafts, but a file without the flag stays published`, () => {
      const draft = editorSchema(name).draft as AnyField & { defaultValue(): unknown };
      expect(draft.defaultValue()).toBe(true);
      expect(draft.parse(undefined)).toBe(false);
      expect(draft.parse(true)).toBe(true);
    });
  }
});
