/**
 * The opencc-js converters this stage uses, built once when the module loads (building
 * them takes about 0.2 s; converting runs at about 35 MB of UTF-8 text per second).
 */
import { Converter, ConverterFactory, Locale, Trie } from 'opencc-js';
import type { ConverterFunction, DictGroup, DictLike } from 'opencc-js';
import { ZHU_WORDS } from './zhu-words.ts';

/** The shape of opencc's `tw2s` preset at run time (its types omit `normalizationChain`). */
interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** opencc's `tw2s` preset, with its dictionaries, read once. */
function tw2sConfig(): ChainConfig {
  const config = Locale.configs.tw2s as ChainConfig | undefined;
  if (!config || config.conversionChain.length === 0) throw new Error('opencc-js: preset tw2s not found');
  return config;
}

/**
 * opencc's `tw→cn` chain with extra entries in its first stage and in its segmenter.
 * It is the same chain `Converter({ from: 'tw', to: 'cn' })` builds (normalise CJK
 * compatibility ideographs, cut at TSPhrases words, map Taiwan variants, then
 * Traditional→Simplified), rebuilt here only because that chain has no hook for
 * extra words.
 */
function taiwanVariantsToSimplified(config: ChainConfig, extra: DictLike): ConverterFunction {
  const normalize = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : (s: string) => s;
  const segmentation: DictGroup = isDictGroup(config.segmentation) ? config.segmentation : [config.segmentation];
  const segmenter = new Trie();
  segmenter.loadDictGroup([extra, ...segmentation]); // the first dictionary of a group wins
  const stages = config.conversionChain.map((group, i) => {
    const trie = new Trie();
    trie.loadDictGroup(i === 0 ? [extra, ...group] : group);
    return trie;
  });
  return (text) => {
    let out = '';
    for (const segment of segmenter.segment(normalize(text))) {
      let converted = segment;
      for (const stage of stages) converted = stage.convert(converted);
      out += converted;
    }
    return out;
  };
}

function isDictGroup(value: DictLike | DictGroup): value is DictGroup {
  return Array.isArray(value) && value.every((d) => typeof d === 'string');
}

function dictEntries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((line) => line.split(' ') as unknown as readonly [string, string]);
}

/**
 * The words whose 著 the Taiwan-variant stage keeps (opencc's list and ZHU_WORDS), also in
 * their Simplified form, mapped to themselves: without them a Simplified 显著 met in a
 * Traditional page (a chrome line, or the chain's own output) would become 显着.
 */
function zhuWordsInBothScripts(config: ChainConfig): [string, string][] {
  const keptByOpencc = config.conversionChain[0].flatMap(dictEntries).filter(([, to]) => to.includes('著'));
  const words: [string, string][] = dictEntries(ZHU_WORDS).map(([from, to]) => [from, to]);
  for (const [, kept] of [...keptByOpencc, ...words]) {
    const simplified = plainTraditionalToSimplified(kept);
    if (simplified.includes('著')) words.push([simplified, simplified]);
  }
  return words;
}

/** Plain opencc `t→cn`, one direction of the script-evidence count (keeps 著 as is). */
export const plainTraditionalToSimplified: ConverterFunction = Converter({ from: 't', to: 'cn' });

/** Plain opencc `cn→t`, the other direction of the script-evidence count. */
export const plainSimplifiedToTraditional: ConverterFunction = Converter({ from: 'cn', to: 't' });

/**
 * Traditional (Taiwan or OpenCC standard forms) → mainland Simplified, character and
 * variant level only: 隨著→随着, 著力→着力 (`from: 't'` would leave 著), while 著作,
 * 顯著, 卓著, 專著 keep 著 (as do 显著, 著作 met already in Simplified). No regional
 * vocabulary is changed: 資料 → 资料.
 */
export const traditionalToSimplified: ConverterFunction = taiwanVariantsToSimplified(
  tw2sConfig(),
  zhuWordsInBothScripts(tw2sConfig()),
);
