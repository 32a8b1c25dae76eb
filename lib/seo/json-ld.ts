/**
 * JSON for a `<script type="application/ld+json">`. The HTML parser ends a script at "</script"
 * whatever the JSON means, so "<" (and, for old parsers, ">" and "&") are written as Unicode
 * escapes: still the same JSON value, but inert as HTML.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
