/** Reader-facing names (Simplified Chinese) for the manifest's codes. */
import type { Flag, ReportMeta } from '../schemas/report.ts';

export const scriptLabel: Record<ReportMeta['script'], string> = {
  Hans: '简体',
  Hant: '繁体',
  'Hant-TW': '繁体（台湾用语）',
};

export const flagLabel: Record<Flag['kind'], string> = {
  garbled: '含乱码',
  truncated: '文本不完整',
  masked: '数字被遮盖',
};
