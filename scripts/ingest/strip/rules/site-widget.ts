/**
 * @fileoverview
 *
 * Removes a short line that is one of a site's widgets: share and follow buttons, VIP and
 * member offers, download and login prompts, complaint and customer-service links, comment
 * counters, back-to-top links, ICP licence lines. Words such as 会员 or 下载 alone are not
 * enough: each entry is the phrase a widget uses, so a report's heading never matches.
 *
 * e.g.
 * - before:
 *   微信扫一扫 分享到朋友圈
 *   2023年以来，通川区坚持…
 *   VIP专免 联系客服 侵权投诉
 * - after:
 *   2023年以来，通川区坚持…
 */
import type { LineRule } from '../rule.ts';

const WIDGET_WORDS = [
  '扫一扫', '扫码', '分享到', '分享至', '一键分享', '收藏本', '加入收藏', '打印本页', '打印此页', '关闭窗口', '返回顶部',
  '返回首页', '返回列表', '上一篇', '下一篇', '上一页', '下一页', '上一版', '下一版', '【打印】', '\\[打印\\]', '字[体号]\\s*[:：]', '联系客服', '在线客服', '客服热线', '侵权投诉', '投诉举报$',
  '^举报$', 'VIP', '成为会员', '加入会员', '会员(?:专享|免费|下载|申请|中心|登录)', '我要(?:投稿|下载|评论|加入)',
  '立即下载', '免费下载', '下载文档', '下载此文档', '点击下载', '下载本文', '文档下载', '下载地址', '下载券', 'txt下载', '^下载$',
  '请登录', '^登录', '注册登录', '发表评论', '网友评论', '用户评论', '条评论', '评论区', '全文阅读',
  '阅读全文', '展开全文', '查看全文', '加载更多', '查看更多', '更多\\s*[>》»]', '猜你喜欢', '热门推荐', '热门文章', '推荐阅读', '相关阅读',
  '免责声明', 'ICP备', '公网安备', '版权所有', 'Copyright', '©', '关注公众号', '微信公众号', '二维码', '生成海报',
  '^\\d{3,}\\+$', '赞赏', '打赏', '友情链接', '联系我们', '关于我们', '相关词条', '热门词条', '网站声明', '^[（(](?:资料图片|图片来源[^)）]*)[)）]$', '^--\\s*\\S{1,4}$', '^(?:打印|保存|分享|收藏|关闭)\\s*[:：]', '(?:账号|密码|用户名|验证码|邮箱/手机)\\s*[:：]', '忘记密码', '换一换', '一键下载', '登录下载', '支付方式', '立即(?:了解|体验|使用|购买|咨询|开通)', '神器', '版权声明', '订阅号', '刷新页面', '打开全文', '请\\s*【?\\s*登录', '(?:已|免费|立即)注册', '注册账号', '关联信息', '[窄宽]屏', '资源描述', '文档描述', '^(?:(?:返回|下载|相关|举报|收藏|分享|打印|评论|点赞|纠错|关注|复制)\\s*){2,}$', '点赞', '收藏\\s*\\d+', '分享\\s*\\d+', '^海报$', '^首页$', '欢迎来到', '设为首页', '网站地图', '求稿热线', '手机版', '无障碍',
  '欢迎访问', '打印正文', '感受是', '^[—–-]+\\s*分享\\s*[—–-]+$', '^更\\s*多$', '^视频$',
  '听全文', '下载附件', '保存到相册', '即将离开', '继续访问', '门户网站$',
];

export const siteWidget: LineRule = {
  kind: 'line',
  id: 'site-widget',
  description: 'A share, member, download, login, complaint, comment or back-to-top widget of the site.',
  // Short, and not a sentence: widgets are labels, not prose.
  pattern: new RegExp(`^(?=.{1,50}$)(?!.*[。！？]$)(?:.*(?:${WIDGET_WORDS.join('|')}))`, 'i'),
};
