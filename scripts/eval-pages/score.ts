/**
 * Scores one processed page against its labels, and sums pages into the measures the
 * README reports. Pure: the runner (../eval-pages.ts) and the test (tests/pages.test.ts)
 * feed it the pipeline's output.
 *
 * A source line is *removed* when a report's removed record names its number, and
 * *published* when its Han characters and digits (no spaces, punctuation or Latin glosses,
 * which the cleaner may repair; in Simplified script, as titles are) stand in a report's
 * title or text. A line that is neither is *lost*: the one outcome that must never happen.
 */
import type { SourceResult } from '../ingest/pipeline.ts';
import { toSimplifiedChars } from '../ingest/strip/simplified.ts';
import type { Expected } from './corpus.ts';

export interface PageScore {
  name: string;
  set: Expected['set'];
  /** The collection round, where the labels record it (set by the runner). */
  round?: number;
  /** Whether the source holds the title as a line (else the labeller made one up). */
  titleInText: boolean;
  /** Non-blank source lines, and of them the ones the labels call chrome / body. */
  lines: number;
  chrome: number;
  chromeKept: number[];
  body: number;
  bodyRemoved: number[];
  lost: number[];
  documents: number;
  got: { title: string; issuer: string | null; place: string | null; years: number[]; docType: string };
  right: { title: boolean; issuer: boolean | null; place: boolean | null; years: boolean; docType: boolean };
  /** Issuer and place given where the text names none (the label is null). */
  invented: { issuer: boolean; place: boolean };
  /** Set when the source was refused: its reason. */
  refused?: string;
}

const letters = (text: string): string => text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').toLowerCase();
/** What a line must keep to count as published: its Han characters and digits, Simplified. */
const hanAndDigits = (text: string): string => toSimplifiedChars(text.replace(/[^\p{Script=Han}\p{N}]/gu, ''));

/** 苏州 and 苏州市, 江苏 and 江苏省 name one place; so do 栖霞区 and 南京市栖霞区. */
function samePlace(a: string, b: string): boolean {
  const bare = (s: string): string => letters(s).replace(/[省市]$/, '');
  const [x, y] = [bare(a), bare(b)];
  return x === y || (Math.min(x.length, y.length) >= 2 && (x.endsWith(y) || y.endsWith(x)));
}

/** 通川区教育局 and 达州市通川区教育局 name one issuer. */
function sameIssuer(a: string, b: string): boolean {
  const [x, y] = [letters(a), letters(b)];
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.endsWith(y) || y.endsWith(x)));
}

const sameYears = (a: number[], b: number[]): boolean => a.length === b.length && a.every((y, i) => y === b[i]);

export function scorePage(
  name: string,
  expected: Expected,
  decodedText: string | null,
  result: SourceResult,
): PageScore {
  const sourceLines = (decodedText ?? '').split('\n');
  const nonBlank = sourceLines.flatMap((text, i) => (text.trim() ? [i + 1] : []));
  const chromeSet = new Set(expected.chrome);
  const titleSet = new Set(expected.titleLines);
  const bodyLines = nonBlank.filter((n) => !chromeSet.has(n) && !titleSet.has(n));
  const empty = { title: '', issuer: null, place: null, years: [], docType: '' };
  if (!result.ok) {
    return {
      name,
      set: expected.set,
      titleInText: expected.titleInText,
      lines: nonBlank.length,
      chrome: chromeSet.size,
      chromeKept: [],
      body: bodyLines.length,
      bodyRemoved: [],
      lost: [],
      documents: 0,
      got: empty,
      right: {
        title: false,
        issuer: expected.issuer === null ? null : false,
        place: expected.place === null ? null : false,
        years: false,
        docType: false,
      },
      invented: { issuer: false, place: false },
      refused: result.reason,
    };
  }
  const removed = new Set(result.documents.flatMap((d) => d.removed.map((r) => r.line)));
  const published = hanAndDigits(
    result.documents.map((d) => d.title + d.blocks.map((b) => b.original).join('')).join(''),
  );
  const lost = nonBlank.filter((n) => !removed.has(n) && !published.includes(hanAndDigits(sourceLines[n - 1])));
  const doc = result.documents[0];
  const got = { title: doc.title, issuer: doc.issuer, place: doc.place, years: doc.years, docType: doc.docType };
  return {
    name,
    set: expected.set,
    titleInText: expected.titleInText,
    lines: nonBlank.length,
    chrome: chromeSet.size,
    chromeKept: expected.chrome.filter((n) => !removed.has(n)),
    body: bodyLines.length,
    bodyRemoved: bodyLines.filter((n) => removed.has(n)),
    lost,
    documents: result.documents.length,
    got,
    right: {
      title: letters(got.title) === letters(expected.title),
      issuer: expected.issuer === null ? null : got.issuer !== null && sameIssuer(got.issuer, expected.issuer),
      place: expected.place === null ? null : got.place !== null && samePlace(got.place, expected.place),
      years: sameYears(got.years, expected.years),
      docType: got.docType === expected.docType,
    },
    invented: {
      issuer: expected.issuer === null && got.issuer !== null,
      place: expected.place === null && got.place !== null,
    },
  };
}

/** The measures of a set of pages, as shares (0–1) and counts. */
export interface Measures {
  pages: number;
  chromeKept: number;
  chromeLines: number;
  bodyRemoved: number;
  bodyLines: number;
  lostLines: number;
  pagesLosing: number;
  title: number;
  /** Titles right where the source holds the title as a line; a made-up title is matched only by luck. */
  titleInText: [right: number, of: number];
  issuer: [right: number, of: number];
  place: [right: number, of: number];
  /** Pages given an issuer or a place that the text does not name. */
  invented: number;
  years: number;
  docType: number;
}

export function measure(scores: readonly PageScore[]): Measures {
  const sum = (f: (s: PageScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const share = (f: (s: PageScore) => boolean): number => (scores.length ? scores.filter(f).length / scores.length : 0);
  const named = (key: 'issuer' | 'place'): [number, number] => {
    const judged = scores.filter((s) => s.right[key] !== null);
    return [judged.filter((s) => s.right[key]).length, judged.length];
  };
  return {
    pages: scores.length,
    chromeKept: sum((s) => s.chromeKept.length),
    chromeLines: sum((s) => s.chrome),
    bodyRemoved: sum((s) => s.bodyRemoved.length),
    bodyLines: sum((s) => s.body),
    lostLines: sum((s) => s.lost.length),
    pagesLosing: scores.filter((s) => s.lost.length > 0).length,
    title: share((s) => s.right.title),
    titleInText: [
      scores.filter((s) => s.titleInText && s.right.title).length,
      scores.filter((s) => s.titleInText).length,
    ],
    issuer: named('issuer'),
    place: named('place'),
    invented: scores.filter((s) => s.invented.issuer || s.invented.place).length,
    years: share((s) => s.right.years),
    docType: share((s) => s.right.docType),
  };
}
