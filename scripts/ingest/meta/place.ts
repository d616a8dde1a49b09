/**
 * Issuer, place and level, read without a gazetteer: from the title first, then the text,
 * with a few patterns around the words for an education bureau and the level characters
 * 省/市/区/县/镇.
 *
 *   苏州教育局工作报告                 →  苏州市教育局, 苏州, 市   (a bare name before 教育局 is a city)
 *   区教育局:… + text 栖霞区按照…     →  栖霞区教育局, 栖霞区, 区  (anonymous title, place from the text)
 *   某县推进… / 我镇… / X区…           →  null, null, 县 / 镇 / 区
 *
 * Convention for `place`: a city or province drops its suffix (苏州, 亳州, 江苏), as in
 * everyday use; a district, county or town keeps it (栖霞区), since bare district names
 * are ambiguous. Places only come from a bureau's name or from a name in subject position
 * (at the start of a sentence or clause), so benchmarks cited mid-sentence (学龙岗、赶新吴,
 * 进入南京市第一方阵) are never taken.
 */
import type { Level } from '../../../src/schemas/report.ts';
import {
  BUREAU,
  GENERIC_ENDINGS,
  LEVEL_OF_SUFFIX,
  NOT_AFTER_SUFFIX,
  NOT_BARE_NAMES,
  NOT_NAME_CHAR,
  NOT_NAME_END,
  NOT_NAME_START,
  WORD_BEFORE_NAME,
  isMaskedName,
} from './place-words.ts';

export interface PlaceMeta {
  issuer: string | null;
  place: string | null;
  level: Level;
}

/** A bureau named in the text: 亳州市教育局 (named) or 区教育局 / 某县教育局 (anonymous). */
interface BureauMention {
  name: string | null;
  level: Level | null;
  bureau: string;
}

const HAN = /^\p{Script=Han}$/u;
const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** A clause boundary: text start or any non-Han character (punctuation, space, digit). */
const atBoundary = (text: string, i: number): boolean => i < 0 || !isHan(text[i]);

function isNameLike(name: string): boolean {
  if (NOT_NAME_START.has(name[0]) || NOT_NAME_END.has(name[name.length - 1])) return false;
  for (const ch of name) if (!isHan(ch) || NOT_NAME_CHAR.has(ch)) return false;
  return true;
}

function isGeneric(nameWithSuffix: string): boolean {
  return GENERIC_ENDINGS.some((g) => nameWithSuffix.endsWith(g));
}

/**
 * The 2–3 character name ending just before `end`, when it starts at a boundary (strict)
 * or also after a function word (loose). Two characters are preferred: most names are.
 */
function nameBefore(text: string, end: number, loose: boolean): string | null {
  for (const len of [2, 3]) {
    const start = end - len;
    if (start < 0) break;
    const name = text.slice(start, end);
    if (!isNameLike(name)) continue;
    if (atBoundary(text, start - 1) || (loose && WORD_BEFORE_NAME.has(text[start - 1]))) return name;
  }
  return null;
}

/** Every mention of an education bureau, named or anonymous, in reading order. */
function bureauMentions(text: string): BureauMention[] {
  const out: BureauMention[] = [];
  for (const m of text.matchAll(new RegExp(BUREAU, 'g'))) {
    const suffix = text[m.index - 1];
    const level = suffix === undefined ? undefined : LEVEL_OF_SUFFIX[suffix];
    if (level) {
      const name = nameBefore(text, m.index - 1, true);
      if (name && !isGeneric(name + suffix)) out.push({ name, level, bureau: m[0] });
      else if (!name && isAnonymousBefore(text, m.index - 1)) out.push({ name: null, level, bureau: m[0] });
    } else {
      const name = nameBefore(text, m.index, false);
      if (name && !NOT_BARE_NAMES.has(name)) out.push({ name, level: null, bureau: m[0] });
    }
  }
  return out;
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

/** Names with a level suffix in subject position: 栖霞区按照…, …91.5, 栖霞区将继续… */
const SUBJECT_PLACE = /(?<![\p{Script=Han}])(\p{Script=Han}{2,3}?)([省市区县镇])/gu;

function subjectPlaces(text: string, level: Level): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SUBJECT_PLACE)) {
    const [whole, name, suffix] = m;
    if (LEVEL_OF_SUFFIX[suffix] !== level || !isNameLike(name) || isGeneric(whole)) continue;
    if (NOT_AFTER_SUFFIX[suffix]?.test(text.slice(m.index + whole.length, m.index + whole.length + 1))) continue;
    counts.set(whole, (counts.get(whole) ?? 0) + 1);
  }
  return counts;
}

/** The place as reported: 苏州 (city, suffix dropped), 栖霞区 (district, suffix kept). */
function placeName(name: string, level: Level): string {
  return level === '市' || level === '省' ? name : `${name}${level}`;
}

function fromNamedBureau(m: BureauMention): PlaceMeta {
  const level = m.level ?? '市'; // a bare name before 教育局 (苏州教育局) is read as a city
  const name = m.name ?? '';
  return { issuer: `${name}${level}${m.bureau}`, place: placeName(name, level), level };
}

/**
 * Issuer, place and level of one document (see the module comment). Why gazetteer-free:
 * the corpus is anonymised templates as often as named reports, and a place list would
 * happily pick up the benchmark cities a report compares itself with.
 */
export function extractPlace(title: string | null, blocks: ReadonlyArray<{ kind: string; text: string }>): PlaceMeta {
  const titleText = title ?? '';
  const titleMentions = bureauMentions(titleText);
  const titleNamed = titleMentions.find((m) => m.name !== null);
  if (titleNamed) return fromNamedBureau(titleNamed);

  const titleAnonymous = titleMentions.find((m) => m.level !== null) ?? null;
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const body = blocks.map((b) => b.text).join('\n');
  const level = titleAnonymous?.level ?? levelFromCues(titleText) ?? levelFromCues(body);

  const opening = paragraphs.slice(0, 3).join('\n');
  // In running text only a bureau written with its level counts: 加强教育局内部管理 is a verb phrase.
  const textNamed = bureauMentions(opening).find((m) => m.name !== null && m.level !== null && (!level || m.level === level));
  if (textNamed && atBoundaryMention(opening, textNamed)) return fromNamedBureau(textNamed);
  if (!level) return { issuer: null, place: null, level: '未知' };

  const candidates = [...subjectPlaces(body, level)].filter(([whole]) => !isMaskedName(whole));
  candidates.sort((a, b) => b[1] - a[1]);
  const top = candidates[0];
  const startsOpening = top !== undefined && (paragraphs[0] ?? '').startsWith(top[0]);
  if (!top || (top[1] < 2 && !startsOpening) || (candidates[1] && candidates[1][1] === top[1])) {
    return { issuer: null, place: null, level };
  }
  const name = top[0].slice(0, -1);
  const issuer = titleAnonymous ? `${name}${level}${titleAnonymous.bureau}` : null;
  return { issuer, place: placeName(name, level), level };
}

/** A bureau named in the text counts only where it opens a clause (亳州市教育局在过去一年中…). */
function atBoundaryMention(text: string, m: BureauMention): boolean {
  const written = `${m.name}${m.level ?? ''}${m.bureau}`;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if (atBoundary(text, at - 1)) return true;
  }
  return false;
}
