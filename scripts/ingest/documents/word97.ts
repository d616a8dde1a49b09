/**
 * A Word 97 binary (.doc, and Kingsoft WPS's .wps, which is the same format) → laid lines,
 * with word-extractor. Its default filter turns “ ” — into ASCII; `filterUnicode: false`
 * keeps them. The format keeps no layout we read: one paragraph a line, table cells
 * tab-separated as word-extractor gives them.
 */
import WordExtractor from 'word-extractor';
import type { Extracted, LaidLine } from './types.ts';

/** Word's own marks in the text stream: field codes' brackets, cell and row ends, page breaks. */
const FIELD = /\u0013[^\u0013\u0014\u0015]*\u0014?([^\u0013\u0015]*)\u0015/g;

export async function readWord97(bytes: Uint8Array): Promise<Extracted> {
  if (!(bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    return { ok: false, reason: 'not a Word 97 document (no OLE compound-file header)' };
  }
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    body = `${doc.getBody({ filterUnicode: false })}\n${doc.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false })}`;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    return {
      ok: false,
      reason: /encrypt|password/i.test(message)
        ? 'password-protected Word document, cannot be read'
        : `not a readable Word document (${message})`,
    };
  }
  const lines: LaidLine[] = body
    .replace(FIELD, '$1')
    .replace(/[\u0013-\u0015\u0007]/g, '')
    .split(/\r\n|[\r\n\f\u000b]/)
    .map((text) =>
      text.includes('\t') && text.split('\t').filter((c) => c.trim()).length >= 2
        ? { text: text.trim(), role: 'row' as const }
        : { text, role: 'body' as const },
    );
  return { ok: true, lines, notes: [] };
}
