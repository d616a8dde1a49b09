/**
 * Strip site chrome: the ingest stage that removes what the scraped site added around a
 * report (disclaimers, breadcrumbs, related-link lists, comment boxes, paywall lines) and
 * keeps every line of report text untouched. The rules are data, one per file, in
 * ./strip/rules/; ./strip/run-rules.ts applies them.
 */
import type { SourceLine, Stripped } from './types.ts';
import { chromeRules } from './strip/rules/index.ts';
import { runChromeRules, type StripOptions } from './strip/run-rules.ts';

export type { StripOptions } from './strip/run-rules.ts';

/**
 * Removes site chrome from a page's lines (blank lines included, 1-based numbers). Kept lines
 * are returned as given, blank lines always kept; each removed non-blank line is reported with
 * the id of the rule that removed it. `previewCut` is true when a preview-end rule fired below
 * the last kept text line; `site` names the site the first site-specific removal identified.
 * Pure and deterministic. `pageTitle` (an HTML `<title>`) protects lines equal to it.
 */
export function stripChrome(lines: SourceLine[], options: StripOptions = {}): Stripped {
  return runChromeRules(lines, chromeRules, options);
}
