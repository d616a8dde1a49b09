/**
 * The words the heading-end finder (./heading-end.ts) looks for, written once in Simplified.
 * It needs them in every script a source may be in, since structure runs before script
 * conversion: `inBothScripts` makes the Taiwan and OpenCC Traditional forms, and
 * ./generate-heading-words.ts writes its result to ./heading-words-both.ts, which the
 * finder reads (a test checks that file against these lists and opencc).
 */

/** Words that open a paragraph and practically never end a heading (Simplified). */
export const OPENERS_HANS = [
  '持续',
  '深入',
  '加大',
  '积极',
  '通过',
  '为了',
  '为进一步',
  '我们',
  '我区',
  '我市',
  '我县',
  '我镇',
  '我局',
  '我国',
  '教育部门',
  '教育局',
  '各级各类',
  '近年来',
  '近几年',
  '今年',
  '去年',
  '目前',
  '当前',
  '随着',
  '根据',
  '按照',
  '围绕',
  '着力',
  '大力',
  '切实',
  '认真',
  '始终',
  '紧紧',
  '本次',
  '本报告',
  '本文',
  '针对',
  '结合',
  '依托',
  '坚持以',
  '全市',
  '全区',
  '全县',
  '全镇',
  '优化普通',
  '注重',
  '在全市',
  '在全区',
  '在全县',
  '现将',
  '以下是',
  '下面是',
  '首先',
  '一是',
  '一方面',
  '主要',
  '建立健全',
  '是促进',
  '重点',
  '推行',
  '开展了',
  '实施了',
  '建立了',
  '完善了',
  '加强了',
  '深化',
  '积极推进',
  '过去的一年',
  '过去一年',
  '本年度',
  '关注',
];
/** Headings that are complete in one word: 四、结语教育是国之大计… → 四、结语 | 教育是… */
export const WHOLE_HEADINGS_HANS = ['结语', '结束语', '前言', '引言', '概述', '小结', '总结', '展望', '背景'];

/** The words, then each one's Taiwan and OpenCC Traditional forms, without repeats, in that order. */
export function inBothScripts(
  words: string[],
  toTaiwan: (text: string) => string,
  toTraditional: (text: string) => string,
): string[] {
  return [...new Set(words.flatMap((w) => [w, toTaiwan(w), toTraditional(w)]))];
}
