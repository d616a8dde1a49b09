/**
 * Decode stage: raw bytes of one scraped file (any encoding, .txt or .html) → normalised text,
 * or a one-line reason why the file is not usable text. Pure: no file system.
 */
import type { Decoded, SourceFormat } from './types.ts';
import { controlBytesReason, controlTextReason, magicKind } from './decode/binary.ts';
import { CLEARLY_CHINESE, decodeBytes, unicodeSignature } from './decode/charset.ts';
import { foreignLanguage } from './decode/foreign.ts';
import { isBlankText, normaliseText } from './decode/normalise.ts';
import { htmlToText } from './decode/html-to-text.ts';

/** File extensions the pipeline reads, by format. */
const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  // Kingsoft WPS writes the Word 97 format under its own extension.
  '.wps': 'doc',
};

const SUPPORTED = Object.keys(FORMAT_BY_EXTENSION).join(', ');

/** Format a file name's extension (case-insensitive) stands for, or the reason it is not supported. */
export function formatOf(fileName: string): { format: SourceFormat } | { reason: string } {
  const match = /\.[^./\\]*$/.exec(fileName);
  if (match === null) return { reason: `unsupported format (no file extension; supported: ${SUPPORTED})` };
  const extension = match[0].toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  return format === undefined ? { reason: `unsupported format "${extension}" (supported: ${SUPPORTED})` } : { format };
}

/**
 * Why bytes whose encoding the common-character contest chose, without clearly finding
 * Chinese, are not Chinese text: they read as Korean or Japanese (./decode/foreign.ts).
 * A low share of common characters alone is no proof: real pages full of symbols and rare
 * characters have one too. Null when a BOM, a charset or UTF-8 decided.
 */
function notChineseReason(bytes: Uint8Array, contest: { share: number } | undefined): string | null {
  if (contest === undefined || contest.share >= CLEARLY_CHINESE) return null;
  const language = foreignLanguage(bytes);
  return language === null ? null : `not Chinese text in any supported encoding (looks like ${language})`;
}

/**
 * Decodes one source file. The encoding comes from a BOM, an HTML page's declared charset,
 * strict UTF-8, or a GB18030/Big5 contest on common characters; the text is normalised
 * (`normaliseText`) so that for .txt, line N of `text` is line N of the file; HTML becomes one
 * block element per line. Not-text files give `{ ok: false, reason }` with a short lower-case
 * reason (the caller adds the file name).
 */
export function decodeSource(bytes: Uint8Array, fileName: string): Decoded {
  const kind = formatOf(fileName);
  if ('reason' in kind) return { ok: false, reason: kind.reason };
  if (kind.format !== 'txt' && kind.format !== 'html')
    return { ok: false, reason: `a .${kind.format} is read by decodeDocument, not as text` };
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const magic = magicKind(bytes);
  if (magic !== null) return { ok: false, reason: `binary file (looks like ${magic}), not text` };
  const signature = unicodeSignature(bytes);
  const wide = signature === 'utf-16le' || signature === 'utf-16be';
  const byteReason = wide ? null : controlBytesReason(bytes);
  if (byteReason !== null) return { ok: false, reason: byteReason };

  const decoded = decodeBytes(bytes, kind.format === 'html', signature);
  const foreign = notChineseReason(bytes, decoded.contest);
  if (foreign !== null) return { ok: false, reason: foreign };
  if (decoded.encoding.startsWith('utf-16')) {
    const textReason = controlTextReason(decoded.text);
    if (textReason !== null) return { ok: false, reason: textReason };
  }

  const text = normaliseText(decoded.text);
  if (isBlankText(text)) return { ok: false, reason: 'no text (whitespace only)' };
  const base = { ok: true as const, encoding: decoded.encoding, invalidBytes: decoded.invalidBytes };
  if (kind.format === 'txt') return { ...base, text, format: 'txt' };

  const page = htmlToText(text);
  const pageText = normaliseText(page.text);
  if (isBlankText(pageText)) return { ok: false, reason: 'no visible text (html page without text content)' };
  return page.pageTitle === undefined
    ? { ...base, text: pageText, format: 'html' }
    : { ...base, text: pageText, format: 'html', pageTitle: page.pageTitle };
}
