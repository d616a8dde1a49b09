/**
 * @fileoverview
 *
 * Heuristic: removes menu lines above the report (entries joined by separators, `首页 > 正文`
 * breadcrumbs, Latin-only labels such as `Home`). Title lines are never touched.
 *
 * e.g.
 * - before:
 *   首頁 | 新聞中心 | 通知公告
 *   蘇州教育局工作報告
 *   尊敬的各位領導、各界代表:現向大家呈上蘇州教育局工作報告,…
 * - after:
 *   蘇州教育局工作報告
 *   尊敬的各位領導、各界代表:現向大家呈上蘇州教育局工作報告,…
 */
import type { EdgeRunRule } from '../rule.ts';
import { isNavLike } from '../line-shape.ts';

/** Menu lines above the title. */
export const headNav: EdgeRunRule = {
  kind: 'edge-run',
  id: 'head-nav',
  description: 'Menu or breadcrumb line above the report title.',
  region: 'head',
  shape: isNavLike,
  minRun: 1,
  touchesRemoved: false,
};
