/**
 * Report ids: `/reports/<id>/` must be stable across runs, URL-safe and unique.
 * The id is the source file's name made ASCII (`000_b15e…c80.txt` → `000-b15e…c80`), with
 * `-NN` for each document of a collection page. Names with little or no ASCII (教育局报告.txt)
 * and names that would collide after slugging (`a b.txt`, `a-b.txt`) get a short hash of
 * the exact file name — so an id never depends on which other files happen to be present
 * beyond the colliding ones, nor on the order files are read.
 */
import { createHash } from 'node:crypto';

/** Lower-case ASCII letters and digits of a file name (extension dropped), joined by `-`. */
export function slugify(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  return (stem.toLowerCase().match(/[a-z0-9]+/g) ?? []).join('-').slice(0, 60).replace(/-+$/, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** One id per (file, part); `parts` is how many documents each file holds. */
export function assignIds(sources: Array<{ name: string; parts: number }>): Map<string, string[]> {
  const base = new Map<string, string>();
  for (const { name } of sources) {
    const slug = slugify(name);
    const asciiShare = slug.replace(/-/g, '').length / Math.max(1, name.replace(/\.[^.]*$/, '').length);
    base.set(name, slug.length >= 3 && asciiShare >= 0.5 ? slug : [slug, shortHash(name)].filter(Boolean).join('-'));
  }
  const expand = (name: string, parts: number, stem: string) =>
    Array.from({ length: parts }, (_, i) => (parts > 1 ? `${stem}-${String(i + 1).padStart(2, '0')}` : stem));

  const count = new Map<string, number>();
  for (const { name, parts } of sources) for (const id of expand(name, parts, base.get(name)!)) count.set(id, (count.get(id) ?? 0) + 1);

  const ids = new Map<string, string[]>();
  for (const { name, parts } of sources) {
    const plain = expand(name, parts, base.get(name)!);
    const clash = plain.some((id) => (count.get(id) ?? 0) > 1);
    ids.set(name, clash ? expand(name, parts, `${base.get(name)}-${shortHash(name)}`) : plain);
  }
  return ids;
}
