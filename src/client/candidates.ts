/**
 * The reports worth checking for a query, found shard by shard. Each search of the plan
 * (shared/search/query.ts) runs alone; a candidate is a report every search finds, with the
 * pairs where the words need them (shared/search/positions.ts), in the order of the search
 * with the fewest results. Shards are merged only when the ones merged so far have run out of
 * candidates, so a common word costs the newest shard alone.
 */
import type { TokenGroup } from '../../shared/search/candidate-tokens.ts';
import { positionsFit } from '../../shared/search/positions.ts';
import { candidatePlan, groupQuery, type ParsedQuery } from '../../shared/search/query.ts';
import type { PagefindResult, SearchIndex } from './pagefind-api.ts';

export interface Candidates {
  /** Every candidate found so far, in the order to check them. */
  list: PagefindResult[];
  /** True once every shard has been merged and searched. */
  exhausted: boolean;
  /** A term no report in the merged shards has (final once exhausted). */
  missing?: string;
  /** Finds more candidates, merging the next shard; false when there are none left to find. */
  more: () => Promise<boolean>;
}

/**
 * The reports found by every search whose positions fit each term, in the order of the
 * search with the fewest results.
 */
function fitting(perTerm: TokenGroup[][], found: Map<string, Map<string, PagefindResult>>): PagefindResult[] {
  const lists = [...found.values()].sort((a, b) => a.size - b.size);
  return [...lists[0].values()].filter(
    (r) =>
      lists.every((list) => list.has(r.id)) &&
      perTerm.every((groups) =>
        positionsFit(
          groups.map((group) => ({
            ...group,
            size: group.tokens.length,
            positions: new Set(found.get(groupQuery(group.tokens))!.get(r.id)!.words),
          })),
        ),
      ),
  );
}

/** Candidates for `query` in the shards merged now; `more()` reaches into the next ones. */
export async function findCandidates(
  index: SearchIndex,
  query: ParsedQuery,
  filters: Record<string, string>,
): Promise<Candidates> {
  const plan = candidatePlan(query);
  const seen = new Set<string>();
  let searchedShards = 0;
  const gather = async () => {
    searchedShards = index.merged;
    let fresh: PagefindResult[];
    if (plan.searches.length === 0) {
      fresh = (await index.pagefind.search(null, { filters }))?.results ?? [];
    } else {
      const answers = await Promise.all(plan.searches.map((q) => index.pagefind.search(q, { filters })));
      const found = new Map(
        plan.searches.map((q, i) => [q, new Map((answers[i]?.results ?? []).map((r) => [r.id, r]))]),
      );
      candidates.missing = query.terms.find((_, i) =>
        plan.perTerm[i].some((group) => found.get(groupQuery(group.tokens))!.size === 0),
      );
      fresh = candidates.missing === undefined ? fitting(plan.perTerm, found) : [];
    }
    for (const r of fresh) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      candidates.list.push(r);
    }
    candidates.exhausted = searchedShards >= index.total;
  };
  const candidates: Candidates = {
    list: [],
    exhausted: false,
    more: async () => {
      if (searchedShards >= index.total) return false;
      if (index.merged === searchedShards) await index.mergeNext();
      await gather();
      return true;
    },
  };
  await gather();
  return candidates;
}
