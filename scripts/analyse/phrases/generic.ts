/**
 * Generic official wording (高度重视, 进一步加强, 取得了显著成效 …) versus policy terms. A
 * phrase is generic when it can be written entirely with the generic vocabulary below
 * (plus function characters): such phrases recur in every report and name no policy, so
 * they are kept apart from the candidates for the taxonomy rather than ranked among them.
 */

/** Generic verbs, adverbs and nouns of official reports. */
const GENERIC_WORDS = [
  '进一步',
  '不断',
  '持续',
  '切实',
  '积极',
  '全面',
  '深入',
  '扎实',
  '稳步',
  '大力',
  '认真',
  '努力',
  '着力',
  '有效',
  '高度',
  '重视',
  '加强',
  '加大',
  '推进',
  '推动',
  '促进',
  '提高',
  '提升',
  '完善',
  '健全',
  '建立',
  '落实',
  '贯彻',
  '实施',
  '开展',
  '坚持',
  '强化',
  '深化',
  '优化',
  '创新',
  '取得',
  '显著',
  '成效',
  '成绩',
  '成果',
  '工作',
  '发展',
  '建设',
  '力度',
  '水平',
  '质量',
  '能力',
  '机制',
  '体系',
  '措施',
  '举措',
  '方面',
  '问题',
  '情况',
  '要求',
  '目标',
  '任务',
  '作用',
  '重要',
  '各项',
  '各类',
  '一系列',
  '一批',
  '相关',
  '有关',
  '进行',
  '实现',
  '保障',
  '确保',
  '注重',
  '围绕',
  '充分',
  '发挥',
  '形成',
  '良好',
  '氛围',
  '环境',
  '教育',
  '教学',
  '学校',
  '管理',
  '服务',
  '规范',
  '稳定',
  '逐步',
  '整体',
  '全方位',
  '多元化',
  '共同',
  '各级',
  '积极性',
  '主动',
  '引导',
  '支持',
  '加快',
  '基础',
  '重点',
  '核心',
  '关键',
  '明显',
  '得到',
  '通过',
  '采取',
  '方式',
  '途径',
  '活动',
  '组织',
  '领导',
  '部门',
  '政策',
  '精神',
  '思想',
  '意识',
  '理念',
  '模式',
  '过程',
  '中心',
  '同时',
  '此外',
  '以及',
  '不仅',
  '而且',
  '更加',
  '我们',
  '我市',
  '我区',
  '我县',
  '全市',
  '全区',
  '全县',
  '近年来',
  '目前',
  '今年',
  '一年',
  '一步',
  '提供',
  '满足',
  '需求',
  '需要',
  '存在',
  '一定',
  '一些',
  '部分',
  '实际',
  '具体',
  '主要',
  '根本',
  '全体',
  '广大',
  '取得了',
];

/** Characters that may fill between generic words (的, 了, 和 …). */
const FILLERS = new Set([...'的了和与及在是为对把将并等也都而之其更各新好中上下有以于']);

const WORDS = [...new Set(GENERIC_WORDS)].sort((a, b) => b.length - a.length);

/** True when the phrase is made only of generic words and fillers (see the module comment). */
export function isGeneric(phrase: string): boolean {
  let i = 0;
  let words = 0;
  while (i < phrase.length) {
    const w = WORDS.find((word) => phrase.startsWith(word, i));
    if (w) {
      i += w.length;
      words++;
    } else if (FILLERS.has(phrase[i])) i++;
    else return false;
  }
  return words > 0;
}

/** Characters a phrase should not start or end with: a phrase cut mid-sentence. */
const BAD_START = new Set([...'的了和与及在是为对把将并等也都而之其着地得从向由被使让给所化间个性']);
const BAD_END = new Set([...'的了和与及在是为对把将并也都而之其着地得从向由被使让给所各一']);

/** True when the phrase starts and ends like a unit, not a fragment (的教育资, 加强对). */
export function wellFormed(phrase: string): boolean {
  return !BAD_START.has(phrase[0]) && !BAD_END.has(phrase[phrase.length - 1]);
}
