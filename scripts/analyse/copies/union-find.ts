/**
 * Union–find over indices 0…size−1 with path halving, near-linear: which items end up joined
 * through any chain of links (reports into template groups, passage copies into families).
 * A root is always its set's smallest index, so the sets' order does not depend on the links'.
 */
export function unionFind(size: number): { find: (x: number) => number; union: (a: number, b: number) => void } {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}
