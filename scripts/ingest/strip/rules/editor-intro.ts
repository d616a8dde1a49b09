/**
 * @fileoverview
 *
 * Removes what a 范文 or 文库 site writes about a document it hosts: the editor's intro
 * (下面是小编为大家整理的…，仅供参考), the "shared by a member" line (…由会员分享，可在线阅读),
 * a word count for members, and the reprint and takedown notices. Such lines describe the
 * document from outside; report text never speaks of 小编, 会员 or 本站.
 *
 * e.g.
 * - before:
 *   下面是小编为大家整理的教育局工作总结范文，仅供参考，欢迎大家阅读。
 *   教育局2023年工作总结
 * - after:
 *   教育局2023年工作总结
 */
import type { LineRule } from '../rule.ts';

const PHRASES = [
  '由(?:会员|用户|网友)(?:分享|上传)',
  '可在线阅读',
  '请在.{1,30}上搜索',
  '(?:下面|以下)(?:是|为).{0,30}(?:小编|本站|为大家|为您|帮大家|给大家).{0,30}(?:整理|收集|搜集|推荐|分享|精选|准备|带来)',
  '小编(?:为|给|帮)?(?:大家|您|你)',
  '希望(?:对|能|可以)?(?:帮助到)?(?:大家|你|您).{0,12}(?:帮助|有所|参考)',
  '仅供(?:参考|学习|大家参考|站内会员)',
  '供(?:大家|您)(?:参考|借鉴|学习)',
  '欢迎(?:大家)?(?:阅读|参考|借鉴|下载|收藏)',
  '本文(?:共\\d+字|来源于网络|由.{0,16}(?:整理|发布|上传))',
  '如有侵权',
  '(?:若|如)有侵权',
  // A government site's warning before a link leaves it (您所访问的页面将跳转到第三方网站，确定要继续吗？).
  '(?:跳转|离开本站|前往).{0,10}第三方网站',
  // A privacy or cookie banner (本网站使用相关技术…尊重使用者隐私，点这里了解…).
  '尊重(?:使用者|用户)(?:的)?隐私',
  '隐私(?:权|政策|声明|条款)',
  '\\bcookies?\\b',
  '侵权(?:疑虑|问题).{0,12}(?:告知|联系|删除)',
  '请?(?:与|联系)(?:我们|本站).{0,12}(?:删除|处理)',
  // A site's blurb about the 范文 it hosts (…通过这些工作方案范文的分享，提高…): a document never names itself so.
  '^(?=.*[，。,]).*范文(?:的|之)?分享',
  '版权归原作者',
  '转载请(?:注明|保留|附上)',
  '原创文章',
  '本站(?:提供|发布|所有|会员|整理)',
  '本站.{0,8}(?:精心)?(?:整理|收集|搜集)',
  '(?:为|给)(?:你|您|大家)精心(?:整理|挑选|准备)',
  '欢迎咨询',
  '(?:特意|特地|精心)?(?:为|给)(?:你|您|大家)(?:精心|特意)?(?:精选|整理|挑选|准备|收集)',
  '范文.{0,30}参考',
  '未经(?:许可|授权|允许)',
  '不得(?:转载|复制)',
  '二次传播',
  '版权所有',
  '更多.{0,20}(?:请|欢迎)(?:访问|关注|点击|登录)',
  '全文\\d+字',
  '文章预览',
  '内容预览',
  '^文档(?:简介|介绍)',
  '参考范文',
  '请先下载',
  '(?:需要|开通)会员才',
  '@所有人',
  'QQ(?:会员)?群',
  '网站群?(?:进行|正在).{0,20}(?:改造|维护|升级)',
  '本站不保证',
  '申明敬告',
  '永久链[接结]',
  '回应已关闭',
  '并标签为',
];

export const editorIntro: LineRule = {
  kind: 'line',
  id: 'editor-intro',
  description: 'What the hosting site writes about the document: editor intro, member-share line, reprint notice.',
  // Only a line of its own: an intro glued to the text's first sentence is split's to cut.
  // A reprint notice may end with the page's address (转载请注明地址:http://…).
  pattern: new RegExp(`^(?=.{0,200}$).*(?:${PHRASES.join('|')}).{0,40}(?:https?:\\/\\/\\S+)?$`),
};
