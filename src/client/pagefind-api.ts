/**
 * The slice of Pagefind's browser API the search page uses, and its loader. pagefind.js is
 * written by the build into `<base>pagefind/`, so it is imported at run time from there
 * (never bundled); `baseUrl` makes its result URLs carry the site's base path.
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindResultData {
  url: string;
  /** The indexed text of the page (words separated by zero-width spaces). */
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  preload: (query: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once; `base` is the site's base path, ending in `/`. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
