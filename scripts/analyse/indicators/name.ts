/**
 * The indicator a figure measures, from the words before it in the same clause:
 * “义务教育巩固率保持在100%” → 义务教育巩固率; verbs and prepositions that link the name to
 * the figure (保持在, 达到, 为, 控制在 …) are stripped, and so are leading connectives. A
 * figure opening its clause (“*名教师获评省特级教师”, or after just 全区) is named by the words after it, and a
 * generic name (占比, 比例) borrows the previous clause (…创建省市“智慧校园”，占比超过*%).
 */

/** Clause boundaries. */
const DELIMITER = /[，。；：！？、,;:!?（）()【】\n]/;

const TRAILING =
  /(?:稳定保持在|保持在|稳定保持|保持|稳定在|控制在|提高到|提高至|提升到|提升至|增加到|增长到|增至|下降到|降至|降到|减少到|达到了|达到|突破|超过|高于|低于|不低于|不少于|不超过|约为|均为|分别为|分别|为|是|达|约|近|共计|共有|共|累计|合计|计|逾|超|有|在|的|了|已|以上|以内)$/;
const LEADING =
  /^(?:其中|同时|此外|另外|目前|并且|并|且|和|及|确保|力争|努力|实现|保持|全年|今年|去年|近年来|近[一二三四五六七八九十两]年|(?:(?:19|20)\d{2}|20\d[xX]|[xX*]{2,4})年(?:以来|度|底)?)/;
const QUOTES = /^[“”"《》「」‘’\s]+|[“”"《》「」‘’\s]+$/g;
/** A name that only says where (全区*多名教师…): the words after the figure say what. */
const SCOPE = /^(?:全|我)[区市县镇省]$/;
const GENERIC = new Set(['', '占比', '比例', '比重', '比率', '其中', '分别', '人数', '数量']);
const MAX = 24;

function clean(text: string): string {
  let s = text.replace(QUOTES, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(TRAILING, '').replace(LEADING, '').replace(QUOTES, '');
  }
  return s;
}

/** Start of the clause holding position `at` (after the previous delimiter). */
function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !DELIMITER.test(text[i - 1])) i--;
  return i;
}

/** End of the clause from `at` (the next delimiter). */
function clauseEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !DELIMITER.test(text[i])) i++;
  return i;
}

/** The name of the indicator a figure at [start, end) measures; `from` bounds it on the left. */
export function indicatorName(text: string, start: number, end: number, from = 0): string {
  const clause = Math.max(from, clauseStart(text, start));
  let name = clean(text.slice(clause, start));
  if ((name === '' || SCOPE.test(name)) && clause === clauseStart(text, start)) {
    name += clean(text.slice(end, clauseEnd(text, end)));
  } else if (GENERIC.has(name) && clause > 0) {
    const prevStart = clauseStart(text, clause - 1);
    name = clean(text.slice(prevStart, clause - 1)) + name;
  }
  return name.length > MAX ? name.slice(-MAX) : name;
}

/** True when the words between two figures only join them (和, 、, 及): the second shares the name. */
export function sharesName(between: string): boolean {
  return /^[\s和及与、,，]*(?:分别为)?$/.test(between);
}
