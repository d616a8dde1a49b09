/**
 * Paragraph anchors that survive a re-clean. `#p-N` counts paragraphs, so a better cleaner
 * (a chrome line no longer taken for text, a paragraph split) renumbers every later one and a
 * citation made today would land on the wrong paragraph. A stable anchor is named by the
 * paragraph's own opening words instead: it stays the same wherever the paragraph moves, as
 * long as its opening is unchanged.
 *
 *   全面落实“双减”政策，学校课后服务实现全覆盖… → s-1f0c9a3e (the same as paragraph 6 or 9)
 */

/** How much of a paragraph names it: enough to tell paragraphs apart, little enough to survive a repair further on. */
const OPENING = 24;

/** FNV-1a, 32 bits: small, the same in Node and the browser, and stable across versions. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The stable anchors of a report's paragraphs, in order. Letters and digits only are read
 * (markup, punctuation and spaces a repair may change are not); two paragraphs that open
 * alike get -2, -3 … in text order.
 */
export function stableAnchors(paragraphs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paragraphs.map((text) => {
    const key = `s-${fnv1a([...text.replace(/[^\p{L}\p{N}]/gu, '')].slice(0, OPENING).join(''))}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  });
}
