/**
 * The report list's filters, made to work without JavaScript: each facet is a `<select>`, each
 * list item carries its facet keys in data attributes, and one generated CSS rule per facet
 * value hides the items that lack it while that option is selected (`:has(option:checked)`).
 * Facets combine (AND) because each rule hides independently. Keys are short ASCII tokens so
 * any issuer or type name is safe inside a selector. With JavaScript the page filters with
 * `matchesFilters` (./filter-match.ts) instead (src/client/report-list-filter.ts says why).
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
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
  const placeKey = new Map(byCount(places, String).map(([p], i) => [p, `p${i}`]));
  const typeKey = new Map(byCount(types, String).map(([t], i) => [t, `t${i}`]));
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
        ...[...years].sort((a, b) => b[0] - a[0]).map(([y, count]) => ({ key: `y${y}`, label: `${y}年`, count })),
        ...(noYear ? [{ key: 'y-none', label: '未注明', count: noYear }] : []),
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
          .map(([id, t]) => ({ key: `th-${id}`, label: t.name, count: t.count })),
        ...(noTheme && themes.size ? [{ key: 'th-none', label: '未涉及任何主题', count: noTheme }] : []),
      ],
    },
    {
      name: 'flag',
      label: facetLabel.flag,
      values: [
        ...FLAG_ORDER.map((kind) => ({
          key: `f-${kind}`,
          label: flagLabel[kind],
          count: reports.filter((r) => r.meta.flags.some((f) => f.kind === kind)).length,
        })).filter((v) => v.count > 0),
        { key: 'f-none', label: '无标记', count: noFlag },
      ],
    },
  ];

  const keys = new Map<string, Record<FacetName, string[]>>();
  for (const r of reports) {
    keys.set(r.id, {
      place: [placeKey.get(placeOf(r.meta))!],
      year: r.meta.years.length ? r.meta.years.map((y) => `y${y}`) : ['y-none'],
      type: [typeKey.get(r.meta.docType)!],
      theme: r.themes.length ? r.themes.map((t) => `th-${t.id}`) : ['th-none'],
      flag: r.meta.flags.length ? r.meta.flags.map((f) => `f-${f.kind}`) : ['f-none'],
    });
  }
  return { facets, keys };
}

/** The `data-*` attributes of one list item. */
export function dataAttributes(keys: Record<FacetName, string[]>): Record<string, string> {
  return Object.fromEntries(FACETS.map((f) => [`data-${f}`, keys[f].join(' ')]));
}

/**
 * The stylesheet that does the filtering: for every facet value, "while this option is
 * selected, hide items without this key". `scope` is the element holding both form and list.
 */
export function filterCss(facets: readonly Facet[], scope: string): string {
  return facets
    .flatMap((facet) =>
      facet.values.map(
        (v) =>
          `${scope}:has(#f-${facet.name} option[value="${v.key}"]:checked) .report-list > li:not([data-${facet.name}~="${v.key}"]){display:none}`,
      ),
    )
    .join('\n');
}
