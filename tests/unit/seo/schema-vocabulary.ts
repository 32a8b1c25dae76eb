/**
 * The schema.org vocabulary as schema-dts declares it: every type name (`"@type": "X"`) and every
 * property name (`"x"?:`). Lets a test check at run time what the builders' types check at
 * compile time: that JSON-LD uses only schema.org types and properties.
 */
import fs from 'node:fs';
import path from 'node:path';

const dts = fs.readFileSync(path.join(process.cwd(), 'node_modules', 'schema-dts', 'dist', 'schema.d.ts'), 'utf8');

export const schemaTypes = new Set([...dts.matchAll(/"@type": "([A-Za-z0-9]+)"/g)].map((m) => m[1]));
export const schemaProperties = new Set([...dts.matchAll(/^\s+"([A-Za-z][A-Za-z0-9-]*)"\?:/gm)].map((m) => m[1]));

/** Every type and property used anywhere in a JSON-LD value that schema.org does not define. */
export function unknownTerms(value: unknown, at = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownTerms(v, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '@type') {
      for (const type of [child].flat()) if (!schemaTypes.has(String(type))) problems.push(`${at}: type ${String(type)}`);
    } else if (!key.startsWith('@') && !schemaProperties.has(key.replace(/-(input|output)$/, ''))) {
      // "query-input" and the like are schema.org's action constraints on a real property.
      problems.push(`${at}: property ${key}`);
    }
    problems.push(...unknownTerms(child, `${at}.${key}`));
  }
  return problems;
}
