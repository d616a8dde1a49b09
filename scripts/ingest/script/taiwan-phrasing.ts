/**
 * Finding and replacing the phrases of the Taiwan table in one left-to-right,
 * longest-match pass, so counting (for detection), listing (for review) and replacing
 * always agree.
 */
import { Trie } from 'opencc-js';
import { traditionalToSimplified } from './opencc.ts';
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

const entries = new Map<string, PhraseEntry>();
for (const [taiwan, mainland] of TAIWAN_PHRASES) {
  if (entries.has(taiwan)) throw new Error(`taiwan-phrases: duplicate entry ${taiwan}`);
  const rewrites = traditionalToSimplified(taiwan) !== mainland;
  entries.set(taiwan, { taiwan, mainland, rewrites, isSignal: rewrites && !AMBIGUOUS_TAIWAN_PHRASES.has(taiwan) });
}

// The trie maps each Taiwan phrase to itself; `entries` holds what it means.
const trie = new Trie();
trie.loadDict([...entries.keys()].map((k) => [k, k] as [string, string]));

/** Calls `onHit` for each table phrase in `text`, left to right, longest match first. */
function scan(text: string, onHit: (entry: PhraseEntry, start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const hit = trie.matchPrefix(text, i);
    if (hit) {
      onHit(entries.get(hit.value)!, i, hit.end);
      i = hit.end;
    } else {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
}

/** Replaces every rewriting table phrase with its mainland form (in Simplified script). */
export function replaceTaiwanPhrases(text: string): string {
  let out = '';
  let last = 0;
  scan(text, (entry, start, end) => {
    if (!entry.rewrites) return;
    out += text.slice(last, start) + entry.mainland;
    last = end;
  });
  return last === 0 ? text : out + text.slice(last);
}

/** Number of unambiguous Taiwan-phrase hits: the evidence detection weighs. */
export function countTaiwanPhraseSignals(text: string): number {
  let hits = 0;
  scan(text, (entry) => {
    if (entry.isSignal) hits += 1;
  });
  return hits;
}

/** One table phrase found in a text, with how often; `guard` hits are left unchanged. */
export interface TaiwanPhraseHit {
  taiwan: string;
  mainland: string;
  count: number;
  guard: boolean;
}

/**
 * The table phrases found in a text, in order of first occurrence: what
 * `replaceTaiwanPhrases` rewrites and which guards kept a word, for review and reports.
 */
export function listTaiwanPhraseHits(text: string): TaiwanPhraseHit[] {
  const found = new Map<string, TaiwanPhraseHit>();
  scan(text, (entry) => {
    const seen = found.get(entry.taiwan);
    if (seen) seen.count += 1;
    else found.set(entry.taiwan, { taiwan: entry.taiwan, mainland: entry.mainland, count: 1, guard: !entry.rewrites });
  });
  return [...found.values()];
}
