/**
 * @fileoverview
 *
 * Removes "you are here" breadcrumb lines.
 *
 * e.g.
 * - before:
 *   您的位置:首頁>正文
 *   首頁 -> 港澳 ->社會
 *   學龍崗、趕新吳、超太倉 | 區教育局:推進區域教育現代化,加快實現教育強區目標
 * - after:
 *   學龍崗、趕新吳、超太倉 | 區教育局:推進區域教育現代化,加快實現教育強區目標
 */
import type { LineRule } from '../rule.ts';

/** 您的位置:首页>正文, 当前位置：首页 > 新闻: the site's breadcrumb trail. */
export const breadcrumb: LineRule = {
  kind: 'line',
  id: 'breadcrumb',
  description: 'Breadcrumb trail (您的位置:首页>正文).',
  pattern:
    /^(?:您|你)?(?:现在|当前|所在)?的?(?:当前|所在)?位置\s*[:：]|^\S{0,24}\s*(?:首页|主页|网站首页)\s*(?:[>›»]|-+>|=>)/,
};
