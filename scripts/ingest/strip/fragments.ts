/**
 * A page broken into a line at every change of script: some 文库 sites print a PDF's text
 * with a line break wherever a run of Han characters meets a mask, a number or a bracket,
 * so one sentence stands on a dozen lines:
 *
 *     根据                                   根据xx市人民政府教育督导委员会《关于印发〈对县(区)
 *     xx                                     党政领导干部2022年度履行教育职责督导评价工作实施
 *     市人民政府教育督导委员会《关于印发〈对县(区)党政领导干部   →   方案〉的通知》(xx督委字〔2022〕x号)精神,…
 *     2022                                   (one line for the rules, fifteen on record)
 *     年度履行教育职责督导评价工作实施方案〉的通知》(
 *     …
 *
 * Read line by line, `xx`, `2022` and `〕` look like a site's furniture and the sentence
 * pieces between them like menu entries, so the edge and context rules took a report's
 * opening for chrome. The rules judge such a page by its sentences: each run of lines joined
 * through these fragments is one line for them, and a verdict on it holds for every source
 * line of the run. Pages without the pattern are left as they are.
 */
import type { SourceLine } from '../types.ts';

/** A piece with no Han character: a mask (xx, ×), a number, a year, a percentage, a bracket or a stop. */
const FRAGMENT =
  /^(?:[xX×*＊]+|[\d０-９]+(?:[.,][\d０-９]+)*[%％]?|[xX]+(?:\.[xX]+)?[%％]?|[〔〕()（）《》〈〉<>「」“”、，,。；;：:.])$/;

/** Final stops: a line ending with one is a sentence of its own, not a piece of the next. */
const FINAL = /[。！？!?；;]$/;

/** Lines of text broken mid-sentence by the fragments: a line with a Han character. */
const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** Fewest fragments standing between two pieces of one sentence before a page counts as broken. */
const MIN_FRAGMENTS = 6;
/** …and their least share of the page's non-blank lines. */
const MIN_SHARE = 0.15;

/** The runs of lines (indices into `lines`) the rules should judge as one; null on a page not broken so. */
export function fragmentRuns(lines: readonly SourceLine[]): number[][] | null {
  const nonBlank = lines.flatMap((l, i) => (l.text.trim() ? [i] : []));
  const text = (k: number): string => lines[nonBlank[k]].text.trim();
  const isFragment = (k: number): boolean => FRAGMENT.test(text(k));
  // A fragment inside a sentence: Han text without a final stop before it, Han text or
  // another fragment after it.
  let inside = 0;
  for (let k = 1; k + 1 < nonBlank.length; k++) {
    if (!isFragment(k)) continue;
    let before = k - 1;
    while (before > 0 && isFragment(before)) before--;
    if (hasHan(text(before)) && !FINAL.test(text(before)) && (hasHan(text(k + 1)) || isFragment(k + 1))) inside++;
  }
  if (inside < MIN_FRAGMENTS || inside < MIN_SHARE * nonBlank.length) return null;

  // Join: a fragment continues the line above it (unless that one ends a sentence), and the
  // line after a fragment continues it (unless the fragment is itself a final stop).
  const runs: number[][] = [];
  let run: number[] = [];
  for (let k = 0; k < nonBlank.length; k++) {
    const continues =
      run.length > 0 &&
      ((isFragment(k) && !FINAL.test(text(k - 1))) || (isFragment(k - 1) && !FINAL.test(text(k - 1))));
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(nonBlank[k]);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The page as the rules should read it: each run of `fragmentRuns` as one line (its texts
 * joined, numbered as its first line), blank lines dropped between the pieces of a run.
 * `members[i]` lists the indices into `lines` the joined line `i` stands for.
 */
export function joinFragments(lines: readonly SourceLine[]): { lines: SourceLine[]; members: number[][] } | null {
  const runs = fragmentRuns(lines);
  if (runs === null) return null;
  const joined: SourceLine[] = [];
  const members: number[][] = [];
  const start = new Map(runs.map((r) => [r[0], r]));
  const inRun = new Set(runs.flatMap((r) => r.slice(1)));
  lines.forEach((line, i) => {
    const run = start.get(i);
    if (run !== undefined) {
      joined.push({ line: line.line, text: run.map((j) => lines[j].text.trim()).join('') });
      members.push(run);
    } else if (!inRun.has(i) && line.text.trim() === '') {
      joined.push(line);
      members.push([i]);
    }
  });
  return { lines: joined, members };
}
