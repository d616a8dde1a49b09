/**
 * Clusters of near-duplicate reports: connected components of "these two are mostly the
 * same text" links (union–find, near-linear). Why components: template reuse is transitive
 * in practice — A and C filled in the same 范文 even if only A–B and B–C were linked.
 */

import { unionFind } from './union-find.ts';

/** Groups of ≥ 2 members, each sorted, largest group first (then by first member). */
export function components(size: number, edges: Array<[number, number]>, name: (i: number) => string): string[][] {
  const { find, union } = unionFind(size);
  for (const [a, b] of edges) union(a, b);
  const groups = new Map<number, string[]>();
  for (let i = 0; i < size; i++) {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(name(i));
  }
  const list = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  return list.sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
}
