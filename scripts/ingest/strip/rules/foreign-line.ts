/**
 * @fileoverview
 *
 * Removes a line in another language above the text: an English site's offer to switch
 * versions. Above its text a report has its title and its frame; a line of English words without one Han character, or one in Japanese kana,
 *  is the site's. Below the text it may be the report's own (a Macao release's Portuguese).
 *
 * e.g.
 * - before:
 *   Your browser does not appear to support Traditional Chinese. Would you like to go to …
 *   邱乾國任國教署長 林佳龍盼帶領國教升級
 * - after:
 *   邱乾國任國教署長 林佳龍盼帶領國教升級
 */
import type { LineRule } from '../rule.ts';

export const foreignLine: LineRule = {
  kind: 'line',
  id: 'foreign-line',
  description: 'A line in English above the Chinese text: a version switch.',
  region: 'head',
  pattern:
    // Five words with spaces between: a sentence, not a URL or a file name.
    /^(?!.*\p{Script=Han})(?=.*(?:[A-Za-z]{2,}[,.;:'’"”]?\s+){4}[A-Za-z]{2,})[^\n]*$/u,
};
