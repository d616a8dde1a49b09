/**
 * Regenerates the document fixtures in ./fixtures from report.src.txt (one `role: text` per
 * line), the way bureaus' files are made: LibreOffice writes the Word files and the
 * embedded-font PDF from a flat ODT; scripts/bench/pdf-writer.ts writes what no office suite writes (a
 * non-embedded CID font, a two-column brief, a scan). Needs `soffice` (Debian's
 * libreoffice-writer-nogui, fonts-noto-cjk) only to regenerate, never to test:
 *
 *   node tests/documents/make-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { layOut, writePdf, type Part, type Role } from '../../scripts/bench/pdf-writer.ts';

const here = join(import.meta.dirname, 'fixtures');

const parts: Part[] = readFileSync(join(here, 'report.src.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.includes(': '))
  .map((l) => ({ role: l.slice(0, l.indexOf(': ')) as Role, text: l.slice(l.indexOf(': ') + 2) }));

const NUMERALS = '一二三四五六七八九十';
/** The parts with their heading numbers written out (一、 / （一）), as a plain text has them. */
function numbered(list: Part[]): Part[] {
  let h1 = 0;
  let h2 = 0;
  return list.map((p) => {
    if (p.role === 'h1') {
      h2 = 0;
      return { ...p, text: `${NUMERALS[h1++]}、${p.text}` };
    }
    if (p.role === 'h2') return { ...p, text: `（${NUMERALS[h2++]}）${p.text}` };
    return p;
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A flat ODT of the parts: `auto` numbers headings by outline numbering, as Word styles do. */
function fodt(list: Part[], headings: 'auto' | 'direct'): string {
  const body: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.role === 'table') {
      const rows: string[] = [];
      for (; list[i]?.role === 'table'; i++)
        rows.push(
          `<table:table-row>${list[i].text
            .split('|')
            .map(
              (c) =>
                `<table:table-cell office:value-type="string"><text:p text:style-name="Cell">${esc(c)}</text:p></table:table-cell>`,
            )
            .join('')}</table:table-row>`,
        );
      i--;
      body.push(
        `<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>${rows.join('')}</table:table>`,
      );
    } else if ((p.role === 'h1' || p.role === 'h2') && headings === 'auto') {
      const level = p.role === 'h1' ? 1 : 2;
      body.push(`<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${esc(p.text)}</text:h>`);
    } else {
      const style = {
        masthead: 'Masthead',
        number: 'Centred',
        title: 'Title',
        addressee: 'Plain',
        h1: 'H1',
        h2: 'H2',
        p: 'Body',
        sign: 'Right',
        date: 'Right',
      }[p.role];
      body.push(`<text:p text:style-name="${style}">${esc(p.text)}</text:p>`);
    }
  }
  const font = (name: string) =>
    `style:font-name-asian="${name}" fo:font-family="${name}" style:font-family-asian="${name}"`;
  const size = (pt: number) => `fo:font-size="${pt}pt" style:font-size-asian="${pt}pt"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties ${size(16)} ${font('仿宋')} style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:text-indent="0.9cm"/><style:text-properties ${size(16)} ${font('黑体')}/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:text-indent="0.9cm"/><style:text-properties ${size(16)} ${font('楷体')}/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-prefix="（" style:num-format="一, 二, 三, ..." style:num-suffix="）" text:display-levels="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Masthead" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties ${size(30)} ${font('方正小标宋简体')} fo:color="#e60012"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.5cm"/><style:text-properties ${size(22)} ${font('方正小标宋简体')}/></style:style>
<style:style style:name="Centred" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Plain" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.9cm" fo:text-align="justify"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.9cm"/><style:text-properties ${font('黑体')} fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.9cm"/><style:text-properties ${font('楷体')}/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties ${size(12)}/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties ${size(12)}/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Furniture">清河县教育局</text:p></style:header><style:footer><text:p text:style-name="Furniture">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** soffice --convert-to, into ./fixtures under `name`. */
function convert(fodtText: string, filter: string, name: string): void {
  const work = mkdtempSync(join(tmpdir(), 'fixtures-'));
  const stem = name.replace(/\.[^.]+$/, '');
  writeFileSync(join(work, `${stem}.fodt`), fodtText);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${work}/profile`,
      '--convert-to',
      filter,
      '--outdir',
      work,
      join(work, `${stem}.fodt`),
    ],
    { stdio: 'ignore' },
  );
  copyFileSync(join(work, `${stem}.${filter.split(':')[0]}`), join(here, name));
  rmSync(work, { recursive: true, force: true });
}

/** The parts as plain text, one per line, table cells tab-separated: what a .txt of it holds. */
const plain = (list: Part[]) =>
  `${list.map((p) => (p.role === 'table' ? p.text.replaceAll('|', '\t') : p.text)).join('\n')}\n`;

function main(): void {
  const direct = numbered(parts);
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  writeFileSync(join(here, 'report.txt'), plain(direct));
  convert(fodt(parts, 'auto'), 'docx:MS Word 2007 XML', 'report-styled.docx');
  convert(fodt(direct, 'direct'), 'docx:MS Word 2007 XML', 'report-direct.docx');
  convert(
    fodt(
      direct.map((p) => ({ ...p, text: traditional(p.text) })),
      'direct',
    ),
    'docx:MS Word 2007 XML',
    'report-traditional.docx',
  );
  convert(fodt(direct, 'direct'), 'doc:MS Word 97', 'report.doc');
  copyFileSync(join(here, 'report.doc'), join(here, 'report.wps'));
  convert(fodt(direct, 'direct'), 'pdf:writer_pdf_Export', 'report.pdf');
  convert(
    fodt(direct, 'direct'),
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
    'report-encrypted.pdf',
  );
  writeFileSync(join(here, 'report-cmap.pdf'), writePdf(layOut(direct, 1, null)));
  writeFileSync(
    join(here, 'brief-two-column.pdf'),
    writePdf(
      layOut(
        direct.filter((p) => p.role !== 'masthead' && p.role !== 'number'),
        2,
        '清河县教育简报　2024年第1期',
      ),
    ),
  );
  writeFileSync(
    join(here, 'scan.pdf'),
    writePdf([{ image: { width: 60, height: 80 } }, { image: { width: 60, height: 80 } }]),
  );
}

main();
