/**
 * Decode stage for original documents: a .pdf, .docx, .doc or .wps file's bytes → the same
 * `Decoded` text a scraped page gives (one line a paragraph), plus what only the layout
 * knew: which lines are the title, which are page furniture, what was read from the layout.
 */
import { normaliseText } from '../decode/normalise.ts';
import type { Decoded } from '../types.ts';
import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import type { Extracted } from './types.ts';
import { readWord97 } from './word97.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'doc';

const CJK = '\\p{Script=Han}，。、；：！？“”‘’（）《》〔〕【】';
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}\\d])|(?<=[${CJK}\\d])[ \\u3000]+(?=[${CJK}])`, 'gu');

/** What each format's text is stored as, shown where a scraped page shows its encoding. */
const ENCODING: Record<DocumentFormat, string> = { pdf: 'pdf-text', docx: 'docx-xml', doc: 'word-97' };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted .docx is an OLE file holding an `EncryptionInfo` stream (MS-OFFCRYPTO). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * The format the bytes are, whatever the extension claims: sites serve a .doc as .docx and a
 * .docx as .doc. Null when they are none of them.
 */
function sniff(bytes: Uint8Array): DocumentFormat | 'encrypted' | null {
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, OLE)) return Buffer.from(bytes).includes(ENCRYPTION_INFO) ? 'encrypted' : 'doc';
  return null;
}

function reader(format: DocumentFormat, bytes: Uint8Array): Promise<Extracted> | Extracted {
  if (format === 'pdf') return readPdf(bytes);
  if (format === 'docx') return readDocx(bytes);
  return readWord97(bytes);
}

/** Decodes one document file (see the module comment); an unreadable one gives its reason. */
export async function decodeDocument(bytes: Uint8Array, claimed: DocumentFormat): Promise<Decoded> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const format = sniff(bytes);
  if (format === 'encrypted') return { ok: false, reason: 'password-protected Office document, cannot be read' };
  if (format === null) {
    return {
      ok: false,
      reason:
        claimed === 'pdf'
          ? 'not a readable PDF (no %PDF header)'
          : `not a .${claimed} file (neither a Word document nor a PDF inside)`,
    };
  }
  let extracted: Extracted;
  try {
    extracted = await reader(format, bytes);
  } catch (error) {
    return { ok: false, reason: `not a readable .${format} (${(error as Error).message.split('\n')[0]})` };
  }
  if (!extracted.ok) return extracted;
  // Line breaks inside a paragraph are not the document's: one paragraph, one line. Spaces
  // between Chinese characters, or between them and digits, are layout (justification, 2024 年,
  // 电  话 padded to width), not text; between two Latin words or two numbers they stay.
  const lines = extracted.lines.map((l) => ({
    ...l,
    text: normaliseText(l.text.replace(/[\r\n\u2028\u2029]+/g, ' ')).replace(CJK_SPACE, ''),
  }));
  if (!lines.some((l) => l.role !== 'furniture' && l.text.trim() !== ''))
    return { ok: false, reason: `no text in this .${format}` };
  const numbers = (role: string) => lines.flatMap((l, i) => (l.role === role ? [i + 1] : []));
  return {
    ok: true,
    text: lines.map((l) => l.text).join('\n'),
    encoding: ENCODING[format],
    format,
    invalidBytes: 0,
    layout: {
      titleLines: numbers('title'),
      furniture: numbers('furniture'),
      rows: numbers('row'),
      notes: extracted.notes,
    },
  };
}
