/**
 * @fileoverview
 *
 * Removes a line written in Japanese kana, wherever it stands: a Taiwanese or mainland site's
 * offer of its Japanese edition. A Chinese report writes no kana; three of them make the line
 * Japanese, however many Han characters it shares with Chinese.
 *
 * e.g.
 * - before:
 *   こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。
 *   邱乾國任國教署長 林佳龍盼帶領國教升級
 * - after:
 *   邱乾國任國教署長 林佳龍盼帶領國教升級
 */
import type { LineRule } from '../rule.ts';

/** A hiragana or katakana letter (not the prolonged-sound mark or the middle dot, which are shared). */
const KANA = String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`;

export const kanaLine: LineRule = {
  kind: 'line',
  id: 'kana-line',
  description: "A line in Japanese (three kana or more): a site's offer of its Japanese edition.",
  pattern: new RegExp(`${KANA}.*${KANA}.*${KANA}`, 'u'),
};
