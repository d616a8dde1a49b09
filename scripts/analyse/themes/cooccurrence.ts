/**
 * Co-occurrence of themes: which themes are mentioned in the same block (paragraph or
 * heading) and in the same report, and how strongly. Strength is the Jaccard index of the
 * two themes' sets (|both| / |either|): unlike a raw count it does not just favour the most
 * frequent themes, and it is bounded 0–1 so the site can draw it.
 */
import { round } from '../corpus.ts';

/** Where a theme is mentioned: block keys (`report#block`) and report ids. */
export interface ThemePlaces {
  blocks: Set<string>;
  reports: Set<string>;
}

/** One co-occurring theme, as analysis.ts's `cooccurring` entries. */
export interface Cooccurrence {
  theme: string;
  paragraphs: number;
  reports: number;
  strength: number;
  reportStrength: number;
}

function jaccard(both: number, a: number, b: number): number {
  const either = a + b - both;
  return either === 0 ? 0 : round(both / either);
}

function countPairs(groups: Iterable<Set<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const themes of groups) {
    const list = [...themes].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * For each theme, the themes it shares a block or a report with, strongest first (block
 * strength, then report strength, then id). Linear in mentions × themes per block.
 */
export function cooccurrences(places: Map<string, ThemePlaces>): Map<string, Cooccurrence[]> {
  const perBlock = new Map<string, Set<string>>();
  const perReport = new Map<string, Set<string>>();
  for (const [theme, p] of places) {
    for (const b of p.blocks) (perBlock.get(b) ?? perBlock.set(b, new Set()).get(b)!).add(theme);
    for (const r of p.reports) (perReport.get(r) ?? perReport.set(r, new Set()).get(r)!).add(theme);
  }
  const blockPairs = countPairs(perBlock.values());
  const reportPairs = countPairs(perReport.values());
  const out = new Map<string, Cooccurrence[]>([...places.keys()].map((t) => [t, []]));
  for (const [key, reports] of reportPairs) {
    const [a, b] = key.split('\u0000');
    const paragraphs = blockPairs.get(key) ?? 0;
    const pa = places.get(a)!;
    const pb = places.get(b)!;
    const strength = jaccard(paragraphs, pa.blocks.size, pb.blocks.size);
    const reportStrength = jaccard(reports, pa.reports.size, pb.reports.size);
    out.get(a)!.push({ theme: b, paragraphs, reports, strength, reportStrength });
    out.get(b)!.push({ theme: a, paragraphs, reports, strength, reportStrength });
  }
  for (const list of out.values()) {
    list.sort((x, y) => y.strength - x.strength || y.reportStrength - x.reportStrength || (x.theme < y.theme ? -1 : 1));
  }
  return out;
}
