/**
 * @fileoverview
 *
 * Removes a page's information header or footer: two or more `field: value` pairs a site
 * prints around an article (发布时间 / 来源 / 作者 / 浏览次数 / 上传时间 / 页数 / 大小 …), or
 * one such field holding only a date, a count or a size. Report text states a date in
 * 年月日 inside a sentence, never as `时间:2025-06-19`.
 *
 * e.g.
 * - before:
 *   2011年教育体育局工作年度总结
 *   文章来源:演讲网 未知 文章作者:admin 点击次数: 发布时间:2011-11-23 09:39
 *   2011年来,在县委、县政府的正确领导下,…
 * - after:
 *   2011年教育体育局工作年度总结
 *   2011年来,在县委、县政府的正确领导下,…
 */
import type { LineRule } from '../rule.ts';

/** Field names sites print before a colon; report prose uses none of them this way. */
const FIELD = String.raw`(?:(?:本文|文章|信息|稿件|新闻|网站|资料)?(?:来源|作者|时间|日期|链接|网址|关键[词字])|(?:责任)?编辑|责编|审核|审校|校对|摄影|通讯员|记者|(?:发布|发表|更新|上传|录入|添加|提交)(?:时间|日期|人|者)?|(?:发布|发文)(?:机构|单位)|浏览(?:次数|量)?|阅读(?:次数|量|数)?|(?:点击|点阅)(?:次数|数|量|率)?|访问(?:量|次数)|人气|热度|下载(?:次数|量)?|字[号体数](?:显示)?|字型(?:大小)?|发表人/单位|投稿人?|文档(?:编号|格式|大小|页数|分类)|页数|大小|格式|分类|栏目|所属(?:栏目|分类|工作坊)|关键[词字]|标签|(?:信息)?索\s*引\s*号|生成日期|公开(?:日期|方式)|成文日期|文件编号|效力状况|文件下载|内容概述|时间|日期|精华数|活动人数|活动状态|活动起止时间|教研类型|发起者)`;

/** A field with its value: `来源:演讲网`, `浏览次数: 123`, after the line start or a separator. */
const PAIR = String.raw`(?:^|[\s|｜·【\[])${FIELD}\s*[:：]`;

/** A value that is only a date, a count, a size or a short Latin word (时间:2025-06-19, 浏览:1203, 格式:docx). */
const BARE_VALUE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,3}(?:,\d{3})+|\d+\s*(?:次|人|页|[KkMm]?B)?|[A-Za-z]{2,5})`;

/** A date alone in ISO form (2019-09-25 10:20): a site's stamp; a 公文 writes 年月日. */
const ISO_DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;

/** Fields a law-and-document database prints in brackets: 【效力等级】地方规范性文件. */
const BRACKETED = String.raw`(?:效力等级|发文字号|发布部门|发文机关|发布日期|实施日期|时效性|法规类别|文号|${FIELD})`;

/** Fields only a site prints about its page, whatever their value (本文链接, 本文关键词). */
const SITE_FIELD = String.raw`(?:本文|文章)(?:链接|地址|网址|关键[词字]|标签)\s*[:：].*|(?:.*[,，\s])?(?:Tags?|关键[词字]|标签)\s*[:：].*|(?:概要|内容简介|导读)\s*[:：].*`;

/** A source or author named in a few words (来源:红网, 作者:政协办公室). */
const SOURCE = String.raw`(?:(?:文章|信息|资料)?来源|作者|出处)\s*[:：]\s*[\p{Script=Han}\w·]{1,12}`;

/** A printed gazette's or site's imprint, fields without a colon (主管单位 达州市人民政府, 邮 编 635000). */
const IMPRINT = String.raw`(?:主管单位|主办单位|承办单位|编辑出版|地\s*址|电\s*话|邮\s*编|传\s*真|网\s*址)\s+\S.{0,40}`;

/** A credit line under news: 初稿:周金进, 审核:陈伟明, (责编:李强强、高红霞). */
const CREDIT_LABEL = String.raw`(?:初稿|修改|审核|审签|签发|发布|编辑|编审|责编|责任编辑|作者|摄影|通讯员|记者|供稿|撰稿|校对)`;
const CREDIT = String.raw`[（(【\[]?(?:${CREDIT_LABEL}\s*[:：]\s*\p{Script=Han}{2,4}(?:[、，,\s]\s*\p{Script=Han}{2,4})*\s*)+[)）】\]]?`;

/** A government site's index table (索引号, 分类, 发布机构, 发文日期, 标题, 时效), colons or not. */
const INDEX_FIELD = String.raw`(?:索\s*引\s*号|分\s*类|发布机构|发文(?:机关|日期)|成文日期|标\s+题|内容概述|时\s+效|有效性|主题分类|公开(?:方式|范围|时限)|文\s+号)`;
const INDEX_ROW = String.raw`${INDEX_FIELD}.*\s${INDEX_FIELD}|(?:索\s+引\s+号|标\s+题|时\s+效|分\s+类|文\s+号)\s+\S|索\s*引\s*号\s*[:：]?\s*[\w/-]{6,}`;

export const pageInfo: LineRule = {
  kind: 'line',
  id: 'page-info',
  description: 'Publish-time, source, author, read-count or file-info fields a site prints around a document.',
  // Two fields on one short line not ending a sentence, or one field with a bare value.
  pattern: new RegExp(
    String.raw`^(?=.{0,160}$)(?!.*[。！？]$)(?:[•·▪]\s*)?(?:${ISO_DATE}|【${BRACKETED}】.*|.*${PAIR}.*${PAIR}|.*${FIELD}\s*[|｜].*${FIELD}\s*[|｜]|${FIELD}\s*[|｜].*[|｜]\s*|.*(?:\d{1,2}:\d{2}|www\.|https?:).*${PAIR}|.*${PAIR}.*(?:\d{1,2}:\d{2}|www\.|https?:)|(?:https?:\/\/|www\.)\S+\s.*\d{1,2}:\d{2}.*|[（(]?(?:责任编辑|责编)\s*[:：]\s*\p{Script=Han}{2,4}\s.*|${SOURCE}$|${IMPRINT}$|${SITE_FIELD}|[•·]?\s*【?${FIELD}】?\s*[:：]\s*${BARE_VALUE}?$|${CREDIT}$|${INDEX_ROW}|(?=.{0,40}$).*${FIELD}\s*[:：].*${FIELD}\s*[:：].*)`,
    'u',
  ),
};
