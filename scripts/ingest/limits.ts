/**
 * How big a source may be. A real report is far inside these: a 300-page report is about
 * 250,000 characters in some 10,000 lines, and its PDF a few megabytes. Past them a file is
 * no report but a dump, and would cost the ingest and the analysis more memory than a
 * build machine has; it is skipped with its reason. The README states the same figures.
 */

/** Bytes a source file may have; a larger one is not read at all. */
export const MAX_SOURCE_BYTES = 32 * 2 ** 20;
/** Characters of decoded text a source may have. */
export const MAX_TEXT_CHARACTERS = 1_000_000;
/** Lines of decoded text a source may have. */
export const MAX_TEXT_LINES = 100_000;

/** Why a decoded text is too long to process, or null. */
export function textTooLong(text: string): string | null {
  if (text.length > MAX_TEXT_CHARACTERS)
    return `text too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARACTERS.toLocaleString('en')})`;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_TEXT_LINES) return `text too long (over ${MAX_TEXT_LINES.toLocaleString('en')} lines)`;
  }
  return null;
}
