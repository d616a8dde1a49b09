/**
 * CSV for the public exports, the way Excel and every CSV reader agree on: UTF-8 with a
 * byte-order mark (without it Excel reads Chinese as mojibake), CRLF line ends, a header
 * row, and RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes
 * doubled). Text that a spreadsheet would run as a formula is neutralised (see csvField).
 */

export type Cell = string | number | boolean | null;

const BOM = '\ufeff';

/**
 * What Excel and LibreOffice read as the start of a formula (OWASP "CSV Injection"): report
 * text is scraped from the web, so a passage may well begin `=HYPERLINK(…)` or `-2+3`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A plain decimal number (-3.5, +12, -0.25). It starts with a sign but is no formula, and a
 * spreadsheet should read it as the number it is, so it is left alone. Anything else after a
 * sign (`-3.5+1`, `-A1`, `+cmd|…`) is treated as a formula.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * One field, quoted when RFC 4180 requires it. A text cell that would start a formula is
 * written as OWASP recommends: prefixed with `'` and quoted, so spreadsheets show it as text.
 * Numbers (JavaScript numbers, and text that is a plain decimal number) are never formulas.
 */
export function csvField(value: Cell): string {
  const s = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with its CRLF. */
export const csvRecord = (row: Cell[]): string => `${row.map(csvField).join(',')}\r\n`;

/** A whole file: BOM, header, rows, CRLF after every record. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map(csvRecord).join('');
}

/** A whole file from records already written (csvRecord): what toCsv gives for their rows. */
export function csvFrom(header: string[], records: string[]): string {
  return BOM + csvRecord(header) + records.join('');
}
