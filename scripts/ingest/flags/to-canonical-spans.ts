/**
 * Moves spans found in a block's original-script text onto its canonical (Simplified)
 * text. OpenCC's Traditional→Simplified conversion is almost always one character for one,
 * so equal lengths mean equal offsets; the rare phrase that changes length (e.g. a
 * Taiwan phrase rewritten) needs the converter, or a fresh look at the canonical text.
 */
import { findGarbled, type Span } from './garbled.ts';

/** Converts original-script text to canonical Simplified (the script stage's converter). */
export type ToCanonical = (text: string) => string;

/**
 * Garbled spans of `original`, expressed in offsets of `canonical`. Order of attempts:
 * same offsets when lengths agree; the converter on the prefix and the run, checked
 * against the canonical text; the run's own text searched for; last, detection run
 * directly on the canonical text (weaker: Simplified-only forms no longer stand out).
 */
export function garbledSpansOnCanonical(
  original: string,
  canonical: string,
  spans: Span[],
  toCanonical?: ToCanonical,
): Span[] {
  if (spans.length === 0) return [];
  if (original.length === canonical.length) return spans.map((s) => ({ ...s }));
  const out: Span[] = [];
  let from = 0;
  for (const span of spans) {
    const mapped = viaConverter(original, canonical, span, toCanonical) ?? bySearch(original, canonical, span, from);
    if (!mapped) return findGarbled(canonical, { documentLean: 'Hans' });
    out.push(mapped);
    from = mapped.end;
  }
  return out;
}

function viaConverter(original: string, canonical: string, span: Span, toCanonical?: ToCanonical): Span | null {
  if (!toCanonical) return null;
  const start = toCanonical(original.slice(0, span.start)).length;
  const run = toCanonical(original.slice(span.start, span.end));
  return canonical.startsWith(run, start) ? { start, end: start + run.length } : null;
}

function bySearch(original: string, canonical: string, span: Span, from: number): Span | null {
  const run = original.slice(span.start, span.end);
  const at = canonical.indexOf(run, from);
  return at < 0 ? null : { start: at, end: at + run.length };
}
