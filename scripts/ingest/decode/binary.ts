/**
 * Recognises files that are not text at all (images, PDFs, Office documents, archives,
 * random bytes), so the decoder can refuse them with a reason instead of producing mojibake.
 */

/** A file signature: the bytes a format starts with, and what to call the format. */
interface Magic {
  bytes: readonly number[];
  /** Offset of `bytes` in the file (WebP's tag sits after the RIFF size). */
  at?: number;
  name: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGIC_NUMBERS: readonly Magic[] = [
  { bytes: ascii('%PDF-'), name: 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive or Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'a ZIP archive or Office document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Office document (.doc/.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: ascii('GIF87a'), name: 'a GIF image' },
  { bytes: ascii('GIF89a'), name: 'a GIF image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: ascii('WEBP'), at: 8, name: 'a WebP image' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: ascii('Rar!\x1a\x07'), name: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable' },
];

/** Above this share of NUL and other control bytes a file is binary, not text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.02;

/** What a known file signature says the bytes are (e.g. `a PDF`), or null. */
export function magicKind(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) {
    const at = magic.at ?? 0;
    if (bytes.length < at + magic.bytes.length) continue;
    if (magic.bytes.every((b, i) => bytes[at + i] === b)) return magic.name;
  }
  return null;
}

/** True for a C0 control code that text files do not carry (everything but \t \n \f \r). */
function isStrayControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/**
 * Reason a byte stream in an ASCII-compatible encoding (UTF-8, GB18030, Big5) is binary, or
 * null: too many NUL and control bytes. In those encodings a byte below 0x20 is always a
 * control character, never part of a multi-byte character, so counting bytes is exact.
 */
export function controlBytesReason(bytes: Uint8Array): string | null {
  let nul = 0;
  let control = 0;
  const count = (b: number) => {
    if (b === 0) nul++;
    else if (isStrayControl(b)) control++;
  };
  // Four bytes at a time where the buffer allows: a word with no byte below 0x20 (nearly
  // every word of text) is passed over in one test instead of four.
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >>> 2);
  const tail = head + words.length * 4;
  for (let i = 0; i < head; i++) if (bytes[i]! < 0x20) count(bytes[i]!);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // Exact test for "some byte < 0x20" (the classic has-less-than bit trick, valid below 0x80).
    if (((w - 0x20202020) & ~w & 0x80808080) === 0) continue;
    const at = head + k * 4;
    for (let i = at; i < at + 4; i++) if (bytes[i]! < 0x20) count(bytes[i]!);
  }
  for (let i = tail; i < bytes.length; i++) if (bytes[i]! < 0x20) count(bytes[i]!);
  return controlVerdict(nul, control, bytes.length);
}

/** Same as `controlBytesReason`, on decoded text (UTF-16 files, where bytes below 0x20 are normal). */
export function controlTextReason(text: string): string | null {
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20) continue;
    if (c === 0) nul++;
    else if (isStrayControl(c)) control++;
  }
  return controlVerdict(nul, control, text.length);
}

function controlVerdict(nul: number, control: number, total: number): string | null {
  if (total === 0 || (nul + control) / total <= MAX_CONTROL_SHARE) return null;
  return nul > 0 ? 'binary file (contains nul bytes), not text' : 'binary file (control characters), not text';
}
