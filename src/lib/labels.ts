/** Reader-facing names (Simplified Chinese) for the manifest's codes, kept in one place. */
import type { Flag, Level, Repair, ReportMeta } from '../../shared/schemas/report.ts';

export const scriptLabel: Record<ReportMeta['script'], string> = {
  Hans: '简体',
  Hant: '繁体',
  'Hant-TW': '繁体（台湾用语）',
};

/** What kind of file a report was read from, as a reader names it. */
export const formatLabel: Record<ReportMeta['format'], string> = {
  txt: '纯文本',
  html: 'HTML 网页',
  pdf: 'PDF 文件',
  docx: 'Word 文件（.docx）',
  doc: 'Word 97 / WPS 文件（.doc、.wps）',
};

/** BCP 47 tags for the original-script text, so screen readers and fonts pick the right forms. */
export const scriptLang: Record<ReportMeta['script'], string> = {
  Hans: 'zh-Hans',
  Hant: 'zh-Hant',
  'Hant-TW': 'zh-Hant-TW',
};

export const flagLabel: Record<Flag['kind'], string> = {
  garbled: '含乱码',
  truncated: '文本不完整',
  masked: '数字被遮盖',
};

/** What each flag means, for the reader (also the about page). */
export const flagMeaning: Record<Flag['kind'], string> = {
  garbled:
    '原网页的部分字节被错误解码，成了无意义的字符。这些地方在正文中以红色波浪线标出，无法还原，不应当作原文引用。',
  truncated: '原网页只提供了预览，正文在中途被截断。截断处标有“预览到此结束”，之后的内容缺失。',
  masked: '原文是范文或模板，部分数字被 *、X、XX、201x 等符号代替。这些占位符以灰底等宽字标出，并非真实数据。',
};

export const repairLabel: Record<Repair['kind'], string> = {
  'duplicate-block': '删除逐字重复的段落',
  'pinyin-gloss': '删除网站插入的拼音注音',
  'repeated-title': '删除粘连或重复的标题',
  'hard-wrap': '合并被硬换行拆开的句子',
  'flattened-table': '把网站逐格拆行的表格合回成行',
  punctuation: '半角标点改为全角',
};

export const levelLabel: Record<Level, string> = {
  省: '省级',
  市: '市级',
  区: '区级',
  县: '县级',
  镇: '乡镇级',
  未知: '未注明',
};

/** Shown wherever an issuer or place is missing, so an absent value never reads as blank. */
export const UNNAMED = '未署名';

/** A block anchor as a reader names it: p-3 → 第 3 段, h-2 → 标题 2. */
export function blockLabel(id: string): string {
  return id.startsWith('p-') ? `第 ${id.slice(2)} 段` : `标题 ${id.slice(2)}`;
}
