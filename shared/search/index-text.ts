/**
 * The text Pagefind indexes, and back. Every run of Chinese characters is written as its
 * overlapping character pairs followed by its last character; other text stays as it is.
 *
 *   推进集团化办学。  →  推进 进集 集团 团化 化办 办学 学 。
 *
 * Why not Pagefind's own Chinese indexing: it cuts text into words with one segmenter at index
 * time and the browser cuts the query with another (Intl.Segmenter), so a phrase is found only
 * where both cut alike, and it ANDs the words anywhere on a page: 集团化办学 came back for 535
 * of 1,000 reports of which none held the phrase. Pairs need no segmenter: a report holds a
 * phrase only if it holds every pair of it, so asking for some of the pairs never loses a
 * report, and the rarest pairs (those across word boundaries: 团化, 化办) are nearly as
 * selective as the phrase. The trailing single character ends the run, which makes the
 * encoding reversible: the index step decodes Pagefind's stored text into the result texts the
 * search page checks and quotes (scripts/search-index/write-result-texts.ts).
 *
 * The index is built in a language Pagefind does not segment (`und`), see
 * scripts/search-index/.
 */
import { isHan, isHanCodePoint } from '../han.ts';

/** A run of Chinese characters, or a run of anything else. */
const RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

/**
 * Full-width letters and digits (Ａ ｇ １) as their ASCII forms. Pagefind indexes a word's
 * letters and digits as they are, so a report's ２０２１ and a query's 2021 would be different
 * words; the verbatim check (./text-match.ts) treats them as the same, and so must the index.
 * Full-width punctuation (，。％) is left alone: it is the report's punctuation, and the
 * index ignores it in a word.
 */
export function halfWidthAlnum(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The index tokens of `text`, in order: pairs and a final character per Chinese run, other
 * words as they are but with full-width letters and digits made half-width.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(RUNS)) {
    if (isHan(run)) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      out.push(chars[chars.length - 1]);
    } else {
      for (const word of halfWidthAlnum(run).split(/\s+/)) if (word) out.push(word);
    }
  }
  return out;
}

/** The text to hand Pagefind for `text`: its index tokens, separated by spaces. */
export function encodeForIndex(text: string): string {
  return indexTokens(text).join(' ');
}

/** 2 when `token` is a pair of Chinese characters, 1 when it is one, else 0; `first` gets the first one's length. */
function hanToken(token: string, first: { length: number }): 0 | 1 | 2 {
  const a = token.codePointAt(0)!;
  const la = a > 0xffff ? 2 : 1;
  if (token.length > la + 2 || !isHanCodePoint(a)) return 0;
  first.length = la;
  if (token.length === la) return 1;
  const b = token.codePointAt(la)!;
  return token.length === la + (b > 0xffff ? 2 : 1) && isHanCodePoint(b) ? 2 : 0;
}

/**
 * The text back from its index tokens (Pagefind's stored `content`, or an anchor's text).
 * Spaces between Chinese and other text are not kept (2021 年 → 2021年); compare with
 * {@link canonicalText} on both sides. Written with code points and a lookup table rather
 * than a regular expression per character: the index step decodes every report (10,000 at a
 * time in the benchmark).
 */
export function decodeIndexed(content: string): string {
  let out = '';
  let run = '';
  let lastWasWord = false;
  const first = { length: 0 };
  for (const token of content.split(/[\s\u200b]+/)) {
    if (!token) continue;
    const han = hanToken(token, first);
    if (han === 2) {
      run += token.slice(0, first.length);
      continue;
    }
    if (han === 1) {
      out += run + token;
      run = '';
      lastWasWord = false;
      continue;
    }
    // Anything else is a word of other text (a run cut short would be flushed as it is).
    out += run;
    run = '';
    out += (lastWasWord ? ' ' : '') + token;
    lastWasWord = true;
  }
  return out + run;
}

/** `text` as it reads after a round trip through the index: how search compares strings. */
export function canonicalText(text: string): string {
  return decodeIndexed(encodeForIndex(text));
}
