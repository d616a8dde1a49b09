/**
 * The document readers on hand-made input: Word XML cases no office suite was asked to write
 * (numbering on the paragraph itself, text boxes, tracked deletions, field codes), PDF layout
 * on plain coordinates, and the official frame's place in a document.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../scripts/ingest/documents/docx-numbering.ts';
import { readDocx } from '../../scripts/ingest/documents/docx.ts';
import { layOutPages, type Item } from '../../scripts/ingest/documents/pdf-layout.ts';
import { frameRoles } from '../../scripts/ingest/frame-blocks.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, numbering = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering)
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zipSync(files);
}
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const linesOf = (bytes: Uint8Array) => {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.lines.map((l) => `${l.role}:${l.text}`);
};

describe('Word numbers as text', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [21, 'chineseCounting', '二十一'],
    [105, 'chineseCounting', '一百零五'],
    [3, 'ideographTraditional', '丙'],
    [2, 'decimalEnclosedCircle', '②'],
    [3, 'decimalEnclosedParen', '⑶'],
    [12, 'decimalFullWidth', '１２'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [7, 'decimal', '7'],
  ])('%i in %s is %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

describe('.docx from its XML', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
  const listed = (level: number) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr>`;

  it('restores automatic numbering set on the paragraph, restarting the deeper level', () => {
    const body = [
      p(r('主要成效'), listed(0)),
      p(r('学前教育'), listed(1)),
      p(r('义务教育'), listed(1)),
      p(r('存在问题'), listed(0)),
      p(r('师资不足'), listed(1)),
    ].join('');
    expect(linesOf(docx(body, numbering))).toEqual([
      'body:一、主要成效',
      'body:（一）学前教育',
      'body:（二）义务教育',
      'body:二、存在问题',
      'body:（一）师资不足',
    ]);
  });

  it('keeps text boxes and inserted text; drops deleted text and field codes', () => {
    const box = `<w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent>${p(r('某某县教育局文件'))}</w:txbxContent></wp:inline></w:drawing></w:r>`;
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      p(box) +
      p(
        `${r('全县')}<w:del><w:r><w:delText>共有</w:delText></w:r></w:del><w:ins>${r('新建')}</w:ins>${r('学校')}${field}${r('所。')}`,
      );
    expect(linesOf(docx(body))).toEqual(['body:某某县教育局文件', 'body:', 'body:全县新建学校3所。']);
  });

  it('makes a line break inside a paragraph its own line, and a table row one tab-separated line', () => {
    const cell = (t: string) => `<w:tc>${p(r(t))}</w:tc>`;
    const body = `${p(`${r('关于开展督导评估')}<w:r><w:br/></w:r>${r('工作的通知')}`)}<w:tbl><w:tr>${cell('学段')}${cell('学校数')}</w:tr><w:tr>${cell('小学')}${cell('41')}</w:tr></w:tbl>`;
    expect(linesOf(docx(body))).toEqual([
      'body:关于开展督导评估',
      'body:工作的通知',
      'row:学段\t学校数',
      'row:小学\t41',
    ]);
  });

  it('says why a broken package cannot be read', () => {
    expect(readDocx(zipSync({ 'word/other.xml': strToU8('<x/>') }))).toEqual({
      ok: false,
      reason: 'not a readable .docx (no word/document.xml)',
    });
  });
});

describe('PDF layout from positions', () => {
  const item = (text: string, x: number, y: number, size = 16): Item => ({
    text,
    x,
    y,
    size,
    width: [...text].length * size,
  });

  it('joins a paragraph across lines and a page break, without spaces between Chinese characters', () => {
    const page1 = {
      width: 595,
      height: 842,
      items: [
        item('— 1 —', 280, 40, 12), // drawn first, read last
        item('一、总体情况', 80, 700),
        item('全县共有学校一百所， 在校学生', 112, 670), // indented, runs to the margin
        item('共计三万人。', 80, 640),
        item('教育事业发展稳中有进，取得了', 112, 610), // runs to the margin at the page's foot
      ],
    };
    const page2 = { width: 595, height: 842, items: [item('显著成效。', 80, 760), item('— 2 —', 280, 40, 12)] };
    const result = layOutPages([page1, page2]);
    expect(result.ok && result.lines.map((l) => `${l.role}:${l.text}`)).toEqual([
      'body:一、总体情况',
      'body:全县共有学校一百所，在校学生共计三万人。',
      'body:教育事业发展稳中有进，取得了显著成效。',
      'furniture:— 1 —',
      'furniture:— 2 —',
    ]);
  });
});

describe('the official frame in a document', () => {
  const para = (text: string) => ({ kind: 'paragraph' as const, level: 0, text });
  it('finds the 红头 and 文号 at the head and the 署名 and date at the foot, never a date in the middle', () => {
    const text = ['全年新建学校3所。', '新增学位1080个。', '教师交流326名。', '课后服务全覆盖。'].map(para);
    const blocks = [
      para('某某县教育局文件'),
      para('某教〔2024〕3号'),
      { kind: 'heading' as const, level: 1, text: '一、工作成效' },
      para('2024年1月15日'),
      ...text,
      para('某某县教育局'),
      para('2024年1月20日'),
    ];
    expect(frameRoles(blocks)).toEqual(['masthead', 'number', null, null, null, null, null, null, 'signer', 'date']);
  });
});
