import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, gbt7714, ris } from '../../src/lib/citation.ts';

const report = {
  id: 'qinghe-2023',
  title: '清河县教育局关于2023年教育工作情况的报告',
  issuer: '清河县教育局',
  date: '2024-01-15',
  years: [2023],
};
const address = 'https://example.org/reports/qinghe-2023/#s-1f0c9a3e';

describe('references', () => {
  it('writes GB/T 7714-2015 for an online document: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 地址.', () => {
    expect(gbt7714(report, address, '2026-12-07')).toBe(
      '清河县教育局. 清河县教育局关于2023年教育工作情况的报告[EB/OL]. (2024-01-15)[2026-12-07]. https://example.org/reports/qinghe-2023/#s-1f0c9a3e.',
    );
    // No issuer, no date: the parts the report lacks are left out, not invented.
    expect(gbt7714({ ...report, issuer: null, date: null }, address, '2026-12-07')).toBe(
      '清河县教育局关于2023年教育工作情况的报告[EB/OL]. [2026-12-07]. https://example.org/reports/qinghe-2023/#s-1f0c9a3e.',
    );
  });

  it('gives reference managers BibTeX, RIS and CSL-JSON with the same facts', () => {
    expect(bibtex(report, address)).toBe(
      '@misc{qinghe-2023,\n  title = {清河县教育局关于2023年教育工作情况的报告},\n  author = {{清河县教育局}},\n  year = {2024},\n  date = {2024-01-15},\n' +
        '  howpublished = {\\url{https://example.org/reports/qinghe-2023/#s-1f0c9a3e}},\n  url = {https://example.org/reports/qinghe-2023/#s-1f0c9a3e},\n  note = {[EB/OL]}\n}\n',
    );
    expect(ris(report, address).split('\r\n')).toEqual([
      'TY  - ELEC',
      `TI  - ${report.title}`,
      'AU  - 清河县教育局',
      'PY  - 2024',
      'DA  - 2024/01/15',
      `UR  - ${address}`,
      'LA  - zh',
      'ER  - ',
      '',
    ]);
    expect(cslJson({ ...report, date: null }, address)).toEqual({
      id: 'qinghe-2023',
      type: 'webpage',
      title: report.title,
      author: [{ literal: '清河县教育局' }],
      issued: { 'date-parts': [[2023]] },
      URL: address,
      language: 'zh-CN',
    });
  });
});
