/**
 * Word's automatic list numbers as text. A 公文 numbers its headings with a list whose level
 * text is `%1、` in `chineseCounting`; the number is not in the paragraph's text, so without
 * this 一、 would be lost and the heading with it:
 *   <w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl> → 一、
 */

/** One list level: where it starts, how its number is written, and the text around it. */
export interface ListLevel {
  start: number;
  format: string;
  text: string;
}

const DIGITS = '〇一二三四五六七八九';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (lists never go further). */
function chineseCounting(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && units) out += '零';
  if (units) out += DIGITS[units];
  return out;
}

const letters = (n: number, base: number) =>
  String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) for (; n >= value; n -= value) out += numeral;
  return out;
}

/** A counter in one of Word's number formats (ECMA-376 ST_NumberFormat); unknown ones as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return TRADITIONAL[(n - 1) % 10];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'lowerLetter':
      return letters(n, 0x61);
    case 'upperLetter':
      return letters(n, 0x41);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/**
 * Counts list paragraphs as Word does: each list (`numId`) keeps a counter per level; a
 * paragraph at one level restarts the deeper ones. Returns the number text, or '' for bullets.
 */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly levelsOf: (numId: string) => ListLevel[] | undefined;

  constructor(levelsOf: (numId: string) => ListLevel[] | undefined) {
    this.levelsOf = levelsOf;
  }

  next(numId: string, level: number): string {
    const levels = this.levelsOf(numId);
    const own = levels?.[level];
    if (!levels || !own) return '';
    const counts = this.counters.get(numId) ?? levels.map((l) => l.start - 1);
    counts[level] += 1;
    for (let deeper = level + 1; deeper < counts.length; deeper++) counts[deeper] = levels[deeper].start - 1;
    this.counters.set(numId, counts);
    if (own.format === 'bullet' || own.format === 'none') return '';
    return own.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      return levels[at] ? formatNumber(Math.max(counts[at], levels[at].start), levels[at].format) : '';
    });
  }
}
