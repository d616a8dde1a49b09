/**
 * The indicators readers compare across places and years, each under one name whatever the
 * wording, and whether a figure is achieved or only aimed at. A reviewed list, not a guess:
 * a figure whose name matches none stays listed under its own name, uncompared.
 *
 *   全县学前三年毛入园率达到93.5%       → 学前三年毛入园率, achieved
 *   确保义务教育巩固率保持在100%以上    → 义务教育巩固率, target
 *   课后服务…参与学生比例达到96.8%      → 课后服务参与率 (the sentence says what 参与 is in)
 */

/** [canonical name, how reports write it, what the sentence must also say]. */
const CANONICAL: Array<[string, RegExp, RegExp?]> = [
  ['义务教育巩固率', /义务教育(?:阶段)?(?:学生)?巩固率/],
  ['学前三年毛入园率', /学前(?:三年)?(?:教育)?毛入园率/],
  ['普惠性幼儿园覆盖率', /普惠性?(?:幼儿园|学前教育(?:资源)?)覆盖率/],
  ['公办园在园幼儿占比', /公办(?:幼儿)?园在园幼儿(?:占比|比例)/],
  ['高中阶段毛入学率', /高中阶段(?:教育)?毛入学率/],
  ['残疾儿童少年入学率', /残疾儿童(?:少年)?(?:义务教育)?入学率/],
  ['课后服务覆盖率', /课后服务(?:学校)?覆盖率/],
  ['课后服务参与率', /参与(?:学生)?(?:比例|率)|学生参与率/, /课后服务/],
  ['大班额比例', /大班额(?:比例|占比)/],
  ['学生体质健康达标率', /体质健康(?:标准)?(?:测试)?(?:达标|合格)率/],
  ['近视率', /近视率/],
  ['义务教育优质均衡差异系数', /差异系数/],
];

/** The canonical indicator a figure's name stands for in its sentence, or null. */
export function canonicalIndicator(name: string, sentence: string): string | null {
  for (const [canonical, wording, context] of CANONICAL) {
    if (wording.test(name) && (!context || context.test(sentence))) return canonical;
  }
  return null;
}

/**
 * Words before a figure in its sentence that make it a goal, not a result. 要 only as a
 * modal (重要, 主要, 需要, 纲要, 要求, 要点 are not), 计划 only as a verb (…培训计划”，每年选派 is a
 * programme's name).
 */
const TARGET =
  /(?:确保|力争|争取|努力|目标|计划(?![”"》」])|预计|将|(?<![重主需纪摘简首必纲提概])要(?![求点素闻件])|拟|必须|不低于|不少于|以上目标)/;
/** A goal that was met reads as a result: 实现了目标, 完成了…任务, 确保了…均能. */
const MET = /(?:实现了|完成了|确保了|已经|已)/;
/** A goal named after the figure, in its clause: 新增100所公办幼儿园”的发展目标. */
const TARGET_AFTER = /^[^，。；！？]{0,16}?的(?:发展|工作|建设)?目标/;

/**
 * Whether a figure states a goal (target) or a result (achieved), from its sentence's words
 * before it and its clause's words after it.
 */
export function figureKind(clauseBefore: string, clauseAfter = ''): 'target' | 'achieved' {
  if (MET.test(clauseBefore)) return 'achieved';
  return TARGET.test(clauseBefore) || TARGET_AFTER.test(clauseAfter) ? 'target' : 'achieved';
}
