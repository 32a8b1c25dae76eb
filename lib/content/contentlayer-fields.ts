/**
 * Contentlayer's field definitions, generated from the zod schemas in ./schema.ts (through the same
 * JSON Schema reading the web editor's fields use), so the content model is defined once.
 * Contentlayer gives the types and refuses missing or unknown fields; zod, run by the content
 * check, holds writers to the stricter rules (real calendar dates, lengths, alt text).
 */
import { defineNestedType, type FieldDef, type FieldDefs } from 'contentlayer2/source-files';
import { frontMatterRules, type FieldRule } from '../publishing/editor-schema';
import type { DocumentTypeName } from './schema';

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase());

/** Nested types are named after their field (`registration` → Registration, list `faq` → FaqItem). */
const nestedTypes = new Map<string, ReturnType<typeof defineNestedType>>();
function nestedType(name: string, fields: Record<string, FieldRule>) {
  let nested = nestedTypes.get(name);
  if (!nested) {
    nested = defineNestedType(() => ({ name, fields: fieldDefs(fields) }));
    nestedTypes.set(name, nested);
  }
  return nested;
}

/** One field: the rule's type, with Contentlayer's `required`, `default` and description. */
export function fieldDef(name: string, rule: FieldRule): FieldDef {
  const base = {
    ...(rule.default !== undefined ? { default: rule.default } : { required: rule.required }),
    ...(rule.description ? { description: rule.description } : {}),
  };
  if (rule.options) return { type: 'enum', options: [...rule.options], ...base } as FieldDef;
  switch (rule.type) {
    case 'string':
      return { type: rule.format === 'date' ? 'date' : 'string', ...base } as FieldDef;
    case 'boolean':
      return { type: 'boolean', ...base } as FieldDef;
    case 'number':
    case 'integer':
      return { type: 'number', ...base } as FieldDef;
    case 'object':
      return { type: 'nested', of: nestedType(pascal(name), rule.fields ?? {}), ...base } as FieldDef;
    case 'array': {
      const item = rule.item;
      if (!item) break;
      if (item.type === 'object') return { type: 'list', of: nestedType(`${pascal(name)}Item`, item.fields ?? {}), ...base } as FieldDef;
      const of = fieldDef(name, { ...item, required: true });
      return { type: 'list', of: { type: of.type, ...('options' in of ? { options: of.options } : {}) }, ...base } as FieldDef;
    }
  }
  throw new Error(`contentlayer fields: "${name}" has a schema Contentlayer cannot represent (${JSON.stringify(rule)})`);
}

function fieldDefs(rules: Record<string, FieldRule>): FieldDefs {
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, fieldDef(name, rule)]));
}

/** Every front-matter field of a document type, as Contentlayer defines it. */
export function contentlayerFields(type: DocumentTypeName): FieldDefs {
  return fieldDefs(frontMatterRules(type));
}
