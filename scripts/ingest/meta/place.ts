/**
 * Issuer, place and level, read with the GB/T 2260 gazetteer (./gazetteer.ts): the witnesses,
 * strongest first, are a bureau named in the title, the body that signs the text, a bureau
 * opening the text, then divisions the text speaks of in subject position.
 *
 *   苏州教育局工作报告                 →  苏州市教育局, 苏州市 320500  (a short form before 教育局)
 *   区教育局:… + text 栖霞区按照…     →  栖霞区教育局, 栖霞区 320113  (anonymous title, place from the text)
 *   2023年以来，通川区坚持…            →  通川区 511702                (subject of the opening sentence)
 *   某县推进… / 我镇… / X区…           →  null, null, 县 / 镇 / 区
 *
 * Places only come from a bureau's name, a signature, the title, or a name in subject
 * position (at the start of a sentence or clause), so benchmarks cited mid-sentence
 * (学龙岗、赶新吴, 进入南京市第一方阵) are never taken.
 */
import type { Level } from '../../../shared/schemas/report.ts';
import {
  divisionPath,
  divisionsByName,
  divisionsByShortName,
  findDivisions,
  findLocalShortForms,
  findProvinceShortForms,
  findShortFormsBefore,
  type Division,
  type DivisionMention,
} from './gazetteer.ts';
import { frameKind } from '../frame.ts';
import { titleIssuer } from './title-issuer.ts';
import { specialRegion } from './special-region.ts';
import {
  BUREAU,
  GENERIC_ENDINGS,
  LEVEL_OF_SUFFIX,
  NOT_NAME_CHAR,
  NOT_NAME_END,
  NOT_NAME_START,
} from './place-words.ts';
import { isHan as isHanChar } from '../../../shared/han.ts';

export interface PlaceMeta {
  issuer: string | null;
  place: string | null;
  level: Level;
  /** GB/T 2260 code of the place, when the gazetteer knows it unambiguously. */
  placeCode: string | null;
  /** The place's chain of divisions, province first (四川省, 达州市, 通川区); [] when unknown. */
  placePath: string[];
}

/** A place the text names, resolved (division) or only written (a town, an old name). */
interface Place {
  name: string;
  division: Division | null;
  level: Level;
}

/** A bureau named in the text: 亳州市教育局 (named) or 区教育局 / 某县教育局 (anonymous). */
interface BureauMention {
  place: Place | null;
  level: Level | null;
  bureau: string;
  /** Where the whole mention starts (the place name, or the bureau word when anonymous). */
  start: number;
}

type Blocks = ReadonlyArray<{ kind: string; text: string }>;

const isHan = (ch: string | undefined): boolean => ch !== undefined && isHanChar(ch);
/** A clause boundary: text start or any non-Han character (punctuation, space, digit). */
const atBoundary = (text: string, i: number): boolean => i < 0 || !isHan(text[i]);

/** The level a division's name speaks at: 省/自治区 → 省, 州/盟/地区 → 市, 旗 → 县. */
function levelOfName(name: string): Level {
  if (/(?:省|自治区|特别行政区)$/.test(name)) return '省';
  if (/(?:州|盟|地区)$/.test(name)) return '市';
  if (/旗$/.test(name)) return '县';
  return LEVEL_OF_SUFFIX[name[name.length - 1]] ?? '未知';
}

const placeOf = (d: Division): Place => ({ name: d.name, division: d, level: levelOfName(d.name) });

/** One division for a written name: the one under a division the text also names, else the only one. */
function resolve(divisions: Division[], named: ReadonlySet<Division>): Division | null {
  if (divisions.length === 1) return divisions[0];
  const under = divisions.filter((d) => {
    for (let p = d.parent; p; p = p.parent) if (named.has(p)) return true;
    return false;
  });
  return under.length === 1 ? under[0] : null;
}

function mentionPlace(m: DivisionMention, named: ReadonlySet<Division>): Place {
  const d = resolve(m.divisions, named);
  return d ? placeOf(d) : { name: m.name, division: null, level: levelOfName(m.name) };
}

/** A name the gazetteer does not hold (a town, a renamed county): the old shape rules. */
function isNameLike(name: string): boolean {
  if (NOT_NAME_START.has(name[0]) || NOT_NAME_END.has(name[name.length - 1])) return false;
  for (const ch of name) if (!isHan(ch) || NOT_NAME_CHAR.has(ch)) return false;
  return true;
}

/**
 * In a title a government issues too (昌黎县人民政府关于…的实施意见); in running text a
 * 县人民政府 is what a bureau reports to, so only titles read it as an issuer.
 */
const TITLE_ISSUER = new RegExp(`人民政府教育督导委员会(?:办公室)?|${BUREAU}|人民政府办公[厅室]|人民政府`, 'g');

/** Every mention of an education bureau, named or anonymous, in reading order. */
function bureauMentions(
  text: string,
  named: ReadonlySet<Division>,
  issuers = new RegExp(BUREAU, 'g'),
): BureauMention[] {
  const byEnd = new Map(findDivisions(text).map((m) => [m.end, m]));
  const out: BureauMention[] = [];
  for (const m of text.matchAll(issuers)) {
    const at = m.index;
    const division = byEnd.get(at);
    if (division) {
      const start = division.parent ? division.start - division.parent.name.length : division.start;
      out.push({ place: mentionPlace(division, named), level: null, bureau: m[0], start });
      continue;
    }
    const short = shortNameBefore(text, at, named);
    if (short) {
      out.push({ place: placeOf(short.division), level: null, bureau: m[0], start: short.start });
      continue;
    }
    const suffix = text[at - 1];
    const level = suffix === undefined ? undefined : LEVEL_OF_SUFFIX[suffix];
    if (!level) continue;
    const written = writtenNameBefore(text, at - 1);
    if (written)
      out.push({
        place: { name: written + suffix, division: null, level },
        level,
        bureau: m[0],
        start: at - 1 - written.length,
      });
    else if (isAnonymousBefore(text, at - 1)) out.push({ place: null, level, bureau: m[0], start: at - 1 });
  }
  return out;
}

/** 寿光教育局, 苏州教育局: a short form standing on its own right before the bureau word. */
function shortNameBefore(
  text: string,
  at: number,
  named: ReadonlySet<Division>,
): { division: Division; start: number } | null {
  for (const len of [4, 3, 2]) {
    const start = at - len;
    if (start < 0 || !atBoundary(text, start - 1)) continue;
    const division = resolve(divisionsByShortName(text.slice(start, at)), named);
    if (division) return { division, start };
  }
  return null;
}

/** A 2–3 character name the gazetteer lacks, before a level character, opening a clause. */
function writtenNameBefore(text: string, suffixAt: number): string | null {
  for (const len of [2, 3]) {
    const start = suffixAt - len;
    if (start < 0) break;
    const name = text.slice(start, suffixAt);
    if (!isNameLike(name) || !atBoundary(text, start - 1)) continue;
    if (GENERIC_ENDINGS.some((g) => (name + text[suffixAt]).endsWith(g))) return null;
    if (divisionsByName(name + text[suffixAt]).length === 0 && text[suffixAt] !== '镇') return null;
    return name;
  }
  return null;
}

/** 区教育局, 我市教育局, 某县教育局, X区教育局: the level is named, the place is not. */
function isAnonymousBefore(text: string, suffixAt: number): boolean {
  const before = text.slice(Math.max(0, suffixAt - 4), suffixAt);
  return atBoundary(text, suffixAt - 1) || /(?:我|全|本|该|某|各|X|＊|\*)$/.test(before);
}

/** Levels the text speaks of itself at, weighted: 我市 counts more than 全市. */
const LEVEL_CUE = /(我|本|某|该|全|X{1,4}|＊|\*)(省|市|区|县|镇)(?![域场别分块间划民值面])/g;
const CUE_WEIGHT: Record<string, number> = { 我: 3, 本: 2, 某: 2, 该: 1, 全: 1 };
/** When weights tie, the smaller unit wins: a district compares itself with 全市, not the reverse. */
const SMALL_TO_LARGE: Level[] = ['镇', '县', '区', '市', '省'];

function levelFromCues(text: string): Level | null {
  const score = new Map<Level, number>();
  for (const m of text.matchAll(LEVEL_CUE)) {
    const level = LEVEL_OF_SUFFIX[m[2]];
    score.set(level, (score.get(level) ?? 0) + (CUE_WEIGHT[m[1]] ?? 2));
  }
  let best: Level | null = null;
  for (const level of SMALL_TO_LARGE) if ((score.get(level) ?? 0) > (best ? (score.get(best) ?? 0) : 0)) best = level;
  return best;
}

/** Spans of 《…》: a cited document's places are not the report's. */
function citedSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The body that signs the text: a short line among the last blocks that is nothing but a
 * bureau's (or government's) name, as GB/T 9704 puts the 署名 above the 成文日期.
 */
const SIGNER = new RegExp(`^[\\p{Script=Han}（）()]{2,30}?(?:${BUREAU}|人民政府)$`, 'u');

function signer(blocks: Blocks, named: ReadonlySet<Division>): BureauMention | null {
  // At the foot; or, in a notice handing a document out, the body dating the notice above it.
  const dated = blocks.slice(0, 12).filter((_, i) => frameKind(blocks[i + 1]?.text ?? '') === 'date');
  for (const b of [...blocks.slice(-4).reverse(), ...dated]) {
    // A joint 署名 names its bodies side by side: 中共某区教育工作委员会   某区教育局.
    for (const text of b.text
      .trim()
      .split(/\s{2,}|\u3000+/)
      .reverse()) {
      if (!SIGNER.test(text)) continue;
      const mention = bureauMentions(text, named).find((m) => m.place !== null);
      if (mention) return mention;
    }
  }
  return null;
}

/** A site's publisher field: 发布机构 | 无锡市梁溪区教育局, 来源：区教育局. */
const PUBLISHER = /(?:发布机构|发布单位|信息来源|文章来源|资料来源|来源)\s*[:：|｜]\s*([^\s|｜]{2,30})/g;

/**
 * The issuer a government site names in its page header (removed as chrome): the bureau
 * that published the page, when it is named with its place. Null otherwise.
 */
export function issuerFromSiteFields(
  lines: readonly string[],
): { issuer: string; place: string; placeCode: string | null; placePath: string[] } | null {
  for (const line of lines) {
    for (const m of line.matchAll(PUBLISHER)) {
      const value = m[1];
      const named = new Set<Division>();
      for (const d of findDivisions(value)) for (const division of d.divisions) named.add(division);
      const mention = bureauMentions(value, named).find((b) => b.place !== null && atBoundary(value, b.start - 1));
      if (!mention?.place) continue;
      const r = result(issuerOf(mention), mention.place, '未知');
      return { issuer: r.issuer!, place: r.place!, placeCode: r.placeCode, placePath: r.placePath };
    }
  }
  return null;
}

function issuerOf(m: BureauMention): string {
  return `${m.place?.name ?? ''}${m.bureau}`;
}

function result(issuer: string | null, place: Place | null, level: Level): PlaceMeta {
  const division = place?.division ?? null;
  return {
    // Hong Kong's and Macao's bureau is 教育局 alone, no name of a place in it: none is made up.
    issuer: place && /特别行政区$/.test(place.name) ? null : issuer,
    place: place?.name ?? null,
    level: place?.level ?? level,
    placeCode: division?.code ?? null,
    placePath: division ? divisionPath(division) : [],
  };
}

/**
 * The places the text speaks of, scored: 3 in the title, 2 opening the first paragraph, 1
 * elsewhere at a clause start, ½ inside a clause (评估秦州区汇报会; a benchmark cited once
 * mid-sentence, 进入南京市第一方阵, stays below the bar); a short form before 教育 (推进建瓯
 * 教育发展) counts as a name at a clause start. A name cited inside 《…》 does not count.
 */
function scoredPlaces(
  title: string,
  paragraphs: string[],
  body: string,
  named: ReadonlySet<Division>,
): Map<string, { place: Place; score: number }> {
  const scores = new Map<string, { place: Place; score: number }>();
  const count = (place: Place, weight: number): void => {
    const key = place.division?.code ?? place.name;
    const entry = scores.get(key) ?? { place, score: 0 };
    entry.score += weight;
    scores.set(key, entry);
  };
  const add = (text: string, weightAt: (start: number) => number): void => {
    const cited = citedSpans(text);
    const isCited = (start: number): boolean => cited.some(([a, b]) => start >= a && start < b);
    for (const m of findDivisions(text)) {
      const start = m.parent ? m.start - m.parent.name.length : m.start;
      if (!isCited(start)) count(mentionPlace(m, named), weightAt(start));
    }
    for (const m of findProvinceShortForms(text)) if (!isCited(m.start)) count(placeOf(m.division), weightAt(m.start));
    for (const m of findShortFormsBefore(text, '教育')) {
      const division = resolve(m.divisions, named);
      if (division && !isCited(m.start)) count(placeOf(division), Math.max(1, weightAt(m.start)));
    }
  };
  add(title, () => 3);
  // A byline (联合报／ 记者潘奕言／屏东即时报导) is not the opening: the lead under it is.
  const first = paragraphs.find((p) => frameKind(p) !== 'byline') ?? '';
  const opening = body.indexOf(first);
  add(body, (start) => {
    const weight = first !== '' && start >= opening && start < opening + first.length ? 2 : 1;
    return atBoundary(body, start - 1) || body[start - 1] === '年' ? weight : 0.5;
  });
  return scores;
}

/** How far into a text its own place is looked for: a report names it early. */
const OWN_PLACE_READS = 20_000;

/**
 * The last resort for a text that speaks of itself at one level (我县, 全区) and names its
 * place only in passing: the one division of that level it names at the head of a local
 * document's title (《英山县县级党政机关公务接待管理办法》) or by its short form at least
 * twice (在盐都召开 … 盐都初中教育品牌). Two candidates, or one named once, give nothing.
 */
function ownPlace(text: string, level: Level, named: ReadonlySet<Division>): Place | null {
  const counts = new Map<Division, number>();
  const add = (d: Division | null, weight = 1): void => {
    if (d && levelOfName(d.name) === level) counts.set(d, (counts.get(d) ?? 0) + weight);
  };
  // A document of the place's own, by its full name, is strong evidence: it counts twice.
  for (const m of text.matchAll(/《([^《》]{2,60})》/g)) {
    const head = findDivisions(m[1]).find((x) => x.start === 0 || (x.parent && x.start - x.parent.name.length === 0));
    // A province's documents (《湖北省关于…的意见》) are cited by every level under it: not counted.
    const division = head ? resolve(head.divisions, named) : null;
    if (division && division.depth > 1) add(division, 2);
  }
  for (const m of findLocalShortForms(text)) add(resolve(m.divisions, named));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || best[1] < 2 || (next && next[1] === best[1])) return null;
  return placeOf(best[0]);
}

/**
 * Issuer, place and level of one document (see the module comment). The level is the
 * place's when one is found, else what the text says of itself (我区, 全县, X市). For news
 * (`options.news`) only a title headed by a body or a signature names the issuer.
 */
export function extractPlace(title: string | null, blocks: Blocks, options: { news?: boolean } = {}): PlaceMeta {
  const found = placeAndBureau(title, blocks, options);
  // Hong Kong's or Macao's press about its bureau (./special-region.ts): the region, not the
  // places its people visit, where no bureau of a named place wrote the text.
  if (found.issuer === null) {
    const region = specialRegion(`${title ?? ''}\n${blocks.map((b) => b.text).join('\n')}`);
    if (region) return result(null, placeOf(region), '未知');
  }
  // An official title names its issuer whatever body it is (中共教育部党组关于…的通报): that
  // name, not only the bureau inside it (合肥市教育局党委, not 合肥市教育局).
  const official = titleIssuer(title);
  return official && !/特别行政区$/.test(found.place ?? '') ? { ...found, issuer: official } : found;
}

function placeAndBureau(title: string | null, blocks: Blocks, options: { news?: boolean }): PlaceMeta {
  const titleText = title ?? '';
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const body = blocks.map((b) => b.text).join('\n');
  const named = new Set<Division>();
  for (const m of findDivisions(`${titleText}\n${body}`)) for (const d of m.divisions) named.add(d);

  const titleMentions = bureauMentions(titleText, named, TITLE_ISSUER);
  // The issuer heads its title (XX教育局关于…); one named inside it (…与城东区教育局召开…) is news of it.
  const titleNamed = titleMentions.find((m) => m.place !== null && atBoundary(titleText, m.start - 1));
  if (titleNamed) return result(issuerOf(titleNamed), titleNamed.place, '未知');

  const signed = signer(blocks, named);
  if (signed) return result(issuerOf(signed), signed.place, '未知');

  const titleAnonymous = titleMentions.find((m) => m.level !== null) ?? null;
  const level = titleAnonymous?.level ?? levelFromCues(titleText) ?? levelFromCues(body);

  const opening = paragraphs.slice(0, 3).join('\n');
  // In running text only a bureau opening a clause counts: 加强教育局内部管理 is a verb phrase.
  const textNamed = bureauMentions(opening, named).find(
    (m) =>
      m.place !== null &&
      (atBoundary(opening, m.start - 1) || opening[m.start - 1] === '年') &&
      (!level || m.place.level === level),
  );
  // News names the bureau it reports on, not who wrote it: the place stands, the issuer does not.
  if (textNamed) return result(options.news ? null : issuerOf(textNamed), textNamed.place, '未知');

  const all = [...scoredPlaces(titleText, paragraphs, body, named).values()];
  const scored = all.filter((c) => !level || c.place.level === level);
  scored.sort((a, b) => b.score - a.score);
  // The province a text names over and over holds the city its title names (吕梁市…开班仪式):
  // the report is about the lowest place it names that well.
  const within = (inner: Place, outer: Place): boolean => {
    for (let d = inner.division?.parent; d; d = d.parent) if (d === outer.division) return true;
    return false;
  };
  const deeper = scored[0] && all.find((c) => c.score >= 3 && within(c.place, scored[0].place));
  if (deeper) {
    const at = scored.indexOf(deeper);
    if (at >= 0) scored.splice(at, 1);
    scored.unshift(deeper);
  }
  const [top, second] = scored;
  // One mention is enough only where it is the one place of the level the text speaks at (我市).
  const enough = top && (top.score >= 2 || (top.score >= 1 && !second && level !== null));
  if (!top || !enough || (second && second.score === top.score)) {
    const local = level ? ownPlace(`${titleText}\n${body.slice(0, OWN_PLACE_READS)}`, level, named) : null;
    return result(null, local, level ?? '未知');
  }
  const issuer = titleAnonymous && !options.news ? `${top.place.name}${titleAnonymous.bureau}` : null;
  return result(issuer, top.place, level ?? '未知');
}
