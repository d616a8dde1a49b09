/**
 * The places reports are about, as a province → city → county tree with the reports of each
 * place and of the places under it. Built from each report's GB/T 2260 code and division path
 * (the ingest's gazetteer wrote both), so no gazetteer is loaded here: a division's parents
 * have the same code prefix (320113 栖霞区 → 320100 南京市 → 320000 江苏省).
 *
 *   { placeCode: '320113', placePath: ['江苏省', '南京市', '栖霞区'] }
 *   → 320000 江苏省 › 320100 南京市 › 320113 栖霞区, the report counted at each
 */

/** What the tree needs of a report. */
export interface PlacedReport {
  id: string;
  placeCode: string | null;
  placePath: string[];
}

export interface PlaceNode {
  code: string;
  name: string;
  /** 1 province, 2 prefecture-level city, 3 county-level. */
  depth: 1 | 2 | 3;
  /** The codes from the province down to this place. */
  chain: string[];
  /** Places one level down that have reports, by code. */
  children: string[];
  /** Reports about this place or a place under it, in corpus order. */
  reports: string[];
}

/** Depth of a division by its code: 32 00 00 a province, 32 05 00 a city, 32 05 06 a county. */
export function depthOf(code: string): 1 | 2 | 3 {
  return code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3;
}

/**
 * The chain of (code, name) from the province to a report's place. The path has one name per
 * level it has: three for a county, two for a city, or for a district of a municipality or a
 * county a province governs directly (北京市 › 朝阳区), one for a province.
 */
export function placeChain(code: string, path: string[]): Array<{ code: string; name: string }> {
  if (path.length === 0) return [];
  const province = { code: `${code.slice(0, 2)}0000`, name: path[0] };
  const own = { code, name: path[path.length - 1] };
  if (path.length === 1) return [own];
  if (path.length === 2) return [province, own];
  return [province, { code: `${code.slice(0, 4)}00`, name: path[1] }, own];
}

/** The tree of the places the reports are about (see the module comment). */
export function placeTree(reports: readonly PlacedReport[]): Map<string, PlaceNode> {
  const nodes = new Map<string, PlaceNode>();
  for (const report of reports) {
    if (report.placeCode === null) continue;
    const chain = placeChain(report.placeCode, report.placePath);
    chain.forEach((link, k) => {
      let node = nodes.get(link.code);
      if (!node) {
        node = {
          code: link.code,
          name: link.name,
          depth: depthOf(link.code),
          chain: chain.slice(0, k + 1).map((c) => c.code),
          children: [],
          reports: [],
        };
        nodes.set(link.code, node);
        if (k > 0) nodes.get(chain[k - 1].code)!.children.push(link.code);
      }
      node.reports.push(report.id);
    });
  }
  for (const node of nodes.values()) node.children.sort();
  return new Map([...nodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The provinces (the tree's roots), by code. */
export function rootsOf(tree: Map<string, PlaceNode>): PlaceNode[] {
  return [...tree.values()].filter((n) => n.chain.length === 1);
}

/**
 * The places of the same level as `code` under the same parent (a county's fellow counties of
 * its city, a city's fellow cities, the other provinces), by code: whom a bureau compares
 * itself with (对标).
 */
export function peersOf(tree: Map<string, PlaceNode>, code: string): PlaceNode[] {
  const node = tree.get(code);
  if (!node) return [];
  const parent = node.chain.length > 1 ? tree.get(node.chain[node.chain.length - 2]) : undefined;
  const codes = parent ? parent.children : rootsOf(tree).map((n) => n.code);
  return codes.filter((c) => c !== code).map((c) => tree.get(c)!);
}

/**
 * How a place's reports differ from the whole corpus in the themes they mention: for each
 * theme, the share of the place's reports that mention it against the share of all reports,
 * largest differences first. `mentions` maps a theme id to the ids of the reports mentioning it.
 */
export function themeProfile(
  placeReports: readonly string[],
  corpusSize: number,
  mentions: ReadonlyMap<string, ReadonlySet<string>>,
): Array<{ theme: string; here: number; corpus: number; difference: number }> {
  const profile = [...mentions].map(([theme, reports]) => {
    const here = placeReports.filter((id) => reports.has(id)).length / Math.max(1, placeReports.length);
    const corpus = reports.size / Math.max(1, corpusSize);
    return { theme, here, corpus, difference: here - corpus };
  });
  // Compared at a precision shares have (two equal gaps may differ in the 16th digit).
  const gap = (p: { difference: number }) => Math.round(Math.abs(p.difference) * 1e9);
  return profile
    .filter((p) => p.here > 0 || p.corpus > 0)
    .sort((a, b) => gap(b) - gap(a) || (a.theme < b.theme ? -1 : 1));
}

/** Reports grouped by the latest year they cover, latest first; reports with no year last. */
export function byYear<T extends { years: number[] }>(
  reports: readonly T[],
): Array<{ year: number | null; reports: T[] }> {
  const groups = new Map<number | null, T[]>();
  for (const r of reports) {
    const year = r.years.length ? Math.max(...r.years) : null;
    groups.set(year, [...(groups.get(year) ?? []), r]);
  }
  return [...groups].map(([year, list]) => ({ year, reports: list })).sort((a, b) => (b.year ?? -1) - (a.year ?? -1));
}

/** How many themes a place's page profiles. */
const PROFILE_THEMES = 12;

/** A share as the profile prints it. */
export const sharePercent = (share: number) => `${Math.round(share * 100)}%`;

/** A share as the profile's bar draws it, to a tenth of a percent. */
export const barWidth = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The profile as a place's page shows it: the first PROFILE_THEMES themes, their shares as
 * printed and drawn (what a page's cache key must cover: a report added elsewhere moves the
 * corpus shares by less than the page shows).
 */
export function shownProfile(profile: ReturnType<typeof themeProfile>) {
  return profile.slice(0, PROFILE_THEMES).map((p) => ({
    theme: p.theme,
    here: p.here,
    corpus: p.corpus,
    shown: [sharePercent(p.here), sharePercent(p.corpus), barWidth(p.here), barWidth(p.corpus)],
  }));
}
