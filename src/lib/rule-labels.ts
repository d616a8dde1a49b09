/**
 * Chinese names for the cleaner's rule ids. The rules describe themselves in English for
 * developers (scripts/ingest/strip/rules/*); readers see these. A test checks every rule the
 * ingest knows has a name here, so a new rule cannot reach the page as a bare id.
 */
export const ruleLabel: Record<string, string> = {
  breadcrumb: '面包屑导航（您的位置：首页 > 正文）',
  'close-tip': '“点击关闭提示”按钮',
  'cnj8-footer': 'cnj8 网站页脚版权行',
  'collection-label': '范文合集给各篇加的编号（篇1、第一篇）',
  'collection-title': '范文合集页面自己的标题（…（热门14篇））',
  'comment-form': '评论框（0/150、提交评论）',
  comments: '评论区',
  'contact-agent': '付费代写、联系客服广告',
  'copyright-footer': '网站页脚版权行',
  'copyright-notice': '文档分享网站的版权说明',
  'date-line': '网页发布日期行',
  'doc-sharing-notice': '文档分享网站的下载须知',
  'document-summary-label': '“文档简介”等栏目标签',
  'download-button': '下载按钮',
  'edge-link-list': '页首或页尾的链接列表',
  'editor-intro': '网站编者按、“由会员分享”等说明',
  'head-chrome': '标题上方的网站内容（站名、栏目、热线）',
  'head-nav': '页首导航',
  'image-file': '图片文件名、Markdown 图片行（照片原来的位置）',
  'latest-documents': '“最新文档”列表',
  'leaked-code': '混入正文的网页代码',
  'like-prompt': '点赞提示',
  'next-article': '“下一篇”链接',
  'page-action-button': '收藏、分享等页面按钮',
  'page-furniture': '原文件的页眉、页码（按版式识别）',
  'page-info': '发布时间、来源、浏览次数等网页信息',
  'page-marker': '页码、页数计数与页面缩略图标题',
  'repeated-furniture': '只有页码递增、反复出现的行（页码计数或缩略图标题）',
  'field-line': '页首页尾的“标签：值”信息行（日期、时间、次数）',
  'preview-ended': '“预览已结束”付费提示',
  'preview-remaining': '“已阅读N页，还剩N页”付费提示',
  'publisher-header': '政府网站页首的发布单位名',
  'recommendation-blurb': '合集页面的推荐语',
  'related-list': '“相关推荐”“同类文章”列表',
  'renrendoc-notice': '人人文库网站说明',
  'site-line-above-title': '标题上方的报刊名、网站日期戳',
  'site-nav': '网站导航栏',
  'site-summary': '网站给文档写的概要、摘要',
  'site-widget': '分享、会员、下载、客服等网页组件',
  'spam-keywords': '被劫持网站插入的垃圾关键词行',
  'spam-link': '与报告无关的垃圾链接',
  'stray-bar': '不分隔表格的孤立竖线',
  'symbol-line': '表格边框、分隔符等无文字行',
  'table-of-contents': '正文前的目录（与下文标题重复）',
  'tail-chrome': '页尾网站组件之间的短行',
  'tips-list': '“温馨提示”网站规则列表',
  'title-decoration': '标题中网站加上的字样（范文、.docx、7篇）',
  'title-without-text': '下面没有正文的标题行（重复的图片说明等）',
  'video-comment-widget': '视频、评论等网页组件',
};

/** The reader's name for a rule; an unknown id is shown as it is rather than hidden. */
export function ruleName(id: string): string {
  return ruleLabel[id] ?? id;
}
