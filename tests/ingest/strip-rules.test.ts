/**
 * One small page per rule, in Simplified and in Traditional script, plus report prose that
 * uses the same words and must stay.
 */
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/ingest/strip.ts';
import { chromeRules } from '../../scripts/ingest/strip/rules/index.ts';
import { runChromeRules } from '../../scripts/ingest/strip/run-rules.ts';
import { simplifiedForMatching, toSimplifiedChars } from '../../scripts/ingest/strip/simplified.ts';
import { isLinkLike, isNavLike, looksLikeProse } from '../../scripts/ingest/strip/line-shape.ts';
import type { SourceLine, Stripped } from '../../scripts/ingest/types.ts';
import { fragmentRuns } from '../../scripts/ingest/strip/fragments.ts';

const toLines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const strip = (texts: string[], pageTitle?: string): Stripped => stripChrome(toLines(texts), { pageTitle });
const kept = (r: Stripped): string[] => r.lines.map((l) => l.text).filter((t) => t.trim() !== '');
const removedAs = (r: Stripped): Record<string, string> => Object.fromEntries(r.removed.map((x) => [x.text, x.rule]));

const TITLE = '某区教育局2023年工作总结';
const PROSE_1 = '2023年，全区教育系统坚持立德树人根本任务，推动教育高质量发展。';
const PROSE_2 = '全年新建改扩建中小学3所，新增学位2000余个，优质均衡水平持续提升。';
const TITLE_T = '某區教育局2023年工作總結';
const PROSE_1T = '2023年,全區教育系統堅持立德樹人根本任務,推動教育高質量發展。';
const PROSE_2T = '全年新建改擴建中小學3所,新增學位2000余個,優質均衡水平持續提升。';

/** Chrome line above the title of a small page. */
const top = (chrome: string[], traditional: boolean): string[] =>
  traditional ? [...chrome, '', TITLE_T, '', PROSE_1T, PROSE_2T] : [...chrome, '', TITLE, '', PROSE_1, PROSE_2];
/** Chrome lines below the body of a small page. */
const bottom = (chrome: string[], traditional: boolean): string[] =>
  traditional ? [TITLE_T, PROSE_1T, PROSE_2T, '', ...chrome] : [TITLE, PROSE_1, PROSE_2, '', ...chrome];

interface LineCase {
  rule: string;
  simplified: string;
  traditional: string;
  at: 'top' | 'bottom';
}

const lineCases: LineCase[] = [
  {
    rule: 'copyright-notice',
    simplified: '版权说明:本文档由用户提供并上传,收益归属内容提供方',
    traditional: '版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方',
    at: 'top',
  },
  { rule: 'document-summary-label', simplified: '文档简介', traditional: '文檔簡介', at: 'top' },
  {
    rule: 'site-summary',
    simplified: '概要:尊敬的各位领导:今天,主席率教育厅领导在百忙之中亲临我县检查指导工作。',
    traditional: '概要:尊敬的各位領導:今天,主席率教育廳領導在百忙之中親臨我縣檢查指導工作。',
    at: 'top',
  },
  {
    rule: 'image-file',
    simplified: '微信图片_20240312190537.jpg',
    traditional: '微信圖片_20240312190537.jpg',
    at: 'bottom',
  },
  { rule: 'page-info', simplified: '(编辑:余倩 编审:艾淑莉)', traditional: '(編輯:余倩 編審:艾淑莉)', at: 'bottom' },
  {
    rule: 'page-info',
    simplified: '索 引 号 0142581323/2026-00001 分 类 科技、教育/教育 / 报告',
    traditional: '索 引 號 0142581323/2026-00001 分 類 科技、教育/教育 / 報告',
    at: 'top',
  },
  {
    rule: 'symbol-line',
    simplified: '********************************',
    traditional: '********************************',
    at: 'top',
  },
  {
    rule: 'image-file',
    simplified: '![](http://jyj.changzhou.gov.cn/uploadfile/jyj/2019/0413/20190413205926_14460.jpg)',
    traditional: '![](http://jyj.changzhou.gov.cn/uploadfile/jyj/2019/0413/20190413205926_14460.jpg)',
    at: 'top',
  },
  {
    rule: 'image-file',
    simplified: '20170503100346346.jpg (129.46 KB, 下载次数: 73)',
    traditional: '20170503100346346.jpg (129.46 KB, 下載次數: 73)',
    at: 'bottom',
  },
  { rule: 'page-info', simplified: '• 来源:番禺日报', traditional: '• 來源:番禺日報', at: 'top' },
  {
    rule: 'spam-keywords',
    simplified: '焖骚寡妇影院,精产国品一二三产区入口网站,插我一区二区在线观看,亚洲av无码专区',
    traditional: '燜騷寡婦影院,精產國品一二三產區入口網站,插我一區二區在線觀看,亞洲av無碼專區',
    at: 'top',
  },
  {
    rule: 'site-widget',
    simplified: '您访问的链接即将离开“ 市教育局 ”门户网站 是否继续?',
    traditional: '您訪問的鏈接即將離開“ 市教育局 ”門戶網站 是否繼續?',
    at: 'top',
  },
  {
    rule: 'editor-intro',
    simplified: '本篇发表于 未分类 并标签为 , , , 。将永久链结加入书签。',
    traditional: '本篇發表於 未分類 並標籤為 , , , 。將永久鍊結加入書籤。',
    at: 'bottom',
  },
  { rule: 'breadcrumb', simplified: '您的位置:首页>正文', traditional: '您的位置:首頁>正文', at: 'top' },
  { rule: 'breadcrumb', simplified: '当前位置：首页 > 新闻中心', traditional: '當前位置：首頁 > 新聞中心', at: 'top' },
  { rule: 'video-comment-widget', simplified: '静网PWA视频评论', traditional: '靜網PWA視頻評論', at: 'top' },
  { rule: 'date-line', simplified: '2023年11月13日', traditional: '2023年11月13日', at: 'top' },
  { rule: 'date-line', simplified: '2023年11月13日 10:20', traditional: '2023年11月13日 10:20', at: 'top' },
  { rule: 'page-info', simplified: '2019-09-25', traditional: '2019-09-25', at: 'top' },
  { rule: 'page-info', simplified: '【效力等级】地方规范性文件', traditional: '【效力等級】地方規範性文件', at: 'top' },
  {
    rule: 'breadcrumb',
    simplified: '您所在的位置:首页 > 职成动态 > 督导评估',
    traditional: '您所在的位置:首頁 > 職成動態 > 督導評估',
    at: 'top',
  },
  { rule: 'site-widget', simplified: '下载 相关 举报', traditional: '下載 相關 舉報', at: 'top' },
  {
    rule: 'preview-remaining',
    simplified: '亲,该文档总共15页,到这儿已超出免费预览范围,如果喜欢就下载吧!',
    traditional: '親,該文檔總共15頁,到這兒已超出免費預覽範圍,如果喜歡就下載吧!',
    at: 'bottom',
  },
  {
    rule: 'leaked-code',
    simplified: 'http://img.example.cn/upload/a.png',
    traditional: 'http://img.example.cn/upload/a.png',
    at: 'top',
  },
  { rule: 'page-info', simplified: '发布时间：2023-11-13 10:20', traditional: '發佈時間：2023-11-13 10:20', at: 'top' },
  {
    rule: 'page-info',
    simplified: '文章来源:演讲网 文章作者:admin 点击次数: 发布时间:2011-11-23 09:39',
    traditional: '文章來源:演講網 文章作者:admin 點擊次數: 發佈時間:2011-11-23 09:39',
    at: 'top',
  },
  {
    rule: 'page-info',
    simplified: '上传时间:2023-05-06 页数:15 大小:45KB',
    traditional: '上傳時間:2023-05-06 頁數:15 大小:45KB',
    at: 'top',
  },
  {
    rule: 'page-info',
    simplified: '信息索引号 | 04618780/2024-01472 | 生成日期 | 2024-08-13 |',
    traditional: '信息索引號 | 04618780/2024-01472 | 生成日期 | 2024-08-13 |',
    at: 'top',
  },
  { rule: 'page-info', simplified: '审核:陈伟明', traditional: '審核:陳偉明', at: 'bottom' },
  { rule: 'site-widget', simplified: '微信扫一扫 分享到朋友圈', traditional: '微信掃一掃 分享到朋友圈', at: 'top' },
  {
    rule: 'site-widget',
    simplified: 'VIP专免 联系客服 侵权投诉',
    traditional: 'VIP專免 聯繫客服 侵權投訴',
    at: 'bottom',
  },
  {
    rule: 'site-widget',
    simplified: '字体:【大 中 小】 【打印】',
    traditional: '字體:【大 中 小】 【打印】',
    at: 'top',
  },
  { rule: 'page-marker', simplified: '第1页 / 共15页', traditional: '第1頁 / 共15頁', at: 'bottom' },
  { rule: 'page-marker', simplified: '教育局工作总结.docx_第1页', traditional: '教育局工作總結.docx_第1頁', at: 'top' },
  { rule: 'page-marker', simplified: '— 2 —', traditional: '— 2 —', at: 'bottom' },
  {
    rule: 'preview-remaining',
    simplified: '已阅读5页，还剩6页未读',
    traditional: '已閱讀5頁，還剩6頁未讀',
    at: 'bottom',
  },
  {
    rule: 'editor-intro',
    simplified: '下面是小编为大家整理的教育局工作总结，仅供参考，欢迎大家阅读。',
    traditional: '下面是小編為大家整理的教育局工作總結，僅供參考，歡迎大家閱讀。',
    at: 'top',
  },
  {
    rule: 'editor-intro',
    simplified: '《教育局工作总结.docx》由会员分享,可在线阅读',
    traditional: '《教育局工作總結.docx》由會員分享,可在線閱讀',
    at: 'top',
  },
  { rule: 'leaked-code', simplified: '@page { margin: 2cm }', traditional: '@page { margin: 2cm }', at: 'top' },
  { rule: 'symbol-line', simplified: '||||||', traditional: '||||||', at: 'top' },
  {
    rule: 'collection-label',
    simplified: '第一篇:全县教育工作调研报告',
    traditional: '第一篇:全縣教育工作調研報告',
    at: 'top',
  },
  { rule: 'collection-label', simplified: '篇1', traditional: '篇1', at: 'top' },
  { rule: 'page-info', simplified: '来源:红网', traditional: '來源:紅網', at: 'top' },
  {
    rule: 'page-info',
    simplified: '2021年12月23日16:21 | 来源:大众日报客户端',
    traditional: '2021年12月23日16:21 | 來源:大眾日報客戶端',
    at: 'top',
  },
  {
    rule: 'page-info',
    simplified: '本文链接://www.example.com/policy/80597.html',
    traditional: '本文鏈接://www.example.com/policy/80597.html',
    at: 'bottom',
  },
  { rule: 'page-info', simplified: '邮 编 635000', traditional: '郵 編 635000', at: 'top' },
  { rule: 'site-widget', simplified: '验证码:   换一换', traditional: '驗證碼:   換一換', at: 'bottom' },
  { rule: 'site-widget', simplified: '加入VIP免费专享', traditional: '加入VIP免費專享', at: 'bottom' },
  {
    rule: 'editor-intro',
    simplified: '本文为永州站原创文章,转载请附上原文出处链接和本声明。',
    traditional: '本文為永州站原創文章,轉載請附上原文出處鏈接和本聲明。',
    at: 'bottom',
  },
  { rule: 'page-marker', simplified: '1580 1580 112638', traditional: '1580 1580 112638', at: 'top' },
  {
    rule: 'leaked-code',
    simplified: '• 关于2019年督导评估结果的通报.pdf',
    traditional: '• 關於2019年督導評估結果的通報.pdf',
    at: 'bottom',
  },
  { rule: 'symbol-line', simplified: '???', traditional: '???', at: 'top' },
  { rule: 'symbol-line', simplified: '✂', traditional: '✂', at: 'top' },
  { rule: 'page-info', simplified: '05.11.2014  19:18', traditional: '05.11.2014  19:18', at: 'top' },
  {
    rule: 'page-info',
    simplified: '来源:优易学  2014-1-21 13:13:18   资料下载',
    traditional: '來源:優易學  2014-1-21 13:13:18   資料下載',
    at: 'top',
  },
  {
    rule: 'page-info',
    simplified: 'http://www.sina.com.cn 2006年11月01日12:31 生活报',
    traditional: 'http://www.sina.com.cn 2006年11月01日12:31 生活報',
    at: 'top',
  },
  {
    rule: 'page-info',
    simplified: '两基巩固提高及迎检工作情况汇报,标签:领导讲话稿,行政公文写作范文',
    traditional: '兩基鞏固提高及迎檢工作情況匯報,標籤:領導講話稿,行政公文寫作範文',
    at: 'top',
  },
  { rule: 'site-widget', simplified: '友情链接', traditional: '友情鏈接', at: 'bottom' },
  { rule: 'site-widget', simplified: '(资料图片)', traditional: '(資料圖片)', at: 'top' },
  { rule: 'page-info', simplified: '(责编:李强强、高红霞)', traditional: '(責編:李強強、高紅霞)', at: 'bottom' },
  {
    rule: 'editor-intro',
    simplified: '声明:某某网内容版权所有,未经许可不得转载。',
    traditional: '聲明:某某網內容版權所有,未經許可不得轉載。',
    at: 'top',
  },
  { rule: 'download-button', simplified: '- txt下载', traditional: '- txt下載', at: 'top' },
  { rule: 'download-button', simplified: '合集下载', traditional: '合集下載', at: 'top' },
  { rule: 'page-action-button', simplified: '收藏', traditional: '收藏', at: 'bottom' },
  { rule: 'page-action-button', simplified: '返回顶部', traditional: '返回頂部', at: 'bottom' },
  { rule: 'comment-form', simplified: '提交评论', traditional: '提交評論', at: 'bottom' },
  { rule: 'comment-form', simplified: '0/150', traditional: '0/150', at: 'bottom' },
  { rule: 'next-article', simplified: 'Next Article', traditional: 'Next Article', at: 'bottom' },
  {
    rule: 'next-article',
    simplified: '下一篇：关于做好寒假工作的通知',
    traditional: '下一篇：關於做好寒假工作的通知',
    at: 'bottom',
  },
  { rule: 'like-prompt', simplified: '喜欢就按个赞吧!!!', traditional: '喜歡就按個讚吧!!!', at: 'bottom' },
  { rule: 'close-tip', simplified: '点击关闭提示', traditional: '點擊關閉提示', at: 'bottom' },
  {
    rule: 'preview-ended',
    simplified: '预览阅读已结束,若您需要全文或代笔。',
    traditional: '預覽閱讀已結束,若您需要全文或代筆。',
    at: 'bottom',
  },
  {
    rule: 'contact-agent',
    simplified: '请点击👉 mooonya 👈联系老师',
    traditional: '請點擊👉 mooonya 👈聯繫老師',
    at: 'bottom',
  },
  {
    rule: 'doc-sharing-notice',
    simplified: '  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
    traditional: '  1. 1、下載文檔前請自行甄別文檔內容的完整性,平臺不提供額外的編輯、內容補充、找答案等附加服務。',
    at: 'bottom',
  },
  {
    rule: 'doc-sharing-notice',
    simplified: '  2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。',
    traditional: '  2. 2、"僅部分預覽"的文檔,不可在線預覽部分如存在完整性等問題,可反饋申請退款。',
    at: 'bottom',
  },
  {
    rule: 'renrendoc-notice',
    simplified: '- 5. 人人文库网仅提供信息存储空间,仅对用户上传内容的表现方式做保护处理。',
    traditional: '- 5. 人人文庫網僅提供信息存儲空間,僅對用戶上傳內容的表現方式做保護處理。',
    at: 'bottom',
  },
  { rule: 'spam-link', simplified: '清纯唯美图片大全', traditional: '清純唯美圖片大全', at: 'bottom' },
  {
    rule: 'site-nav',
    simplified: '字典网 - 试题库 - 元问答 - 简体 - 顶部',
    traditional: '字典網 - 試題庫 - 元問答 - 简体 - 頂部',
    at: 'bottom',
  },
  { rule: 'site-nav', simplified: '首页 | 新闻中心 | 通知公告', traditional: '首頁 | 新聞中心 | 通知公告', at: 'top' },
  {
    rule: 'cnj8-footer',
    simplified: 'Copyright © cnj8 All Rights Reserved.',
    traditional: 'Copyright © cnj8 All Rights Reserved.',
    at: 'bottom',
  },
  {
    rule: 'copyright-footer',
    simplified: 'Copyright © 2024 example.com All Rights Reserved.',
    traditional: 'Copyright © 2024 example.com All Rights Reserved.',
    at: 'bottom',
  },
  {
    rule: 'copyright-footer',
    simplified: '版权所有：某某市教育局',
    traditional: '版權所有：某某市教育局',
    at: 'bottom',
  },
  { rule: 'review-credit', simplified: '一审:李红光', traditional: '一審:李紅光', at: 'bottom' },
  { rule: 'review-credit', simplified: '二审:费 充', traditional: '二審:費 充', at: 'bottom' },
  { rule: 'review-credit', simplified: '责任编辑:余凌古田网', traditional: '責任編輯:余淩古田網', at: 'bottom' },
  { rule: 'end-marker', simplified: '-END-', traditional: '-END-', at: 'bottom' },
  {
    rule: 'link-line',
    simplified: '白癜风图 https://m-mip.39.net/woman/mipso_4786875.html',
    traditional: '白癜風圖 https://m-mip.39.net/woman/mipso_4786875.html',
    at: 'top',
  },
  {
    rule: 'editor-intro',
    simplified: '转载请注明地址:http://www.xazhongxin.net/lcbx/8893.html',
    traditional: '轉載請注明地址:http://www.xazhongxin.net/lcbx/8893.html',
    at: 'bottom',
  },
  { rule: 'page-info', simplified: '点阅率:1,095', traditional: '點閱率:1,095', at: 'top' },
  { rule: 'pictograph-line', simplified: '💇寻搜狐体育💪', traditional: '💇尋搜狐體育💪', at: 'top' },
  {
    rule: 'foreign-line',
    simplified:
      'Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website',
    traditional:
      'Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website',
    at: 'top',
  },
  {
    rule: 'kana-line',
    simplified: 'こちらのページは繁体字版です。日本语版「フォーカス台湾」に移动しますか。',
    traditional: 'こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。',
    at: 'top',
  },
  {
    rule: 'copyright-footer',
    simplified: '京ICP备10028400号-1 京公网安备11010202007625号 网站标识码:bm05000001',
    traditional: '京ICP備10028400號-1 京公網(wǎng)安備11010202007625號 網(wǎng)站標識碼:bm05000001',
    at: 'bottom',
  },
  {
    rule: 'copyright-footer',
    simplified: 'Powered by http://wordpress.org/ and http://www.hqpremiumthemes.com/',
    traditional: 'Powered by http://wordpress.org/ and http://www.hqpremiumthemes.com/',
    at: 'bottom',
  },
  {
    rule: 'editor-intro',
    simplified:
      '声明:文章版权归原作者所有,本文摘编仅作学习交流,非商业用途,所有文章都会注明来源,如有异议,请联系我们快速处理或删除,谢谢支持。',
    traditional:
      '聲明:文章版權歸原作者所有,本文摘編僅作學習交流,非商業用途,所有文章都會注明來源,如有異議,請聯繫我們快速處理或刪除,謝謝支持。',
    at: 'bottom',
  },
  {
    rule: 'editor-intro',
    simplified: '本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解中央社隐私声明',
    traditional: '本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明',
    at: 'top',
  },
  {
    rule: 'editor-intro',
    simplified: '最后,希望大家能够通过这些工作方案范文的分享,提高自己的工作能力和水平。',
    traditional: '最後,希望大家能夠通過這些工作方案範文的分享,提高自己的工作能力和水平。',
    at: 'top',
  },
  {
    rule: 'site-widget',
    simplified: '评论成功,请等待管理员审核...',
    traditional: '評論成功,請等待管理員審核...',
    at: 'bottom',
  },
  { rule: 'date-line', simplified: '2016年12月26日 星期一', traditional: '2016年12月26日 星期一', at: 'top' },
  {
    rule: 'editor-intro',
    simplified: '您所访问的页面将跳转到第三方网站,确定要继续吗?',
    traditional: '您所訪問的頁面將跳轉到第三方網站,確定要繼續嗎?',
    at: 'top',
  },
];

describe('strip rules: one line each, both scripts', () => {
  it.each(
    lineCases.flatMap((c) => [
      [c.rule, c.simplified, false, c.at] as const,
      [c.rule, c.traditional, true, c.at] as const,
    ]),
  )('%s removes %j', (rule, chrome, traditional, at) => {
    const page = at === 'top' ? top([chrome], traditional) : bottom([chrome], traditional);
    const r = strip(page);
    expect(removedAs(r)).toEqual({ [chrome]: rule });
    expect(kept(r)).toEqual(page.filter((t) => t !== '' && t !== chrome));
  });

  it('every rule has a case here or below, and ids are unique', () => {
    const ids = chromeRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const covered = new Set([
      ...lineCases.map((c) => c.rule),
      'tips-list',
      'latest-documents',
      'related-list',
      'comments',
      'edge-link-list',
      'head-nav',
      'head-chrome',
      'tail-chrome',
      'stray-bar',
      'table-of-contents',
      'repeated-furniture',
      'field-line',
      'summary-teaser',
      'echoed-furniture',
      'empty-field',
      'title-alt',
      'injected-words',
      'repeated-caption',
    ]);
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('table-of-contents: a labelled list goes; an unlabelled one only when every entry comes back below', () => {
    const heads = [
      '一、坚持科学发展，切实做好全市教育工作',
      '二、抓住关键环节，推进创建教育强市',
      '三、落实政府责任，提供坚强保障',
    ];
    const labelled = strip(['目录/提纲:', heads[0], heads[1], TITLE, PROSE_1, PROSE_2]);
    expect(labelled.removed.filter((r) => r.rule === 'table-of-contents').map((r) => r.line)).toEqual([1, 2, 3]);
    const listed = strip([TITLE, ...heads, PROSE_1, heads[0], PROSE_2, heads[1], PROSE_1, heads[2], PROSE_2]);
    expect(listed.removed.filter((r) => r.rule === 'table-of-contents').map((r) => r.line)).toEqual([2, 3, 4]);
    // Table cells that repeat (0, 0, 0) and headings that never come back are no contents.
    const table = strip([
      TITLE,
      PROSE_1,
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
      PROSE_2,
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
    ]);
    expect(table.removed.filter((r) => r.rule === 'table-of-contents').map((r) => r.line)).toEqual([]);
  });

  it('stray-bar: a bar next to a menu goes; bars between table cells stay, even in the tail', () => {
    const r = strip([TITLE, PROSE_1, '上一版 | 下一版', '|', PROSE_2, '信息内容', '|', '本年新制作数量', '|', '0']);
    expect(r.removed.filter((x) => x.text === '|')).toEqual([{ line: 4, text: '|', rule: 'stray-bar' }]);
    expect(kept(r).slice(-5)).toEqual(['信息内容', '|', '本年新制作数量', '|', '0']);
  });

  it('repeated-furniture: a line printed again and again with its number changed goes, in any wording', () => {
    const marker = (n: number) => `教育局工作总结 — 页 ${n} / 12`;
    const r = strip([marker(1), TITLE, PROSE_1, marker(2), PROSE_2, marker(3), PROSE_1]);
    expect(r.removed.filter((x) => x.rule === 'repeated-furniture').map((x) => x.line)).toEqual([1, 4, 6]);
    const skipping = strip([TITLE, PROSE_1, marker(2), PROSE_2, marker(4), PROSE_1, marker(7)]);
    expect(skipping.removed.filter((x) => x.rule === 'repeated-furniture').map((x) => x.line)).toEqual([3, 5, 7]);
    // Twice is not a pattern; numbered headings and table rows with figures repeat and stay.
    const kept2 = strip([marker(1), TITLE, PROSE_1, marker(2), PROSE_2]);
    expect(kept2.removed.filter((x) => x.rule === 'repeated-furniture')).toEqual([]);
    const body = strip([
      TITLE,
      '1.学校数 12所',
      '2.学校数 15所',
      '3.学校数 18所',
      PROSE_1,
      '新建学校 3 所',
      '新建学校 3 所',
      '新建学校 3 所',
      '2021年 12所',
      '2022年 13所',
      '2023年 14所',
      '第1批 5所',
      '第2批 9所',
      '第3批 11所',
    ]);
    expect(body.removed.filter((x) => x.rule === 'repeated-furniture')).toEqual([]);
  });

  it('field-line: a line of label：value fields with a date or count goes at the edges, in any labels', () => {
    const r = strip([
      TITLE,
      '刊发日：2024-03-29 10:12 出处：楚都宜城网',
      '围观：1808',
      PROSE_1,
      PROSE_2,
      '联系人：王老师 电话：13812345678',
      '各学校：',
      '签发人：张三',
    ]);
    expect(r.removed.filter((x) => x.rule === 'field-line').map((x) => x.line)).toEqual([2, 3]);
    // Inside the text a labelled line is the report's.
    const inside = strip([TITLE, PROSE_1, '完成时间：2024年6月', PROSE_2]);
    expect(inside.removed.filter((x) => x.rule === 'field-line')).toEqual([]);
  });

  it('site-specific rules set the site; the first one on the page wins', () => {
    expect(strip(bottom(['Copyright © cnj8 All Rights Reserved.'], false)).site).toBe('cnj8');
    expect(
      strip(bottom(['- 5. 人人文庫網僅提供信息存儲空間。', 'Copyright © cnj8 All Rights Reserved.'], true)).site,
    ).toBe('renrendoc');
    expect(strip(bottom(['Copyright © 2024 example.com All Rights Reserved.'], false)).site).toBeNull();
  });
});

describe('strip rules: sections', () => {
  const sectionCases = [
    ['tips-list', '温馨提示', '溫馨提示'],
    ['latest-documents', '最新文档', '最新文檔'],
    ['related-list', '相关推荐', '相關推薦'],
    ['related-list', '同类文章', '同類文章'],
    ['related-list', '相关文档', '相關文檔'],
    ['comments', '评论', '評論'],
  ] as const;
  const linksS = ['- 2025年安全知识竞赛题库及答案', '- 哈尔滨历史文化课件'];
  const linksT = ['- 2025年安全知識競賽題庫及答案', '- 哈爾濱歷史文化課件'];

  it.each(sectionCases)('%s removes %s / %s and the list under it', (rule, headerS, headerT) => {
    for (const [header, links, traditional] of [
      [headerS, linksS, false],
      [headerT, linksT, true],
    ] as const) {
      const r = strip(bottom([header, ...links], traditional));
      expect(r.removed.map((x) => x.rule)).toEqual([rule, rule, rule]);
      expect(kept(r)).toHaveLength(3);
    }
  });

  it('a tips section takes its numbered items, even ones ending in a full stop', () => {
    const r = strip([
      TITLE,
      PROSE_1,
      PROSE_2,
      '友情提示',
      '2、PDF文件下载后，可能会被浏览器默认打开。',
      '3、本站不支持迅雷下载，请使用浏览器下载即可。',
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual(['tips-list', 'tips-list', 'tips-list']);
    expect(strip([TITLE, PROSE_1, '1、全面推进双减。', PROSE_2]).removed).toEqual([]);
  });

  it('a tail section runs over unbulleted lines and another rule keeps its own id', () => {
    const r = strip(bottom(['相關推薦', '', '清純唯美圖片大全', '某某網站導航', '0/150'], true));
    expect(r.removed.map((x) => [x.text, x.rule])).toEqual([
      ['相關推薦', 'related-list'],
      ['清純唯美圖片大全', 'spam-link'],
      ['某某網站導航', 'related-list'],
      ['0/150', 'comment-form'],
    ]);
  });

  it('a header inside the text takes only bullet items, and stops at prose', () => {
    const r = strip([
      TITLE,
      PROSE_1,
      '相关文档',
      '- 某校课后服务实施方案',
      '- 某县教育局工作计划',
      PROSE_2,
      '各校要认真贯彻落实。',
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual(['related-list', 'related-list', 'related-list']);
    expect(kept(r)).toEqual([TITLE, PROSE_1, PROSE_2, '各校要认真贯彻落实。']);
  });

  it('a related list running to the end of the page takes its titles and teasers', () => {
    const items = [
      '理大2019年冲突案7人暴动罪成',
      '理大2019年冲突案7人暴动罪成 2019年理工大学示威冲突期间，警方在佐敦拘捕8男2女，控以暴动…',
      '2022-09-210 86 0 -',
      '屯门翠宁花园第1座下午3时起被围封强制检测',
      '屯门翠宁花园第1座下午3时起被围封强检，受检人士要在晚上8时前接受检测，行动或会延长。…',
    ];
    const r = strip([TITLE, PROSE_1, PROSE_2, '相关推荐', ...items]);
    expect(kept(r)).toEqual([TITLE, PROSE_1, PROSE_2]);
    // …but not when the text goes on after it: a heading under a header inside the text stays.
    const inside = strip([TITLE, PROSE_1, '相关推荐', '二、工作措施', PROSE_2]);
    expect(kept(inside)).toEqual([TITLE, PROSE_1, '相关推荐', '二、工作措施', PROSE_2]);
  });

  it('a header inside the text with no list under it is not chrome', () => {
    const page = [TITLE, PROSE_1, '温馨提示', '请各校于12月底前报送材料，逾期不再受理。', PROSE_2];
    expect(strip(page).removed).toEqual([]);
  });
});

describe('strip rules: preview cut', () => {
  it('is set when a preview-end rule fires below the last kept text', () => {
    expect(strip(bottom(['预览阅读已结束,若您需要全文或代笔。'], false)).previewCut).toBe(true);
    expect(
      strip(bottom(['溫馨提示', '- 1. 本站所有資源如無特殊說明,都需要本地電腦安裝OFFICE2007和PDF閱讀器。'], true))
        .previewCut,
    ).toBe(true);
  });

  it('is not set when report text follows the notice (collection pages)', () => {
    const r = strip([TITLE, PROSE_1, '  1. 1、下载文档前请自行甄别文档内容的完整性。', TITLE, PROSE_2]);
    expect(r.removed.map((x) => x.rule)).toEqual(['doc-sharing-notice']);
    expect(r.previewCut).toBe(false);
  });

  it('is not set by other chrome', () => {
    expect(strip(bottom(['收藏', '相关推荐', 'Copyright © cnj8 All Rights Reserved.'], false)).previewCut).toBe(false);
  });
});

describe('strip rules: edge heuristics', () => {
  it('edge-link-list removes an unlabelled link list next to removed chrome', () => {
    const r = strip(bottom(['收藏', '- 2025年安全知識競賽題庫及答案', '', '- 哈爾濱歷史文化課件'], true));
    expect(r.removed.map((x) => x.rule)).toEqual(['page-action-button', 'edge-link-list', 'edge-link-list']);
  });

  it('edge-link-list leaves a single link, a run away from chrome, and lists inside the body', () => {
    // A single link is no run; below removed furniture the context rule takes it instead.
    expect(strip(bottom(['收藏', '- 哈尔滨历史文化课件'], false)).removed.map((x) => x.rule)).toEqual([
      'page-action-button',
      'tail-chrome',
    ]);
    expect(strip(bottom(['- 某校课后服务实施方案', '- 哈尔滨历史文化课件'], false)).removed).toEqual([]);
    expect(strip([TITLE, PROSE_1, '- 课后服务', '- 校外培训', PROSE_2]).removed).toEqual([]);
  });

  it('head-nav removes menu lines above the title, in both scripts', () => {
    const r = strip(top(['教育局 › 新闻 › 正文', 'Home'], false));
    expect(r.removed.map((x) => x.rule)).toEqual(['head-nav', 'head-nav']);
    expect(strip(top(['教育局 › 新聞 › 正文'], true)).removed.map((x) => x.rule)).toEqual(['head-nav']);
  });

  it('never removes title lines: repeated titles, a subtitle, a first heading', () => {
    const page = [
      '版權說明:本文檔由用戶提供并上傳',
      '文檔簡介',
      TITLE_T,
      '2023年11月13日',
      TITLE_T,
      '——坚持优先发展战略办好人民满意教育',
      '一、主要工作',
      PROSE_1T,
    ];
    const r = strip(page);
    expect(kept(r)).toEqual([TITLE_T, TITLE_T, '——坚持优先发展战略办好人民满意教育', '一、主要工作', PROSE_1T]);
  });

  it('head-chrome removes any line above the title but more title and the 公文 frame', () => {
    const page = [
      '中国教育之声   更全更新信息实报!',
      '热点',
      '鲁教督字〔2024〕1号',
      TITLE,
      '——在全区教育工作会议上的讲话',
      PROSE_1,
      PROSE_2,
    ];
    const r = strip(page);
    expect(r.removed.map((x) => [x.text, x.rule])).toEqual([
      ['中国教育之声   更全更新信息实报!', 'head-chrome'],
      ['热点', 'head-chrome'],
    ]);
    expect(strip(['热点', PROSE_1, PROSE_2]).removed).toEqual([]);
    const under = strip([
      TITLE,
      '作者：张三 摄影：李四',
      '——在全区教育工作会议上的讲话',
      '区教育局局长 王某某',
      '（2023年12月20日）',
      PROSE_1,
    ]);
    expect(under.removed.map((x) => [x.text, x.rule])).toEqual([['作者：张三 摄影：李四', 'page-info']]);
    expect(strip([TITLE, '大字 中字 小字', PROSE_1]).removed.map((x) => x.rule)).toEqual(['head-chrome']);
  });

  it('tail-chrome removes short lines among the furniture below the text, never a signature or date', () => {
    const r = strip([TITLE, PROSE_1, PROSE_2, '更多 >', '精彩图片', '更多 >']);
    expect(r.removed.map((x) => x.rule)).toEqual(['site-widget', 'tail-chrome', 'site-widget']);
    expect(strip([TITLE, PROSE_1, PROSE_2, '更多 >', '2023年12月20日', '更多 >']).removed.map((x) => x.rule)).toEqual([
      'site-widget',
      'site-widget',
    ]);
    const signed = strip([
      TITLE,
      PROSE_1,
      PROSE_2,
      '更多 >',
      '某区教育局',
      '2023年12月20日',
      '2023年度教师节表彰大会隆重举行',
    ]);
    expect(signed.removed.map((x) => [x.text, x.rule])).toEqual([
      ['更多 >', 'site-widget'],
      ['2023年度教师节表彰大会隆重举行', 'tail-chrome'],
    ]);
    expect(strip([TITLE, PROSE_1, PROSE_2, '某区教育局', '2023年12月20日']).removed).toEqual([]);
  });

  it("keeps report lines that use the widgets' words", () => {
    const page = [
      TITLE,
      PROSE_1,
      '二、举报投诉处理情况',
      '全年受理校外培训举报投诉12件，全部办结。',
      '三、会员单位发展',
      PROSE_2,
    ];
    expect(strip(page).removed).toEqual([]);
    expect(strip([TITLE, PROSE_1, '×', '***', PROSE_2]).removed).toEqual([]);
    const notice = [
      TITLE,
      PROSE_1,
      '联系人：张三，电话：0818-3091434。',
      '报送时间：2024年3月31日前',
      '关键是要抓好落实，确保各项工作取得实效。',
      '附件：1.评估指标.docx',
      PROSE_2,
      '某区教育局',
      '2024年3月1日',
    ];
    expect(strip(notice).removed).toEqual([]);
  });

  it('keeps a menu-shaped title line when it equals the page title', () => {
    const title = 'Annual Report';
    expect(kept(strip(['Home', title, PROSE_1]))).toEqual([title, PROSE_1]);
    expect(kept(strip(['Home', 'Menu', title, 'X', PROSE_1], 'Annual Report - example.com'))).toContain(title);
  });

  it('never touches short heading lines inside the body', () => {
    const page = [TITLE, PROSE_1, '找准差距', '', '教育优质均衡方面', PROSE_2, '定下目标', PROSE_1];
    expect(strip(page).removed).toEqual([]);
  });
});

describe('strip rules: round six classes (each rule’s before/after example)', () => {
  it('review-credit and end-marker leave the same words inside the text', () => {
    const page = [TITLE, PROSE_1, '二审：由市教育局组织专家复核。', PROSE_2];
    expect(strip(page).removed).toEqual([]);
  });

  it('summary-teaser removes the lead cut off with an ellipsis over the whole lead', () => {
    const lead = '8月26日,2021年全省教育報刊宣傳工作視頻會議召開。會議認真總結一年來全省教育報刊宣傳工作成績,研究部署';
    const page = [`${lead}...`, `${lead}新冠肺炎疫情防控常態化背景下教育報刊宣傳工作。`, PROSE_2T];
    const r = strip(page);
    expect(r.removed.map((x) => [x.line, x.rule])).toEqual([[1, 'summary-teaser']]);
    // A title repeated above its copy is no teaser: too short, no ellipsis.
    expect(strip([TITLE, TITLE, PROSE_1, PROSE_2]).removed).toEqual([]);
  });

  it('echoed-furniture removes a header line printed again below the text, and the footer under it', () => {
    const page = [
      '区人大常委会调研义务教育优质均衡发展区创建工作',
      '',
      '创建于2023-07-11',
      '阅读 1294',
      '收藏TA',
      '',
      '  7月11日下午,区人大常委会副主任任佳琳一行7人对我区义务教育优质均衡发展区创建工作进行实地调研。',
      PROSE_2,
      '',
      '阅读 1294',
      '文章由 美篇工作版 编辑制作',
      '投诉',
    ];
    const r = strip(page);
    expect(r.removed.filter((x) => x.rule === 'echoed-furniture').map((x) => x.line)).toEqual([10, 11, 12]);
    // Without the copy above, the footer lines stay for other rules to judge.
    const alone = strip([TITLE, PROSE_1, PROSE_2, '', '文章由 美篇工作版 编辑制作']);
    expect(alone.removed.filter((x) => x.rule === 'echoed-furniture')).toEqual([]);
  });

  it('empty-field removes labels without values beside removed fields, and keeps salutations', () => {
    const page = [
      '《全縣校長會議》各校救災效率高 李文良推許',
      '',
      '發布日期:',
      '點閱率:1,095',
      '字級設定:',
      '',
      PROSE_1T,
      PROSE_2T,
    ];
    const r = strip(page);
    expect(r.removed.map((x) => [x.line, x.rule])).toEqual([
      [3, 'page-info'],
      [4, 'page-info'],
      [5, 'empty-field'],
    ]);
    expect(strip([TITLE, '', '同志们：', PROSE_1, PROSE_2]).removed).toEqual([]);
    expect(strip([TITLE, PROSE_1, PROSE_2, '附件：']).removed).toEqual([]);
    expect(strip([TITLE, PROSE_1, PROSE_2, '快速搜索 :']).removed.map((x) => x.rule)).toEqual(['empty-field']);
  });

  it('head-chrome removes a menu of bodies’ names between removed site lines above the title', () => {
    const page = [
      '即時新聞:',
      '台中市勞工局',
      '新北民政局',
      '桃園中油',
      '新竹市消防局',
      '台北旅遊網',
      '交通部中央氣象局',
      '地方新聞',
      TITLE_T,
      PROSE_1T,
      PROSE_2T,
    ];
    const r = strip(page);
    expect(r.removed.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A bureau's name right above its title is its 红头: kept.
    expect(strip(['某某市教育局', TITLE, PROSE_1, PROSE_2]).removed).toEqual([]);
  });
});

describe('strip: a page broken into a line at every mask, year and bracket', () => {
  it('judges its sentences, not the pieces: nothing of the report is removed', () => {
    const page = [
      '党政领导干部',
      '2022',
      '年度履行教育职责情况自评报告',
      '根据',
      'xx',
      '市人民政府教育督导委员会《关于印发〈对县(区)党政领导干部',
      '2022',
      '年度履行教育职责督导评价工作实施方案〉的通知》(',
      'xx',
      '督委字〔',
      '2022',
      '〕',
      'x',
      '号)精神,对照评价指标体系,现将',
      'xx',
      '县党政领导干部',
      '2022',
      '年度履行教育职责情况报告如下。',
      '一、基本情况',
      'xx',
      '地处',
      'xx',
      '中部,为',
      'xx',
      '市辖县。',
    ];
    const r = strip(page);
    expect(r.removed).toEqual([]);
    expect(r.lines.map((l) => l.text)).toEqual(page);
  });

  it('leaves pages with a few bare numbers alone (a page number is still furniture)', () => {
    expect(fragmentRuns(toLines([TITLE, PROSE_1, '2', PROSE_2]))).toBeNull();
  });
});

describe('strip rules: report prose that mentions chrome words stays', () => {
  const prose = [
    '加强网络评论引导，营造风清气正的网络舆论环境。',
    '加強網絡評論引導,營造風清氣正的網絡輿論環境。',
    '开展版权保护宣传教育，增强师生知识产权意识。',
    '開展版權保護宣傳教育,增強師生知識產權意識。',
    '推动优质课程资源免费下载，惠及农村学校。',
    '推動優質課程資源免費下載,惠及農村學校。',
    '相关部门要密切配合，相关文档及时归档，形成工作合力。',
    '相關部門要密切配合,相關文檔及時歸檔,形成工作合力。',
    '版权说明会于3月召开，评论区管理办法同步出台。',
    '温馨提示：请各校于12月底前报送材料。',
    '收藏家进校园活动，丰富了学生的课余生活。',
  ];

  it.each(prose)('keeps %s at the top, in the body and at the bottom', (line) => {
    expect(
      strip([line, TITLE, PROSE_1, line, PROSE_2, line, '收藏', 'Copyright © cnj8 All Rights Reserved.']).removed.map(
        (x) => x.text,
      ),
    ).toEqual(['收藏', 'Copyright © cnj8 All Rights Reserved.']);
  });

  it('keeps a signature and date below the last sentence', () => {
    const r = strip([TITLE, PROSE_1, PROSE_2, '某区教育局', '2023年12月15日', '收藏', '相关推荐']);
    expect(kept(r)).toEqual([TITLE, PROSE_1, PROSE_2, '某区教育局', '2023年12月15日']);
  });

  it('keeps short headings that contain chrome words', () => {
    const page = [TITLE, PROSE_1, '评论员队伍建设', PROSE_2, '相关工作安排', PROSE_1];
    expect(strip(page).removed).toEqual([]);
  });
});

describe('strip rules: line shapes and script matching', () => {
  it('matches Traditional lines through a Simplified copy', () => {
    expect(toSimplifiedChars('版權說明 文檔簡介 最新文檔 評論 相關推薦 溫馨提示 同類文章')).toBe(
      '版权说明 文档简介 最新文档 评论 相关推荐 温馨提示 同类文章',
    );
    expect(simplifiedForMatching('  收藏  ')).toBe('收藏');
    expect(simplifiedForMatching('')).toBeNull();
    // A long line shows the rules its opening only, cut off so that no `$` matches.
    expect(simplifiedForMatching(`概要：${'字'.repeat(400)}`)).toBe(`概要：${'字'.repeat(37)}\n`);
  });

  it('tells prose, menus and links apart', () => {
    expect(looksLikeProse(PROSE_1T)).toBe(true);
    expect(looksLikeProse('教育優質均衡方面')).toBe(false);
    expect(looksLikeProse('喜欢就按个赞吧!!!')).toBe(false);
    expect(isNavLike('字典網 - 試題庫 - 元問答 - 简体 - 頂部')).toBe(true);
    expect(isNavLike('學龍崗、趕新吳、超太倉 | 區教育局:推進區域教育現代化')).toBe(false);
    expect(isNavLike('2023-11-13')).toBe(false);
    expect(isLinkLike('- 融資難題破解:小微企業的資金需求分析')).toBe(true);
    expect(isLinkLike(TITLE)).toBe(false);
  });

  it('runs any rule list: a single rule on its own', () => {
    const onlyComments = chromeRules.filter((r) => r.id === 'comments');
    const r = runChromeRules(toLines(bottom(['評論', '- 第一條評論內容'], true)), onlyComments);
    expect(r.removed.map((x) => x.rule)).toEqual(['comments', 'comments']);
  });
});
