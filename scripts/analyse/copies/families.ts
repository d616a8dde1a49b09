/**
 * Passage families: a passage three or more reports share, traced in time. The pairs already
 * hold every shared passage as two anchored spans; a family is what those spans join into
 * when the same text in one report is a passage of several pairs.
 *
 *   A–B share 全面落实“双减”政策…, B–C and C–D the same sentence with 、 for 和
 *   → one family {A, B, C, D}: consensus 全面落实“双减”政策…, each copy's own wording marked,
 *     the copies ordered by the years their reports cover, the earliest holder named.
 *
 * The consensus is read against the earliest copy with diff-match-patch (the library the
 * comparison pages use): a character of it is consensus when every other copy aligns to it.
 */
import { createHash } from 'node:crypto';
import { DIFF_EQUAL, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import type { CopiedPair, FamilyCopy, PassageFamily } from '../../../shared/schemas/analysis.ts';
import { byCodePoint, type CorpusReport } from '../corpus.ts';
import { unionFind } from './union-find.ts';

/** Fewest reports for a family: two are a pair, shown as one already. */
const MIN_REPORTS = 3;
/** Fewest characters every copy must share: the copy detector's own passage threshold. */
const MIN_CONSENSUS = 20;
/** Two spans in one block are one copy when they overlap by this share of the shorter. */
const SAME_COPY = 0.5;
/** Punctuation closing a copy's last sentence, which the detector's normalised spans leave out. */
const CLOSING = /^[。；！？”’）》」』]+/u;

interface Span {
  report: string;
  block: string;
  start: number;
  end: number;
}

/** When a report was written, as a sort key: the last year it covers, else its 成文日期's year. */
interface When {
  years: number[];
  date: string | null;
  key: [number, string] | null;
}

function whenOf(report: CorpusReport): When {
  const years = report.meta.years ?? [];
  const date = report.meta.official?.date ?? null;
  const year = years.length ? years[years.length - 1] : date ? Number(date.slice(0, 4)) : null;
  return { years, date, key: year === null ? null : [year, date ?? ''] };
}

const byWhen = (a: When, b: When) =>
  a.key && b.key ? a.key[0] - b.key[0] || byCodePoint(a.key[1], b.key[1]) : a.key ? -1 : b.key ? 1 : 0;

/** Every non-boilerplate passage of the pairs as two spans, joined; overlapping spans of one block joined too. */
function groups(pairs: CopiedPair[]): Span[][] {
  const spans: Span[] = [];
  const links: Array<[number, number]> = [];
  for (const pair of pairs) {
    if (pair.a === pair.b) continue;
    for (const p of pair.passages) {
      if (p.boilerplate || !p.spans || p.origin === 'duplicate-block') continue;
      links.push([spans.length, spans.length + 1]);
      spans.push({ report: p.a.reportId, block: p.a.blockId, start: p.spans.a[0], end: p.spans.a[1] });
      spans.push({ report: p.b.reportId, block: p.b.blockId, start: p.spans.b[0], end: p.spans.b[1] });
    }
  }
  const sets = unionFind(spans.length);
  for (const [a, b] of links) sets.union(a, b);
  const byBlock = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const key = `${s.report}\u0000${s.block}`;
    (byBlock.get(key) ?? byBlock.set(key, []).get(key)!).push(i);
  });
  for (const list of byBlock.values()) {
    list.sort((x, y) => spans[x].start - spans[y].start);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && spans[list[j]].start < spans[list[i]].end; j++) {
        const [a, b] = [spans[list[i]], spans[list[j]]];
        const overlap = Math.min(a.end, b.end) - b.start;
        if (overlap >= SAME_COPY * Math.min(a.end - a.start, b.end - b.start)) sets.union(list[i], list[j]);
      }
    }
  }
  const out = new Map<number, Span[]>();
  spans.forEach((s, i) => {
    const root = sets.find(i);
    (out.get(root) ?? out.set(root, []).get(root)!).push(s);
  });
  return [...out.values()];
}

/** A group's spans merged into one copy per stretch of a block (the union of its overlapping spans). */
function copiesOf(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) => byCodePoint(a.report, b.report) || byCodePoint(a.block, b.block) || a.start - b.start,
  );
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.report === s.report && last.block === s.block && s.start < last.end)
      last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Positions of `ref` that `text` aligns to, and which of `text`'s positions align. */
function alignment(ref: string, text: string): { refSame: Uint8Array; textSame: Uint8Array; refOf: Int32Array } {
  const diff = diffMain(ref, text, { diffTimeout: 1 }) as unknown as Array<[number, string]>;
  diffCleanupSemantic(diff as never);
  const refSame = new Uint8Array(ref.length);
  const textSame = new Uint8Array(text.length);
  const refOf = new Int32Array(text.length).fill(-1);
  let [i, j] = [0, 0];
  for (const [op, part] of diff) {
    if (op === DIFF_EQUAL) {
      for (let k = 0; k < part.length; k++) {
        refSame[i + k] = 1;
        textSame[j + k] = 1;
        refOf[j + k] = i + k;
      }
      i += part.length;
      j += part.length;
    } else if (op < 0) i += part.length;
    else j += part.length;
  }
  return { refSame, textSame, refOf };
}

/** Runs of a text by a per-position flag. */
function runs(text: string, common: (i: number) => boolean): Array<[boolean, string]> {
  const out: Array<[boolean, string]> = [];
  for (let i = 0; i < text.length; i++) {
    const c = common(i);
    const last = out[out.length - 1];
    if (last && last[0] === c) last[1] += text[i];
    else out.push([c, text[i]]);
  }
  return out;
}

/** The consensus of copies read against `ref` (the first): its characters every copy aligns to, … between runs. */
function consensusOf(texts: string[]): { consensus: string; chars: number; pieces: Array<Array<[boolean, string]>> } {
  const [ref, ...others] = texts;
  const aligned = others.map((t) => alignment(ref, t));
  const common = new Uint8Array(ref.length).fill(1);
  for (const a of aligned) for (let i = 0; i < ref.length; i++) common[i] &= a.refSame[i];
  const refPieces = runs(ref, (i) => common[i] === 1);
  const pieces = [
    refPieces,
    ...others.map((t, k) => runs(t, (j) => aligned[k].textSame[j] === 1 && common[aligned[k].refOf[j]] === 1)),
  ];
  const inner = refPieces.slice(
    refPieces.findIndex((p) => p[0]),
    refPieces.length - [...refPieces].reverse().findIndex((p) => p[0]),
  );
  const consensus = inner.map(([same, text]) => (same ? text : '…')).join('');
  const chars = inner.filter((p) => p[0]).reduce((n, p) => n + [...p[1]].length, 0);
  return { consensus, chars, pieces };
}

/** Families of passages shared by ≥ MIN_REPORTS reports (see the module comment), largest first. */
export function passageFamilies(pairs: CopiedPair[], reports: CorpusReport[]): PassageFamily[] {
  const byId = new Map(reports.map((r) => [r.meta.id, r]));
  const blockText = (s: Span) => byId.get(s.report)?.blocks.find((b) => b.id === s.block)?.text ?? '';
  const families: PassageFamily[] = [];
  for (const group of groups(pairs)) {
    const spans = copiesOf(group);
    if (new Set(spans.map((s) => s.report)).size < MIN_REPORTS) continue;
    const dated = spans
      .map((span) => {
        const block = blockText(span);
        const end = span.end + (block.slice(span.end).match(CLOSING)?.[0].length ?? 0);
        return { span: { ...span, end }, when: whenOf(byId.get(span.report)!), text: block.slice(span.start, end) };
      })
      .sort(
        (a, b) =>
          byWhen(a.when, b.when) ||
          byCodePoint(a.span.report, b.span.report) ||
          byCodePoint(a.span.block, b.span.block),
      );
    const { consensus, chars, pieces } = consensusOf(dated.map((d) => d.text));
    if (chars < MIN_CONSENSUS) continue;
    const first = dated[0].when;
    const earliest = first.key ? dated.filter((d) => byWhen(d.when, first) === 0).map((d) => d.span.report) : [];
    const copies: FamilyCopy[] = dated.map((d, k) => ({
      reportId: d.span.report,
      blockId: d.span.block,
      span: [d.span.start, d.span.end],
      pieces: pieces[k],
      years: d.when.years,
      date: d.when.date,
    }));
    families.push({
      id: `f-${createHash('sha256').update(consensus).digest('hex').slice(0, 10)}`,
      consensus,
      chars,
      reports: new Set(spans.map((s) => s.report)).size,
      earliest: [...new Set(earliest)],
      copies,
    });
  }
  families.sort((a, b) => b.reports - a.reports || b.chars - a.chars || byCodePoint(a.id, b.id));
  const seen = new Map<string, number>();
  for (const f of families) {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    if (n > 1) f.id = `${f.id}-${n}`;
  }
  return families;
}
