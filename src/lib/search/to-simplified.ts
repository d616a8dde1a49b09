/**
 * The browser's Traditional→Simplified converter for queries. It must turn a Traditional
 * word into exactly what the ingest wrote for it, or 雙減 would not find 双减: so it is the
 * ingest's chain (scripts/ingest/script/chain.ts: opencc `tw2s` plus the 著 words), built
 * from only the dictionaries that chain uses (./opencc-tw2s.ts, ~34 kB gzipped, loaded only
 * by the search page and only for a query that may need it) instead of the 1.2 MB full
 * bundle. A test checks both give the same output on every report's original.
 *
 * Words already Simplified are left alone (opencc would turn 显著 into 显着), and no Taiwan
 * vocabulary is rewritten, matching what the ingest does for the character level.
 */
import { buildTraditionalToSimplified } from '../../../scripts/ingest/script/chain.ts';
import { openccTw2s } from './opencc-tw2s.ts';

/** Builds the converter (about 0.1 s; call once). */
export function createToSimplified(): (text: string) => string {
  const convert = buildTraditionalToSimplified(openccTw2s);
  const plain = openccTw2s.Converter({ from: 't', to: 'cn' });
  // Only words holding a character that Traditional→Simplified changes are converted.
  return (text) => (plain(text) === text ? text : convert(text));
}
