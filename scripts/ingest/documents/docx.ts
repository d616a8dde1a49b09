/**
 * A .docx → laid lines. Read from the Word XML itself rather than through an HTML converter,
 * because a 公文's structure is in what converters drop: automatic 一、 numbering (numbering.xml
 * `lvlText`), the centred large title and the red masthead (direct formatting), and text boxes.
 * One paragraph is one line; a table row is one line of tab-separated cells.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { ListCounter, type ListLevel } from './docx-numbering.ts';
import type { Extracted, LaidLine } from './types.ts';

/** A paragraph as the layout shows it. */
interface Paragraph {
  text: string;
  centred: boolean;
  /** Largest run size in points (null when the document sets none: the style's default). */
  size: number | null;
  red: boolean;
  /** `Title` style or an outline level: what Word itself calls the paragraph. */
  styled: 'title' | 'heading' | null;
}

const elements = (node: Node): Element[] => {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
};
const child = (node: Node | null | undefined, name: string): Element | undefined =>
  node ? elements(node).find((e) => e.localName === name) : undefined;
/** The `w:val` attribute (Word puts every value there). */
const val = (e: Element | undefined): string | null => (e ? (e.getAttribute('w:val') ?? e.getAttribute('val')) : null);

function parseXml(xml: string): Element {
  const doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new Error('unreadable XML');
  return doc.documentElement;
}

/** Styles by id: the paragraph properties a paragraph inherits through `basedOn`. */
interface Style {
  name: string;
  basedOn: string | null;
  pPr: Element | undefined;
  rPr: Element | undefined;
}

function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  for (const s of elements(parseXml(xml)).filter((e) => e.localName === 'style')) {
    styles.set(s.getAttribute('w:styleId') ?? '', {
      name: (val(child(s, 'name')) ?? '').toLowerCase(),
      basedOn: val(child(s, 'basedOn')),
      pPr: child(s, 'pPr'),
      rPr: child(s, 'rPr'),
    });
  }
  return styles;
}

/** The style chain of a paragraph style, own style first (cycles cut). */
function styleChain(styles: Map<string, Style>, id: string | null): Style[] {
  const chain: Style[] = [];
  for (
    let s = id ? styles.get(id) : undefined;
    s && !chain.includes(s) && chain.length < 20;
    s = s.basedOn ? styles.get(s.basedOn) : undefined
  )
    chain.push(s);
  return chain;
}

function readNumbering(xml: string | undefined): (numId: string) => ListLevel[] | undefined {
  if (!xml) return () => undefined;
  const root = parseXml(xml);
  const abstract = new Map<string, ListLevel[]>();
  for (const a of elements(root).filter((e) => e.localName === 'abstractNum')) {
    const levels: ListLevel[] = [];
    for (const lvl of elements(a).filter((e) => e.localName === 'lvl')) {
      levels[Number(lvl.getAttribute('w:ilvl') ?? 0)] = {
        start: Number(val(child(lvl, 'start')) ?? 1),
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
      };
    }
    abstract.set(a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const lists = new Map<string, ListLevel[]>();
  for (const n of elements(root).filter((e) => e.localName === 'num')) {
    const levels = (abstract.get(val(child(n, 'abstractNumId')) ?? '') ?? []).map((l) => ({ ...l }));
    for (const o of elements(n).filter((e) => e.localName === 'lvlOverride')) {
      const at = Number(o.getAttribute('w:ilvl') ?? 0);
      const start = val(child(o, 'startOverride'));
      if (levels[at] && start !== null) levels[at].start = Number(start);
    }
    lists.set(n.getAttribute('w:numId') ?? '', levels);
  }
  return (numId) => lists.get(numId);
}

/** A colour that reads as red on paper (the 红头's C00000 / FF0000 / E60012 …). */
const isRed = (hex: string | null) => {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return r >= 0xb0 && g <= 0x60 && b <= 0x60;
};

/** Reads one document's body (see the module comment). */
class BodyReader {
  readonly paragraphs: Array<Paragraph | { row: string[] }> = [];
  numbered = 0;
  boxes = 0;
  private readonly counter: ListCounter;
  private readonly styles: Map<string, Style>;

  constructor(styles: Map<string, Style>, numbering: (numId: string) => ListLevel[] | undefined) {
    this.styles = styles;
    this.counter = new ListCounter(numbering);
  }

  /** Block-level content in order: paragraphs, tables, content controls. */
  blocks(node: Node): void {
    for (const e of elements(node)) {
      if (e.localName === 'p') this.paragraph(e);
      else if (e.localName === 'tbl') this.table(e);
      else if (e.localName === 'sdt') this.blocks(child(e, 'sdtContent') ?? e);
      else if (e.localName === 'customXml' || e.localName === 'ins') this.blocks(e);
    }
  }

  private table(tbl: Element): void {
    for (const tr of elements(tbl).filter((e) => e.localName === 'tr')) {
      const cells = elements(tr)
        .filter((e) => e.localName === 'tc')
        .map((tc) => {
          const inner = new BodyReader(this.styles, () => undefined);
          inner.blocks(tc);
          return inner.paragraphs
            .map((p) => ('row' in p ? p.row.join(' ') : p.text))
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
        });
      if (cells.some((c) => c !== '')) this.paragraphs.push({ row: cells });
    }
  }

  private paragraph(p: Element): void {
    const pPr = child(p, 'pPr');
    const chain = styleChain(this.styles, val(child(pPr, 'pStyle')));
    const fromChain = (name: string) => child(pPr, name) ?? chain.map((s) => child(s.pPr, name)).find(Boolean);
    const runs = { text: '', size: null as number | null, red: false, boxes: [] as Element[] };
    this.inline(p, runs, chain);
    for (const box of runs.boxes) {
      this.boxes++;
      this.blocks(box);
    }
    let prefix = '';
    const numPr = fromChain('numPr');
    const numId = val(child(numPr, 'numId'));
    if (numId && numId !== '0') {
      prefix = this.counter.next(numId, Number(val(child(numPr, 'ilvl')) ?? 0));
      if (prefix) this.numbered++;
    }
    const text = (prefix + runs.text).replace(/[ \u3000]+$/u, '');
    const outline = val(fromChain('outlineLvl'));
    const names = chain.map((s) => s.name);
    const styled = names.some((n) => n === 'title' || n === '标题')
      ? 'title'
      : (outline !== null && Number(outline) < 9) || names.some((n) => /^(heading|标题)\s*\d$/.test(n))
        ? 'heading'
        : null;
    const jc = val(fromChain('jc'));
    for (const line of text.split('\n')) {
      this.paragraphs.push({ text: line, centred: jc === 'center', size: runs.size, red: runs.red, styled });
    }
  }

  /** Text of a paragraph's runs (also inside links, insertions, fields, smart tags), in order. */
  private inline(
    node: Node,
    into: { text: string; size: number | null; red: boolean; boxes: Element[] },
    chain: Style[],
  ): void {
    for (const e of elements(node)) {
      switch (e.localName) {
        case 'pPr':
        case 'rPr':
        case 'del':
        case 'moveFrom':
        case 'instrText':
        case 'delText':
        case 'Fallback':
          break;
        case 't':
          into.text += e.textContent ?? '';
          break;
        case 'tab':
          into.text += ' ';
          break;
        case 'br':
        case 'cr':
          into.text += '\n';
          break;
        case 'txbxContent':
          into.boxes.push(e);
          break;
        case 'r': {
          const rPr = child(e, 'rPr');
          const size =
            val(child(rPr, 'sz')) ?? chain.map((s) => val(child(s.rPr, 'sz'))).find((v) => v !== null) ?? null;
          const hasText = elements(e).some((t) => t.localName === 't' && (t.textContent ?? '').trim() !== '');
          if (hasText && size !== null) into.size = Math.max(into.size ?? 0, Number(size) / 2);
          if (hasText && isRed(e.getElementsByTagName('w:color')[0]?.getAttribute('w:val') ?? null)) into.red = true;
          this.inline(e, into, chain);
          break;
        }
        default:
          this.inline(e, into, chain);
      }
    }
  }
}

/** The title: the first centred, larger-than-body (or `Title`-styled) paragraphs near the top. */
function titleRun(paragraphs: Paragraph[]): [number, number] | null {
  const sizes = paragraphs
    .map((p) => p.size)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const isTitle = (p: Paragraph) =>
    p.text.trim() !== '' &&
    !p.red &&
    !/文件$/.test(p.text.trim()) &&
    (p.styled === 'title' || (p.centred && p.size !== null && p.size >= body + 2));
  const start = paragraphs.slice(0, 15).findIndex(isTitle);
  if (start < 0) return null;
  let end = start + 1;
  while (
    end < paragraphs.length &&
    end - start < 4 &&
    isTitle(paragraphs[end]) &&
    paragraphs[end].size === paragraphs[start].size
  )
    end++;
  return [start, end];
}

/** Reads a .docx (see the module comment); a damaged or encrypted file gives its reason. */
export function readDocx(bytes: Uint8Array): Extracted {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml') && f.originalSize < 200_000_000,
    });
  } catch (error) {
    return { ok: false, reason: `not a readable .docx (${(error as Error).message || 'corrupt zip'})` };
  }
  const xml = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const document = xml('word/document.xml');
  if (!document) return { ok: false, reason: 'not a readable .docx (no word/document.xml)' };
  const reader = new BodyReader(readStyles(xml('word/styles.xml')), readNumbering(xml('word/numbering.xml')));
  try {
    reader.blocks(child(parseXml(document), 'body') ?? parseXml(document));
  } catch (error) {
    return { ok: false, reason: `not a readable .docx (${(error as Error).message})` };
  }
  const paragraphs = reader.paragraphs.filter((p): p is Paragraph => !('row' in p));
  const title = titleRun(paragraphs);
  const titled = new Set(title ? paragraphs.slice(title[0], title[1]) : []);
  const lines: LaidLine[] = reader.paragraphs.map((p) =>
    'row' in p ? { text: p.row.join('\t'), role: 'row' } : { text: p.text, role: titled.has(p) ? 'title' : 'body' },
  );
  const rows = lines.filter((l) => l.role === 'row').length;
  const notes = [
    title ? '标题取自版式（居中大字号）' : '',
    reader.numbered ? `自动编号还原 ${reader.numbered} 处` : '',
    rows ? `表格 ${rows} 行` : '',
    reader.boxes ? `文本框 ${reader.boxes} 个` : '',
  ].filter(Boolean);
  return { ok: true, lines, notes };
}
