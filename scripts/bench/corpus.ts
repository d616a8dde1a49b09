/**
 * Synthetic corpora for benchmarks: N distinct raw report files whose paragraphs are new
 * text walked from the seeds' own words (`analysis-corpus.ts`: reusing whole seed paragraphs
 * would make every report a copy of hundreds of others), places renamed, figures varied,
 * one report in ten copying two paragraphs of an earlier one — wrapped in site chrome
 * like the real pages and written in the encodings people actually drop in (UTF-8, GB18030,
 * UTF-16, HTML, Traditional script). Deterministic: the same N and seed give the same files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { CorpusReport } from '../analyse/corpus.ts';
import { processSource } from '../ingest/pipeline.ts';
import { paragraph, sourceFrom, type SyntheticSource } from './analysis-corpus.ts';
import { prng } from './prng.ts';

const PLACES = [
  '苏州',
  '无锡',
  '常州',
  '南通',
  '扬州',
  '镇江',
  '泰州',
  '徐州',
  '盐城',
  '淮安',
  '宿迁',
  '连云港',
  '杭州',
  '宁波',
  '温州',
  '嘉兴',
  '湖州',
  '绍兴',
  '金华',
  '台州',
  '合肥',
  '芜湖',
  '蚌埠',
  '亳州',
  '阜阳',
  '六安',
  '福州',
  '厦门',
  '泉州',
  '漳州',
  '南昌',
  '赣州',
  '济南',
  '青岛',
  '烟台',
  '潍坊',
  '郑州',
  '洛阳',
  '武汉',
  '宜昌',
  '长沙',
  '株洲',
  '广州',
  '深圳',
  '珠海',
  '佛山',
  '肇庆',
  '惠州',
  '南宁',
  '柳州',
  '成都',
  '绵阳',
  '贵阳',
  '昆明',
];
const DISTRICTS = [
  '栖霞区',
  '鼓楼区',
  '江宁区',
  '浦口区',
  '吴中区',
  '相城区',
  '新吴区',
  '滨湖区',
  '龙岗区',
  '南山区',
  '天河区',
  '海曙区',
  '思明区',
  '历下区',
];
const TOP_CHROME = [
  '您的位置:首页>正文',
  '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
  '文档简介',
];
const TAIL_CHROME = [
  '相关文档',
  '- 学校安全工作总结范文',
  '- 2024年教师培训心得体会',
  '最新文档',
  '- 幼儿园保育工作计划',
  '评论',
  '0/150',
  '提交评论',
];

/** The seeds' cleaned paragraphs and headings in canonical Simplified, as building blocks. */
export function seedParagraphs(sourcesDir: string): { paragraphs: string[]; headings: string[] } {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const name of readdirSync(sourcesDir).sort()) {
    const result = processSource(readFileSync(join(sourcesDir, name)), name);
    if (!result.ok) continue;
    for (const doc of result.documents) {
      for (const b of doc.blocks) (b.kind === 'heading' ? headings : paragraphs).push(b.text);
    }
  }
  return { paragraphs: paragraphs.filter((p) => p.length >= 20), headings };
}

/** One synthetic report's raw text (before encoding); `recent` holds paragraphs to copy from. */
function makeReport(
  i: number,
  parts: ReturnType<typeof seedParagraphs>,
  words: SyntheticSource,
  recent: string[],
  rand: () => number,
): string {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const place = pick(PLACES);
  const district = pick(DISTRICTS);
  const year = 2015 + Math.floor(rand() * 10);
  const kind = pick(['工作总结', '工作报告', '工作汇报', '工作要点', '督导报告']);
  const title = `${place}市${district}教育局${year}年${kind}（第${i + 1}号）`;
  const numerals = ['一', '二', '三', '四', '五', '六'];
  const body: string[] = [];
  const sections = 4 + Math.floor(rand() * 3);
  for (let s = 0; s < sections; s++) {
    body.push(`${numerals[s]}、${pick(parts.headings).replace(/^[^、）)]*[、）)]/, '')}`);
    const count = 3 + Math.floor(rand() * 4);
    for (let p = 0; p < count; p++) body.push(paragraph(60 + Math.floor(rand() * 120), district, words, rand));
  }
  if (i % 10 === 9 && recent.length > 2) body.splice(2, 0, pick(recent), pick(recent));
  recent.push(...body.filter((b) => b.length > 40).slice(0, 2));
  if (recent.length > 200) recent.splice(0, recent.length - 200);
  return [pick(TOP_CHROME), '', title, '', ...body, '', ...TAIL_CHROME].join('\n');
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Encodes one report the way a file of that kind would arrive. */
function encode(text: string, variant: number): { bytes: Buffer; ext: string } {
  if (variant < 0.55) return { bytes: Buffer.from(text, 'utf8'), ext: 'txt' };
  if (variant < 0.75) return { bytes: iconv.encode(text, 'gb18030'), ext: 'txt' };
  if (variant < 0.85) return { bytes: iconv.encode(toTraditional(text), 'utf-16le', { addBOM: true }), ext: 'txt' };
  const paras = text
    .split('\n')
    .filter(Boolean)
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${paras[1]?.replace(/<\/?p>/g, '') ?? ''}</title></head><body><nav><a href="/">首页</a></nav>${paras.join('\n')}</body></html>`;
  return { bytes: Buffer.from(html, 'utf8'), ext: 'html' };
}

/** Writes `count` synthetic reports into `dir`; returns their total size in bytes. */
export function writeCorpus(dir: string, count: number, sourcesDir: string, seed = 7): number {
  mkdirSync(dir, { recursive: true });
  const parts = seedParagraphs(sourcesDir);
  const words = sourceFrom([
    { blocks: parts.paragraphs.map((text) => ({ kind: 'paragraph', text })) } as unknown as CorpusReport,
  ]);
  const recent: string[] = [];
  const rand = prng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const file = encode(makeReport(i, parts, words, recent, rand), rand());
    writeFileSync(join(dir, `bench-${String(i).padStart(5, '0')}.${file.ext}`), file.bytes);
    bytes += file.bytes.length;
  }
  return bytes;
}
