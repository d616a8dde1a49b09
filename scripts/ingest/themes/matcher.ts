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
  next: Map<string, TrieNode>;
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
}

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
    const ch = word[k]; // UTF-16 units, as findMentions walks the text
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
  const starts = new Uint8Array(0x10000);
  for (const first of root.next.keys()) starts[first.charCodeAt(0)] = 1;
  return { root, themeIds: taxonomy.themes.map((t) => t.id), starts };
}

/** Every mention in `text`, sorted by position, never overlapping (see the module comment). */
export function findMentions(text: string, matcher: ThemeMatcher): Mention[] {
  const candidates: Mention[] = [];
  const protectedSpans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (matcher.starts[text.charCodeAt(i)] === 0 || QUOTES.has(text[i])) continue;
    let at: TrieNode | undefined = matcher.root;
    for (let j = i; j < text.length; j++) {
      if (j > i && QUOTES.has(text[j])) continue; // “新市民”子女 is 新市民子女
      at = at.next.get(text[j]);
      if (!at) break;
      if (at.protectedWord) protectedSpans.push([i, j + 1]);
      const entry = at.entries.find((e) => contextAllows(text, i, j + 1, e));
      if (entry) candidates.push({ start: i, end: j + 1, theme: entry.theme, matched: text.slice(i, j + 1) });
    }
  }
  const cuts = (m: Mention) => protectedSpans.some(([ps, pe]) => ps < m.end && m.start < pe && !(m.start <= ps && pe <= m.end));
  const taken = new Uint8Array(text.length);
  const chosen: Mention[] = [];
  const byLength = candidates.filter((m) => !cuts(m)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (taken.subarray(m.start, m.end).some((x) => x === 1)) continue;
    taken.fill(1, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
