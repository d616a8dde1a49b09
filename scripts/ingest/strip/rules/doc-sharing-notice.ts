/**
 * @fileoverview
 *
 * Removes the numbered notices document-sharing sites print under a document preview
 * (下载文档前请自行甄别…, "仅部分预览"的文档…, 本站所有资源如无特殊说明…). They mark the
 * end of a preview; when report text follows them (a collection page's own document), the
 * lines still go but the text is not cut.
 *
 * e.g.
 * - before:
 *   五、未来展望我们将继续推动教育融合的深入发展,…做出更大贡献。
 *     1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。
 *     2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。
 *   教育局开展扩大优质教育资源情况汇报
 * - after:
 *   五、未来展望我们将继续推动教育融合的深入发展,…做出更大贡献。
 *   教育局开展扩大优质教育资源情况汇报
 */
import type { LineRule } from '../rule.ts';

/** The notices' fixed openings, after any `- `, `1.` or `1、` numbering. */
const NOTICE_OPENINGS = [
  '下载文档前请自行甄别',
  '["“]?仅部分预览["”]?的文档',
  '如文档侵犯您的权益',
  '本站所有资源如无特殊说明',
  '本站的文档不包含任何第三方提供的附件',
  '本站RAR压缩包中若带图纸',
  '未经权益所有人同意不得将文件中的内容',
  '下载文件中如有侵权或不适当内容',
  '本站不保证下载资源的准确性',
];

/** A doc-sharing site's numbered download/preview notice line. */
export const docSharingNotice: LineRule = {
  kind: 'line',
  id: 'doc-sharing-notice',
  description: 'Numbered download/preview notice of a document-sharing site (下载文档前请自行甄别…).',
  previewEnd: true,
  pattern: new RegExp(`^(?:[-*•]\\s*)?(?:\\d+\\s*[.、]\\s*)*(?:${NOTICE_OPENINGS.join('|')})`, 'i'),
};
