/**
 * The shape of a chrome rule. Rules are data: a rule says what it matches and where,
 * and the stripper (../strip.ts) is the only code that runs them. Three kinds cover the
 * chrome seen on scraped report pages:
 *   - `line`: one line whose text matches a pattern (版权说明, 收藏, Copyright ©…);
 *   - `section`: a header line (最新文档, 相关推荐, 评论…) and the list it starts;
 *   - `edge-run`: a run of unmatched lines of a given shape at the top or bottom edge;
 *   - `context`: lines judged by where they stand among the lines already removed and the
 *     report's title and prose (what is above the title, what sits between removed lines).
 */
import type { PageLine, Region } from './page.ts';

export type { Region };

/** Fields every rule carries, whatever its kind. */
interface RuleCommon {
  /** Stable id recorded on each removal, e.g. `copyright-notice`. */
  id: string;
  /** One sentence for the reader: what the rule removes and why it is chrome. */
  description: string;
  /** The document-sharing site this rule identifies (only when the text names it). */
  site?: string;
  /** True when the matched text means "the free preview ends here" (paywall, 预览已结束). */
  previewEnd?: boolean;
}

/** Removes single lines whose trimmed, Simplified text matches `pattern`. */
export interface LineRule extends RuleCommon {
  kind: 'line';
  /** Tested against the trimmed line converted to Simplified script. */
  pattern: RegExp;
  /** Defaults to `anywhere`. */
  region?: Region;
}

/**
 * Removes a header line and the list it starts. The list runs over blank lines, lines other
 * rules already remove, and bullet items (`- …`); after the last report sentence it runs over
 * everything up to the next header or the end of the page. A header with no list after it
 * in the middle of the text is left alone.
 */
export interface SectionRule extends RuleCommon {
  kind: 'section';
  /** Tested against the trimmed, Simplified header line. */
  header: RegExp;
}

/**
 * Removes runs of consecutive unmatched lines (blank lines between are allowed) that all pass
 * `shape`, in the head or tail region. The report's title lines are never part of a run.
 */
export interface EdgeRunRule extends RuleCommon {
  kind: 'edge-run';
  region: 'head' | 'tail' | 'edges';
  /** Test on the trimmed original text of one line (see ./line-shape.ts). */
  shape: (text: string) => boolean;
  /** Fewest lines a run needs before it is removed. */
  minRun: number;
  /** Only remove a run whose neighbouring non-blank line was removed by another rule. */
  touchesRemoved: boolean;
}

/**
 * Removes the lines `select` picks from the page as the earlier passes left it; runs last,
 * in order, each seeing the removals of the ones before.
 */
export interface ContextRule extends RuleCommon {
  kind: 'context';
  select: (page: readonly PageLine[], claimed: (index: number) => boolean) => number[];
}

/** Any chrome rule; `kind` says how the stripper applies it. */
export type ChromeRule = LineRule | SectionRule | EdgeRunRule | ContextRule;
