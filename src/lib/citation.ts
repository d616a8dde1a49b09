/**
 * References to a report, in the forms readers paste: GB/T 7714-2015 (the Chinese standard
 * for reference lists; an online document is [EB/OL]) and, for reference managers, BibTeX,
 * RIS and CSL-JSON (the data CSL styles format). The page's address and the access date are
 * the reader's, so the page fills them in (src/client/cite.ts); everything else is built here,
 * the same on every build.
 *
 *   清河县教育局. 清河县教育局关于2023年教育工作情况的报告[EB/OL]. (2024-01-15)[2026-12-07].
 *   https://example.org/reports/x/#s-1f0c9a3e.
 */

/** What a reference needs of a report. */
export interface Citable {
  id: string;
  title: string;
  issuer: string | null;
  /** 成文日期 (ISO), when the document states it. */
  date: string | null;
  years: number[];
}

/** GB/T 7714-2015 for an online document: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 地址. */
export function gbt7714(r: Citable, address: string, accessed: string): string {
  const author = r.issuer ? `${r.issuer}. ` : '';
  const issued = r.date ? `(${r.date})` : '';
  return `${author}${r.title}[EB/OL]. ${issued}[${accessed}]. ${address}.`;
}

/** The year a reference manager files the report under: the date's, else the last year covered. */
const yearOf = (r: Citable) => (r.date ? Number(r.date.slice(0, 4)) : (r.years.at(-1) ?? null));

/** BibTeX `@misc` (biblatex readers take `@online`; `@misc` reads everywhere). */
export function bibtex(r: Citable, address: string): string {
  const esc = (s: string) => s.replace(/[{}\\]/g, '');
  const fields = [
    `  title = {${esc(r.title)}}`,
    r.issuer ? `  author = {{${esc(r.issuer)}}}` : '',
    yearOf(r) ? `  year = {${yearOf(r)}}` : '',
    r.date ? `  date = {${r.date}}` : '',
    `  howpublished = {\\url{${address}}}`,
    `  url = {${address}}`,
    '  note = {[EB/OL]}',
  ].filter(Boolean);
  return `@misc{${r.id},\n${fields.join(',\n')}\n}\n`;
}

/** RIS (EndNote, Zotero, NoteExpress): an electronic document. */
export function ris(r: Citable, address: string): string {
  const lines = [
    'TY  - ELEC',
    `TI  - ${r.title}`,
    r.issuer ? `AU  - ${r.issuer}` : '',
    yearOf(r) ? `PY  - ${yearOf(r)}` : '',
    r.date ? `DA  - ${r.date.replaceAll('-', '/')}` : '',
    `UR  - ${address}`,
    'LA  - zh',
    'ER  - ',
  ].filter(Boolean);
  return `${lines.join('\r\n')}\r\n`;
}

/** A reference file as a link the reader downloads: no file on the server, the address filled in where `{address}` stands. */
export function referenceDataUrl(type: string, template: string, address: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(template.replaceAll('{address}', address))}`;
}

/** CSL-JSON, the input of every CSL processor (Zotero, pandoc, citeproc). */
export function cslJson(r: Citable, address: string): object {
  const issued = r.date
    ? { 'date-parts': [r.date.split('-').map(Number)] }
    : yearOf(r)
      ? { 'date-parts': [[yearOf(r)]] }
      : undefined;
  return {
    id: r.id,
    type: 'webpage',
    title: r.title,
    ...(r.issuer ? { author: [{ literal: r.issuer }] } : {}),
    ...(issued ? { issued } : {}),
    URL: address,
    language: 'zh-CN',
  };
}
