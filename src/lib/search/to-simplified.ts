/**
 * The browser's Traditional→Simplified converter for queries. It must turn a Traditional
 * word into exactly what the ingest wrote for it, or 雙減 would not find 双减: so it is the
 * ingest's chain (scripts/ingest/script/opencc.ts: opencc `tw2s` plus the 著 words), rebuilt
 * on the small `opencc-js/t2cn` bundle (52 kB gzipped, loaded only by the search page) instead
 * of the 1.2 MB full one. A test checks both give the same output on every report's original.
 *
 * Words already Simplified are left alone (opencc would turn 显著 into 显着), and no Taiwan
 * vocabulary is rewritten, matching what the ingest does for the character level.
 */
import { Converter, ConverterFactory, Locale, Trie } from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js';
import { ZHU_WORDS } from '../../../scripts/ingest/script/zhu-words.ts';

interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

function tw2s(): ChainConfig {
  const config = (Locale.configs as Record<string, unknown> | undefined)?.tw2s as ChainConfig | undefined;
  if (!config || config.conversionChain.length === 0) throw new Error('opencc-js/t2cn: preset tw2s not found');
  return config;
}

function asGroup(value: DictLike | DictGroup): DictGroup {
  return Array.isArray(value) && value.every((d) => typeof d === 'string') ? (value as DictGroup) : [value as DictLike];
}

function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== 'string') return [...dict].map(([a, b]) => [a, b]);
  return dict.split('|').map((line) => line.split(' ') as [string, string]);
}

/** Builds the converter (about 0.1 s; call once). */
export function createToSimplified(): (text: string) => string {
  const config = tw2s();
  const normalize = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : (s: string) => s;
  const plain = Converter({ from: 't', to: 'cn' });
  // The 著 words, also in their Simplified spelling mapped to themselves (as the ingest does).
  const keptByOpencc = config.conversionChain[0].flatMap(entries).filter(([, to]) => to.includes('著'));
  const extra: [string, string][] = entries(ZHU_WORDS);
  for (const [, kept] of [...keptByOpencc, ...entries(ZHU_WORDS)]) {
    const simplified = plain(kept);
    if (simplified.includes('著')) extra.push([simplified, simplified]);
  }
  const segmenter = new Trie();
  segmenter.loadDictGroup([extra, ...asGroup(config.segmentation)]);
  const stages = config.conversionChain.map((group, i) => {
    const trie = new Trie();
    trie.loadDictGroup(i === 0 ? [extra, ...group] : group);
    return trie;
  });
  const convert = (text: string): string => {
    let out = '';
    for (const segment of segmenter.segment(normalize(text))) {
      let converted = segment;
      for (const stage of stages) converted = stage.convert(converted);
      out += converted;
    }
    return out;
  };
  // Only words holding a character that Traditional→Simplified changes are converted.
  return (text) => (plain(text) === text ? text : convert(text));
}
