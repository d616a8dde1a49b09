/**
 * Punctuation: ASCII marks that a site put in place of Chinese ones become full-width again.
 *
 *   尊敬的各位领导、各界代表:现向大家呈上…,旨在总结   →  尊敬的各位领导、各界代表：现向大家呈上…，旨在总结
 *   栖霞区按照市委市政府的总体部署, 全面开展         →  栖霞区按照市委市政府的总体部署，全面开展
 *   (一)学前教育普及普惠发展                        →  （一）学前教育普及普惠发展
 *
 * Only marks touching Chinese text change: 1,000 and 91.5 and http://x stay as they are.
 * `?` is left alone: inside Chinese it is far more often a lost byte of garbled text
 * (学??荚囌) than a converted question mark, and the garbled-text flag needs to see it.
 */

/** Chinese characters, inside a character class (shared/han.ts's definition). */
const HAN = '\\p{Script=Han}';
const CLOSERS = '”’」』》）';
const OPENERS = '“‘「『《（';

/** One replacement: a pattern with an ASCII mark next to Chinese, and its full-width form. */
interface PunctuationRule {
  pattern: RegExp;
  replace: string;
  /**
   * The ASCII mark every match contains: a line without it is skipped before the regex
   * runs (most lines have none, and the lookbehind patterns are slow to scan).
   */
  mark: string;
}

const RULES: PunctuationRule[] = [
  // , ; : ! ? after a Chinese character or closing quote, any spaces after it swallowed.
  { pattern: new RegExp(`(?<=[${HAN}${CLOSERS}%])[ \\t]*,[ \\t]*(?![0-9])`, 'gu'), replace: '，', mark: ',' },
  { pattern: new RegExp(`(?<=[${HAN}${CLOSERS}%0-9])[ \\t]*;[ \\t]*`, 'gu'), replace: '；', mark: ';' },
  { pattern: new RegExp(`(?<=[${HAN}${CLOSERS}])[ \\t]*:(?!//)[ \\t]*`, 'gu'), replace: '：', mark: ':' },
  // A comma before a Chinese character or an opening quote, after a digit (近年来5,我们…).
  { pattern: new RegExp(`(?<=[0-9])[ \\t]*,[ \\t]*(?=[${HAN}${OPENERS}])`, 'gu'), replace: '，', mark: ',' },
  // Parentheses that hold or touch Chinese text.
  { pattern: new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'gu'), replace: '（$1）', mark: '(' },
  { pattern: /(?<![A-Za-z0-9_])\(([一二三四五六七八九十0-9]{1,3})\)/gu, replace: '（$1）', mark: '(' },
];

/** Restores full-width punctuation in one line; returns the line and how many marks changed. */
export function restorePunctuation(text: string): { text: string; changes: number } {
  let changes = 0;
  let out = text;
  for (const { pattern, replace, mark } of RULES) {
    if (!out.includes(mark)) continue;
    out = out.replace(pattern, (...args: unknown[]) => {
      changes++;
      const groups = args.slice(1, -2) as string[];
      return replace.replace('$1', groups[0] ?? '');
    });
  }
  return { text: out, changes };
}
