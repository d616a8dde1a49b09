/**
 * The ingest's Taiwan-phrase matcher (shared/opencc/taiwan-phrase-matcher.ts), on the full opencc-js
 * bundle: counting (for detection), listing (for review) and replacing.
 */
import { Trie } from 'opencc-js';
import { traditionalToSimplified } from './opencc.ts';
import { buildTaiwanPhraseMatcher, type TaiwanPhraseHit } from '../../../shared/opencc/taiwan-phrase-matcher.ts';

export type { TaiwanPhraseHit } from '../../../shared/opencc/taiwan-phrase-matcher.ts';

const matcher = buildTaiwanPhraseMatcher({ Trie }, traditionalToSimplified);

/** Replaces every rewriting table phrase with its mainland form (in Simplified script). */
export function replaceTaiwanPhrases(text: string): string {
  return matcher.replace(text);
}

/** Number of unambiguous Taiwan-phrase hits: the evidence detection weighs. */
export function countTaiwanPhraseSignals(text: string): number {
  return matcher.countSignals(text);
}

/**
 * The table phrases found in a text, in order of first occurrence: what
 * `replaceTaiwanPhrases` rewrites and which guards kept a word, for review and reports.
 */
export function listTaiwanPhraseHits(text: string): TaiwanPhraseHit[] {
  return matcher.listHits(text);
}
