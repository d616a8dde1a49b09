/**
 * @fileoverview
 *
 * Heuristic: removes a run of two or more short link-like lines (bullets or menu entries,
 * no sentence-ending punctuation) at the top or bottom of the page, when it sits next to
 * chrome another rule removed. Catches link lists that come without a header.
 *
 * e.g.
 * - before:
 *   …水平全市領先。
 *   收藏
 *   - 2025年安全知識競賽題庫及答案
 *   - 哈爾濱歷史文化課件
 * - after:
 *   …水平全市領先。
 */
import type { EdgeRunRule } from '../rule.ts';
import { isLinkLike } from '../line-shape.ts';

/** Unlabelled link lists beside removed chrome at the page edges. */
export const edgeLinkList: EdgeRunRule = {
  kind: 'edge-run',
  id: 'edge-link-list',
  description: 'Two or more link-like lines at a page edge, next to removed chrome.',
  region: 'edges',
  shape: isLinkLike,
  minRun: 2,
  touchesRemoved: true,
};
