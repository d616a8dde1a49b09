/**
 * `npm run bench:documents` — how long a 30-page PDF and a Word file of the same text take
 * to go through the pipeline, and the peak memory, beside a .txt of the same text as the
 * baseline measured in the same run. The documents are the fixture report
 * (tests/documents/fixtures) repeated: its body paragraphs copied into the .docx's XML, its
 * parts laid out again by pdf-writer.ts. Appends nothing to the README: prints a table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { layOut, writePdf, type Part, type Role } from './pdf-writer.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'documents', 'fixtures');
const work = '/tmp/edu-reports-bench-documents';
const TARGET_PAGES = 30;

/** Marks copy k of the body, so no paragraph repeats (the pipeline drops repeated blocks). */
const copyMark = (k: number) => `（第${k + 1}遍）`;

/** The fixture's parts with the body repeated `times` times. */
function repeatedParts(times: number): Part[] {
  const parts = readFileSync(join(fixtures, 'report.txt'), 'utf8').split('\n').filter(Boolean);
  const roles = readFileSync(join(fixtures, 'report.src.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.includes(': '))
    .map((l) => l.slice(0, l.indexOf(': ')) as Role);
  const all = parts.map((text, i) => ({
    role: roles[i],
    text: roles[i] === 'table' ? text.replaceAll('\t', '|') : text,
  }));
  const head = all.slice(0, 4);
  const body = all.slice(4, -2);
  const copies = Array.from({ length: times }, (_, k) =>
    body.map((p) => (p.role === 'table' ? p : { ...p, text: p.text + copyMark(k) })),
  );
  return [...head, ...copies.flat(), ...all.slice(-2)];
}

/** The fixture .docx with its body paragraphs repeated `times` times. */
function repeatedDocx(times: number): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(join(fixtures, 'report-direct.docx'))));
  const xml = strFromU8(files['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  // The body between the head (红头, 文号, title, 主送) and the signature, each copy marked.
  const paragraphs = [...xml.slice(start, end).matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(
    (m) => m[0],
  );
  const [head, body, tail] = [paragraphs.slice(0, 4), paragraphs.slice(4, -2), paragraphs.slice(-2)];
  const copies = Array.from({ length: times }, (_, k) =>
    body
      .map((p) => (p.startsWith('<w:tbl') ? p : p.replace(/<\/w:p>$/, `<w:r><w:t>${copyMark(k)}</w:t></w:r></w:p>`)))
      .join(''),
  );
  files['word/document.xml'] = strToU8(
    xml.slice(0, start) + head.join('') + copies.join('') + tail.join('') + xml.slice(end),
  );
  return zipSync(files);
}

/**
 * Runs the pipeline on each file in one fresh process, as the ingest does: modules loaded and
 * warmed on the .txt first, then each file timed. Peak RSS is the process's.
 */
function measure(files: Record<string, string>): {
  rows: Array<{ kind: string; seconds: number; result: string }>;
  mb: number;
} {
  const script = `import { readFileSync } from 'node:fs'; import { processFile } from ${JSON.stringify(join(root, 'scripts/ingest/pipeline.ts'))};
const files = ${JSON.stringify(files)};
const run = async (file) => { const t = performance.now(); const r = await processFile(new Uint8Array(readFileSync(file)), file); return { seconds: (performance.now() - t) / 1000, result: r.ok ? r.documents.length + ' report(s), ' + r.documents.reduce((n, d) => n + d.blocks.length, 0) + ' blocks' : 'skipped: ' + r.reason }; };
await run(files.txt); await run(files.pdf); await run(files.docx);
const rows = [];
for (const [kind, file] of Object.entries(files)) rows.push({ kind, ...(await run(file)) });
console.log(JSON.stringify(rows));`;
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '__TIME__ %e %M', process.execPath, '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  const line = run.stderr.split('\n').find((l) => l.startsWith('__TIME__'));
  if (run.status !== 0 || !line) throw new Error(run.stderr.slice(-1000));
  return { rows: JSON.parse(run.stdout.trim().split('\n').at(-1)!), mb: Number(line.split(' ')[2]) / 1024 };
}

function main(): void {
  mkdirSync(work, { recursive: true });
  // Copies of the fixture's body until the PDF has at least 30 pages.
  let times = 1;
  while (layOut(repeatedParts(times), 1, null).length < TARGET_PAGES) times++;
  const parts = repeatedParts(times);
  const pages = layOut(parts, 1, null).length;
  const files = {
    txt: join(work, 'report-30.txt'),
    pdf: join(work, 'report-30.pdf'),
    docx: join(work, 'report-30.docx'),
  };
  writeFileSync(files.txt, parts.map((p) => (p.role === 'table' ? p.text.replaceAll('|', '\t') : p.text)).join('\n'));
  writeFileSync(files.pdf, writePdf(layOut(parts, 1, null)));
  writeFileSync(files.docx, repeatedDocx(times));
  const { rows, mb } = measure(files);
  const base = rows[0].seconds;
  console.log(
    `documents bench: a ${pages}-page PDF, a .docx and a .txt of the same text, timed in one warm process (as the ingest runs them); peak memory of that process ${mb.toFixed(0)} MB\n`,
  );
  console.log('| file | seconds | × .txt | result |');
  console.log('|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.kind} | ${r.seconds.toFixed(2)} | ${(r.seconds / base).toFixed(1)} | ${r.result} |`);
}

main();
