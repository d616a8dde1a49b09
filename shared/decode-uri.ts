/**
 * Percent-decoding that cannot throw. `decodeURIComponent` throws a URIError on a malformed
 * sequence (`#%E0%A4%A`, a lone `%`), and anyone can type such a URL or follow a link cut
 * short; a malformed URL must never break a page or a server.
 */

/** `text` percent-decoded, or undefined when it is not well-formed. */
export function decodeURIComponentOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
