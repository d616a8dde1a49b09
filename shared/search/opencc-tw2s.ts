/**
 * The part of opencc-js the search page's converter needs, and nothing more: the `tw2s` and
 * `t2s` chains (CJK compatibility ideographs, Taiwan variants back, Traditional phrases and
 * characters). The `opencc-js/t2cn` bundle also carries the Hong Kong, Taiwan-phrase and
 * Japanese dictionaries: 53 kB gzipped against ~34 kB for these. Same shape as a bundle, so
 * shared/opencc/chain.ts builds the same chain from either; a test compares them.
 */
import { ConverterBuilder, ConverterFactory, Trie, type LocalePreset } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { OpenCC } from '../opencc/chain.ts';

const Locale = {
  from: { tw: [[TWVariantsRevPhrases, TWVariantsRev]] },
  to: { cn: [[TSPhrases, TSCharacters]] },
  configs: {
    t2s: { normalizationChain: [[CJK_Compatibility_Ideographs]], conversionChain: [[TSPhrases, TSCharacters]] },
    tw2s: {
      normalizationChain: [[CJK_Compatibility_Ideographs]],
      segmentation: [TSPhrases],
      conversionChain: [
        [TWVariantsRevPhrases, TWVariantsRev],
        [TSPhrases, TSCharacters],
      ],
    },
  },
};

/** opencc-js with the Traditional → Simplified dictionaries only. */
export const openccTw2s = {
  Trie,
  ConverterFactory,
  Converter: ConverterBuilder(Locale as unknown as LocalePreset),
  Locale,
} as unknown as OpenCC;
