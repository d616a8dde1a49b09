/**
 * The search page's status line: how many reports the search found, in words a reader can
 * trust. A report counts as found only once its text was checked to contain every word
 * (src/client/search.ts); the index only proposes candidates, and a report holding the words
 * is always among them. So until every candidate is checked the page cannot say "N found":
 * it says how many were checked and found, how many candidates are left, and hence the range
 * the total lies in; where older shards are not searched yet there is no upper bound to give.
 * A search by filters alone has nothing to check, so its total is known at once.
 */

export interface SearchProgress {
  /** "包含“双减”的报告" or "符合筛选条件的报告". */
  what: string;
  /** Said first: the Traditional query was searched as Simplified (or empty). */
  note: string;
  /** True hits shown so far. */
  shown: number;
  /** Candidates checked so far. */
  checked: number;
  /** Candidates found in the shards searched so far. */
  candidates: number;
  /** Every shard has been searched, so `candidates` holds every report that can be a hit. */
  allShards: boolean;
  /** This step checked its budget without filling a page: the reader decides whether to go on. */
  outOfBudget: boolean;
  /** A term no report (in the searched shards) has, once every shard is searched. */
  missing?: string;
  /** Filters narrow the search (for the "nothing found" wording). */
  filtered: boolean;
  /** The query has words to check; without any (filters only) every candidate is a result. */
  hasTerms: boolean;
}

/** The status line for a search that has shown what it found so far. */
export function searchStatus(p: SearchProgress): string {
  const left = p.candidates - p.checked;
  const done = p.allShards && left === 0;
  if (done) {
    if (p.shown > 0) return `${p.note}找到 ${p.shown} 篇${p.what}。`;
    return p.missing !== undefined
      ? `${p.note}没有找到结果：“${p.missing}”没有出现在${p.filtered ? '符合筛选条件的' : '任何'}报告中。`
      : `${p.note}没有找到${p.what}。`;
  }
  if (!p.hasTerms && p.allShards) return `已显示 ${p.shown} 篇，共 ${p.candidates} 篇${p.what}。`;
  const found = p.shown ? `找到 ${p.shown} 篇${p.what}` : `暂未找到${p.what}`;
  const next = p.outOfBudget ? '可以继续查找。' : '';
  if (!p.allShards)
    return `${p.note}已核对 ${p.checked} 篇，${found}；较早的报告尚未查找，总数至少 ${p.shown} 篇。${next}`;
  return `${p.note}已核对 ${p.checked} 篇，${found}；索引另有 ${left} 篇候选尚待核对，总数在 ${p.shown} 到 ${p.shown + left} 篇之间。${next}`;
}
