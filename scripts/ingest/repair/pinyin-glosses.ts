/**
 * Pinyin glosses: some sites insert a syllable's pinyin after a character they think hard,
 * in brackets. They are the site's, not the report's, and they break every search.
 *
 *   甘肃省县级政府教育督导(dǎo)评估秦州区(qū)汇报会  →  甘肃省县级政府教育督导评估秦州区汇报会
 *   小學(xué)課后服務(wù)工作總結(jié)              →  小學課后服務工作總結
 *
 * Only a bracketed syllable with a tone mark, right after a Chinese character, is a gloss:
 * （a） and (PPT) stay.
 */

const GLOSS = /(?<=[\p{Script=Han}])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/gu;

/** The text without its pinyin glosses, and how many were taken out. */
export function dropPinyinGlosses(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(GLOSS, () => {
    count++;
    return '';
  });
  return { text: count > 0 ? out : text, count };
}
