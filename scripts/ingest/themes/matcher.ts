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
import type { Taxonomy } from '../../../src/schemas/theme.ts';
import { contextAllows, type ContextRule } from './context.ts';

/** One way a theme is written, with the context it needs (if any). */
interface TermEntry extends ContextRule {
  theme: string;
}

interface TrieNode {
  /** Children keyed by UTF-16 code unit: a number key needs no one-character string per step. */
  next: Map<number, TrieNode>;
  /**
   * The same children as two parallel arrays, filled once the trie is built: below the root
   * a node has a handful of children (at most about ten), and scanning them is cheaper
   * than hashing into a Map, the walk's main cost (the stage ran about a fifth faster).
   */
  codes: number[];
  kids: TrieNode[];
  /** Theme terms ending here, in file order (the first whose context holds wins). */
  entries: TermEntry[];
  protectedWord: boolean;
}

/** A compiled taxonomy: build once per run, match many blocks. */
export interface ThemeMatcher {
  root: TrieNode;
  /** Theme ids in file order. */
  themeIds: string[];
  /** 1 at the code unit of every character a word can start with: most positions skip at once. */
  starts: Uint8Array;
  /** The root's children by code unit (the root has one per starting character: too many to scan). */
  firstNodes: Array<TrieNode | undefined>;
}

/** One mention: UTF-16 span in the block's text, the theme, and the words matched. */
export interface Mention {
  start: number;
  end: number;
  theme: string;
  matched: string;
}

function node(): TrieNode {
  return { next: new Map(), codes: [], kids: [], entries: [], protectedWord: false };
}

/** Fills every node's child arrays from its Map, once the trie is complete. */
function freeze(at: TrieNode): void {
  for (const [code, kid] of at.next) {
    at.codes.push(code);
    at.kids.push(kid);
    freeze(kid);
  }
}

/** The child of `at` for `code`, if any. */
function childOf(at: TrieNode, code: number): TrieNode | undefined {
  const codes = at.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return at.kids[k];
  return undefined;
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

/** QUOTES as a table by code unit: the matcher tests every unit it walks over. */
const IS_QUOTE = (() => {
  const table = new Uint8Array(0x10000);
  for (const q of QUOTES) table[q.charCodeAt(0)] = 1;
  return table;
})();

/** Compiles the taxonomy's names, variants and protected words into one trie. */
export function compileMatcher(taxonomy: Taxonomy): ThemeMatcher {
  const root = node();
  for (const word of taxonomy.protected) insert(root, word).protectedWord = true;
  for (const theme of taxonomy.themes) {
    insert(root, bare(theme.name)).entries.push({ theme: theme.id });
    for (const v of theme.variants) {
      if (typeof v === 'string') insert(root, bare(v)).entries.push({ theme: theme.id });
      else insert(root, bare(v.term)).entries.push({ theme: theme.id, requires: v.requires, excludes: v.excludes, window: v.window });
    }
  }
  freeze(root);
  const starts = new Uint8Array(0x10000);
  const firstNodes = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const [first, kid] of root.next) {
    starts[first] = 1;
    firstNodes[first] = kid;
  }
  return { root, themeIds: taxonomy.themes.map((t) => t.id), starts, firstNodes };
}

/** Every mention in `text`, sorted by position, never overlapping (see the module comment). */
export function findMentions(text: string, matcher: ThemeMatcher): Mention[] {
  const candidates: Mention[] = [];
  const protectedSpans: Array<[number, number]> = [];
  const { starts, firstNodes } = matcher;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const first = text.charCodeAt(i);
    if (starts[first] === 0 || IS_QUOTE[first] === 1) continue;
    let at: TrieNode | undefined;
    for (let j = i; j < n; j++) {
      if (j === i) at = firstNodes[first];
      else {
        const code = text.charCodeAt(j);
        if (IS_QUOTE[code] === 1) continue; // “新市民”子女 is 新市民子女
        at = childOf(at!, code);
      }
      if (!at) break;
      if (at.protectedWord) protectedSpans.push([i, j + 1]);
      const entry = at.entries.length === 0 ? undefined : firstAllowed(text, i, j + 1, at.entries);
      if (entry) candidates.push({ start: i, end: j + 1, theme: entry.theme, matched: text.slice(i, j + 1) });
    }
  }
  if (candidates.length === 0) return candidates;
  const cuts = (m: Mention) => protectedSpans.some(([ps, pe]) => ps < m.end && m.start < pe && !(m.start <= ps && pe <= m.end));
  const taken = takenBuffer(n);
  const chosen: Mention[] = [];
  const byLength = candidates.filter((m) => !cuts(m)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (isTaken(taken, m.start, m.end)) continue;
    taken.fill(1, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
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
