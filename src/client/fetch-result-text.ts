/**
 * Fetches a candidate's result text (shared/search/result-text.ts): what the search page
 * checks the query against and quotes, ~6 kB a report.
 */
import { readResultText, resultTextPath, type ResultText } from '../../shared/search/result-text.ts';

/** The result text of the page Pagefind knows as `pageId`; `base` is the site's base path, ending in `/`. */
export async function fetchResultText(base: string, pageId: string): Promise<ResultText> {
  const response = await fetch(`${base}pagefind/${resultTextPath(pageId)}`);
  if (!response.ok) throw new Error(`${resultTextPath(pageId)}: HTTP ${response.status}`);
  return readResultText(new Uint8Array(await response.arrayBuffer()));
}
