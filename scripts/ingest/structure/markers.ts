/**
 * Official heading numbering (GB/T 9704-2012) and the forms scraped copies use:
 *   一、 → level 1   （一） (一) → level 2   1. 1． 1、 ⒈ → level 3   （1） (1) ⑴ → level 4
 */

/** A numbering marker found at a position: its level and its length in characters. */
export interface Marker {
  level: 1 | 2 | 3 | 4;
  length: number;
}

const PATTERNS: Array<{ level: Marker['level']; pattern: RegExp }> = [
  { level: 1, pattern: /^[一二三四五六七八九十]{1,3}、/ },
  { level: 2, pattern: /^[（(][一二三四五六七八九十]{1,3}[)）]/ },
  { level: 3, pattern: /^(?:\d{1,2}[.．、](?![\d.．])\s?|[⒈-⒛])/ },
  { level: 4, pattern: /^(?:[（(]\d{1,2}[)）]|[⑴-⒇])/ },
];

/** The numbering marker starting at `index` of `text`, if any. */
export function markerAt(text: string, index: number): Marker | null {
  const rest = text.slice(index, index + 8);
  for (const { level, pattern } of PATTERNS) {
    const m = pattern.exec(rest);
    if (m) return { level, length: m[0].length };
  }
  return null;
}
