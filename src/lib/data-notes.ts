/**
 * One sentence per downloadable file, for the data page. Files the analysis adds later still
 * get a generic description from their name, so a new export never appears unexplained.
 */
const NOTES: Record<string, string> = {
  'reports.json':
    '报告清单：每篇报告一条，含标题、发文单位、地区、年份、类型、原文字体、来源文件与网站、文本标记（乱码、截断、遮盖）、清洗统计、主题提及次数和字数。',
  'themes.json':
    '主题分析：每个主题的说明、同义说法、政策依据、相关主题、各报告提及次数、常一同出现的主题，以及每一处提及（报告、段落编号、匹配的词和所在句子）。',
  'passages.csv':
    '全部段落：每篇报告的每个标题和段落一行，含段落编号、类型、层级、所属标题、涉及的主题、字数和全文。适合在表格软件中按主题筛选段落。',
  'theme-matrix.csv':
    '报告 × 主题矩阵：每篇报告一行，含区划代码、省、市、县和起止年份，每个主题一列（列名为主题编号），值为提及次数。首页热力图即据此绘制。',
  'copies.json':
    '共有段落：两篇报告之间逐字或几乎相同的段落（含相似度和两端的段落编号）、几乎相同的报告分组、同一报告内部重复的段落、识别出的公文套话，以及三篇及以上报告共有的段落（families）。',
  'indicators.csv':
    '数字指标：报告中提到的指标（如义务教育巩固率），含所属报告的区划代码、省、市、县和起止年份，段落编号、数值、单位、是否被遮盖、原文写法、年份和所在句子。',
  'pairs.csv':
    '相似报告的对照：分析发现的每一对报告中，每段共有文字一行，含两边的段落编号、共有字数，以及两边的原文（各自的改动放在方括号里），与“并排对照”页一致。',
  'families.csv':
    '多篇共有的段落：三篇及以上报告共有的每段文字，每个副本一行，按时间排列，含各篇都有的模板文字、报告和段落编号、年份、成文日期、是否最早，以及这一篇的原文（自己的写法放在方括号里），与“多篇共有的段落”页一致。',
  'pairs.json': '与 pairs.csv 相同的内容，每行一个 JSON 对象，字段名与 CSV 的列名相同。',
  'series.json': '与 series.csv 相同的内容，每行一个 JSON 对象，字段名与 CSV 的列名相同。',
  'series.csv':
    '历年报告：同一发文单位有两个以上年份的报告时，每篇一行，按年份排列，含上一年报告的编号、与上一年相比新提到和不再提到的主题、照搬上一年的字数，以及数字有变化的指标。',
  'datapackage.json':
    '数据包说明（Frictionless Data Package）：列出以上每个文件，并给出每个 CSV 文件各列的名称、类型和含义，pandas、R 等工具可据此直接读入。',
};

/** The note for a file name. */
export function dataFileNote(name: string): string {
  if (NOTES[name]) return NOTES[name];
  const stem = name.replace(/\.[^.]+$/, '');
  if (/theme/.test(stem)) return '主题分析数据。';
  if (/cop|passage|shared/.test(stem)) return '报告之间共有段落的数据。';
  if (/indicator/.test(stem)) return '报告中提到的数字指标。';
  if (/phrase/.test(stem)) return '多篇报告反复出现的短语。';
  if (/matrix/.test(stem)) return '主题 × 报告提及次数矩阵。';
  return '分析导出的数据文件。';
}
