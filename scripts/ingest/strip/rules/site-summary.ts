/**
 * @fileoverview
 *
 * Removes the summary a site prints above a document (概要：, 内容简介：, 导读：), however
 * long: it repeats or paraphrases the document's opening. Anywhere: being prose itself, it
 * is where the text seems to start; a report never labels a paragraph so.
 *
 * e.g.
 * - before:
 *   概要:尊敬的**副主席、尊敬的各位领导:今天,**主席率教育厅领导在百忙之中亲临我县检查指导…
 *   县长在“两基”迎检汇报会上的讲话
 * - after:
 *   县长在“两基”迎检汇报会上的讲话
 */
import type { LineRule } from '../rule.ts';

export const siteSummary: LineRule = {
  kind: 'line',
  id: 'site-summary',
  description: 'A site’s summary of the document above it (概要：…, 内容简介：…, 导读：…).',
  pattern:
    /^(?:概要|内容简介|内容提要|导读|内容概述|核心提示)\s*[:：]|^内容概述\s+\S|^摘要\s*[:：].{0,20}(?:小编|本站|整理)/,
};
