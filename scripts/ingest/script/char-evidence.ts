/**
 * Character-level script evidence: which Han characters opencc changes in each direction.
 * A Simplified text has many characters `cn→t` changes (发, 学, 资) and almost none `t→cn`
 * changes; a Traditional text the reverse. Characters both scripts share (教, 育, 人) are
 * evidence of neither. Each distinct character is classified once and remembered, so
 * counting is a single pass over the text (no whole-text conversion).
 */
import { plainSimplifiedToTraditional, plainTraditionalToSimplified } from './opencc.ts';

/** How a character bears on the script question. */
export type CharScript = 'simplified' | 'traditional' | 'shared' | 'other';

const HAN = /^\p{Script=Han}$/u;
/** Astral characters' kinds, remembered once classified. */
const memo = new Map<number, CharScript>();
/** The kinds by index into KIND_OF: a BMP lookup is an array read, not a map probe. */
const KIND_OF: readonly CharScript[] = ['other', 'other', 'shared', 'simplified', 'traditional'];
const KIND_INDEX: Record<CharScript, number> = { other: 1, shared: 2, simplified: 3, traditional: 4 };
/** BMP characters' kinds as KIND_OF indexes, 0 where not classified yet. */
const bmpKinds = new Uint8Array(0x10000);

function classify(ch: string): CharScript {
  if (!HAN.test(ch)) return 'other';
  const changedToTraditional = plainSimplifiedToTraditional(ch) !== ch;
  const changedToSimplified = plainTraditionalToSimplified(ch) !== ch;
  if (changedToTraditional === changedToSimplified) return 'shared';
  return changedToTraditional ? 'simplified' : 'traditional';
}

/**
 * Classifies one character (a single code point): `simplified` when only `cn→t` changes
 * it, `traditional` when only `t→cn` does, `shared` for other Han characters, `other` for
 * everything else. Other stages use it too, e.g. to spot a run of simplified-only
 * characters (mojibake) inside a Traditional text.
 */
export function charScript(ch: string): CharScript {
  const cp = ch.codePointAt(0);
  return cp === undefined ? 'other' : codePointScript(cp);
}

function codePointScript(cp: number): CharScript {
  if (cp < 0x2e80) return 'other'; // below the CJK radicals block: no Han characters
  if (cp <= 0xffff) {
    const known = bmpKinds[cp];
    if (known !== 0) return KIND_OF[known];
    const kind = classify(String.fromCharCode(cp));
    bmpKinds[cp] = KIND_INDEX[kind];
    return kind;
  }
  let kind = memo.get(cp);
  if (kind === undefined) {
    kind = classify(String.fromCodePoint(cp));
    memo.set(cp, kind);
  }
  return kind;
}

/** Counts of a text's characters by their bearing on the script. */
export interface ScriptCharCounts {
  /** Han characters of any kind. */
  han: number;
  /** Characters `cn→t` changes and `t→cn` does not. */
  simplified: number;
  /** Characters `t→cn` changes and `cn→t` does not. */
  traditional: number;
}

/** Counts Han, simplified-only and traditional-only characters in one pass. */
export function countScriptChars(text: string): ScriptCharCounts {
  let han = 0;
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x2e80) continue; // below the CJK radicals block: no Han characters
    // A BMP character's kind is read off the table as an index, no string compared; an
    // astral one (a surrogate pair) goes the long way, as do the first sightings.
    let index = unit >= 0xd800 && unit <= 0xdbff ? 0 : bmpKinds[unit];
    if (index === 0) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++; // the low surrogate of an astral character
      index = KIND_INDEX[codePointScript(cp)];
    }
    if (index === KIND_INDEX.other) continue;
    han++;
    if (index === KIND_INDEX.simplified) simplified++;
    else if (index === KIND_INDEX.traditional) traditional++;
  }
  return { han, simplified, traditional };
}
