/**
 * @fileoverview
 *
 * Removes a site's copyright footer of unknown site: Copyright ©…, …All Rights Reserved,
 * 版权所有 ©….
 *
 * e.g.
 * - before:
 *   …教育優質均衡水平全市領先。
 *   Copyright © 2024 example.com All Rights Reserved.
 * - after:
 *   …教育優質均衡水平全市領先。
 */
import type { LineRule } from '../rule.ts';

/** Copyright © … / … All Rights Reserved / 版权所有 ©: a site footer. */
export const copyrightFooter: LineRule = {
  kind: 'line',
  id: 'copyright-footer',
  description: 'Copyright footer of a site (Copyright © … All Rights Reserved, 版权所有 ©).',
  // A licence number (京ICP备10028400号, 京公网安备11010202007625号) is a site's footer, whatever
  // else its line holds.
  pattern:
    /^(?:copyright\b|©)|all rights reserved\.?$|^版权所有\s*(?:©|\(c\)|[:：]\s*\S{0,30}$)|^(?=.{0,120}$).*(?:ICP[备证]\s*\d|公网安备\s*\d)|^powered by\b/i,
};
