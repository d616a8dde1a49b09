/**
 * The Traditional → mainland Simplified chain, built from whichever opencc-js bundle the
 * caller has: the ingest passes the full bundle, the search page the small `opencc-js/t2cn`
 * one. One builder for both, so a query converts exactly as the report text did (雙減 must
 * become the 双减 the ingest wrote). No runtime import of opencc-js here: only types.
 *
 * It is opencc's `tw→cn` chain (normalise CJK compatibility ideographs, cut at TSPhrases
 * words, map Taiwan variants, then Traditional→Simplified) with extra entries in its first
 * stage and in its segmenter — rebuilt only because that chain has no hook for extra words:
 * 隨著→随着, 著力→着力, while 著作, 顯著, 卓著, 專著 keep 著 (as do 显著, 著作 met already in
 * Simplified). No regional vocabulary is changed: 資料 → 资料.
 */
import type * as OpenCCModule from 'opencc-js';
import type { ConverterFunction, DictGroup, DictLike } from 'opencc-js';
import { fastTrie, type FastTrie } from './fast-trie.ts';
import { ZHU_WORDS } from './zhu-words.ts';

/** The parts of an opencc-js bundle the chain is built from (full and t2cn both have them). */
export type OpenCC = Pick<typeof OpenCCModule, 'Converter' | 'ConverterFactory' | 'Locale' | 'Trie'>;

/** The shape of opencc's `tw2s` preset at run time (its types omit `normalizationChain`). */
interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

function tw2sConfig(opencc: OpenCC): ChainConfig {
  const config = (opencc.Locale.configs as Record<string, unknown> | undefined)?.tw2s as ChainConfig | undefined;
  if (!config || config.conversionChain.length === 0) throw new Error('opencc-js: preset tw2s not found');
  return config;
}

/** Every dictionary of opencc's `tw2s` chain, the one this module rebuilds, in order. */
export function chainDictionaries(opencc: OpenCC): DictLike[] {
  const config = tw2sConfig(opencc);
  return [...(config.normalizationChain ?? []), asGroup(config.segmentation), ...config.conversionChain].flat();
}

function asGroup(value: DictLike | DictGroup): DictGroup {
  return Array.isArray(value) && value.every((d) => typeof d === 'string') ? (value as DictGroup) : [value as DictLike];
}

/** A dictionary's entries, from either form opencc-js accepts ("a b|c d" or [from, to] pairs). */
export function dictEntries(dict: DictLike): [string, string][] {
  if (typeof dict !== 'string') return [...dict].map(([from, to]) => [from, to]);
  return dict.split('|').map((line) => line.split(' ') as [string, string]);
}

/**
 * The words whose 著 the Taiwan-variant stage keeps (opencc's list and ZHU_WORDS), also in
 * their Simplified form, mapped to themselves: without them a Simplified 显著 met in a
 * Traditional page (a chrome line, or the chain's own output) would become 显着.
 */
function zhuWordsInBothScripts(config: ChainConfig, plain: ConverterFunction): [string, string][] {
  const keptByOpencc = config.conversionChain[0].flatMap(dictEntries).filter(([, to]) => to.includes('著'));
  const words = dictEntries(ZHU_WORDS);
  for (const [, kept] of [...keptByOpencc, ...words]) {
    const simplified = plain(kept);
    if (simplified.includes('著')) words.push([simplified, simplified]);
  }
  return words;
}

/** A trie loaded from `group` (the first dictionary of a group wins), with its fast operations. */
function loadedTrie(opencc: OpenCC, group: DictGroup): FastTrie {
  const trie = new opencc.Trie();
  trie.loadDictGroup(group);
  return fastTrie(trie, group);
}

/**
 * Builds the converter (about 0.1–0.2 s: call once). Each stage runs on `fastTrie`'s
 * operations: opencc-js's own results, several times faster on long texts.
 */
export function buildTraditionalToSimplified(opencc: OpenCC): ConverterFunction {
  const config = tw2sConfig(opencc);
  const plain = opencc.Converter({ from: 't', to: 'cn' });
  const extra = zhuWordsInBothScripts(config, plain);
  // opencc's ConverterFactory runs one trie per group of the chain, in order.
  const normalizers = (config.normalizationChain ?? []).map((group) => loadedTrie(opencc, group));
  const segmenter = loadedTrie(opencc, [extra, ...asGroup(config.segmentation)]);
  const stages = config.conversionChain.map((group, i) => loadedTrie(opencc, i === 0 ? [extra, ...group] : group));
  return (text) => {
    let normalized = text;
    for (const normalizer of normalizers) normalized = normalizer.convert(normalized);
    let out = '';
    for (const segment of segmenter.segment(normalized)) {
      let converted = segment;
      for (const stage of stages) converted = stage.convert(converted);
      out += converted;
    }
    return out;
  };
}
