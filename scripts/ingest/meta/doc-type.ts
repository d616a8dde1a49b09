/**
 * Document type: one label from a short ordered list, matched on the title first, then on
 * the opening (and closing) text, then on the headings. The first rule that matches wins,
 * so the more specific labels come first (工作总结与计划 before 工作总结, 督导报告 before
 * 工作报告, 讲话 before 会议报道).
 *
 *   区教育局关于2022年工作总结与2023年工作打算  →  工作总结与计划
 *   肇庆市教育局召开…工作推进会                  →  会议报道
 *   教育局重点工作推进情况专题分析报告            →  专题报告
 */

/** The labels, in matching order; 其他 when nothing matches. */
export const DOC_TYPES = [
  '工作总结与计划',
  '督导报告',
  '专题报告',
  '讲话',
  '会议报道',
  '新闻报道',
  '实施方案',
  '工作汇报',
  '工作总结',
  '工作计划',
  '工作报告',
  '通知',
  '其他',
] as const;

export type DocType = (typeof DOC_TYPES)[number];

import { leadParagraph } from '../news-lines.ts';
import { handedOut } from './title.ts';

interface Rule {
  type: DocType;
  title: RegExp;
  /** Cue in the opening or closing paragraph, for documents whose title says nothing. */
  text?: RegExp;
}

const RULES: Rule[] = [
  // A document's own form, named at its title's end, comes first: 关于…督导评估结果的通报 is a notice.
  {
    type: '通知',
    title: /关于.{2,}的(?:通知|通报|公告)$/,
    // A notice says so in its last line, or announces what it makes public (现将…予以公布).
    text: /特此(?:通知|通报|公告)|现将.{2,30}(?:予以公布|公布如下|通报如下|通知如下)/,
  },
  { type: '实施方案', title: /关于.{2,}的(?:实施|指导)?(?:意见|方案|办法)$|(?:实施细则|实施方案|实施办法)$/ },
  // A speech names its meeting (…督导评估工作推进会上的讲话): the meeting's subject is not its type.
  { type: '讲话', title: /在.{2,40}上的(?:讲话|发言|致辞)$/ },
  // News of an inspection team (省政府督导评估组对徐水区…进行督导评估), not its report, and of
  // a body launching or carrying out a campaign (…组织开展2018年秋季开学专项督导检查工作).
  {
    type: '新闻报道',
    title:
      /(?:组织|启动|部署)开展.{2,30}(?:检查|督导|活动|行动)(?:工作)?$|启动.{2,30}活动$|开展.{2,20}专项(?:活动|行动)$|检查.{0,16}(?:开学|工作)情况$|(?:督导|评估|检查|考评|调研|巡视|巡察)组.{0,30}(?:莅临|到|赴|深入)|(?:督导|评估|检查|考评)组对.{2,40}进行(?:了)?(?:实地)?(?:督导|考评|检查|评估|调研)|对.{2,40}进行(?:了)?(?:实地)?(?:督导|考评|检查|评估|调研)$/,
  },
  {
    type: '工作总结与计划',
    title: /(?:总结|回顾).*(?:打算|计划|思路|安排|要点|规划|(?:下半年|明年|下一步|今后)(?:工作)?重点)/,
  },
  {
    type: '督导报告',
    title: /督导.*(?:报告|意见)|督导评估(?!组)|自评报告|自查报告|评价报告|自评表|评鉴(?:计划|报告|表|实施)|校务评鉴/,
    text: /督导(?:评估)?(?:情况)?报告如下|(?:自查|自评)(?:情况)?报告如下/,
  },
  { type: '专题报告', title: /专题(?:分析)?报告|调研报告|分析报告|的调研$|调查报告/ },
  { type: '讲话', title: /讲话|致辞|发言|动员|主持词|答(?:记者|传媒)?问/ },
  {
    type: '会议报道',
    title: /(?:召开|举行|举办).*会|会议?.{0,16}(?:召开|举行|举办)$|会议?报道$|出席.{2,30}(?:会议|大会)$/,
    text: /^[^。]{0,60}(?:召开|举行)(?:了)?[^。]{0,40}(?:会议|大会|座谈会|推进会|汇报会|反馈会|部署会|工作会|务虚会|交流会|培训会|表彰会|动员会)/,
  },
  {
    type: '新闻报道',
    title:
      /(?:到|赴|深入|走进|莅临).{0,16}(?:调研|检查|视察|走访|督导|指导)|率(?:团|队|代表团)|(?:启程|展开|开始)访问|(?:督导|检查|调研)组.{0,20}(?:进行|开展)|开展.{0,16}(?:调研|检查|活动)$/,
    text: /^(?:本报讯|本网讯|[^，。]{0,12}讯\s|[^，。]{0,12}\d{1,2}月\d{1,2}日(?:电|讯)|(?:近日|日前)，|\d{1,2}月\d{1,2}(?:[-—至]\d{1,2})?日(?:上午|下午|晚上?)?[，,]|(?:[（(□]\s*)?\S{0,8}?\s?(?:记者|通讯员))/,
  },
  { type: '实施方案', title: /方案$|实施意见$|实施办法$|指导意见$/ },
  { type: '工作汇报', title: /汇报/, text: /汇报如下|向(?:您|大家)汇报/ },
  {
    type: '工作总结',
    // …and an account of the deputies' proposals a bureau handled (建议提案办理情况).
    title: /总结|回顾|(?:建议|提案)[^，。]{0,12}办理(?:工作)?情况/,
    text: /总结如下|圆满完成了.{0,8}工作|取得了.{0,6}(?:成果|成效|成绩)|(?:承办|办理|收到)[^。]{0,30}(?:代表建议|委员提案|建议提案)/,
  },
  {
    type: '工作计划',
    title: /计划|打算|要点|思路|(?:专项|建设|事业发展)规划$|十[一二三四五]五.{0,16}规划$/,
    text: /工作(?:计划|打算|要点)如下/,
  },
  { type: '工作报告', title: /报告|述职/, text: /报告如下|政府信息公开.{0,20}年度报告/ },
  { type: '通知', title: /通知$|通报$|公告$/ },
];

/** Heading cues of a plan: targets and the way to reach them (找准差距 / 定下目标 / 如何追赶). */
const PLAN_HEADINGS = /目标|如何|举措|措施|打算|思路/;

/** What a reporter writes of others: someone stressed, pointed out, attended, chaired. */
const REPORTING = /(?:强调|指出|表示|介绍说?|说明|认为|肯定|赞扬|出席|参加|主持|陪同|一行)(?![的人])/g;
/** A meeting the story is about. */
const MEETING = /会议|大会|会上|座谈会|推进会|部署会|培训会|现场会/;

/**
 * A story told of others, where neither title nor opening says so: two or more reporting
 * cues (…强调，…指出，…出席) make news, a meeting's news when it is about one.
 */
function reported(text: string): DocType | null {
  if ((text.match(REPORTING) ?? []).length < 2) return null;
  return MEETING.test(text) ? '会议报道' : '新闻报道';
}

/** A short unnumbered line with no sentence punctuation reads as a heading (定下目标). */
function isHeadingLike(text: string): boolean {
  return text.length <= 12 && !/[，。,;；：:！？!?]/.test(text);
}

/**
 * The document type label. Why ordered rules and not a score: titles name their type in
 * a few fixed words, and the order settles the combined ones (工作总结报告 is a 工作总结).
 */
export function detectDocType(title: string | null, blocks: ReadonlyArray<{ kind: string; text: string }>): DocType {
  // 关于印发《芜湖市教育局2024年工作要点》的通知: the type of what the notice hands out.
  const subject = title ? (handedOut(title) ?? title) : null;
  if (subject) for (const rule of RULES) if (rule.title.test(subject)) return rule.type;
  // A repost's 原标题 line stands before the story's own opening.
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && !/^原标题/.test(b.text));
  // A news story's lead, not a photo caption or byline above it, opens its framing.
  const lead = leadParagraph(paragraphs, (p) => p.text) ?? paragraphs[0];
  const framing = [lead?.text ?? '', paragraphs[1]?.text ?? '', paragraphs[paragraphs.length - 1]?.text ?? ''].join(
    '\n',
  );
  for (const rule of RULES) if (rule.text?.test(framing)) return rule.type;
  const headings = blocks.filter((b) => b.kind === 'heading' || isHeadingLike(b.text)).map((b) => b.text);
  if (headings.some((h) => PLAN_HEADINGS.test(h))) return '工作计划';
  return reported(paragraphs.map((p) => p.text).join('\n')) ?? '其他';
}
