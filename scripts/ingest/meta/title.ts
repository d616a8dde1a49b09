/**
 * The report's title: the page's own title, lightly cleaned, or one derived from the
 * text when the page had none.
 *
 *   学龙岗、赶新吴、超太仓 | 区教育局:推进区域教育现代化,…  →  区教育局:推进区域教育现代化,…
 *   义务教育优质均衡发展督导报告范文                       →  义务教育优质均衡发展督导报告
 *   (no title; 201x年… 全市教育系统… 上半年… XX市…)       →  XX市教育系统201x年上半年工作总结
 */
import { DOC_NUMBER, frameKind } from '../frame.ts';
import { BUREAU } from './place-words.ts';
import { markerAt } from '../structure/markers.ts';
import { dropPinyinGlosses } from '../repair/pinyin-glosses.ts';
import { isBareCaption, isCaption, leadParagraph } from '../news-lines.ts';

/**
 * Site decorations after a title: 范文, 范文1, -最新范文, (word版), .docx, 7篇, （3篇）, - 百度文库,
 * a word count (2800字), a news site's name (-华龙网), a compilation's item number (…自查报告 1) …
 */
const SITE_SUFFIX =
  /(?:\s*[-_—|｜]\s*(?:最新|精选|优秀|推荐)?范文(?:大全)?|(?:最新|精选|优秀)?字?范文(?:大全|\d{1,2})?|\s*\d{3,5}\s*字|\s*[-_—–]\s*[^-_—–\s]{1,10}(?:网|在线|频道|新闻|日报|晚报|时报|官网)|(?<=(?:总结|计划|报告|汇报|要点|讲话|方案))\s+\d{1,2}|\s*[(（]?(?:word|doc|docx|pdf)版?[)）]?|\.(?:docx?|pdf|txt)|\s*[-_—|｜]\s*(?:百度文库|道客巴巴|豆丁网|人人文库|原创力文档)|(?:范例|优推|精选|通用)*\s*[(（]?\s*(?:精编|精选)?\d{1,2}\s*篇\s*[)）]?|\s*[(（](?:19|20)\d{2}年?[)）]|\s*[(（](?:区县|县区|市县|通用|完整版|精选|优秀|最新|修订版|定稿)[)）]|\s*[(（][^()（）]{0,8}|(?:官方)?抖音号.{0,20}|\s*[(（](?:全文|附图)[)）]|\s+\S{2,12}提供|有哪些|范例|范本|优推|\s*【[^【】]{1,6}】|作文|篇\s*[(（]?\d{1,2}[)）]?|篇[一二三四五六七八九十]{1,3}|\s*[(（]\d{1,2}[)）]|(?:word)?文档下载(?:推荐)?|下载推荐|(?<=(?:总结|计划|报告|汇报|要点|讲话))[一二三四五六七八九十])$/i;

/** Decorations a site puts inside or before a title: 第1篇, [栏目] tags, 范文 in the middle, pinyin glosses. */
const SITE_INFIX =
  /^[【[]?第\s*[\d一二三四五六七八九十]{1,3}\s*篇[】\]]?\s*|^\[[^[\]]{1,20}\]\s*(?=\S)|^[【[(（]?篇[一二三四五六七八九十\d]{1,3}[】\])）]\s*|范文(?=和|与|及)|(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/giu;

/** A 发文字号 standing before the title. */
const NUMBER_HEAD = new RegExp(`^${DOC_NUMBER.source}\\s*`, 'u');

/** A breadcrumb the title is glued to: 您所在的位置：首页 > 职成动态 > 标题. */
const BREADCRUMB_HEAD = /^.*(?:首页|当前位置|您的位置|所在位置)[^>›»]*(?:[>›»][^>›»]*)*[>›»]\s*/;

/** 现公布遂溪县教育局2025年政府信息公开工作年度报告: a document naming itself in its opening. */
const ANNOUNCED =
  /现(?:将|予以)?(?:向社会)?(?:公布|发布|印发|公开)[《“]?([^。，《》“”]{6,60}?(?:年度报告|工作报告|工作总结|工作要点))/;

/** 本报告是…由广州市海珠区教育局编制的2017年度政府信息公开年度报告: its author and title. */
const COMPILED = /由([^，。、《》]{2,30}?)编制的[《“]?((?:19|20)\d{2}年度?[^。，《》“”]{4,40}?(?:年度报告|工作报告))/;

/** The title a document announces in its first paragraphs, or null. */
export function announcedTitle(blocks: ReadonlyArray<{ kind: string; text: string }>): string | null {
  for (const b of blocks.filter((x) => x.kind === 'paragraph').slice(0, 2)) {
    const m = ANNOUNCED.exec(b.text);
    if (m) return m[1];
    const compiled = COMPILED.exec(b.text);
    if (compiled) return `${compiled[1]}${compiled[2]}`;
  }
  return null;
}

/**
 * A 政府信息公开工作年度报告 without a title line, titled the way such reports always are:
 * issuer (or the place's bureau) + year + 政府信息公开工作年度报告.
 */
export function disclosureTitle(
  blocks: ReadonlyArray<{ text: string }>,
  issuer: string | null,
  place: string | null,
  years: readonly number[],
): string | null {
  const opening = blocks
    .slice(0, 4)
    .map((b) => b.text)
    .join('\n');
  if (!/政府信息公开/.test(opening) || years.length > 1) return null;
  const who = issuer ?? (place ? `${place}教育局` : '教育局');
  return `${who}${years.length === 1 ? `${years[0]}年` : ''}政府信息公开工作年度报告`;
}

/** A notice that hands a document out: 关于印发《芜湖市教育局2024年工作要点》的通知. */
const HANDED_OUT = /(?:印发|转发|发布)[^《]{0,10}《([^》]+)》[^《》]{0,6}(?:的)?(?:通知|通报)$/;
/** …without book marks: 凌海市人民政府办公室关于印发凌海市推进…实施细则的通知. */
const HANDED_OUT_BARE = /^(.*?)关于(?:印发|转发)\s*([^《》]{6,80}?)\s*的(?:通知|通报)$/;

/** A headline of the news that a body issued documents: 南京印发《关于…的实施意见》和《…》. */
const HANDED_OUT_NEWS = /^[^《》]{1,12}(?:印发|出台|发布)《([^《》]+)》(?:[和及与]《[^《》]+》)*$/;

/** The document a notice hands out, or null (its type is the notice's type). */
export function handedOut(title: string): string | null {
  const quoted = HANDED_OUT.exec(title)?.[1] ?? HANDED_OUT_NEWS.exec(title)?.[1];
  if (quoted) return quoted;
  const bare = HANDED_OUT_BARE.exec(title);
  if (!bare) return null;
  // 2025年政府信息公开工作年度报告 is the issuer's: a title that opens with its year gets its name.
  const [, issuer, document] = bare;
  return /^(?:19|20)\d{2}/.test(document) ? `${issuer}${document}` : document;
}

/** Words that make a segment of a `|`-separated title the informative one. */
const TITLE_CUES = new RegExp(`${BUREAU}|报告|总结|汇报|计划|打算|讲话|工作|教育`, 'g');
/** Segments that are a site's name, not the document's (a headline …座谈会-华龙网 is longer). */
const SITE_NAME = /(?:网|文库|首页|官网|频道)$/;

/**
 * Cleans a page title. Why pick one segment of `A | B`: such titles join a slogan or a
 * site name to the real title; the segment naming the bureau or the subject is kept.
 */
export function cleanTitle(title: string): string {
  // A site's pinyin glosses (贛發(fā)〔2019〕21號) hide the 文号 and the words the rules look for.
  const segments = dropPinyinGlosses(title)
    .text.replace(/\s+/g, ' ')
    .trim()
    .split(/\s*[|｜]\s*/)
    .filter((s) => s !== '' && !(s.length <= 16 && SITE_NAME.test(s)));
  if (segments.length === 0) return title.trim();
  const score = (s: string): number => s.match(TITLE_CUES)?.length ?? 0;
  let best = segments[0];
  for (const s of segments.slice(1))
    if (score(s) > score(best) || (score(s) === score(best) && s.length > best.length)) best = s;
  // 教育局长致辞汇总 教育局长致辞汇总 教育局长致辞 1: the first of a repeated title.
  // A 文号 before the title (云政办函〔2020〕1号《…》) and book marks around all of it are the page's.
  let cleaned = best
    .replace(BREADCRUMB_HEAD, '')
    // 必威体育app官网：教育局… — a site's name run on before the title.
    .replace(/^[^：:\s]{2,16}(?:官网|网站)[：:]\s*/, '')
    .replace(/^(?:原标题|(?:文章)?标题)\s*[:：]\s*/, '')
    .replace(NUMBER_HEAD, '')
    .replace(/^[•·▪]\s*/, '')
    // A speech's title run into its salutation (【…局长讲话稿】尊敬的各位老师、同志们：).
    .replace(/(?<=(?:讲话|发言|致辞|稿|[】\]]))(?:尊敬的|各位|同志们)[^。！？]{0,30}[：:]$/u, '')
    .replace(/^[《【[]([^《》【】[\]]+)[》】\]]$/, '$1')
    // …工作思路的报告范文县教育局关于…工作思路的报告: a title, the site's word, the title again.
    .replace(/^(.{6,}?)(?:\s*(?:范文|范本|全文)\s*|\s+)\1(?:范文|范本|全文)?$/u, '$1')
    .replace(/^(\S{4,}?)\s+\1(?:\s.*)?$/u, '$1')
    .replace(SITE_INFIX, '');
  for (let previous = ''; previous !== cleaned; ) {
    previous = cleaned;
    cleaned = cleaned.replace(SITE_SUFFIX, '').trim();
  }
  // 关于教育局工作总结: a 范文 site's 关于 before a title that is no 关于…的 form.
  cleaned = cleaned.replace(/^关于(?!.*的)(?=.{4,}(?:总结|计划|报告|汇报|要点)$)/, '');
  return cleaned === '' ? best : cleaned;
}

/**
 * The title what a hosting site wrote about a page names, for a page without a title line:
 *   下面是小编为大家整理的2022年市教育局长在…上的讲话，供大家参考  →  2022年市教育局长在…上的讲话
 *   《…》由会员分享                                              →  …
 *   2022年教育局年度工作总结范本.doc_第1页                        →  2022年教育局年度工作总结范本
 */
export function titleFromSite(hints: readonly string[]): string | null {
  for (const hint of hints) {
    const title = titleFromHint(hint.trim());
    if (title) return title;
  }
  return null;
}

function titleFromHint(intro: string): string | null {
  const caption = /^(.{4,60}?)(?:\.(?:docx?|pdf|wps|pptx?))?_第\s*\d+\s*页$/i.exec(intro);
  if (caption) return caption[1];
  const quoted = /《([^》]{4,60})》/.exec(intro);
  if (quoted) return quoted[1];
  return titleFromIntro(intro);
}

/** The title an editor's intro names: 下面是小编为大家整理的…，供大家参考 → …; else null. */
export function titleFromIntro(intro: string): string | null {
  const named =
    /(?:整理|收集|搜集|精选|推荐|分享|准备)(?:了|的)(?:一篇|\d+篇)?(?:关于)?(.{4,60}?)(?:范文|全文)?(?:[，,。；;！!]|供|仅供|希望|欢迎)/.exec(
      intro,
    );
  return named ? named[1] : null;
}

/** A place written with its level, named or masked: XX市, X区, 栖霞区, 2025年内黄县 → 内黄县 (the derived title's subject). */
const PLACE_TOKEN = /(?:X{1,4}|某|(?:(?<!\p{Script=Han})|(?<=年))(?!年)\p{Script=Han}{2,3}?)[省市区县](?=教育)/u;
const YEAR_TOKEN = /(?:19|20)[\dxX]{2}年|X{4}年/;
const PERIOD = /上半年|下半年|第[一二三四]季度|全年/;
const REPORT_TYPES = new Set([
  '工作总结与计划',
  '工作总结',
  '工作计划',
  '工作报告',
  '工作汇报',
  '督导报告',
  '专题报告',
]);

/** What opens a news story before its first clause: 本报讯, a dateline, 近日. */
const NEWS_OPENING =
  /^(?:date\s+\d{4}-\d{2}-\d{2}\s*)?[△▲]?\s*(?:[【[][^】\]]{0,20}(?:记者|报导|报道)[^】\]]{0,20}[】\]]\s*)?(?:本报讯|本网讯|[^，。\s]{0,12}讯)?\s*(?:[（(](?:本报|本网)?(?:记者|通讯员)[^）)]*[)）])?\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日?[-—至～]\d{1,2})?日(?:上午|下午|晚上?)?|近日|日前)?[，,\s]*/;

/** News carries its headline in its first clause: 经开区教文体局召开机关全体干部大会. */
function newsLead(paragraph: string): string | null {
  // A headline has no 今天 (会议今天在枋寮高中举行 → 会议在枋寮高中举行).
  const clause = paragraph
    .replace(NEWS_OPENING, '')
    .split(/[，。；！？,;]/)[0]
    .replace(/\s+\S{2,4}\s*摄$/, '')
    .replace(/(?:今|昨)(?:天|日|[（(]\d{1,2}[)）]日)/g, '')
    // …nor the room it was held in (…专题会在县职业中学阶梯教室召开 → …专题会召开).
    .replace(/(?<=会)在[^，。、“”《》]{2,24}?(?=(?:隆重|顺利)?(?:召开|举行|举办)$)/u, '')
    .trim();
  return clause.length >= 6 && clause.length <= 40 ? clause : null;
}

/**
 * A title for a page that had none, built from cues in the first and last paragraphs:
 * place (masked or not), subject (教育系统 / 教育局), year (masked or not), period
 * (上半年 …) and the document type. Falls back to the first heading, then to the opening
 * words, when the cues say too little.
 */
export function deriveTitle(blocks: ReadonlyArray<{ kind: string; text: string }>, docType: string): string {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const framing = [paragraphs[0] ?? '', paragraphs[paragraphs.length - 1] ?? ''];
  const find = (re: RegExp): string => {
    for (const text of framing) {
      const m = re.exec(text);
      if (m) return m[0];
    }
    return '';
  };
  const place = find(PLACE_TOKEN);
  const subject = find(/教育系统/) || find(new RegExp(BUREAU)) || '';
  const year = find(YEAR_TOKEN);
  const period = find(PERIOD);
  // Only a report's type makes a title (…2023年工作总结); 新闻报道 or 通知 would not read as one.
  const type = REPORT_TYPES.has(docType) ? docType : '';
  if ((place || subject) && type) return `${place}${subject || '教育'}${year}${period}${type}`;
  if (docType === '新闻报道' || docType === '会议报道') {
    // The lead (9月9日至10日，省教育厅在汉召开…) carries the headline; else the first
    // paragraph that is neither a byline, a bare caption (会议现场) nor a portal's stamp.
    const lead = newsLead(
      leadParagraph(paragraphs, (text) => text) ??
        paragraphs.find((text) => frameKind(text) !== 'byline' && !isBareCaption(text) && !/^date\s/.test(text)) ??
        '',
    );
    if (lead) return lead;
  }
  const speech = speechTitle(paragraphs);
  if (speech) return speech;
  // A numbered heading (一、总体情况) is a part of the text, never its title.
  const heading = blocks.find(
    (b) => b.kind === 'heading' && frameKind(b.text) !== 'byline' && !markerAt(b.text, 0) && !isCaption(b.text),
  );
  if (heading) return heading.text;
  const opening = (paragraphs.find((text) => !SALUTATION.test(text)) ?? '').split(/[。！？!?]/)[0];
  return opening.length > 30 ? `${opening.slice(0, 30)}…` : opening || '无题';
}

/** A speech's salutation: 同志们：, 各位领导、各位来宾：, 尊敬的…：. */
const SALUTATION = /^(?:同志们|各位(?:领导|代表|来宾|同志|老师|校长)|尊敬的)[^。！？]{0,40}[：:]$/;

/** The meeting a speech's opening names: 我们在大理巍山召开全省学前教育工作推进现场会 / 这次全县教育工作会议. */
const MEETING_NAMED =
  /(?:召开|举行|举办|这次|今天的|本次)(?:了|的)?([^，。；：、“”《》\s]{2,24}?(?:会议|大会|现场会|推进会|座谈会|工作会|培训会|部署会|动员会)(?!议))/;

/**
 * A speech stored without its title (趙德榮 / 同志們： / …召开全省学前教育工作推进现场会) is titled
 * as speeches are: 在…上的讲话, from the meeting its opening names. Null for any other text.
 */
function speechTitle(paragraphs: readonly string[]): string | null {
  const salutation = paragraphs.slice(0, 3).findIndex((text) => SALUTATION.test(text));
  if (salutation < 0) return null;
  const meeting = MEETING_NAMED.exec(paragraphs.slice(salutation + 1, salutation + 3).join('\n'))?.[1];
  return meeting ? `在${meeting}上的讲话` : null;
}
