/**
 * What the data page says about each downloadable file, read from the file itself (format,
 * size, how many records, which columns), so the description cannot drift from the data.
 */

export interface DataFile {
  name: string;
  format: 'CSV' | 'JSON' | 'TSV' | '其他';
  bytes: number;
  /** Rows of a CSV (without the header) or items of a top-level JSON array. */
  records?: number;
  /** CSV header cells, or the keys of the first item of a JSON array. */
  fields?: string[];
}

/** Splits one CSV line on commas outside double quotes. */
function csvCells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** Counts CSV records, honouring quoted fields that contain line breaks. */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let content = false;
  // By UTF-16 unit: the quote, CR and LF are never part of a surrogate pair.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    if (c === 0x0a && !quoted) {
      if (content) records++;
      content = false;
    } else if (c !== 0x0d) content = true;
  }
  return records + (content ? 1 : 0);
}

/** Describes one file from its name and text. */
export function describeDataFile(name: string, text: string): DataFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  const body = text.replace(/^\uFEFF/, '');
  const ext = name.split('.').pop()?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') {
    const sep = ext === 'csv' ? ',' : '\t';
    const header = body.split(/\r?\n/, 1)[0] ?? '';
    return {
      name,
      format: ext === 'csv' ? 'CSV' : 'TSV',
      bytes,
      records: Math.max(0, csvRecords(body) - 1),
      fields: csvCells(header, sep),
    };
  }
  if (ext === 'json') {
    try {
      const data: unknown = JSON.parse(body);
      if (Array.isArray(data)) {
        const first = data[0];
        return {
          name,
          format: 'JSON',
          bytes,
          records: data.length,
          fields: first && typeof first === 'object' ? Object.keys(first) : undefined,
        };
      }
      return { name, format: 'JSON', bytes, fields: data && typeof data === 'object' ? Object.keys(data) : undefined };
    } catch {
      return { name, format: 'JSON', bytes };
    }
  }
  return { name, format: '其他', bytes };
}

/** 1.2 MB, 35 kB, 512 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}
