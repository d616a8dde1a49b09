/**
 * @fileoverview
 *
 * Removes style sheet and script text a scraper let through (`@page { size: A4 }`,
 * `.content{font-size:14px;}`, `var _hmt = _hmt || [];`) and bare addresses left where an
 * image or link was (`http://img.example.cn/a.png`): code, never report text.
 *
 * e.g.
 * - before:
 *   @page { margin: 2cm }
 *   教育局2023年工作总结
 * - after:
 *   教育局2023年工作总结
 */
import type { LineRule } from '../rule.ts';

export const leakedCode: LineRule = {
  kind: 'line',
  id: 'leaked-code',
  description: 'Style sheet or script text the scraper let through.',
  pattern:
    /^(?:@(?:page|media|font-face|import)\b.*|[.#]?[A-Za-z][\w-]*(?:\s*[,>]\s*[.#]?[A-Za-z][\w-]*)*\s*\{[^{}]*(?:[a-z-]+\s*:[^;{}]*;?)?[^{}]*\}?|\}|(?:var|let|const|function)\s+[\w$]+.*[;{(=].*|window\.[\w.]+.*|document\.write.*|https?:\/\/\S+|[\w-]+\.(?:png|jpe?g|gif|webp|svg)\s*|[-*•·]\s*(?!附件).{2,80}\.(?:pdf|docx?|xlsx?|zip|rar))$/i,
};
