/**
 * Truncation: a document whose text stops mid-sentence, as previews on document-sharing
 * sites do. Before → verdict:
 *
 *   …面對新的形勢與挑戰,我            →  truncated (seed 000)
 *   …学前教育普及普惠水平全市领先。   →  complete
 *   …请批评指正。 / XX市教育局 / 2023年1月5日  →  complete (sign-off lines are skipped)
 */

/** Sentence-final punctuation, in either width (seed 000 turned some into ASCII). */
const TERMINAL = /[。！？!?；;…．.]$/;
/** Closers that may follow the final punctuation: `…。”`, `…。）`. */
const CLOSERS = /[”’」』"')）】》\s]+$/;
/** `（完）`, `（全文完）`, `(略)`: an explicit end. */
const EXPLICIT_END = /[（(](?:全文)?[完略][)）]$/;
/** A date line under the text: 2023年1月5日, XXXX年X月X日, 二〇二三年一月五日. */
const DATE_LINE =
  /^[\s\dXx×〇零一二三四五六七八九十○]{2,4}年[\s\dXx×〇零一二三四五六七八九十]{1,3}月([\s\dXx×〇零一二三四五六七八九十]{1,3}日)?$/;
/** A signature line: a short name of an office, with no punctuation. */
const SIGNATURE_LINE = /^[^，。,;；：:！？!?]{2,24}(?:局|委员会|教委|政府|办公室|学校|中心|厅|处|科|室)$/;

/** True for the lines an official text closes with after its last sentence. */
export function isSignOffLine(text: string): boolean {
  const t = text.trim();
  return DATE_LINE.test(t) || SIGNATURE_LINE.test(t);
}

/** True when a paragraph's text ends without sentence-final punctuation. */
export function endsMidSentence(text: string): boolean {
  const t = text.trimEnd();
  if (t === '') return false;
  if (EXPLICIT_END.test(t)) return false;
  return !TERMINAL.test(t.replace(CLOSERS, ''));
}

/**
 * Whether the document stops mid-sentence, judged on its last block after skipping
 * sign-off lines (up to three). A document that ends on a heading also counts: the
 * section it opens is missing. Returns the block index that was judged, or -1.
 */
export function truncatedAt(blocks: ReadonlyArray<{ kind: string; text: string }>): number {
  let i = blocks.length - 1;
  for (
    let skipped = 0;
    i >= 0 && skipped < 3 && blocks[i].kind === 'paragraph' && isSignOffLine(blocks[i].text);
    skipped++
  )
    i--;
  while (i >= 0 && blocks[i].text.trim() === '') i--;
  if (i < 0) return -1;
  const last = blocks[i];
  return last.kind === 'heading' || endsMidSentence(last.text) ? i : -1;
}
