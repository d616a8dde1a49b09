/**
 * Which file the dev server's `/pagefind/` route serves for a request: a file inside the last
 * build's index folder (dist/pagefind), or nothing. Kept apart from the server so the
 * confinement can be tested on strings: a request may be encoded (`%2e%2e`), malformed, or
 * climb out with `..` into a sibling folder (`dist-secret/`), and none of those may be served.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeURIComponentOrUndefined } from '../../shared/decode-uri.ts';

/**
 * The absolute path `url` asks for inside `dist`/pagefind, or null when the URL is not under
 * `<base>/pagefind/`, is malformed, or resolves outside that folder. `base` is the site's base
 * path (`/` or `/sub/`). Does not look at the disk: whether the file exists is the caller's.
 */
export function pagefindFile(dist: string, base: string, url: string): string | null {
  const path = decodeURIComponentOrUndefined(url.split(/[?#]/)[0]);
  const prefix = `${base.replace(/\/$/, '')}/pagefind/`;
  if (path === undefined || path.includes('\0') || !path.startsWith(prefix)) return null;
  const folder = resolve(join(dist, 'pagefind'));
  const file = resolve(folder, `.${sep}${path.slice(prefix.length)}`);
  const inside = relative(folder, file);
  // A prefix test on the path alone (file.startsWith(dist)) also lets through `dist-secret/`.
  if (!inside || isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return null;
  return file;
}
