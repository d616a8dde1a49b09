/**
 * @fileoverview
 *
 * Removes a short line carrying an emoji at the page's edges: a site's slogan, ad or spam
 * banner. A bureau's report never writes emoji, and in a line this short they are the line.
 *
 * e.g.
 * - before:
 *   💇寻搜狐体育💪
 *   澎湃新闻从教育部获悉，近日，教育部办公厅印发《…》，
 * - after:
 *   澎湃新闻从教育部获悉，近日，教育部办公厅印发《…》，
 */
import type { LineRule } from '../rule.ts';

export const pictographLine: LineRule = {
  kind: 'line',
  id: 'pictograph-line',
  description: 'A short line with emoji above or below the text: a slogan, an ad, a spam banner.',
  region: 'edges',
  // © and ® are pictographs too, but they belong to copyright lines (./copyright-footer.ts).
  pattern: /^(?=.{1,30}$)(?=.*(?![©®])\p{Extended_Pictographic}).*$/u,
};
