/**
 * Theme mentions in one block of canonical text. Why a trie over the taxonomy's words and
 * not a word segmenter: Intl.Segmenter splits 双减 into 双/减 and 轮岗 into 轮/岗, so policy
 * terms must be matched as strings — with three rules that keep the matches honest:
 *
 *   1. longest match wins: 学科类校外培训机构 is one mention, not 校外培训 + 培训机构;
 *   2. no match cuts through a protected word: 学前教育集团办学 → 学前教育 + 集团办学
 *      (the 教育集团 inside it would cut 学前教育 in two);
 *   3. context variants (托管, 动态清零) count only when their context words are near.
 *
 * Quotation marks inside a term are skipped, so quoted forms count however they are quoted.
 *
 * Linear in the text length times the longest term's length.
 */
import type { Taxonomy } from '../../../shared/schemas/theme.ts';
import { contextAllows, type ContextRule } from './context.ts';

/** One way a theme is written, with the context it needs (if any). */
interface TermEntry extends ContextRule {
  theme: string;
}

/** A trie node while the taxonomy is compiled; `compileMatcher` then lays the trie out flat. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Theme terms ending here, in file order (the first whose context holds wins). */
  entries: TermEntry[];
  protectedWord: boolean;
}

/**
 * A compiled taxonomy: build once per run, match many blocks. The trie is laid out in typed
 * arrays, states numbered from 1 (0 is "no state"): every document's every character is
 * looked up in `first`, and a flat table keeps that look-up and the walk after it within a
 * few cache lines, where a trie of objects (a Map and arrays per node, a 65,536-slot array of
 * them at the root) had the walk chasing pointers across the heap between other stages'
 * tables (the stage ran about twice as fast flat, in a whole run).
 */
export interface ThemeMatcher {
  /** Theme ids in file order. */
  themeIds: string[];
  /** The state after one code unit, by code unit; 0 when no word starts with it (most positions). */
  first: Uint16Array;
  /** A state's children are `childCode`/`childState` from `childStart[state]` to `childStart[state + 1]`. */
  childStart: Uint32Array;
  childCode: Uint16Array;
  childState: Uint16Array;
  /** Per state: PROTECTED when a protected word ends there, HAS_ENTRIES when theme terms do. */
  info: Uint8Array;
  /** Per state: the theme terms ending there, in file order (the first whose context holds wins). */
  entries: Array<TermEntry[] | undefined>;
  /**
   * A bit per `pairHash` of every word's first two code units. Where a word may start, the
   * next unit almost never continues it (教 starts words, 教师 none): testing the pair first
   * lets the scan pass over nearly every position on one test of a table that stays in the
   * fastest cache, instead of a look-up, a branch it mispredicts often and a child search.
   */
  pairBits: Int32Array;
  /** True when some word is a single code unit: then no pair decides, and every position is walked. */
  singleUnitWords: boolean;
}

/** The index of a pair of code units in `pairBits` (any spread works: a collision only costs a walk). */
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

const PROTECTED = 1;
const HAS_ENTRIES = 2;

/** One mention: UTF-16 span in the block's text, the theme, and the words matched. */
export interface Mention {
  start: number;
  end: number;
  theme: string;
  matched: string;
}

function node(): TrieNode {
  return { next: new Map(), entries: [], protectedWord: false };
}

function insert(root: TrieNode, word: string): TrieNode {
  let at = root;
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k); // UTF-16 units, as findMentions walks the text
    let child = at.next.get(ch);
    if (!child) at.next.set(ch, (child = node()));
    at = child;
  }
  return at;
}

/** The quotes a taxonomy author may have typed around a term (“5+2”): matching ignores them. */
function bare(term: string): string {
  const stripped = term.replace(/^[“"「『‘']+|[”"」』’']+$/g, '');
  return stripped === '' ? term : stripped;
}

/**
 * Quotation marks are transparent inside a match: “双减” and “新市民”子女 count as 双减 and
 * 新市民子女. A match never starts on one (the opening quote stays outside the link).
 */
const QUOTES = new Set(['“', '”', '‘', '’', '「', '」', '『', '』', '"', "'"]);

/** The highest quote's code unit: every Han character is above it, so the table below is rarely read. */
const LAST_QUOTE = Math.max(...[...QUOTES].map((q) => q.charCodeAt(0)));

/** QUOTES as a table by code unit, up to LAST_QUOTE: the matcher tests every unit it walks over. */
const IS_QUOTE = (() => {
  const table = new Uint8Array(LAST_QUOTE + 1);
  for (const q of QUOTES) table[q.charCodeAt(0)] = 1;
  return table;
})();

function isQuote(code: number): boolean {
  return code <= LAST_QUOTE && IS_QUOTE[code] === 1;
}

/** Compiles the taxonomy's names, variants and protected words into one trie, laid out flat. */
export function compileMatcher(taxonomy: Taxonomy): ThemeMatcher {
  const root = node();
  for (const word of taxonomy.protected) insert(root, word).protectedWord = true;
  for (const theme of taxonomy.themes) {
    insert(root, bare(theme.name)).entries.push({ theme: theme.id });
    for (const v of theme.variants) {
      if (typeof v === 'string') insert(root, bare(v)).entries.push({ theme: theme.id });
      else
        insert(root, bare(v.term)).entries.push({
          theme: theme.id,
          requires: v.requires,
          excludes: v.excludes,
          window: v.window,
        });
    }
  }
  return flatten(
    root,
    taxonomy.themes.map((t) => t.id),
  );
}

/**
 * Numbers the states breadth-first (a state's children are consecutive, so one range
 * describes them) and fills the tables of ThemeMatcher. A quote never leads anywhere: the
 * walk skips quotes before looking for a child, as a term with a quote inside could never
 * be reached.
 */
function flatten(root: TrieNode, themeIds: string[]): ThemeMatcher {
  const order: TrieNode[] = [root];
  for (let k = 0; k < order.length; k++) for (const kid of order[k].next.values()) order.push(kid);
  if (order.length > 0xffff) throw new Error(`theme taxonomy too large for the matcher: ${order.length} trie states`);
  const stateOf = new Map(order.map((n, k) => [n, k]));
  const childStart = new Uint32Array(order.length + 1);
  const childCode = new Uint16Array(order.length);
  const childState = new Uint16Array(order.length);
  const info = new Uint8Array(order.length);
  const entries = new Array<TermEntry[] | undefined>(order.length).fill(undefined);
  let filled = 0;
  order.forEach((n, state) => {
    childStart[state] = filled;
    if (state > 0) {
      for (const [code, kid] of n.next) {
        childCode[filled] = code;
        childState[filled++] = stateOf.get(kid)!;
      }
    }
    info[state] = (n.protectedWord ? PROTECTED : 0) | (n.entries.length > 0 ? HAS_ENTRIES : 0);
    if (n.entries.length > 0) entries[state] = n.entries;
  });
  childStart[order.length] = filled;
  const first = new Uint16Array(0x10000);
  for (const [code, kid] of root.next) if (!isQuote(code)) first[code] = stateOf.get(kid)!;
  const pairBits = new Int32Array(0x10000 / 32);
  let singleUnitWords = false;
  for (const [code, kid] of root.next) {
    if (kid.protectedWord || kid.entries.length > 0) singleUnitWords = true;
    for (const second of kid.next.keys()) {
      const h = pairHash(code, second);
      pairBits[h >>> 5] |= 1 << (h & 31);
    }
  }
  return { themeIds, first, childStart, childCode, childState, info, entries, pairBits, singleUnitWords };
}

/** The child of `state` for `code`, or 0: a state has a handful of children, scanned. */
function childOf(m: ThemeMatcher, state: number, code: number): number {
  const end = m.childStart[state + 1];
  for (let k = m.childStart[state]; k < end; k++) if (m.childCode[k] === code) return m.childState[k];
  return 0;
}

/** Every mention in `text`, sorted by position, never overlapping (see the module comment). */
export function findMentions(text: string, matcher: ThemeMatcher): Mention[] {
  const candidates: Mention[] = [];
  /** Protected words found, as start, end, start, end …: no pair allocated per span. */
  const protectedSpans: number[] = [];
  const { first, info, pairBits } = matcher;
  const byPairs = !matcher.singleUnitWords;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (byPairs) {
      // Without one-unit words a match needs the next unit: none at the end, and else the
      // pair must begin a word, unless the next unit is a quote (the walk steps over it).
      if (i + 1 === n) break;
      const next = text.charCodeAt(i + 1);
      const h = pairHash(unit, next);
      if ((pairBits[h >>> 5] & (1 << (h & 31))) === 0 && !isQuote(next)) continue;
    }
    let state = first[unit];
    if (state === 0) continue;
    for (let j = i; ; ) {
      const flags = info[state];
      if (flags !== 0) {
        if ((flags & PROTECTED) !== 0) protectedSpans.push(i, j + 1);
        const entry = (flags & HAS_ENTRIES) === 0 ? undefined : firstAllowed(text, i, j + 1, matcher.entries[state]!);
        if (entry) candidates.push({ start: i, end: j + 1, theme: entry.theme, matched: text.slice(i, j + 1) });
      }
      let code = 0;
      do code = ++j < n ? text.charCodeAt(j) : -1;
      while (code !== -1 && isQuote(code)); // “新市民”子女 is 新市民子女
      if (code === -1) break;
      state = childOf(matcher, state, code);
      if (state === 0) break;
    }
  }
  const uncut = protectedSpans.length === 0 ? candidates : candidates.filter((m) => !cutsProtected(m, protectedSpans));
  // Most blocks have no candidate or one: nothing to choose between.
  if (uncut.length <= 1) return uncut;
  const taken = takenBuffer(n);
  const chosen: Mention[] = [];
  const byLength = uncut.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (isTaken(taken, m.start, m.end)) continue;
    taken.fill(1, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** True when `m` cuts through a protected span (overlaps it without containing it). */
function cutsProtected(m: Mention, protectedSpans: number[]): boolean {
  for (let k = 0; k < protectedSpans.length; k += 2) {
    const ps = protectedSpans[k];
    const pe = protectedSpans[k + 1];
    if (ps < m.end && m.start < pe && !(m.start <= ps && pe <= m.end)) return true;
  }
  return false;
}

/** The first entry whose context holds at [start, end), in file order. */
function firstAllowed(text: string, start: number, end: number, entries: TermEntry[]): TermEntry | undefined {
  for (const entry of entries) if (contextAllows(text, start, end, entry)) return entry;
  return undefined;
}

/**
 * One buffer for every call, grown when a longer text comes: a fresh typed array per block
 * is memory outside the JS heap, and thousands of them per second keep V8's collector busy.
 */
let scratch = new Uint8Array(4096);

/** A zeroed array of length `n`, a view on the shared buffer (valid until the next call). */
function takenBuffer(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
  const taken = scratch.subarray(0, n);
  taken.fill(0);
  return taken;
}

/** True when any unit of [start, end) is already part of a chosen mention. */
function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k] === 1) return true;
  return false;
}
