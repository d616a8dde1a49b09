/**
 * Reviewed Taiwan → mainland phrase table, applied only to texts detected as Taiwan-phrased
 * (`Hant-TW`): mainland reports run through a Taiwan-phrase converter (seed 003) come back
 * with 品質 for 质量, 水準 for 水平, 專案 for 项目 … and character conversion alone leaves
 * them so. opencc's own `twp` reversal is not used: it also rewrites ordinary words
 * (資料→数据, 檔案→文件, 文件→文档, 訊息→消息) and misses 品質, 水準, 幼稚園.
 *
 * Each pair is [Taiwan phrase in Traditional script, mainland phrase in Simplified], matched
 * on the Traditional source before character conversion (so 水準 and 標準 stay distinct),
 * longest match first, left to right. A pair whose mainland side is just the Simplified form
 * of its Taiwan side is a guard: it claims a longer word so a shorter entry inside it does
 * not fire (品質化 keeps 品质; 水準儀 keeps 水准). Order in the array does not matter for
 * matching; entries are grouped by the word they belong to.
 */
export const TAIWAN_PHRASES: readonly (readonly [taiwan: string, mainland: string])[] = [
  // 质量 "quality" is 品質 in Taiwan. On the mainland 品质 is a person's qualities
  // (思想品质) or premium goods, so those stay.
  ['高品質發展', '高质量发展'], // the national slogan; a strong Taiwan-phrasing signal
  ['品質', '质量'], // 辦園品質 → 办园质量, 學業水準品質 → 学业水平质量
  ['品質化', '品质化'], // guard: 管理规范化、有效性和品质化 — mainland writes 品质化 (质量化 is not used)
  ['高品質示範', '高品质示范'], // guard: Jiangsu's official 高品质示范高中 programme
  ['高品質示范', '高品质示范'], // guard: the same as seed 000 spells it, with 范
  ['品質量', '品质量'], // guard: 產品質量, 食品質量 … are 产品/食品 + 质量, not 品質 + 量
  ['學習品質', '学习品质'], // guard: term of the 3–6 岁儿童学习与发展指南
  ['思想品質', '思想品质'], // guard: moral qualities are 品质
  ['道德品質', '道德品质'], // guard
  ['意志品質', '意志品质'], // guard
  ['心理品質', '心理品质'], // guard
  ['個性品質', '个性品质'], // guard

  // 水平 "level, standard" is 水準 in Taiwan; mainland 水准 survives in surveying terms.
  ['水準', '水平'], // 辦學水準 → 办学水平; 標準 is a different word and never matches
  ['水準儀', '水准仪'], // guard: levelling instrument
  ['水準點', '水准点'], // guard: benchmark (surveying)
  ['水準測量', '水准测量'], // guard: levelling survey

  ['專案', '项目'], // 試點專案 → 试点项目
  ['專案組', '专案组'], // guard: mainland 专案组 is a special investigation team

  ['支援', '支持'], // 支援校長 → 支持校长; only in Taiwan-phrased text, mainland 支援 is ordinary
  ['對口支援', '对口支援'], // guard: mainland policy term (paired assistance)

  ['幼稚園', '幼儿园'],

  // IT vocabulary.
  ['大資料', '大数据'], // bare 資料 is not mapped: mainland 资料 is an ordinary word
  ['資料庫', '数据库'],
  ['寬頻', '宽带'], // 寬頻網路 → 宽带网络
  ['網路', '网络'],
  ['網際網路', '互联网'], // 互聯網 needs no entry: character conversion gives 互联网
  ['軟硬體', '软硬件'],
  ['軟體', '软件'],
  ['軟體動物', '软体动物'], // guard: molluscs
  ['硬體', '硬件'],
  ['資訊', '信息'], // 資訊化 → 信息化
  ['資訊科技', '信息技术'], // not 信息科技
  ['視訊', '视频'], // 視訊會議 → 视频会议
  ['數位化', '数字化'], // bare 數位 is not mapped: mainland 数位 also means "several"
  ['人工智慧', '人工智能'], // 智慧校園 stays: mainland 智慧校园
  ['伺服器', '服务器'],
];

/**
 * Taiwan phrases from the table that are also ordinary words in mainland text written in
 * Traditional script (seed 001: 內涵品質, 高品質創享), so they do not count as evidence of
 * Taiwan phrasing when detecting the script; they are still replaced once it is detected.
 */
export const AMBIGUOUS_TAIWAN_PHRASES: ReadonlySet<string> = new Set(['品質', '支援', '資訊']);
