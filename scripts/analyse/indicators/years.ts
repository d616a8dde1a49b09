/**
 * The year a figure belongs to: a year written in its sentence (the nearest before the
 * figure, else the first after), or else the year of the section it stands in — 001's
 * figures under “一、2022年亮点工作” are 2022's, those under “三、2023年工作打算” are the
 * 2023 plan. Masked years (201x年, XXXX年) are no year. Null when nothing says.
 */
const YEAR = /(?<![0-9])((?:19|20)\d{2})年/g;

/** Years written in a text, with positions. */
export function yearsIn(text: string): Array<{ year: number; at: number }> {
  return [...text.matchAll(YEAR)]
    .map((m) => ({ year: Number(m[1]), at: m.index }))
    .filter((y) => y.year >= 1949 && y.year <= 2100);
}

/** The year written nearest before `at` in [from, to), else the first after it. */
export function yearNear(text: string, from: number, to: number, at: number): number | null {
  const years = yearsIn(text.slice(from, to)).map((y) => ({ ...y, at: y.at + from }));
  const before = years.filter((y) => y.at < at);
  if (before.length > 0) return before[before.length - 1].year;
  return years[0]?.year ?? null;
}

/** Section years as headings open and close: call `enter` on each heading in order. */
export class SectionYears {
  private byLevel: Array<number | null> = [];
  /** A heading of `level` (1 = top): it closes deeper sections and may name a year. */
  enter(level: number, text: string): void {
    this.byLevel.length = Math.max(0, level - 1);
    const y = yearsIn(text);
    this.byLevel[level - 1] = y.length > 0 ? y[0].year : null;
  }
  /** The year of the innermost section that names one, or null. */
  current(): number | null {
    for (let i = this.byLevel.length - 1; i >= 0; i--) if (this.byLevel[i] != null) return this.byLevel[i];
    return null;
  }
}
