/**
 * The small word lists the gazetteer-free place reader needs: what a bureau is called,
 * which characters mark an administrative level, and which "names" are ordinary words.
 * Kept apart so the rules in place.ts read as rules.
 */
import type { Level } from '../../../shared/schemas/report.ts';

/** Names of an education bureau (longest first, so 教育体育局 wins over 教育局). */
export const BUREAU =
  '人民政府教育督导室|政府教育督导委员会办公室|教育督导委员会办公室|教育督导委员会|教育督导室|教育和体育局|教育体育局|教育和科学技术局|教育科学技术局|教育和科技局|教育科技局|教育局|教体局|教科局|教育厅|教育委员会|教委';

/** The level characters a place name ends with, and the level each stands for. */
export const LEVEL_OF_SUFFIX: Record<string, Level> = { 省: '省', 市: '市', 区: '区', 县: '县', 镇: '镇' };

/** Characters that cannot start a place name: quantifiers and pronouns (各县, 每区, 其市). */
export const NOT_NAME_START = new Set([...'我该某各每其此这那省市区县镇的了是']);

/**
 * Characters that cannot end a place name: right before a level character they make it a
 * pronoun (今天我市…, 本县, 全区), so the "name" is really the words before 我/本/全.
 * 本溪 and 全椒 stay possible: there 本/全 start the name.
 */
export const NOT_NAME_END = new Set([...'我本该某全各每其此这那的了是在和与及']);

/**
 * Function words that may sit right before a place name inside a sentence (以下是亳州市…,
 * 为高新区…), and the parent's level character (南京市栖霞区): when looking back from
 * 教育局, the name starts after one of these.
 */
export const WORD_BEFORE_NAME = new Set([...'为对在向以把将从由与和及于按经据使让被给是有等如了的到至进入跨自省市']);

/** Characters a place name never contains: they belong to the words around it. */
export const NOT_NAME_CHAR = new Set([...'的了是在和与及等、，,。；;：:“”"《》()（）·']);

/**
 * Generic compounds ending in a level character that are not places: 社区, 城区, 高新区,
 * 全市, 城市 … Matched against the end of "name + suffix".
 */
export const GENERIC_ENDINGS = [
  '社区',
  '校区',
  '园区',
  '景区',
  '城区',
  '市区',
  '郊区',
  '片区',
  '学区',
  '辖区',
  '新区',
  '高新区',
  '开发区',
  '示范区',
  '实验区',
  '试验区',
  '先行区',
  '功能区',
  '保护区',
  '山区',
  '牧区',
  '矿区',
  '老区',
  '特区',
  '地区',
  '灾区',
  '城市',
  '都市',
  '强市',
  '大市',
  '城镇',
  '乡镇',
  '集镇',
  '村镇',
  '重镇',
  '强县',
  '大县',
  '强区',
  '强省',
  '大省',
  '自治区',
  '各省',
  '全省',
  '本省',
  '外省',
];

/** Characters after the suffix that make it part of a word: 区域, 市场, 县域, 镇定 … */
export const NOT_AFTER_SUFFIX: Record<string, RegExp> = {
  区: /^[域别分块间划]/,
  市: /^[场民值面井容]/,
  县: /^[域城]/,
  镇: /^[定静压守痛]/,
  省: /^[略级钱时力心]/,
};

/** Bare names (no level character) that precede 教育局 but are not places. */
export const NOT_BARE_NAMES = new Set([
  '我国',
  '全国',
  '国家',
  '地方',
  '当地',
  '本地',
  '各地',
  '上级',
  '有关',
  '相关',
  '各级',
  '直属',
  '基层',
  '农村',
  '城区',
  '区域',
  '县级',
  '市级',
  '区级',
  '省级',
  '乡镇',
  '我们',
  '召开',
  '会议',
  '工作',
  '加强',
  '推进',
  '提升',
  '开展',
  '深化',
  '完善',
  '建立',
  '健全',
  '优化',
  '关于',
  '举办',
  '组织',
  '配合',
  '支持',
  '协助',
  '请示',
  '报送',
  '全体',
  '机关',
]);
