/**
 * `content/themes.yaml` text → a validated taxonomy, or one line saying what is wrong and
 * where. Pure (the runner reads the file), so it is tested on strings. Why one line: the
 * runner prints it and stops, and a user who mistyped a field must see which entry and which
 * field at once, not a stack trace.
 */
import { load as loadYaml } from 'js-yaml';
import { taxonomySchema, type Taxonomy, type Variant } from '../../../shared/schemas/theme.ts';

/** A taxonomy file that cannot be used; `message` is a single line naming entry and field. */
export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: Issue[][];
  input?: unknown;
}

/** The term of a variant, whichever way it is written. */
export function variantTerm(v: Variant): string {
  return typeof v === 'string' ? v : v.term;
}

/** `variants[3].requires` from a zod path inside one entry. */
function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (s, key) => (typeof key === 'number' ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key)),
    '',
  );
}

/** For a variant that failed both the string and the object form, the object form's reason. */
function specific(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  const branches = issue.errors.filter(
    (b) => b.length > 0 && !(b[0].code === 'invalid_type' && b[0].path.length === 0),
  );
  const chosen = branches[0]?.[0];
  return chosen
    ? specific({ ...chosen, path: [...issue.path, ...chosen.path] })
    : { ...issue, message: 'must be a word, or an object with "term" and "requires"/"excludes"' };
}

/** Names the entry an issue is in: `theme #4 "jituanhua"`, or the top-level key. */
function where(raw: unknown, path: PropertyKey[]): { entry: string; field: string } {
  if (path[0] === 'themes' && typeof path[1] === 'number') {
    const item = (raw as { themes?: unknown[] }).themes?.[path[1]] as { id?: unknown; name?: unknown } | undefined;
    const label =
      typeof item?.id === 'string'
        ? `"${item.id}"`
        : typeof item?.name === 'string'
          ? `(name ${item.name})`
          : '(no id)';
    return { entry: `theme #${path[1] + 1} ${label}`, field: fieldPath(path.slice(2)) || '(the entry itself)' };
  }
  return { entry: 'top level', field: fieldPath(path) || '(the file itself)' };
}

/** Rules the schema cannot state alone: unique ids, known related ids, unambiguous terms. */
function crossCheck(taxonomy: Taxonomy): string | null {
  const index = new Map<string, number>();
  for (const [i, t] of taxonomy.themes.entries()) {
    if (index.has(t.id)) return `theme #${i + 1} "${t.id}": id: duplicates theme #${index.get(t.id)! + 1}`;
    index.set(t.id, i);
  }
  const unconditional = new Map<string, string>();
  for (const [i, t] of taxonomy.themes.entries()) {
    for (const [k, r] of t.related.entries()) {
      if (r === t.id) return `theme #${i + 1} "${t.id}": related[${k}]: a theme cannot be related to itself`;
      if (!index.has(r)) return `theme #${i + 1} "${t.id}": related[${k}]: no theme has the id "${r}"`;
    }
    const terms: Array<[string, boolean, string]> = [
      [t.name, false, 'name'],
      ...t.variants.map((v, k): [string, boolean, string] => [variantTerm(v), typeof v !== 'string', `variants[${k}]`]),
    ];
    const own = new Set<string>();
    for (const [term, conditional, field] of terms) {
      if (own.has(term)) return `theme #${i + 1} "${t.id}": ${field}: "${term}" is listed twice in this theme`;
      own.add(term);
      if (conditional) continue;
      const other = unconditional.get(term);
      if (other)
        return `theme #${i + 1} "${t.id}": ${field}: "${term}" already belongs to theme "${other}" (give both a "requires" context, or keep it in one theme)`;
      unconditional.set(term, t.id);
    }
  }
  return null;
}

/**
 * Parses and validates the taxonomy. Throws `TaxonomyError` whose message is one line:
 * `<file>: theme #4 "jituanhua": variants[2].requires: must list at least one context word`.
 */
export function parseTaxonomy(text: string, file = 'content/themes.yaml'): Taxonomy {
  let raw: unknown;
  try {
    raw = loadYaml(text);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
    const at = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
    throw new TaxonomyError(`${file}: YAML syntax error${at}: ${e.reason ?? e.message.split('\n')[0]}`);
  }
  const parsed = taxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = specific(parsed.error.issues[0] as Issue);
    const { entry, field } = where(raw, issue.path);
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    throw new TaxonomyError(`${file}: ${entry}: ${field}: ${issue.message.split('\n')[0]}${more}`);
  }
  const problem = crossCheck(parsed.data);
  if (problem) throw new TaxonomyError(`${file}: ${problem}`);
  return parsed.data;
}
