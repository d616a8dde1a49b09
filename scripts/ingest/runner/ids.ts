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

/** The stem of a file's ids before collisions are resolved: its slug, or slug + hash when the slug says too little. */
function baseId(name: string): string {
  const slug = slugify(name);
  const asciiShare = slug.replace(/-/g, '').length / Math.max(1, name.replace(/\.[^.]*$/, '').length);
  return slug.length >= 3 && asciiShare >= 0.5 ? slug : [slug, shortHash(name)].filter(Boolean).join('-');
}

/** A file's ids from its stem: the stem itself, or `stem-01` … for a collection's parts. */
function expandIds(parts: number, stem: string): string[] {
  return Array.from({ length: parts }, (_, i) => (parts > 1 ? `${stem}-${String(i + 1).padStart(2, '0')}` : stem));
}

/** One id per (file, part); `parts` is how many documents each file holds. */
export function assignIds(sources: Array<{ name: string; parts: number }>): Map<string, string[]> {
  const base = new Map<string, string>();
  for (const { name } of sources) base.set(name, baseId(name));

  const count = new Map<string, number>();
  for (const { name, parts } of sources)
    for (const id of expandIds(parts, base.get(name)!)) count.set(id, (count.get(id) ?? 0) + 1);

  const ids = new Map<string, string[]>();
  for (const { name, parts } of sources) {
    const plain = expandIds(parts, base.get(name)!);
    const clash = plain.some((id) => (count.get(id) ?? 0) > 1);
    ids.set(name, clash ? expandIds(parts, `${base.get(name)}-${shortHash(name)}`) : plain);
  }
  return ids;
}

/** A stem ending in a part number (`x-01`, `x-2023`): what might equal another stem's part id. */
const PART_SUFFIX = /^(.*)-\d{2,}$/;

/**
 * The ids of a file as soon as its number of parts is known, for every file whose ids
 * `assignIds` would give the same whatever the other files hold: lets the runner write
 * each report when its source is processed instead of holding the whole corpus until the
 * end. A file's ids are `stem` or `stem-NN`, so they can only meet another file's ids when
 * the two stems are equal or one is the other plus `-<digits>`; such files (rare: `a b.txt`
 * beside `a-b.txt`, `x.txt` beside `x-01.txt`) get `undefined` and wait for `assignIds`
 * over the whole corpus. `names` is every file that may be published in the run.
 */
export function idsKnownFromNames(names: string[]): (name: string, parts: number) => string[] | undefined {
  const base = new Map(names.map((name) => [name, baseId(name)]));
  const namesPerStem = new Map<string, number>();
  for (const stem of base.values()) namesPerStem.set(stem, (namesPerStem.get(stem) ?? 0) + 1);
  const entangled = new Set<string>();
  for (const [stem, count] of namesPerStem) {
    if (count > 1) entangled.add(stem);
    const shorter = PART_SUFFIX.exec(stem)?.[1];
    if (shorter !== undefined && namesPerStem.has(shorter)) {
      entangled.add(stem);
      entangled.add(shorter);
    }
  }
  return (name, parts) => {
    const stem = base.get(name);
    return stem === undefined || entangled.has(stem) ? undefined : expandIds(parts, stem);
  };
}
