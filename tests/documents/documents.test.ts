/**
 * Original documents (reports that come as files, not web pages): the same report as .txt,
 * .docx (heading styles with automatic numbering, direct formatting, Traditional), .doc, .wps
 * and three kinds of PDF gives the same body, the frame as metadata, and no page furniture.
 * The fixtures are made by make-fixtures.ts (LibreOffice and pdf-writer.ts); the MDX of each is
 * a reviewed golden in ./output (regenerate with UPDATE=1).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry, serialiseEntry, toCacheEntry } from '../../scripts/ingest/runner/cache-entry.ts';
import { processFile, type ProcessedDocument } from '../../scripts/ingest/pipeline.ts';
import { readBlocks } from '../../shared/read-report.ts';
import { toFrontmatter } from '../../scripts/ingest/report.ts';
import { renderReport } from '../../scripts/ingest/write.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const outputs = join(import.meta.dirname, 'output');

async function documentOf(name: string): Promise<ProcessedDocument> {
  const result = await processFile(new Uint8Array(readFileSync(join(fixtures, name))), name);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  expect(result.documents).toHaveLength(1);
  return result.documents[0];
}

const body = (doc: ProcessedDocument) => doc.blocks.map((b) => `${b.kind}:${b.level}:${b.text}`);
const plain = await documentOf('report.txt');

const DOCUMENTS = [
  'report-styled.docx',
  'report-direct.docx',
  'report-traditional.docx',
  'report.doc',
  'report.wps',
  'report.pdf',
  'report-cmap.pdf',
  'brief-two-column.pdf',
];

describe('the same report in every format', () => {
  it('reads the plain text as the reference: headings, a table, the frame', () => {
    expect(plain.title).toBe('清河县教育局关于2023年教育工作情况的报告');
    expect(plain.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}${b.text}`)).toEqual([
      '1一、主要工作成效',
      '2（一）学前教育普及普惠发展',
      '2（二）义务教育优质均衡发展',
      '2（三）教师队伍建设',
      '1二、存在的问题',
      '1三、2024年工作打算',
      '2（一）着力推进教育优质均衡',
      '2（二）着力加强教师队伍建设',
    ]);
    expect(plain.blocks.filter((b) => b.kind === 'table').map((b) => b.text)).toEqual([
      '学段\t学校数（所）\t在校生（人）\n幼儿园\t58\t9860\n小学\t41\t23514\n初中\t15\t11230',
    ]);
  });

  it.each(DOCUMENTS)('%s gives the plain text’s body, title and metadata', async (name) => {
    const doc = await documentOf(name);
    const expected = name.startsWith('brief')
      ? body(plain).filter((b) => !/清河县教育局文件|清教〔2024〕12号/.test(b))
      : body(plain);
    const got = name.startsWith('brief') ? body(doc).filter((b) => !b.includes('教育简报')) : body(doc);
    expect(got).toEqual(expected);
    expect(doc.title).toBe(plain.title);
    expect([doc.issuer, doc.place, doc.placeCode, doc.docType, doc.years]).toEqual([
      '清河县教育局',
      '清河县',
      '130534',
      '工作报告',
      [2023],
    ]);
    expect(doc.official).toMatchObject({ addressee: '县人民政府', signer: '清河县教育局', date: '2024-01-15' });
    if (!name.startsWith('brief'))
      expect(doc.official?.number).toEqual({ text: '清教〔2024〕12号', code: '清教', year: 2024, serial: 12 });
    // No space between Chinese characters, none of pdf.js's line-end spaces.
    for (const b of doc.blocks) expect(b.text).not.toMatch(/\p{Script=Han}[ \u3000]+\p{Script=Han}/u);
  });

  it('reads the Traditional .docx as Traditional and publishes it in Simplified', async () => {
    const doc = await documentOf('report-traditional.docx');
    expect(doc.script).toBe('Hant');
    expect(doc.blocks.find((b) => b.kind === 'table')!.original).toContain('學段');
  });

  it('takes the page furniture off and keeps it on record', async () => {
    const pdf = await documentOf('report.pdf');
    expect(pdf.removed.map((r) => `${r.rule}:${r.text}`)).toEqual([
      'page-furniture:清河县教育局',
      'page-furniture:— 1 —',
      'page-furniture:清河县教育局',
      'page-furniture:— 2 —',
    ]);
    expect(pdf.layout).toEqual(['标题取自版式（居中大字号）', '页眉页码移除 4 行', '表格 4 行']);
    const brief = await documentOf('brief-two-column.pdf');
    expect(brief.layout).toContain('双栏排版 1 页，按栏重排');
    expect((await documentOf('report-styled.docx')).layout).toContain('自动编号还原 8 处');
  });

  it('reads Chinese set in a non-embedded CID font through its predefined CMap', async () => {
    const doc = await documentOf('report-cmap.pdf');
    expect(doc.blocks.map((b) => b.text).join('')).toContain('全面落实“双减”政策');
  });

  it.each(DOCUMENTS)('%s: golden MDX', async (name) => {
    const doc = await documentOf(name);
    const mdx = renderReport(
      toFrontmatter(doc, { id: 'fixture', source: name, sourceSha256: '0'.repeat(64) }),
      doc.blocks,
    );
    const file = join(outputs, `${name}.mdx`);
    if (process.env.UPDATE || !existsSync(file)) {
      mkdirSync(outputs, { recursive: true });
      writeFileSync(file, mdx);
    }
    expect(mdx).toBe(readFileSync(file, 'utf8'));
    // What the analysis reads back is what was written: tables and frame paragraphs included.
    expect(readBlocks(mdx).map((b) => [b.kind, b.text])).toEqual(doc.blocks.map((b) => [b.kind, b.text]));
  });

  it('keeps everything through the cache: a cached document is the fresh one (frame, tables, layout notes)', async () => {
    for (const name of ['report.pdf', 'report-traditional.docx']) {
      const fresh = await processFile(new Uint8Array(readFileSync(join(fixtures, name))), name);
      const entry = toCacheEntry(fresh);
      expect(parseEntry(serialiseEntry(entry)), name).toEqual(entry);
    }
  });

  it('marks the official frame so the page can set it as the document did', async () => {
    const doc = await documentOf('report.pdf');
    expect(doc.blocks.filter((b) => b.frame).map((b) => `${b.frame}:${b.text}`)).toEqual([
      'masthead:清河县教育局文件',
      'number:清教〔2024〕12号',
      'addressee:县人民政府：',
      'signer:清河县教育局',
      'date:2024年1月15日',
    ]);
  });
});

describe('documents that cannot be read: one reason each', () => {
  const reason = async (name: string, bytes: Uint8Array) => {
    const result = await processFile(bytes, name);
    return result.ok ? 'accepted' : result.reason;
  };
  const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

  it('skips a scan, saying it has no text layer', async () => {
    expect(await reason('scan.pdf', fixture('scan.pdf'))).toBe(
      'no text layer (2 page(s) of images only: a scan; OCR is not supported)',
    );
  });

  it('skips an encrypted PDF', async () => {
    expect(await reason('report-encrypted.pdf', fixture('report-encrypted.pdf'))).toBe(
      'encrypted PDF (needs a password), cannot be read',
    );
  });

  it('skips empty, truncated and mislabelled files', async () => {
    const docx = fixture('report-direct.docx');
    expect(await reason('a.docx', new Uint8Array())).toBe('empty file');
    expect(await reason('a.docx', docx.slice(0, 3000))).toMatch(/^not a readable \.docx \(/);
    expect(await reason('a.pdf', fixture('report.pdf').slice(0, 2000))).toMatch(
      /^not a readable PDF|^PDF with no pages/,
    );
    expect(await reason('a.pdf', new TextEncoder().encode('教育局工作总结，不是 PDF。'))).toBe(
      'not a readable PDF (no %PDF header)',
    );
    expect(await reason('a.docx', new TextEncoder().encode('PK'))).toBe(
      'not a .docx file (neither a Word document nor a PDF inside)',
    );
    // An OLE file with an EncryptionInfo stream is how Office stores a password-protected .docx.
    const encrypted = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    expect(await reason('a.docx', encrypted)).toBe('password-protected Office document, cannot be read');
  });

  it('reads a file by what it is, not by its extension', async () => {
    const asDocx = await processFile(fixture('report.doc'), 'mislabelled.docx');
    const asDoc = await processFile(fixture('report-direct.docx'), 'mislabelled.doc');
    expect(asDocx.ok && asDocx.documents[0].title).toBe(plain.title);
    expect(asDoc.ok && asDoc.documents[0].title).toBe(plain.title);
  });
});
