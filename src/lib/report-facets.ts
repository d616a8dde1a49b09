/**
 * The report list's filters: each facet's values with their counts, in the order the list
 * offers them, and each report's keys. A key is a short ASCII token that stays the same as
 * long as the value does (a year, a theme id, a hash of a place or type name), because it
 * names a static page (/reports/by/<facet>/<key>/) and sits in shared links (?year=y2022).
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { flagKey, NO_FLAG, NO_THEME, NO_YEAR, themeKey, yearKey } from './facet-keys.ts';
import { flagLabel } from './labels.ts';
import { placeOf, zhCollator } from './report-meta.ts';

export const FACETS = ['place', 'year', 'type', 'theme', 'flag'] as const;
export type FacetName = (typeof FACETS)[number];

export const facetLabel: Record<FacetName, string> = {
  place: '地区或发文单位',
  year: '年份',
  type: '文件类型',
  theme: '主题',
  flag: '文本标记',
};

export interface FacetValue {
  key: string;
  label: string;
  count: number;
}

export interface Facet {
  name: FacetName;
  label: string;
  values: FacetValue[];
}

/** What the filters need to know about one report. */
export interface FilterInput {
  id: string;
  meta: Pick<ReportMeta, 'place' | 'issuer' | 'years' | 'docType' | 'flags'>;
  /** Theme ids and names the report mentions. */
  themes: { id: string; name: string }[];
}

export interface FilterModel {
  facets: Facet[];
  /** Report id → facet → the keys it has (space-joined into `data-<facet>`). */
  keys: Map<string, Record<FacetName, string[]>>;
}

const FLAG_ORDER = ['garbled', 'truncated', 'masked'] as const;

/** Collects every facet value with its count, and each report's keys. */
export function buildFilterModel(reports: readonly FilterInput[]): FilterModel {
  const places = new Map<string, number>();
  const types = new Map<string, number>();
  const themes = new Map<string, { name: string; count: number }>();
  const years = new Map<number, number>();
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of reports) {
    bump(places, placeOf(r.meta));
    bump(types, r.meta.docType);
    for (const y of r.meta.years) bump(years, y);
    for (const t of r.themes) themes.set(t.id, { name: t.name, count: (themes.get(t.id)?.count ?? 0) + 1 });
  }
  const byCount = <K>(m: Map<K, number>, label: (k: K) => string) =>
    [...m].sort((a, b) => b[1] - a[1] || zhCollator.compare(label(a[0]), label(b[0])));
  const placeKey = nameKeys('p', places.keys());
  const typeKey = nameKeys('t', types.keys());
  const noYear = reports.filter((r) => r.meta.years.length === 0).length;
  const noFlag = reports.filter((r) => r.meta.flags.length === 0).length;
  const noTheme = reports.filter((r) => r.themes.length === 0).length;

  const facets: Facet[] = [
    {
      name: 'place',
      label: facetLabel.place,
      values: byCount(places, String).map(([p, count]) => ({ key: placeKey.get(p)!, label: p, count })),
    },
    {
      name: 'year',
      label: facetLabel.year,
      values: [
        ...[...years].sort((a, b) => b[0] - a[0]).map(([y, count]) => ({ key: yearKey(y), label: `${y}年`, count })),
        ...(noYear ? [{ key: NO_YEAR, label: '未注明', count: noYear }] : []),
      ],
    },
    {
      name: 'type',
      label: facetLabel.type,
      values: byCount(types, String).map(([t, count]) => ({ key: typeKey.get(t)!, label: t, count })),
    },
    {
      name: 'theme',
      label: facetLabel.theme,
      values: [
        ...[...themes]
          .sort((a, b) => b[1].count - a[1].count || zhCollator.compare(a[1].name, b[1].name))
          .map(([id, t]) => ({ key: themeKey(id), label: t.name, count: t.count })),
        ...(noTheme && themes.size ? [{ key: NO_THEME, label: '未涉及任何主题', count: noTheme }] : []),
      ],
    },
    {
      name: 'flag',
      label: facetLabel.flag,
      values: [
        ...FLAG_ORDER.map((kind) => ({
          key: flagKey(kind),
          label: flagLabel[kind],
          count: reports.filter((r) => r.meta.flags.some((f) => f.kind === kind)).length,
        })).filter((v) => v.count > 0),
        { key: NO_FLAG, label: '无标记', count: noFlag },
      ],
    },
  ];

  const keys = new Map<string, Record<FacetName, string[]>>();
  for (const r of reports) {
    keys.set(r.id, {
      place: [placeKey.get(placeOf(r.meta))!],
      year: r.meta.years.length ? r.meta.years.map((y) => yearKey(y)) : [NO_YEAR],
      type: [typeKey.get(r.meta.docType)!],
      theme: r.themes.length ? r.themes.map((t) => themeKey(t.id)) : [NO_THEME],
      flag: r.meta.flags.length ? r.meta.flags.map((f) => flagKey(f.kind)) : [NO_FLAG],
    });
  }
  return { facets, keys };
}

/** Keys for names: the prefix and a hash of the name; two names with one key stop the build. */
function nameKeys(prefix: string, names: Iterable<string>): Map<string, string> {
  const keys = new Map<string, string>();
  const named = new Map<string, string>();
  for (const name of names) {
    const key = `${prefix}-${nameHash(name)}`;
    const other = named.get(key);
    if (other !== undefined) throw new Error(`facet key ${key} stands for both ${other} and ${name}`);
    named.set(key, name);
    keys.set(name, key);
  }
  return keys;
}

/** cyrb53, a 53-bit string hash, in base 36: at 10,000 names a collision is about 1 in 10^8. */
export function nameHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
