/**
 * Where the site publishes a report's original file, for PDF and Word sources only: the
 * reader can download the document the report was read from. Scraped pages are not
 * republished (an .html served from the site's origin would run as its page). Named by
 * content hash, so a file name with spaces, newlines or `../` never becomes a path.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';

/** The folder under the site root that holds the originals. */
export const ORIGINALS_DIR = 'originals';

const DOCUMENT_FORMATS = new Set(['pdf', 'docx', 'doc']);

/** The published name of a report's original (`3f2a…9c.pdf`), or null for scraped pages. */
export function originalFileName(meta: Pick<ReportMeta, 'format' | 'source' | 'sourceSha256'>): string | null {
  if (!DOCUMENT_FORMATS.has(meta.format)) return null;
  const extension = /\.(pdf|docx|doc|wps)$/i.exec(meta.source)?.[1].toLowerCase() ?? meta.format;
  return `${meta.sourceSha256.slice(0, 24)}.${extension}`;
}
