/**
 * The five seeds cut into documents the way the earlier stages would, by hand-written
 * rules that only need to hold for these five files. The flags and meta tests use them so
 * they do not depend on the chrome stripper, splitter or structurer being right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const sourcesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'sources');

/** Traditional (Taiwan) → Simplified, character level: what the script stage does for 000/001/003. */
export const twToCn: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

export interface SeedBlock {
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
  original: string;
}

export interface SeedDoc {
  /** Canonical (Simplified) title, or null when the page has none. */
  title: string | null;
  blocks: SeedBlock[];
}

/** The seed's lines, trimmed, blank lines dropped. */
export function seedLines(prefix: string): string[] {
  const file = readdirSync(sourcesDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(sourcesDir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** 一、 headings (level 1), （一） headings (level 2), short unpunctuated lines (level 1). */
function blockOf(original: string, convert: boolean): SeedBlock {
  const text = convert ? twToCn(original) : original;
  const numbered = /^[一二三四五六七八九十]+、.{1,20}$/.test(text)
    ? 1
    : /^[(（][一二三四五六七八九十]+[)）]/.test(text) && text.length <= 30
      ? 2
      : 0;
  const short = text.length <= 12 && !/[，。,;；：:！？!?]/.test(text);
  const level = numbered || (short ? 1 : 0);
  return { kind: level > 0 ? 'heading' : 'paragraph', level, text, original };
}

function docOf(title: string | null, lines: string[], convert: boolean): SeedDoc {
  return {
    title: title === null ? null : convert ? twToCn(title) : title,
    blocks: lines.map((l) => blockOf(l, convert)),
  };
}

/** Seed 000: the one-line body with the title glued to its start removed (Traditional). */
export function seed000(): SeedDoc {
  const lines = seedLines('000');
  const title = lines[2];
  const body = lines.find((l, i) => i > 2 && l.startsWith(title));
  if (!body) throw new Error('000 body not found');
  return docOf(title, [body.slice(title.length)], true);
}

/** Seed 001: between the second title line and 收藏 (Traditional). */
export function seed001(): SeedDoc {
  const lines = seedLines('001');
  const title = lines[1];
  const from = lines.indexOf(title, 2) + 1;
  return docOf(title, lines.slice(from, lines.indexOf('收藏')), true);
}

/** Seed 002: no title; everything before the paywall line (Simplified). */
export function seed002(): SeedDoc {
  const lines = seedLines('002');
  return docOf(
    null,
    lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('预览阅读已结束')),
    ),
    false,
  );
}

/** Seed 003: after the title line, up to 同類文章, duplicate block left in (Traditional). */
export function seed003(): SeedDoc {
  const lines = seedLines('003');
  return docOf(lines[1], lines.slice(2, lines.indexOf('同類文章')), true);
}

/** An item starts with its title twice on its own lines, then glued to the first sentence. */
function itemTitleAt(lines: string[], i: number): string | null {
  const title = lines[i];
  const bare = title.replace(/-最新范文$/, '');
  return title === lines[i + 1] && lines[i + 2]?.startsWith(bare) ? bare : null;
}

/** Seed 004: the 20 collection items, then the page's own document (Simplified). */
export function seed004(): SeedDoc[] {
  const lines = seedLines('004');
  const docs: SeedDoc[] = [];
  const notice = lines.findIndex((l) => l.startsWith('1. 1、下载文档前'));
  let i = 0;
  while (i < notice) {
    const title = itemTitleAt(lines, i);
    if (title === null) {
      i++;
      continue;
    }
    let j = i + 3;
    while (j < notice && itemTitleAt(lines, j) === null) j++;
    docs.push(docOf(lines[i], [lines[i + 2].slice(title.length), ...lines.slice(i + 3, j)], false));
    i = j;
  }
  const pageTitle = lines[0];
  const pageStart = lines.indexOf(pageTitle, notice);
  docs.push(docOf(pageTitle, lines.slice(pageStart + 1, lines.indexOf('相关文档')), false));
  return docs;
}
