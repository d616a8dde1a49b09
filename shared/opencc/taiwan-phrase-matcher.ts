/**
 * Finding and replacing the phrases of the Taiwan table (./taiwan-phrases.ts) in one
 * left-to-right, longest-match pass, so counting (for detection), listing (for review) and
 * replacing always agree. Built from whichever opencc-js bundle the caller has, like
 * ./chain.ts: the ingest passes the full one (scripts/ingest/script/taiwan-phrasing.ts), the
 * search page's query converter its small one (../search/to-simplified.ts), so a query is rewritten from the
 * same table with the same matching. No runtime import of opencc-js here: only types.
 */
import type { ConverterFunction } from 'opencc-js';
import type { OpenCC } from './chain.ts';
import { AMBIGUOUS_TAIWAN_PHRASES, TAIWAN_PHRASES } from './taiwan-phrases.ts';

/** One table entry as matched: a guard's mainland side equals its plain conversion. */
interface PhraseEntry {
  taiwan: string;
  mainland: string;
  /** False for guards: the text only changes script, not wording. */
  rewrites: boolean;
  /** True when a hit counts as evidence of Taiwan phrasing. */
  isSignal: boolean;
}

/** One table phrase found in a text, with how often; `guard` hits are left unchanged. */
export interface TaiwanPhraseHit {
  taiwan: string;
  mainland: string;
  count: number;
  guard: boolean;
}

export interface TaiwanPhraseMatcher {
  /**
   * Replaces every rewriting table phrase with its mainland form (in Simplified script); with
   * `signalsOnly`, only the unambiguous ones (not AMBIGUOUS_TAIWAN_PHRASES), which mean the
   * mainland word whatever text they stand in.
   */
  replace: (text: string, options?: { signalsOnly?: boolean }) => string;
  /** Number of unambiguous Taiwan-phrase hits: the evidence detection weighs. */
  countSignals: (text: string) => number;
  /**
   * The table phrases found in a text, in order of first occurrence: what `replace`
   * rewrites and which guards kept a word, for review and reports.
   */
  listHits: (text: string) => TaiwanPhraseHit[];
}

/** Builds the matcher; `toSimplified` is the Traditional→Simplified chain (./chain.ts) of the same bundle. */
export function buildTaiwanPhraseMatcher(
  opencc: Pick<OpenCC, 'Trie'>,
  toSimplified: ConverterFunction,
): TaiwanPhraseMatcher {
  const entries = new Map<string, PhraseEntry>();
  for (const [taiwan, mainland] of TAIWAN_PHRASES) {
    if (entries.has(taiwan)) throw new Error(`taiwan-phrases: duplicate entry ${taiwan}`);
    const rewrites = toSimplified(taiwan) !== mainland;
    entries.set(taiwan, { taiwan, mainland, rewrites, isSignal: rewrites && !AMBIGUOUS_TAIWAN_PHRASES.has(taiwan) });
  }

  // The trie maps each Taiwan phrase to itself; `entries` holds what it means.
  const trie = new opencc.Trie();
  trie.loadDict([...entries.keys()].map((k) => [k, k] as [string, string]));

  /** Calls `onHit` for each table phrase in `text`, left to right, longest match first. */
  const scan = (text: string, onHit: (entry: PhraseEntry, start: number, end: number) => void): void => {
    for (let i = 0; i < text.length; ) {
      const hit = trie.matchPrefix(text, i);
      if (hit) {
        onHit(entries.get(hit.value)!, i, hit.end);
        i = hit.end;
      } else {
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      }
    }
  };

  return {
    replace: (text, { signalsOnly = false } = {}) => {
      let out = '';
      let last = 0;
      scan(text, (entry, start, end) => {
        if (!(signalsOnly ? entry.isSignal : entry.rewrites)) return;
        out += text.slice(last, start) + entry.mainland;
        last = end;
      });
      return last === 0 ? text : out + text.slice(last);
    },
    countSignals: (text) => {
      let hits = 0;
      scan(text, (entry) => {
        if (entry.isSignal) hits += 1;
      });
      return hits;
    },
    listHits: (text) => {
      const found = new Map<string, TaiwanPhraseHit>();
      scan(text, (entry) => {
        const seen = found.get(entry.taiwan);
        if (seen) seen.count += 1;
        else
          found.set(entry.taiwan, { taiwan: entry.taiwan, mainland: entry.mainland, count: 1, guard: !entry.rewrites });
      });
      return [...found.values()];
    },
  };
}
