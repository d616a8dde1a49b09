/**
 * Figures in a sentence: a number or a masked placeholder followed by a unit — rates
 * (100%, *%), counts (50多人, *所), money (5000万元), areas (X.XX㎡) — and bare numbers,
 * which the caller keeps only where the wording says they are scores (得分为91.5).
 * Masked placeholders are the ingest's masked marks, so a template's *% or XX% is reported
 * as masked and never read as a number. Not figures: years and dates (2021年, 8月6日),
 * ordinals (第98期), list numbers (1.), codes (5G), durations (10分钟), and numbers in Chinese numerals (三年,
 * 六大), which in these reports are almost always rhetorical.
 */
import type { Mark } from '../../ingest/types.ts';

/** A figure found in a block's text. */
export interface Figure {
  /** UTF-16 span of the whole figure (number or placeholder, modifier, unit). */
  start: number;
  end: number;
  raw: string;
  value: number | null;
  masked: boolean;
  unit: string;
  /** True when no unit follows (a bare number: kept only for scores). */
  bare: boolean;
}

/** Units, longest first. 分 is a score, never the minutes of 10分钟. */
const UNIT =
  /^[ \u3000]?(?:[余多])?(个百分点|万平方米|平方米|万人次|人次|万元|亿元|万人|万个|万所|万名|小时|分(?!钟)|[%％‰人名所个项次册台㎡元家倍间亩套场门节篇件处座支])/;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const ASCII_LETTER = /[A-Za-z]/;

function toNumber(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace('．', '.'));
}

/** The unit right after `at`, with its modifier (余, 多, 万), or null. */
function unitAt(text: string, at: number): { unit: string; length: number } | null {
  const m = UNIT.exec(text.slice(at, at + 6));
  return m ? { unit: m[1] === '％' ? '%' : m[1], length: m[0].length } : null;
}

/** Numbers (outside masks) and masked placeholders of a block, in order. */
function tokens(text: string, marks: Mark[]): Array<{ start: number; end: number; masked: boolean }> {
  const masks = marks.filter((m) => m.kind === 'masked');
  const inMask = (i: number) => masks.some((m) => m.start <= i && i < m.end);
  const list = masks.map((m) => ({ start: m.start, end: m.end, masked: true }));
  for (const m of text.matchAll(NUMBER))
    if (!inMask(m.index)) list.push({ start: m.index, end: m.index + m[0].length, masked: false });
  return list.sort((a, b) => a.start - b.start);
}

/** The figures of a block (see the module comment). */
export function findFigures(text: string, marks: Mark[]): Figure[] {
  const figures: Figure[] = [];
  for (const t of tokens(text, marks)) {
    const before = text[t.start - 1] ?? '';
    const after = text[t.end] ?? '';
    if (before === '第' || ASCII_LETTER.test(before) || ASCII_LETTER.test(after)) continue;
    if (/[-+/:~～—–]/.test(after) || /[-+/:~～—–]/.test(before)) continue; // ranges, “5+2”, *-*
    const unit = unitAt(text, t.end);
    const raw = text.slice(t.start, unit ? t.end + unit.length : t.end);
    const value = t.masked ? null : toNumber(text.slice(t.start, t.end));
    if (unit) {
      figures.push({
        start: t.start,
        end: t.end + unit.length,
        raw,
        value,
        masked: t.masked,
        unit: unit.unit,
        bare: false,
      });
    } else if (!/[年月日号届期批级岁]/.test(after) && !(after === '.' || after === '．' || after === '、')) {
      figures.push({ start: t.start, end: t.end, raw, value, masked: t.masked, unit: '', bare: true });
    }
  }
  // “分别为X和X%”: a bare figure joined to the next one shares its unit.
  for (let i = figures.length - 2; i >= 0; i--) {
    const [f, g] = [figures[i], figures[i + 1]];
    if (f.bare && !g.bare && /^[和及与、]$/.test(text.slice(f.end, g.start)))
      figures[i] = { ...f, unit: g.unit, bare: false };
  }
  return figures;
}
