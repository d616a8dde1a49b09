/**
 * CSV for the public exports, the way Excel and every CSV reader agree on: UTF-8 with a
 * byte-order mark (without it Excel reads Chinese as mojibake), CRLF line ends, a header
 * row, and RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes
 * doubled).
 */

export type Cell = string | number | boolean | null;

const BOM = '\ufeff';

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: Cell): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: BOM, header, rows, CRLF after every record. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
