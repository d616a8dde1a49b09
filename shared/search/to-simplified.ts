/**
 * The browser's Traditional→Simplified converter for queries. It must turn a Traditional
 * word into exactly what the ingest wrote for it, or 雙減 would not find 双减: so it is the
 * ingest's chain (../opencc/chain.ts: opencc `tw2s` plus the 著 words), built
 * from only the dictionaries that chain uses (./opencc-tw2s.ts, ~34 kB gzipped, loaded only
 * by the search page and only for a query that may need it) instead of the 1.2 MB full
 * bundle. A test checks both give the same output on every report's original.
 *
 * Words already Simplified are left alone (opencc would turn 显著 into 显着). Taiwan
 * vocabulary is rewritten with the ingest's reviewed table (../opencc/
 * taiwan-phrases.ts, through the same matcher), as the ingest rewrote it in Taiwan-phrased
 * reports: 大資料 → 大数据, 寬頻網路 → 宽带网络. A query is too short to tell whether it is
 * Taiwan-phrased, so only the phrases that mean the mainland word wherever they stand are
 * rewritten; the ambiguous ones (品質, 支援, 資訊), ordinary words in mainland text written in
 * Traditional, get character conversion only, as such text did.
 */
import { buildTraditionalToSimplified } from '../opencc/chain.ts';
import { buildTaiwanPhraseMatcher } from '../opencc/taiwan-phrase-matcher.ts';
import { openccTw2s } from './opencc-tw2s.ts';

/** Builds the converter (about 0.1 s; call once). */
export function createToSimplified(): (text: string) => string {
  const convert = buildTraditionalToSimplified(openccTw2s);
  const taiwan = buildTaiwanPhraseMatcher(openccTw2s, convert);
  const plain = openccTw2s.Converter({ from: 't', to: 'cn' });
  // Only words holding a character that Traditional→Simplified changes are converted.
  return (text) => (plain(text) === text ? text : convert(taiwan.replace(text, { signalsOnly: true })));
}
