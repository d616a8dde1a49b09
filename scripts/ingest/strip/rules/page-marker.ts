/**
 * @fileoverview
 *
 * Removes the page furniture of a document shown page by page: thumbnail captions
 * (`…docx_第1页`), page counters (`第1页 / 共15页`, `1/15`), printed page numbers
 * (`— 2 —`, `-2-`) and the "read so far" counters of a paywalled preview, which mean the
 * free preview ends there (已阅读5页，还剩6页未读).
 *
 * e.g.
 * - before:
 *   …加大农村学校投入力度。
 *   第1页 / 共15页
 *   已阅读5页，还剩10页未读，继续阅读
 * - after:
 *   …加大农村学校投入力度。
 */
import type { LineRule } from '../rule.ts';

export const pageMarker: LineRule = {
  kind: 'line',
  id: 'page-marker',
  description: 'Page number, page counter or page-thumbnail caption of a document shown page by page.',
  pattern:
    /^(?:.{0,80}(?:\.(?:docx?|pdf|pptx?|wps))?_第\s*\d+\s*页|第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页|\d{1,3}\s*[/／]\s*\d{1,3}|[-—–]\s*\d{1,3}\s*[-—–]|共\s*\d+\s*页|第\s*\d+\s*页|(?!(?:19|20)\d{2}\s+\d{1,2}\s+\d{1,2}$)\d+(?:\s+\d+)+)$/i,
};

export const previewRemaining: LineRule = {
  kind: 'line',
  id: 'preview-remaining',
  description: 'Counter of a paywalled preview (已阅读5页，还剩6页未读): the free text ends here.',
  previewEnd: true,
  pattern:
    /^(?=.{0,100}$).*(?:已阅读\s*\d+\s*页|还剩\s*\d+\s*页(?:未读)?|剩余\s*\d+\s*页|继续阅读|试读结束|付费阅读|阅读已结束|超出免费预览|免费预览(?:范围|已结束)|总共\s*\d+\s*页)/,
};
