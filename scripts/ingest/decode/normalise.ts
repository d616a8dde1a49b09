/**
 * The one normalisation every decoded source gets. It keeps line numbers: line N of the result
 * is line N of the file as an editor shows it. It changes no other characters (no NFC/NFKC,
 * which would rewrite CJK compatibility ideographs).
 */

/**
 * Strips a leading BOM, turns CRLF and lone CR into LF, removes NUL and the other C0 control
 * characters except \t and \n, and trims trailing whitespace (incl. U+3000, NBSP) from each
 * line. Leading indentation and blank lines stay.
 */
export function normaliseText(text: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (/[\x00-\x08\x0b-\x1f]/.test(s)) s = s.replace(/[\x00-\x08\x0b-\x1f]+/g, '');
  return trimLineEnds(s);
}

/** True for the whitespace trimmed from line ends: ASCII blanks, NBSP, ideographic and other Unicode spaces, stray BOMs. */
export function isBlankChar(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}

/** True when normalised text has nothing but blanks and line breaks. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && !isBlankChar(code)) return false;
  }
  return true;
}

/** Removes blanks before each \n and at the end, in one linear pass (no regex backtracking on long blank runs). */
function trimLineEnds(text: string): string {
  const parts: string[] = [];
  let copiedUpTo = 0;
  let lineEnd = text.indexOf('\n');
  for (;;) {
    const end = lineEnd === -1 ? text.length : lineEnd;
    let keep = end;
    while (keep > copiedUpTo && isBlankChar(text.charCodeAt(keep - 1))) keep--;
    if (keep < end) {
      parts.push(text.slice(copiedUpTo, keep));
      copiedUpTo = end;
    }
    if (lineEnd === -1) break;
    lineEnd = text.indexOf('\n', lineEnd + 1);
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copiedUpTo));
  return parts.join('');
}
