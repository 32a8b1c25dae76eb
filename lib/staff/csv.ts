/**
 * CSV export. Quoting is csv-stringify's; on top of it, any cell a spreadsheet would read as a
 * formula (starting with = + - @, tab or carriage return) is prefixed with a single quote
 * (OWASP "CSV injection").
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : neutraliseFormula(v))));
  return stringify([header.map(neutraliseFormula), ...safe], { quoted_match: /[",\r\n]/, record_delimiter: 'windows', bom: true });
}
