/**
 * A minimal PDF writer for fixtures that no office suite makes: Chinese set in the
 * non-embedded CID font STSong-Light through the predefined CMap UniGB-UCS2-H, with no
 * ToUnicode map, as many 公文 PDFs are (pdf.js drops such text unless given its CMaps), and
 * pages that are only an image, as a scan is. Deterministic: the same pages, the same bytes.
 * The document fixtures (tests/documents/make-fixtures.ts) and the document bench use it.
 */

/** One part of a report as tests/documents/fixtures/report.src.txt writes it (`role: text`). */
export type Role = 'masthead' | 'number' | 'title' | 'addressee' | 'h1' | 'h2' | 'p' | 'table' | 'sign' | 'date';
export interface Part {
  role: Role;
  text: string;
}

/** Text placed at (x, y) in points from the bottom left, in the CID font, `size` points. */
export interface PlacedText {
  x: number;
  y: number;
  size: number;
  text: string;
}

export type PdfPage = { texts: PlacedText[] } | { image: { width: number; height: number } };

/** Advance of one character in em: ASCII is half width in Adobe-GB1's proportional range. */
export const advance = (char: string): number => (char.charCodeAt(0) < 0x80 ? 0.5 : 1);

const hex = (text: string) =>
  [...text]
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

/** The PDF file for `pages` (A4 portrait). */
export function writePdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor; then per page: page, content (+ image).
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled in below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>',
  );
  add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const kids: number[] = [];
  for (const page of pages) {
    const pageNo = objects.length + 1;
    kids.push(pageNo);
    if ('texts' in page) {
      const stream = page.texts
        .map((t) => `BT /F1 ${t.size} Tf ${t.x.toFixed(2)} ${t.y.toFixed(2)} Td <${hex(t.text)}> Tj ET`)
        .join('\n');
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNo + 1} 0 R >>`,
      );
      add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    } else {
      const { width, height } = page.image;
      const stream = `q 495 0 0 700 50 70 cm /Im1 Do Q`;
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${pageNo + 2} 0 R >> >> /Contents ${pageNo + 1} 0 R >>`,
      );
      add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
      // A grey page with dark bands where lines of print would be: pixels, no text layer.
      const pixels = Array.from({ length: width * height }, (_, i) =>
        Math.floor(i / width) % 12 < 3 && i % width > 8 && i % width < width - 8 ? '\x30' : '\xe0',
      ).join('');
      add(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
      );
    }
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Breaks `text` into lines of at most `width` points at `size`, the first indented by `indent` em. */
export function wrap(text: string, size: number, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let used = indent;
  for (const char of text) {
    if ((used + advance(char)) * size > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += advance(char);
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays the parts out on A4 pages in the non-embedded CID font, page numbers at the foot. */
export function layOut(list: Part[], columns: 1 | 2, header: string | null): PdfPage[] {
  const pages: PlacedText[][] = [[]];
  const [left, right, top, bottom] = [80, 515, 770, 90];
  const gutter = 20;
  const width = columns === 1 ? right - left : (right - left - gutter) / 2;
  let column = 0;
  let y = top;
  /** Where this page's columns begin: below what spans both (the title). */
  let columnTop = top;
  const place = (texts: PlacedText[]) => pages.at(-1)!.push(...texts);
  const newColumn = () => {
    if (columns === 2 && column === 0) {
      column = 1;
      y = columnTop;
    } else {
      pages.push([]);
      column = 0;
      y = columnTop = top;
    }
  };
  const x0 = () => left + column * (width + gutter);
  const line = (text: string, size: number, align: 'left' | 'centre' | 'right', indent = 0, span = false) => {
    if (y < bottom) newColumn();
    const w = [...text].reduce((s, c) => s + advance(c), 0) * size;
    const full = span ? right - left : width;
    const start = span ? left : x0();
    const x =
      align === 'centre'
        ? start + (full - w) / 2
        : align === 'right'
          ? start + full - w - 2 * size
          : start + indent * size;
    place([{ x, y, size, text }]);
    y -= size * 1.75;
    if (span) columnTop = y;
  };
  const body = columns === 1 ? 16 : 12;
  for (const p of list) {
    if (p.role === 'masthead') line(p.text, 30, 'centre', 0, true);
    else if (p.role === 'title') for (const t of wrap(p.text, 22, right - left - 60)) line(t, 22, 'centre', 0, true);
    else if (p.role === 'number') line(p.text, body, 'centre', 0, true);
    else if (p.role === 'sign' || p.role === 'date') line(p.text, body, 'right');
    else if (p.role === 'table') {
      if (y < bottom) newColumn();
      place(p.text.split('|').map((c, k) => ({ x: x0() + (k * width) / 3, y, size: body * 0.8, text: c })));
      y -= body * 1.6;
    } else {
      const indent = p.role === 'addressee' ? 0 : 2;
      wrap(p.text, body, width, indent).forEach((t, k) => {
        line(t, body, 'left', k === 0 ? indent : 0);
      });
    }
  }
  return pages.map((texts, k) => {
    const furniture: PlacedText[] = [{ x: 280, y: 40, size: 12, text: columns === 1 ? `— ${k + 1} —` : `-${k + 1}-` }];
    if (header) furniture.unshift({ x: 80, y: 805, size: 10.5, text: header });
    // Drawing order is not reading order: the furniture first, then the text.
    return { texts: [...furniture, ...texts] };
  });
}
