/**
 * @fileoverview
 *
 * Removes a 温馨提示 header and the numbered site rules under it (a document-sharing page's
 * download notes).
 *
 * e.g.
 * - before:
 *   …面對新的形勢與挑戰,我
 *   溫馨提示
 *   - 1. 本站所有資源如無特殊說明,都需要本地電腦安裝OFFICE2007和PDF閱讀器。…
 *   - 3. 本站RAR壓縮包中若帶圖紙,網頁內容里面會有圖紙預覽,若沒有圖紙預覽就沒有圖紙。
 * - after:
 *   …面對新的形勢與挑戰,我
 */
import type { SectionRule } from '../rule.ts';

/** 温馨提示 and its list of site rules. */
export const tipsList: SectionRule = {
  kind: 'section',
  id: 'tips-list',
  description: 'A 温馨提示 header and the list of site rules under it.',
  header: /^(?:温馨|友情|特别|下载)提示\s*[:：]?$/,
};
