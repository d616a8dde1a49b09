/**
 * Script stage: decides whether a source is Simplified, Traditional or Taiwan-phrased
 * Traditional, and gives its canonical text in mainland Simplified Chinese. Simplified
 * sources pass through untouched: their 资料, 档案, 文件, 支援 are the author's words.
 */
import { countScriptChars } from './script/char-evidence.ts';
import type { ScriptCharCounts } from './script/char-evidence.ts';
import { traditionalToSimplified } from './script/opencc.ts';
import { countTaiwanPhraseSignals, replaceTaiwanPhrases } from './script/taiwan-phrasing.ts';
import type { Script } from './types.ts';

export { charScript, countScriptChars } from './script/char-evidence.ts';
export type { CharScript, ScriptCharCounts } from './script/char-evidence.ts';
export { listTaiwanPhraseHits } from './script/taiwan-phrasing.ts';
export type { TaiwanPhraseHit } from './script/taiwan-phrasing.ts';

/**
 * Unambiguous Taiwan-phrase hits per 1,000 Han characters from which a Traditional text
 * counts as Taiwan-phrased. Seed 003 has about 13; seeds 000 and 001 have none. One hit
 * is always enough for a text under 1,000 Han characters (a title like 寬頻網路覆蓋率).
 */
const TAIWAN_SIGNALS_PER_THOUSAND = 1;

/** The evidence `detectScript` decides on, exposed so callers can record why. */
export interface ScriptEvidence extends ScriptCharCounts {
  /** Unambiguous Taiwan-phrase hits (ambiguous ones such as 品質, 支援 not counted). */
  taiwanPhrases: number;
}

/** Counts the evidence for `detectScript`: script-specific characters and Taiwan phrases. */
export function scriptEvidence(text: string): ScriptEvidence {
  return { ...countScriptChars(text), taiwanPhrases: countTaiwanPhraseSignals(text) };
}

/**
 * Detects a text's script by majority: Traditional when it has more traditional-only than
 * simplified-only characters (so a few Simplified chrome lines in a Traditional page do
 * not flip it), otherwise Simplified, which is also the answer for ties and texts without
 * Han characters since Simplified needs no conversion. A Traditional text is
 * Taiwan-phrased when Taiwan-only phrases (寬頻, 專案, 水準, 幼稚園 …) reach
 * TAIWAN_SIGNALS_PER_THOUSAND per 1,000 Han characters, and at least one.
 */
export function detectScript(text: string): Script {
  const chars = countScriptChars(text);
  if (chars.traditional <= chars.simplified) return 'Hans';
  const signals = countTaiwanPhraseSignals(text);
  const isTaiwanPhrased = signals > 0 && signals * 1000 >= chars.han * TAIWAN_SIGNALS_PER_THOUSAND;
  return isTaiwanPhrased ? 'Hant-TW' : 'Hant';
}

/**
 * Canonical mainland Simplified text for a source in `script`. Simplified text is returned
 * as is (any conversion would rewrite the author's vocabulary). Traditional text gets
 * character and variant conversion with mainland 着 (隨著→随着, 著作 stays 著作) and no
 * vocabulary changes (資料→资料, 文件→文件). Taiwan-phrased text first has its Taiwan
 * phrases replaced from the reviewed table (品質→质量, 專案→项目, 支援→支持 …).
 */
export function toSimplified(text: string, script: Script): string {
  switch (script) {
    case 'Hans':
      return text;
    case 'Hant':
      return traditionalToSimplified(text);
    case 'Hant-TW':
      return traditionalToSimplified(replaceTaiwanPhrases(text));
  }
}
