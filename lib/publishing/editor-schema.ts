/**
 * The web editor's view of the front-matter rules, read from the zod schemas in
 * lib/content/schema.ts (the one definition of the fields). keystatic.config.ts builds its
 * fields from these rules, and tests/unit/publishing/editor-schema.test.ts checks the built
 * editor against zod, so a field added, removed or tightened in the schema cannot drift.
 *
 * Uses zod's public JSON Schema export (input side: fields with defaults are optional), so no
 * zod internals are read. Safe in the browser: the editor imports it.
 */
import { z } from 'zod';
import { schemasByType, type DocumentTypeName } from '../content/schema';

export type FieldRule = {
  required: boolean;
  type?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  options?: readonly string[];
  /** For lists: the rule of one item. */
  item?: FieldRule;
  /** For nested objects: their fields. */
  fields?: Record<string, FieldRule>;
  default?: unknown;
  /** JSON Schema format, e.g. "date". */
  format?: string;
  description?: string;
};

type JsonSchema = {
  type?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  format?: string;
  description?: string;
  anyOf?: JsonSchema[];
};

function toRule(schema: JsonSchema, required: boolean): FieldRule {
  const rule: FieldRule = { required, type: schema.type };
  if (schema.minLength !== undefined) rule.minLength = schema.minLength;
  if (schema.maxLength !== undefined) rule.maxLength = schema.maxLength;
  if (schema.minItems !== undefined) rule.minItems = schema.minItems;
  if (schema.maxItems !== undefined) rule.maxItems = schema.maxItems;
  if (schema.pattern !== undefined) rule.pattern = schema.pattern;
  if (schema.enum) rule.options = schema.enum;
  if (schema.default !== undefined) rule.default = schema.default;
  if (schema.format !== undefined) rule.format = schema.format;
  if (schema.description !== undefined) rule.description = schema.description;
  if (schema.items) rule.item = toRule(schema.items, true);
  if (schema.properties) rule.fields = rulesOfObject(schema);
  return rule;
}

function rulesOfObject(schema: JsonSchema): Record<string, FieldRule> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, field]) => [name, toRule(field, required.has(name))]),
  );
}

const cache = new Map<DocumentTypeName, Record<string, FieldRule>>();

/** Every front-matter field of a document type with what the schema demands of it. */
export function frontMatterRules(type: DocumentTypeName): Record<string, FieldRule> {
  let rules = cache.get(type);
  if (!rules) {
    // io: 'input' = what a writer must put in the file (defaults make a field optional).
    const json = z.toJSONSchema(schemasByType[type], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    rules = rulesOfObject(json);
    cache.set(type, rules);
  }
  return rules;
}

/** The rule of one field; throws when the schema has no such field (a typo in the editor config). */
export function ruleOf(type: DocumentTypeName, path: string): FieldRule {
  let rule: FieldRule | undefined;
  let fields: Record<string, FieldRule> | undefined = frontMatterRules(type);
  for (const part of path.split('.')) {
    rule = part === '[]' ? rule?.item : fields?.[part];
    if (!rule) throw new Error(`editor schema: ${type} has no front-matter field "${path}"`);
    fields = rule.fields ?? rule.item?.fields;
  }
  return rule!;
}

/** Text length bounds in the form Keystatic's fields.text takes. */
export function lengthOf(rule: FieldRule): { min?: number; max?: number } {
  return { min: rule.minLength, max: rule.maxLength };
}

/** List length bounds in the form Keystatic's fields.array takes. */
export function itemsOf(rule: FieldRule): { min?: number; max?: number } {
  return { min: rule.minItems, max: rule.maxItems };
}

/**
 * A regex for an optional text field with a minimum length: Keystatic checks length bounds even
 * on an empty optional field, so "empty, or within the bounds" is expressed as a pattern.
 */
export function emptyOrLength(rule: FieldRule): RegExp {
  return new RegExp(`^(?:|[\\s\\S]{${rule.minLength ?? 0},${rule.maxLength ?? ''}})$`);
}

export function patternOf(rule: FieldRule): RegExp | undefined {
  return rule.pattern ? new RegExp(rule.pattern) : undefined;
}
