/**
 * @fileoverview
 *
 * Removes the notice in which 人人文库网 names itself ("only provides storage space"). It is
 * the one line of that site's preview footer that identifies the site, so the rule carries
 * `site: 'renrendoc'`; like the rest of the footer it marks the end of a preview.
 *
 * e.g.
 * - before:
 *   - 4. 未經權益所有人同意不得將文件中的內容挪作商業或盈利用途。
 *   - 5. 人人文庫網僅提供信息存儲空間,僅對用戶上傳內容的表現方式做保護處理,…
 *   - 6. 下載文件中如有侵權或不適當內容,請與我們聯系,我們立即糾正。
 * - after:
 *   (nothing: the lines around it are doc-sharing-notice)
 */
import type { LineRule } from '../rule.ts';

/** 人人文库网仅提供信息存储空间…: 人人文库's own notice line. */
export const renrendocNotice: LineRule = {
  kind: 'line',
  id: 'renrendoc-notice',
  description: '人人文库 notice naming the site (人人文库网仅提供信息存储空间…).',
  site: 'renrendoc',
  previewEnd: true,
  pattern: /^(?:[-*•]\s*)?(?:\d+\s*[.、]\s*)*人人文库网?仅提供信息存储空间/,
};
