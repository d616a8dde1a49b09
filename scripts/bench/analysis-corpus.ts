/**
 * Synthetic reports for the analysis benchmark: distinct reports made from the seeds' own
 * words, so the analysis meets the vocabulary, themes, masks and figures it meets for real.
 * The seeds' paragraphs are cut into words (Intl.Segmenter) and shuffled back into new
 * paragraphs by a word-bigram walk (half the steps follow a word the seeds put next, half
 * draw any seed word), places are renamed to the report's own and numbers varied (some
 * masked, as templates do). Why not whole seed paragraphs: a few hundred paragraphs
 * reshuffled into thousands of reports makes every report a copy of hundreds of others,
 * which is not a corpus of distinct reports. Real copying is added on purpose, at rates
 * that do not depend on the corpus size: one report in ten copies two or three paragraphs
 * from one of the twenty before it, one in fifty is a near-duplicate of an earlier report
 * (a reused 范文), and half end with the stock formulae every real report uses.
 * Deterministic for a given seed.
 */
import { compileMatcher, markThemes, type ThemeMatcher } from '../ingest/themes.ts';
import { findMasked } from '../ingest/flags.ts';
import type { ProcessedDocument } from '../ingest/pipeline.ts';
import { toFrontmatter, toManifestEntry } from '../ingest/report.ts';
import type { CanonicalBlock } from '../ingest/types.ts';
import { renderReport } from '../ingest/write.ts';
import type { CorpusReport } from '../analyse/corpus.ts';
import type { ReportMeta } from '../../shared/schemas/report.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { prng } from './prng.ts';

const SEED_PLACES = new Set([
  '苏州',
  '栖霞区',
  '栖霞',
  '亳州',
  '肇庆',
  '太仓',
  '龙岗',
  '新吴',
  '南京',
  '无锡',
  '深圳',
  '隆湖',
]);
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const FORMULAE =
  '教育局将以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，努力办好人民满意的教育。';
const END = new Set(['。', '；', '！', '？']);

/** What the generator draws on, taken from the ingested seeds. */
export interface SyntheticSource {
  /** Seed words in text order (each paragraph ends with an end mark). */
  words: string[];
  /** For each distinct word, the words the seeds put after it. */
  next: Map<string, string[]>;
  /** Han characters of the seeds, for place names. */
  chars: string[];
}

/** The material: the seeds' words (paragraphs only), their successors, and characters. */
export function sourceFrom(reports: CorpusReport[]): SyntheticSource {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  const chars = new Set<string>();
  for (const r of reports) {
    for (const b of r.blocks) {
      for (const ch of b.text) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
      if (b.kind === 'heading') continue;
      const text = END.has(b.text[b.text.length - 1]) ? b.text : `${b.text}。`;
      for (const s of segmenter.segment(text)) if (s.segment.trim() !== '') words.push(s.segment);
    }
  }
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < words.length; i++)
    (next.get(words[i]) ?? next.set(words[i], []).get(words[i])!).push(words[i + 1]);
  return { words, next, chars: [...chars].sort() };
}

/** A distinct place name for report i (two characters from the pool + a level). */
function placeName(i: number, chars: string[]): string {
  const n = chars.length;
  return `${chars[(i * 7 + 3) % n]}${chars[Math.floor(i / n) % n]}${['区', '县', '市'][i % 3]}`;
}

/** A word as this report writes it: its place for a seed place, a new number for a number. */
function localise(word: string, place: string, rnd: () => number): string {
  if (SEED_PLACES.has(word)) return place;
  if (/^\d+(?:\.\d+)?$/.test(word))
    return rnd() < 0.15
      ? 'X'.repeat(Math.min(3, word.length))
      : String(Math.floor(rnd() * 10 ** Math.min(4, word.length)));
  return word;
}

/** One paragraph of about `length` characters by the word-bigram walk, ending a sentence. */
export function paragraph(length: number, place: string, src: SyntheticSource, rnd: () => number): string {
  let word = src.words[Math.floor(rnd() * src.words.length)];
  let text = '';
  while (text.length < length || !END.has(text[text.length - 1])) {
    text += localise(word, place, rnd);
    const after = src.next.get(word);
    word =
      after && rnd() < 0.5 ? after[Math.floor(rnd() * after.length)] : src.words[Math.floor(rnd() * src.words.length)];
    if (text.length > length * 2) {
      text += '。';
      break;
    }
  }
  return text.replace(/^[，、；。：]+/, '');
}

/** A generated report: its MDX, manifest entry and blocks (for later reports to copy). */
export interface SyntheticReport {
  id: string;
  mdx: string;
  meta: ReportMeta;
  blocks: CanonicalBlock[];
}

/** Report i of a synthetic corpus; `earlier` holds the reports generated before it. */
export function syntheticReport(
  i: number,
  src: SyntheticSource,
  matcher: ThemeMatcher,
  earlier: SyntheticReport[],
  seed = 20261122,
): SyntheticReport {
  const rnd = prng(seed + i * 7919);
  const place = placeName(i, src.chars);
  const year = 2015 + (i % 10);
  let texts: Array<{ kind: 'heading' | 'paragraph' | 'table'; text: string }> = [];
  const sections = 3 + Math.floor(rnd() * 2);
  for (let s = 0; s < sections; s++) {
    const heading = paragraph(6 + Math.floor(rnd() * 8), place, src, rnd)
      .replace(/[，、；。：！？]/g, '')
      .slice(0, 16);
    texts.push({ kind: 'heading', text: `${NUMERALS[s]}、${heading}` });
    const paragraphs = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < paragraphs; p++)
      texts.push({ kind: 'paragraph', text: paragraph(40 + Math.floor(rnd() * 120), place, src, rnd) });
  }
  const roll = rnd();
  if (earlier.length >= 20 && roll < 0.02) {
    // A reused template: an earlier report's text with this report's place.
    const from = earlier[earlier.length - 1 - Math.floor(rnd() * 20)];
    texts = from.blocks.map((b) => ({ kind: b.kind, text: b.text.split(from.meta.place!).join(place) }));
  } else if (earlier.length >= 20 && roll < 0.12) {
    const from = earlier[earlier.length - 1 - Math.floor(rnd() * 20)];
    const paragraphs = from.blocks.filter((b) => b.kind === 'paragraph');
    const k = 2 + Math.floor(rnd() * 2);
    const at = Math.floor(rnd() * Math.max(1, paragraphs.length - k));
    texts.splice(2, 0, ...paragraphs.slice(at, at + k).map((b) => ({ kind: 'paragraph' as const, text: b.text })));
  }
  if (rnd() < 0.5 && texts[texts.length - 1].text.indexOf(FORMULAE) < 0)
    texts.push({ kind: 'paragraph', text: `${place}${FORMULAE}` });

  const raw: CanonicalBlock[] = texts.map((t) => ({
    kind: t.kind,
    level: t.kind === 'heading' ? 1 : 0,
    text: t.text,
    original: t.text,
    marks: findMasked(t.text).map((m) => ({ ...m, kind: 'masked' as const })),
  }));
  const themed = markThemes(raw, matcher);
  const id = `syn-${String(i).padStart(5, '0')}`;
  const doc: ProcessedDocument = {
    title: `${place}教育局${year}年工作总结`,
    titleSource: 'page',
    part: 1,
    parts: 1,
    encoding: 'utf-8',
    format: 'txt',
    script: 'Hans',
    issuer: `${place}教育局`,
    place,
    placeCode: null,
    placePath: [],
    level: '区',
    years: [year],
    docType: '工作总结',
    official: null,
    sourceSite: null,
    flags: [],
    repairs: [],
    removed: [],
    blocks: themed.blocks,
    themes: themed.themes,
    layout: [],
  };
  const front = toFrontmatter(doc, { id, source: `${id}.txt`, sourceSha256: '0'.repeat(64) });
  return { id, mdx: renderReport(front, themed.blocks), meta: toManifestEntry(front), blocks: themed.blocks };
}

/** A whole synthetic corpus of `count` reports (in memory). */
export function syntheticCorpus(count: number, src: SyntheticSource, taxonomy: Taxonomy): SyntheticReport[] {
  const matcher = compileMatcher(taxonomy);
  const out: SyntheticReport[] = [];
  for (let i = 0; i < count; i++) out.push(syntheticReport(i, src, matcher, out));
  return out;
}
