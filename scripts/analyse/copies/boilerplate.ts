/**
 * Stock official wording, told apart from copying. Two tests, because neither suffices:
 *
 *   - a small list of formulae every report is expected to use (以习近平新时代中国特色社会主义
 *     思想为指导, 办好人民满意的教育 …): present in a corpus of two reports as much as in ten
 *     thousand, so frequency alone would miss them in a small corpus;
 *   - document frequency: wording shared by more than `maxDf` reports (see ngram-index.ts) is a
 *     formula or a ubiquitous template line, whether or not anyone put it on the list.
 *
 * A passage is boilerplate when at least half of it is covered by either.
 */
import { foldCode } from './normalise.ts';

/** Stock formulae of Chinese official documents on education, as written (normalised on use). */
export const STOCK_FORMULAE = [
  '以习近平新时代中国特色社会主义思想为指导',
  '习近平新时代中国特色社会主义思想',
  '深入贯彻落实党的二十大精神',
  '全面贯彻落实党的十九大精神',
  '全面贯彻党的教育方针',
  '认真贯彻党的教育方针',
  '深入贯彻落实党的教育方针政策',
  '落实立德树人根本任务',
  '全面落实立德树人根本任务',
  '坚持以人民为中心发展教育',
  '办好人民满意的教育',
  '努力办好人民满意的教育',
  '培养德智体美劳全面发展的社会主义建设者和接班人',
  '社会主义建设者和接班人',
  '为党育人、为国育才',
  '教育是国之大计、党之大计',
  '加快建设教育强国',
  '建设教育强国',
  '落实教育优先发展战略',
  '推动教育高质量发展',
  '推进教育治理体系和治理能力现代化',
  '人民群众对优质教育的需求',
  '公平而有质量的教育',
  '坚定不移地走中国特色社会主义教育发展道路',
  '在市委市政府的坚强领导下',
  '在区委区政府的坚强领导下',
];

/** A formula in normalised form (the same folding the copy detector uses). */
export function normaliseFormula(text: string): string {
  let s = '';
  for (const ch of text) {
    const f = foldCode(ch.codePointAt(0)!);
    if (f >= 0) s += String.fromCodePoint(f);
  }
  return s;
}

const FORMULAE = [...new Set(STOCK_FORMULAE.map(normaliseFormula))].sort((a, b) => b.length - a.length);

/** The stock formulae (normalised) occurring in a normalised text. */
export function formulaeIn(normalised: string): string[] {
  return FORMULAE.filter((f) => normalised.includes(f));
}

/** Share (0–1) of a normalised text covered by stock formulae. */
export function formulaCoverage(normalised: string): number {
  if (normalised.length === 0) return 0;
  const covered = new Uint8Array(normalised.length);
  for (const f of FORMULAE) {
    for (let at = normalised.indexOf(f); at >= 0; at = normalised.indexOf(f, at + 1))
      covered.fill(1, at, at + f.length);
  }
  return covered.reduce((n, x) => n + x, 0) / normalised.length;
}

/** The boilerplate verdict for a passage (see the module comment). */
export function isBoilerplate(normalised: string, commonShare: number): boolean {
  return formulaCoverage(normalised) >= 0.5 || commonShare >= 0.5;
}
