/**
 * Two reports side by side: which passages they share, aligned, and how the copies differ
 * inside (a 、 where the other has 和, a place name swapped). The character diff is
 * diff-match-patch's; what is ours is reading passages out of it: runs the two texts share,
 * joined across small edits, so a copied paragraph with its place names changed is one
 * passage with the changes marked, not a dozen fragments. Pure: the build renders the pairs
 * the analysis found with it, and the browser any other pair (src/client/compare.ts).
 *
 *   A 全县共有学校41所，… / B 全区共有学校52所，…  →  one passage: 全[县|区]共有学校[41|52]所，…
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';

/** A block of a report as the comparison reads it. */
export interface CompareBlock {
  id: string;
  text: string;
}

/** A piece of one side's block: not shared, shared, or inside a shared passage but only on this side. */
export interface Piece {
  text: string;
  kind: 'own' | 'same' | 'changed';
  /** The passage it belongs to (1-based), for same and changed pieces. */
  passage?: number;
}

export interface Comparison {
  a: Array<{ id: string; pieces: Piece[] }>;
  b: Array<{ id: string; pieces: Piece[] }>;
  /** Shared passages in A's order: where each starts on either side and how many characters both have. */
  passages: Array<{ n: number; aBlock: string; bBlock: string; shared: number }>;
  /** Characters of A found in B, of B found in A, over all characters of each (0–1). */
  aInB: number;
  bInA: number;
  /** The longest run both texts have verbatim, inside a shared passage. */
  longest: number;
}

/** Shared text shorter than this is chance (一是, 进一步加强), not copying: the analysis' own threshold. */
export const MIN_SHARED = 20;
/** A passage holds at least one shared run this long. */
const ANCHOR = 10;
/** A passage starts and ends on a shared run at least this long, not on a stray character. */
const EDGE = 2;
/** Edits up to this long inside a shared passage are the copy's changes, not its end. */
const MAX_EDIT = 12;
/** Between blocks: a character no report text holds. */
const SEPARATOR = '\u0000';

type Op = [number, string];

/**
 * The ops grouped into passages: index ranges [from, to) of ops within one block on either
 * side, made of shared runs with only small edits between them, ending on shared runs, where
 * the shared text is at least MIN_SHARED characters, has a run of at least ANCHOR, and
 * outweighs the edits twice over: 为了缩小城乡、区域[、|和]校际之间的教育差距 is one passage.
 */
function passagesOf(ops: Op[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const consider = (from: number, to: number) => {
    while (from < to && !(ops[from][0] === DIFF_EQUAL && ops[from][1].length >= EDGE)) from++;
    while (to > from && !(ops[to - 1][0] === DIFF_EQUAL && ops[to - 1][1].length >= EDGE)) to--;
    if (from >= to) return;
    let shared = 0;
    let edits = 0;
    let anchor = 0;
    for (let i = from; i < to; i++) {
      if (ops[i][0] === DIFF_EQUAL) {
        shared += ops[i][1].length;
        anchor = Math.max(anchor, ops[i][1].length);
      } else edits += ops[i][1].length;
    }
    if (shared >= MIN_SHARED && anchor >= ANCHOR && shared >= 2 * edits) ranges.push([from, to]);
  };
  let start = 0;
  ops.forEach((op, i) => {
    if (op[1] === SEPARATOR || (op[0] !== DIFF_EQUAL && op[1].length > MAX_EDIT)) {
      consider(start, i);
      start = i + 1;
    }
  });
  consider(start, ops.length);
  return ranges;
}

/** Splits one side's pieces back into its blocks at the separators. */
function intoBlocks(blocks: CompareBlock[], pieces: Piece[]): Array<{ id: string; pieces: Piece[] }> {
  const out = blocks.map((b) => ({ id: b.id, pieces: [] as Piece[] }));
  let at = 0;
  for (const piece of pieces) {
    const parts = piece.text.split(SEPARATOR);
    parts.forEach((text, k) => {
      if (k > 0) at++;
      if (text && out[at]) out[at].pieces.push({ ...piece, text });
    });
  }
  return out;
}

/** Every run of ANCHOR characters in a block's text. */
function windows(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + ANCHOR <= text.length; i++) out.push(text.slice(i, i + ANCHOR));
  return out;
}

/**
 * The blocks of each side that share a run of ANCHOR characters with the other side: only
 * they can hold a passage (a passage lies in one block on each side and holds such a run).
 * Diffing only them keeps two mostly different reports from costing a diff of their whole
 * texts, which grows with the product of their lengths.
 */
function candidates(a: CompareBlock[], b: CompareBlock[]): [boolean[], boolean[]] {
  const inB = new Set(b.flatMap((x) => windows(x.text)));
  const windowsA = a.map((x) => windows(x.text));
  const keepA = windowsA.map((ws) => ws.some((w) => inB.has(w)));
  const inA = new Set(windowsA.filter((_, i) => keepA[i]).flat());
  const keepB = b.map((x) => windows(x.text).some((w) => inA.has(w)));
  return [keepA, keepB];
}

/** A side's blocks with the compared ones' pieces put back among the others, left whole as the side's own. */
function withSkipped(
  all: CompareBlock[],
  keep: boolean[],
  compared: Array<{ id: string; pieces: Piece[] }>,
): Array<{ id: string; pieces: Piece[] }> {
  let k = 0;
  return all.map((block, i) =>
    keep[i] ? compared[k++] : { id: block.id, pieces: block.text ? [{ text: block.text, kind: 'own' }] : [] },
  );
}

/** Compares two reports' blocks (see the module comment). */
export function compareReports(a: CompareBlock[], b: CompareBlock[], timeoutSeconds = 2): Comparison {
  const [keepA, keepB] = candidates(a, b);
  const c = compareBlocks(
    a.filter((_, i) => keepA[i]),
    b.filter((_, i) => keepB[i]),
    timeoutSeconds,
  );
  const chars = (blocks: CompareBlock[]) => blocks.reduce((n, x) => n + x.text.replaceAll(SEPARATOR, '').length, 0);
  const [charsA, charsB] = [chars(a), chars(b)];
  const shared = c.passages.reduce((n, p) => n + p.shared, 0);
  return {
    ...c,
    a: withSkipped(a, keepA, c.a),
    b: withSkipped(b, keepB, c.b),
    aInB: charsA ? shared / charsA : 0,
    bInA: charsB ? shared / charsB : 0,
  };
}

/** Compares the blocks that can share passages. */
function compareBlocks(a: CompareBlock[], b: CompareBlock[], timeoutSeconds: number): Comparison {
  const textA = a.map((x) => x.text.replaceAll(SEPARATOR, '')).join(SEPARATOR);
  const textB = b.map((x) => x.text.replaceAll(SEPARATOR, '')).join(SEPARATOR);
  const diffed = diffMain(textA, textB, { diffTimeout: timeoutSeconds }) as unknown as Op[];
  diffCleanupSemantic(diffed as never);
  // Each op within one block: a passage is a stretch of one paragraph on either side.
  const ops: Op[] = diffed.flatMap(([kind, text]) =>
    text
      .split(/(\u0000)/)
      .filter(Boolean)
      .map((part): Op => [kind, part]),
  );
  const ranges = passagesOf(ops);
  const inPassage = new Map<number, number>();
  ranges.forEach(([from, to], k) => {
    for (let i = from; i < to; i++) inPassage.set(i, k + 1);
  });

  const piecesA: Piece[] = [];
  const piecesB: Piece[] = [];
  const blockAt = (text: string, offset: number, blocks: CompareBlock[]) =>
    blocks[text.slice(0, offset).split(SEPARATOR).length - 1]?.id ?? '';
  const passages: Comparison['passages'] = [];
  let offsetA = 0;
  let offsetB = 0;
  let sharedA = 0;
  let longest = 0;
  ops.forEach(([kind, text], i) => {
    const passage = inPassage.get(i);
    if (passage !== undefined && !passages[passage - 1]) {
      passages[passage - 1] = {
        n: passage,
        aBlock: blockAt(textA, offsetA, a),
        bBlock: blockAt(textB, offsetB, b),
        shared: 0,
      };
    }
    const plain = text.replaceAll(SEPARATOR, '').length;
    if (kind === DIFF_EQUAL) {
      const piece: Piece = passage ? { text, kind: 'same', passage } : { text, kind: 'own' };
      piecesA.push(piece);
      piecesB.push(piece);
      if (passage) {
        passages[passage - 1].shared += plain;
        sharedA += plain;
      }
      if (passage) longest = Math.max(longest, text.length);
      offsetA += text.length;
      offsetB += text.length;
    } else if (kind === DIFF_DELETE) {
      piecesA.push(passage ? { text, kind: 'changed', passage } : { text, kind: 'own' });
      offsetA += text.length;
    } else if (kind === DIFF_INSERT) {
      piecesB.push(passage ? { text, kind: 'changed', passage } : { text, kind: 'own' });
      offsetB += text.length;
    }
  });
  const charsA = textA.replaceAll(SEPARATOR, '').length;
  const charsB = textB.replaceAll(SEPARATOR, '').length;
  return {
    a: intoBlocks(a, piecesA),
    b: intoBlocks(b, piecesB),
    passages,
    aInB: charsA ? sharedA / charsA : 0,
    bInA: charsB ? sharedA / charsB : 0,
    longest,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One side as HTML: a paragraph per block (its id prefixed by the side), shared text in
 * <mark data-passage>, a copy's own changes in <ins>. Text is escaped: hostile text shows as text.
 */
export function sideHtml(side: 'a' | 'b', blocks: Comparison['a']): string {
  return blocks
    .map((block) => {
      const inner = block.pieces
        .map((p) => {
          const text = escapeHtml(p.text);
          if (p.kind === 'own') return text;
          const tag = p.kind === 'same' ? 'mark' : 'ins';
          return `<${tag} class="${p.kind}" data-passage="${p.passage}">${text}</${tag}>`;
        })
        .join('');
      return `<p id="${side}-${escapeHtml(block.id)}">${inner}</p>`;
    })
    .join('\n');
}

/** What each report mentions that the other does not, by theme name. */
export interface ThemeGap {
  onlyA: string[];
  onlyB: string[];
}

/** The comparison's summary as HTML (escaped): shares, longest run, passages, themes only one side has. */
export function summaryHtml(c: Comparison, gap: ThemeGap): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const list = (names: string[]) => (names.length ? names.map(escapeHtml).join('、') : '无');
  return [
    '<dl class="compare-summary">',
    `<div><dt>A 的文字见于 B</dt><dd>${pct(c.aInB)}</dd></div>`,
    `<div><dt>B 的文字见于 A</dt><dd>${pct(c.bInA)}</dd></div>`,
    `<div><dt>共有段落</dt><dd>${c.passages.length} 处</dd></div>`,
    `<div><dt>最长的一字不差</dt><dd>${c.longest} 字</dd></div>`,
    `<div><dt>只有 A 提到的主题</dt><dd>${list(gap.onlyA)}</dd></div>`,
    `<div><dt>只有 B 提到的主题</dt><dd>${list(gap.onlyB)}</dd></div>`,
    '</dl>',
  ].join('');
}
