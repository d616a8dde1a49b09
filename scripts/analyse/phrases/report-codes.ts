/**
 * A report's text as the phrase finder counts it: its Han characters outside marks (theme
 * mentions, flagged text), as code points with −1 between runs. Per report, so that a
 * report's share of the counts can be added or taken away on its own (ngram-table.ts); a
 * corpus is its reports' codes one after another, which is what one pass over all reports
 * gave before (a report's codes end with −1, so no run crosses two reports).
 */
import { isHanCodePoint } from '../../../shared/han.ts';
import type { CorpusReport } from '../corpus.ts';

/** The report's codes (see the module comment). */
export function reportCodes(report: CorpusReport): Int32Array {
  const size = report.blocks.reduce((m, b) => m + b.text.length + 1, 0);
  const codes = new Int32Array(size);
  let n = 0;
  const separate = () => {
    if (n > 0 && codes[n - 1] !== -1) codes[n++] = -1;
  };
  for (const block of report.blocks) {
    const masked = new Uint8Array(block.text.length);
    for (const m of block.marks) masked.fill(1, m.start, m.end);
    for (let i = 0; i < block.text.length; ) {
      const cp = block.text.codePointAt(i)!;
      if (isHanCodePoint(cp) && !masked[i]) codes[n++] = cp;
      else separate();
      i += cp > 0xffff ? 2 : 1;
    }
    separate();
  }
  return codes.slice(0, n);
}

/** Reports' codes one after another, with the report index of every position. */
export function joinCodes(docs: Int32Array[]): { codes: Int32Array; docOf: Int32Array } {
  const size = docs.reduce((n, d) => n + d.length, 0);
  const codes = new Int32Array(size);
  const docOf = new Int32Array(size);
  let at = 0;
  docs.forEach((d, k) => {
    codes.set(d, at);
    docOf.fill(k, at, at + d.length);
    at += d.length;
  });
  return { codes, docOf };
}

/** Codes as a string (−1 as U+FFFF, never a Han character), for the cache; and back. */
export function codesToText(codes: Int32Array): string {
  let s = '';
  const chunk: number[] = [];
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || chunk.length >= 4096) {
      s += String.fromCodePoint(...chunk);
      chunk.length = 0;
    }
    if (i < codes.length) chunk.push(codes[i] < 0 ? 0xffff : codes[i]);
  }
  return s;
}

export function textToCodes(text: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    out.push(cp === 0xffff ? -1 : cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return Int32Array.from(out);
}
