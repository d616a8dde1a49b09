/**
 * What a search box query means. Words are separated by spaces and every word must occur
 * verbatim in a report; text in quotes ("…", “…”, 「…」, 『…』) is one phrase and must occur
 * as written, spaces and punctuation included. Traditional words are converted to the
 * canonical Simplified the reports are indexed in, so 雙減 and 双减 are the same query.
 *
 * Verbatim is checked by the search page itself: Pagefind only proposes reports holding some
 * of a word's character pairs (./index-text.ts), which may sit apart, and it silently drops a
 * search word no report has.
 */
import { candidateGroups, type TokenGroup } from './candidate-tokens.ts';

/** Opening quote → its closing quote. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”', '「': '」', '『': '』', '＂': '＂' };

export interface ParsedQuery {
  /** Every word and phrase, converted to Simplified, in the order typed, without duplicates. */
  terms: string[];
  /** Which of the terms were quoted phrases. */
  phrases: string[];
  /** True when any term was changed by the script conversion (the query was Traditional). */
  converted: boolean;
}

/** Splits a query into words and quoted phrases, before any conversion. */
export function tokenize(raw: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  const s = raw.normalize('NFC');
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch in QUOTES) {
      const close = s.indexOf(QUOTES[ch], i + 1);
      const end = close === -1 ? s.length : close;
      const text = s
        .slice(i + 1, end)
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out.push({ text, quoted: true });
      i = end + 1;
    } else {
      let j = i;
      while (j < s.length && !/\s/.test(s[j]) && !(s[j] in QUOTES)) j += 1;
      out.push({ text: s.slice(i, j), quoted: false });
      i = j;
    }
  }
  return out;
}

/** Parses a query; `toSimplified` is the Traditional→Simplified converter (identity in tests). */
export function parseQuery(raw: string, toSimplified: (text: string) => string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[] = [];
  let converted = false;
  for (const token of tokenize(raw)) {
    const text = toSimplified(token.text);
    if (text !== token.text) converted = true;
    if (terms.includes(text)) continue;
    terms.push(text);
    if (token.quoted) phrases.push(text);
  }
  return { terms, phrases, converted };
}

/**
 * What to ask Pagefind for: per term, the token groups that narrow the candidates down
 * (./candidate-tokens.ts), and the distinct searches they make. No searches at all means
 * every report is a candidate (a query of single characters, or filters only).
 */
export function candidatePlan(q: ParsedQuery): { perTerm: TokenGroup[][]; searches: string[] } {
  const perTerm = q.terms.map((t) => candidateGroups(t));
  return { perTerm, searches: [...new Set(perTerm.flat().map((g) => groupQuery(g.tokens)))] };
}

/** The Pagefind query for a group: several pairs as an exact phrase, in quotes. */
export function groupQuery(tokens: readonly string[]): string {
  return tokens.length > 1 ? `"${tokens.join(' ')}"` : tokens[0];
}

/** The query as the URL and the box show it back: phrases quoted again. */
export function formatQuery(q: ParsedQuery): string {
  return q.terms.map((t) => (q.phrases.includes(t) ? `"${t}"` : t)).join(' ');
}
