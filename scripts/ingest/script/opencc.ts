/**
 * The opencc-js converters this stage uses, built once when the module loads (about 0.1 s,
 * the `cn→t` one being built for single characters only).
 */
import * as OpenCC from 'opencc-js';
import type { ConverterFunction } from 'opencc-js';
import { buildTraditionalToSimplified } from '../../../shared/opencc/chain.ts';
import { singleCharConverter } from './single-char.ts';

/** Plain opencc `t→cn`, one direction of the script-evidence count (keeps 著 as is). */
export const plainTraditionalToSimplified: ConverterFunction = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Plain opencc `cn→t`, the other direction of the script-evidence count, which asks it about
 * single characters only: built for that (./single-char.ts), same results for any input.
 */
export const plainSimplifiedToTraditional: ConverterFunction = singleCharConverter(OpenCC, 's2t', {
  from: 'cn',
  to: 't',
});

/** Traditional (Taiwan or OpenCC standard forms) → mainland Simplified: see `chain.ts`. */
export const traditionalToSimplified: ConverterFunction = buildTraditionalToSimplified(OpenCC);
