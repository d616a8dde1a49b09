/**
 * @fileoverview
 *
 * Removes a link a hijacked or spam-filled site slips in at the page edges: a few words and
 * an address, nothing else (白癜风图 https://m-mip.39.net/…). A document names its own site
 * with a label (网址：, 网站：, 链接：), which is left alone.
 *
 * e.g.
 * - before:
 *   教育局深入学校督导检查秋季开学工作
 *   白癜风图 https://m-mip.39.net/woman/mipso_4786875.html
 *   9月1日上午,教育党委书记孙学斌…
 * - after:
 *   教育局深入学校督导检查秋季开学工作
 *   9月1日上午,教育党委书记孙学斌…
 */
import type { LineRule } from '../rule.ts';

export const linkLine: LineRule = {
  kind: 'line',
  id: 'link-line',
  description: 'A few words and a web address on a line of their own at the page edges (a spam link).',
  region: 'edges',
  pattern: /^(?![^\s]*(?:网址|网站|地址|链接|官网|邮箱))[^\s。，；：！？,;:!?]{1,12}\s+(?:https?:\/\/|www\.)\S+$/i,
};
