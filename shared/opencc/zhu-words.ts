/**
 * Taiwan writes one character, 著, where the mainland writes 着 (zhe/zhuó: 隨著, 著力,
 * 看著) or 著 (zhù, "to write; prominent": 著作, 顯著). opencc's Taiwan-variant table turns
 * 著 into 着 except in the words it lists; these are the zhù words it misses, kept as 著.
 * Pairs are [Taiwan Traditional, OpenCC Traditional], fed to the first opencc stage.
 */
import type { DictLike } from 'opencc-js';

export const ZHU_WORDS: DictLike = [
  ['卓著', '卓著'], // outstanding (成绩卓著); opencc gives 卓着
  ['原著', '原著'], // the original work
  ['專著', '專著'], // monograph
  ['論著', '論著'], // treatise
  ['討論著', '討論着'], // …but 討論著 is 讨论 + progressive 着
  ['議論著', '議論着'],
  ['爭論著', '爭論着'],
  ['談論著', '談論着'],
  ['評論著', '評論着'],
  ['編著', '編著'], // compiled and written by
  ['譯著', '譯著'], // translated works
  ['遺著', '遺著'], // posthumous work
  ['拙著', '拙著'], // "my humble work"
  ['土著', '土著'], // indigenous
];
