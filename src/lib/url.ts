/**
 * Site-internal links with the configured base, so the site works under a sub-path too.
 * Every internal href goes through here; theme mentions inside report text are relative.
 * (Links to a theme's passages need to know its pages: lib/theme-pages.ts.)
 */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The link to one report, optionally to one of its blocks (`p-N`, `h-N`). */
export function reportUrl(id: string, block?: string, highlight: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const h of highlight) params.append('hl', h);
  const query = params.size ? `?${params}` : '';
  return `${url(`/reports/${id}/`)}${query}${block ? `#${block}` : ''}`;
}

/** Two reports side by side, compared in the browser (/compare/?a=…&b=…): any pair, found by the analysis or not. */
export function compareUrl(a: string, b: string): string {
  return url(`/compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
}

/** The path of page `page` (1-based) of a theme's passages: page 1 is the theme page itself (lib/theme-pages.ts splits them). */
export function themePagePath(themeId: string, page: number): string {
  return url(page <= 1 ? `/themes/${themeId}/` : `/themes/${themeId}/${page}/`);
}
