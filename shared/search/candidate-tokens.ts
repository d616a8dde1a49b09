/**
 * Which index tokens (./index-text.ts) to ask Pagefind for, for one search term. Every report
 * holding the term holds all of its pairs, so any subset finds them all; the page then checks
 * the term verbatim. The subset is chosen to fetch little: pairs inside a word (教师, 交流,
 * 办学) sit in nearly every report and their postings are the largest files a search loads
 * (教师: 399 kB at 10,000 reports), while pairs across word boundaries (师交, 流轮) are rare.
 *
 *   教师交流轮岗 → words 教师|交流|轮|岗 → 师交, "流轮 轮岗"
 *   集团化办学   → words 集团|化|办学     → "团化 化办"
 *   双减         → one word              → 双减
 *
 * A term of one Chinese character has no pair: Pagefind's prefix search cannot list every
 * pair that starts with it, so such a term gets no tokens and the page checks reports one by one.
 */
import { fold } from './text-match.ts';
import { indexTokens } from './index-text.ts';

const HAN_PAIR = /^\p{Script=Han}{2}$/u;
const HAN_ONE = /^\p{Script=Han}$/u;

/**
 * Whether the search page may ever ask Pagefind for this index token: every token but a single
 * Chinese character (see {@link candidateGroups}). The index step drops single characters
 * from the index (scripts/search-index/index-chunks.ts): 9 % of its postings, which no search
 * fetches.
 */
export function isSearchedToken(token: string): boolean {
  return !HAN_ONE.test(token);
}

/**
 * The word Pagefind's index holds for a token of other text (`“*+N”`, `<img`, `100%，`):
 * its letters and digits, lower-cased, full-width ones made half-width. Pagefind's indexer
 * keeps only those characters of a word (`“*+N”` → `n`, `<img` → `img`), but its query
 * parser drops only punctuation and keeps symbols, so `+N` or `<img` asked for as typed was
 * looked up as `+n` or `<img`, a word no index holds. Empty when the token has no letter or
 * digit (`+`, `%`): such text is left to the verbatim check.
 */
export function indexedWord(token: string): string {
  return fold(token).replace(/[^\p{Alphabetic}\p{N}]/gu, '');
}

/** Word boundaries of `text` as code-point offsets, from the browser's segmenter when it has one. */
export function wordBoundaries(text: string): Set<number> {
  const cuts = new Set<number>();
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return cuts;
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    offset += [...segment].length;
    cuts.add(offset);
  }
  return cuts;
}

/** Consecutive tokens searched together, and where they sit in the term. */
export interface TokenGroup {
  tokens: string[];
  /** Which Chinese run of the term the pairs come from (0, 1, …); -1 for other text. */
  run: number;
  /** Index of the first pair among the run's tokens: pairs of one run sit at fixed distances. */
  at: number;
}

/**
 * The token groups to search for `term`; empty when the index cannot narrow it down. A group
 * of several pairs is consecutive in the term, so it is searched as an exact phrase (the
 * pairs at consecutive positions: 团化 化办 means 团化办, not 团化 here and 优化办学 there).
 */
export function candidateGroups(
  term: string,
  boundaries: (text: string) => Set<number> = wordBoundaries,
): TokenGroup[] {
  const groups: TokenGroup[] = [];
  const others: TokenGroup[] = [];
  let runs = 0;
  for (const [run] of term.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    const tokens = indexTokens(run);
    if (!tokens.some((t) => HAN_PAIR.test(t) || HAN_ONE.test(t))) {
      others.push(
        ...tokens
          .map(indexedWord)
          .filter(Boolean)
          .map((t) => ({ tokens: [t], run: -1, at: 0 })),
      );
      continue;
    }
    const cuts = boundaries(run);
    const pairs = tokens
      .map((token, i) => ({ token, i, across: cuts.has(i + 1) }))
      .filter((p) => HAN_PAIR.test(p.token));
    const chosen = pairs.some((p) => p.across) ? pairs.filter((p) => p.across) : pairs;
    let last = -2;
    for (const p of chosen) {
      if (p.i === last + 1) groups[groups.length - 1].tokens.push(p.token);
      else groups.push({ tokens: [p.token], run: runs, at: p.i });
      last = p.i;
    }
    runs += 1;
  }
  return [...groups, ...others];
}
