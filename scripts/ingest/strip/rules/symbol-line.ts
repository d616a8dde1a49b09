/**
 * @fileoverview
 *
 * Removes a line with no letter or digit at all (`|`, `||||`, `>>`, `• •`, `✂`): what is left
 * of a site's table borders, separators and icons once the page is turned into text.
 *
 * e.g.
 * - before:
 *   ||||||||||||
 *   本报讯 9月2日,经开区教文体局召开机关全体干部大会…
 * - after:
 *   本报讯 9月2日,经开区教文体局召开机关全体干部大会…
 */
import type { LineRule } from '../rule.ts';

export const symbolLine: LineRule = {
  kind: 'line',
  id: 'symbol-line',
  description: 'A line of table borders, separators or icons, without a letter or digit.',
  // A line of mask marks only (×, ***, ____) is a template's placeholder, the report's.
  // A lone bar between a flattened table's cells is the table's (../../repair/flattened-cells.ts).
  // A long row of asterisks (a press release's rule under its headline) is no mask.
  pattern: /^(?![\s×*＊○_＿]+$)(?!\s*[|｜]\s*$)[^\p{L}\p{N}]+$|^\s*[*＊]{8,}\s*$/u,
};
