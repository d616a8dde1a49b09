/**
 * A plain opencc-js converter that is cheap to build because it is only asked about one
 * character at a time. The script-evidence count (./char-evidence.ts) asks `cn→t` whether it
 * changes each distinct character; building that converter in full loads opencc's 400 KB
 * phrase dictionary into tries, the biggest part of the ingest's start-up (about 0.15 s).
 *
 * On a single character a trie can only match a one-character word, so each stage of the
 * chain (normalisation, then conversion; segmentation never splits one character) is a map
 * of its one-character words, the first dictionary of a group winning as in opencc-js. Any
 * other input, or a stage turning the character into more than one, goes to the full
 * converter, built on first need: the results are opencc-js's own for every input.
 */
import type * as OpenCCModule from 'opencc-js';
import type { ConverterFunction, DictGroup, DictLike } from 'opencc-js';

type OpenCC = Pick<typeof OpenCCModule, 'Converter' | 'Locale'>;

/** The shape of an opencc preset at run time (its types omit `normalizationChain`). */
interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

/** True for a string of exactly one code point. */
function isOneCodePoint(text: string): boolean {
  return text.length === 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);
}

/** The entries of a dictionary whose source is one code point, in dictionary order. */
function oneCharEntries(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string')
    return [...dict].filter(([from]) => isOneCodePoint(from)).map(([from, to]) => [from, to]);
  const entries: Array<[string, string]> = [];
  // Walks the `from to|from to|…` text without splitting it all: most sources are phrases.
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf('|', start);
    if (end === -1) end = dict.length;
    const space =
      dict.charCodeAt(start + 1) === 0x20 ? start + 1 : dict.charCodeAt(start + 2) === 0x20 ? start + 2 : -1;
    if (space !== -1 && space < end) {
      const [from, to] = dict.slice(start, end).split(' ');
      if (isOneCodePoint(from) && typeof to === 'string') entries.push([from, to]);
    }
    start = end + 1;
  }
  return entries;
}

/** One stage as a map of its one-character words: loaded last dictionary first, so the first one wins. */
function stageMap(group: DictGroup): Map<string, string> {
  const map = new Map<string, string>();
  for (const dict of [...group].reverse()) for (const [from, to] of oneCharEntries(dict)) map.set(from, to);
  return map;
}

/**
 * opencc-js's `Converter({ from, to })` for preset `preset` (e.g. `s2t` for `cn→t`), fast
 * to build and exact for every input (see the module comment).
 */
export function singleCharConverter(
  opencc: OpenCC,
  preset: string,
  options: { from: string; to: string },
): ConverterFunction {
  let full: ConverterFunction | undefined;
  const fallback = (text: string) => (full ??= opencc.Converter(options))(text);
  const config = (opencc.Locale.configs as Record<string, ChainConfig | undefined> | undefined)?.[preset];
  if (!config) return fallback;
  const stages = [...(config.normalizationChain ?? []), ...config.conversionChain].map(stageMap);
  return (text) => {
    if (!isOneCodePoint(text)) return fallback(text);
    let out = text;
    for (const stage of stages) {
      out = stage.get(out) ?? out;
      if (!isOneCodePoint(out)) return fallback(text);
    }
    return out;
  };
}
