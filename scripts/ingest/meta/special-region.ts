/**
 * Hong Kong's and Macao's education bureau is 教育局 alone (局长蔡若莲, 教育及青年发展局): its
 * news rarely writes the region's name but speaks the way only that region's press does
 * (全港, 返港, 港府, 本澳, 特区政府). Where the text does so again and again and names its bureau
 * without a place before it, the report is the region's, wherever the news took its people:
 *
 *   教育局局长蔡若莲星期日启程访问重庆和成都…她离港期间…下周五返港  →  香港特别行政区
 */
import { divisionsByName, type Division } from './gazetteer.ts';

interface Region {
  name: string;
  /** How the region's own press writes of it. */
  words: RegExp;
}

const REGIONS: Region[] = [
  {
    name: '香港特别行政区',
    words: /全港|本港|返港|离港|访港|抵港|来港|在港|港人|港府|香港|立法会|特首|施政报告|教育局常任秘书长/g,
  },
  { name: '澳门特别行政区', words: /全澳|本澳|返澳|离澳|访澳|来澳|在澳|澳门|教青局|教育及青年发展局/g },
];

/** How often the region's words must come before the text is taken for its press. */
const MIN_WORDS = 3;

/**
 * The bureau's head or spokesman with no place before the bureau (opening a clause, or after
 * 任/由/与) or with the region's own name (香港教育局局长, as the mainland press writes it);
 * 市教育局局长 and 深圳教育局局长 are a city's.
 */
const BARE_BUREAU =
  /(?:(?<!\p{Script=Han})|(?<=[任由及和与、]|香港|澳门|特区))教育局(?:局长|副局长|常任秘书长|发言人)/u;

/** The special administrative region a text is the press of, or null. */
export function specialRegion(text: string): Division | null {
  if (!BARE_BUREAU.test(text) && !/教青局|教育及青年发展局/.test(text)) return null;
  for (const region of REGIONS) {
    if ((text.match(region.words) ?? []).length >= MIN_WORDS) return divisionsByName(region.name)[0] ?? null;
  }
  return null;
}
