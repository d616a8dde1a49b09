/**
 * An opencc-js Trie's `convert` and `segment`, with the same results, that step over text
 * where no dictionary word can start. opencc-js looks every character up in the trie's root
 * Map; most characters of a Traditional page start no word of a given stage (each stage's
 * words start with a few thousand characters), and most that do are one-character words
 * starting no longer one (the character tables). So a table read per code unit, the value
 * read off a second table for such a character, and `matchPrefix` only where a longer word
 * may start, does the same work two to three times faster.
 *
 * The trie's own method is used for a text holding an ideographic description character
 * (U+2FF0–U+2FFF): opencc-js steps over a whole description sequence there, and such texts
 * are too rare to mirror that rule.
 */
import type { DictLike, Trie } from 'opencc-js';

/** A trie's two operations, as fast versions (see the module comment). */
export interface FastTrie {
  convert: (text: string) => string;
  segment: (text: string) => string[];
}

/** The table's mark for a BMP character that is a word by itself and starts no longer word: its value is known. */
const WHOLE_WORD = 1;
/** The table's mark for an ideographic description character: the trie's own method takes over. */
const DESCRIPTION = 2;
/** The table's mark for a code unit that starts longer words: the trie is asked. */
const MAY_START = 3;

/** The source words of a dictionary, in either form opencc-js accepts. */
function dictWords(dict: DictLike): string[] {
  if (typeof dict !== 'string') return [...dict].map(([from]) => from);
  return dict.split('|').map((line) => line.split(' ')[0]);
}

/**
 * The table of word starts: WHOLE_WORD for a BMP character that is a one-character word and
 * starts no longer one, MAY_START at the first code unit of any other word (an astral
 * word: its high surrogate), DESCRIPTION at U+2FF0–U+2FFF.
 */
function startTable(dicts: readonly DictLike[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const dict of dicts) {
    for (const word of dictWords(dict)) {
      if (word.length === 0) continue;
      const first = word.charCodeAt(0);
      const alone = word.length === 1 && (first < 0xd800 || first > 0xdfff);
      if (!alone) table[first] = MAY_START;
      else if (table[first] === 0) table[first] = WHOLE_WORD;
    }
  }
  table.fill(DESCRIPTION, 0x2ff0, 0x3000);
  return table;
}

/**
 * The value of each WHOLE_WORD character, asked of the trie itself once: such a character's
 * node has no children, so wherever it stands in a text the trie matches it alone, to this.
 */
function wholeWordValues(trie: Trie, table: Uint8Array): Array<string | undefined> {
  const values = new Array<string | undefined>(0x10000).fill(undefined);
  for (let code = 0; code < 0x10000; code++) {
    if (table[code] !== WHOLE_WORD) continue;
    const ch = String.fromCharCode(code);
    const found = trie.matchPrefix(ch, 0);
    if (found === null || found.end !== 1) table[code] = MAY_START;
    else values[code] = found.value;
  }
  return values;
}

/** Code units one character takes at `i`: 2 for a surrogate pair, else 1 (opencc-js's own step). */
function step(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * The fast operations of `trie`, which must hold exactly the words of `dicts` (the
 * dictionaries it was loaded from): the table is built from them.
 */
export function fastTrie(trie: Trie, dicts: readonly DictLike[]): FastTrie {
  const table = startTable(dicts);
  const values = wholeWordValues(trie, table);
  /**
   * Walks `text` as opencc-js does, calling `onMatch` for each word found and `onRun` for
   * each stretch of text between words; false when a description character was met (the
   * caller then falls back on the trie's own method).
   */
  const walk = (
    text: string,
    onRun: (from: number, to: number) => void,
    onMatch: (from: number, to: number, value: string) => void,
  ): boolean => {
    const n = text.length;
    let run = 0;
    let i = 0;
    while (i < n) {
      const mark = table[text.charCodeAt(i)];
      if (mark === 0) {
        i += step(text, i);
        continue;
      }
      if (mark === DESCRIPTION) return false;
      if (mark === WHOLE_WORD) {
        if (run < i) onRun(run, i);
        onMatch(i, i + 1, values[text.charCodeAt(i)]!);
        i = run = i + 1;
        continue;
      }
      const found = trie.matchPrefix(text, i);
      if (found === null) {
        i += step(text, i);
        continue;
      }
      if (run < i) onRun(run, i);
      onMatch(i, found.end, found.value);
      i = run = found.end;
    }
    if (run < n) onRun(run, n);
    return true;
  };
  return {
    convert(text) {
      let out = '';
      const whole = walk(
        text,
        (from, to) => (out += text.slice(from, to)),
        (_from, _to, value) => (out += value),
      );
      return whole ? out : trie.convert(text);
    },
    segment(text) {
      const out: string[] = [];
      const push = (from: number, to: number) => out.push(text.slice(from, to));
      return walk(text, push, push) ? out : trie.segment(text);
    },
  };
}
