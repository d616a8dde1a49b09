/**
 * @fileoverview
 *
 * Removes the keyword line a hijacker plants in a page (a bureau's site taken over by a
 * video or gambling site): two or more of the spam words on one line, wherever it stands.
 * Being long and full of commas, it looks like prose to every other test.
 *
 * e.g.
 * - before:
 *   焖骚寡妇影院,精产国品一二三产区入口网站,插我一区二区在线观看,亚洲av无码专区国产不卡顿
 *   番禺区2024年教育工作会议召开
 * - after:
 *   番禺区2024年教育工作会议召开
 */
import type { LineRule } from '../rule.ts';

export const spamKeywords: LineRule = {
  kind: 'line',
  id: 'spam-keywords',
  description: 'A hijacker’s line of spam keywords (…影院, …在线观看, …无码…).',
  // Two spam words and no sentence or list in the line: a body line the hijacker spliced a
  // word into (…张家港市政府门户网站…赌场…、…。) keeps its text.
  pattern: /^(?!.*[。、])(?:.*?(?:影院|在线观看|无码|\bav\b|色情|赌场|博彩|娱乐城|彩票|体育app|官网入口)){2,}/i,
};
