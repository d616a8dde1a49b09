import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  COMMON_SIMPLIFIED,
  COMMON_TRADITIONAL,
  commonShare,
  commonSimplified,
  commonTraditional,
} from '../../scripts/ingest/decode/common-chars.ts';
import { charsetForLabel, declaredCharset } from '../../scripts/ingest/decode/charset.ts';
import { normaliseText } from '../../scripts/ingest/decode/normalise.ts';
import { decodeSource } from '../../scripts/ingest/decode.ts';
import { htmlToText } from '../../scripts/ingest/decode/html-to-text.ts';
import type { Decoded } from '../../scripts/ingest/types.ts';
import { expectMatchesFixture, fixtureCases, fixturePath, toGoldenJson } from '../helpers/fixtures.ts';

type DecodedText = Extract<Decoded, { ok: true }>;

const sourcesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'sources');
const seedFiles = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (prefix: string): string =>
  readFileSync(join(sourcesDir, seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');
const TRADITIONAL_SEEDS = ['000', '001', '003'];
const SIMPLIFIED_SEEDS = ['002', '004'];

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Decodes and fails the test with the reason when the decoder refused the input. */
function decodeOk(bytes: Uint8Array, fileName: string): DecodedText {
  const result = decodeSource(bytes, fileName);
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
  return result;
}

/** Replaces characters WHATWG Big5 cannot round-trip with '?' (what iconv-lite writes for them); returns them too. */
function big5Encodable(text: string): { text: string; lost: string[] } {
  const lost: string[] = [];
  const big5 = new TextDecoder('big5');
  const kept = [...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80 || big5.decode(iconv.encode(ch, 'big5')) === ch) return ch;
    lost.push(ch);
    return '?';
  });
  return { text: kept.join(''), lost };
}

describe('decodeSource: the seed reports in every encoding', () => {
  it('reads the UTF-8 seeds unchanged (they have no CR, controls or trailing blanks)', () => {
    expect(seedFiles).toHaveLength(5);
    for (const file of seedFiles) {
      const original = readFileSync(join(sourcesDir, file), 'utf8');
      const decoded = decodeOk(readFileSync(join(sourcesDir, file)), file);
      expect(decoded).toMatchObject({ encoding: 'utf-8', format: 'txt', invalidBytes: 0 });
      expect(decoded.text).toBe(original);
    }
  });

  const encodings: [label: string, encode: (s: string) => Uint8Array, expected: string][] = [
    ['GB18030', (s) => iconv.encode(s, 'gb18030'), 'gb18030'],
    ['GBK', (s) => iconv.encode(s, 'gbk'), 'gb18030'],
    ['UTF-16LE with BOM', (s) => iconv.encode(s, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', (s) => iconv.encode(s, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-16LE without BOM', (s) => iconv.encode(s, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', (s) => iconv.encode(s, 'utf-16be'), 'utf-16be'],
    ['UTF-8 with BOM', (s) => concat([0xef, 0xbb, 0xbf], utf8(s)), 'utf-8'],
  ];
  for (const [label, encode, expected] of encodings) {
    it(`decodes every seed encoded as ${label} to the UTF-8 text`, () => {
      for (const file of seedFiles) {
        const original = readFileSync(join(sourcesDir, file), 'utf8');
        if (label === 'GBK' && iconv.decode(iconv.encode(original, 'gbk'), 'gbk') !== original) continue; // 001 has ©, 002 emoji
        const decoded = decodeOk(encode(original), file);
        expect({ file, encoding: decoded.encoding, invalidBytes: decoded.invalidBytes }).toEqual({
          file,
          encoding: expected,
          invalidBytes: 0,
        });
        expect(decoded.text).toBe(original);
      }
    });
  }

  it('decodes the Traditional seeds encoded as Big5 (only their few non-Big5 characters replaced)', () => {
    const lostBySeed: Record<string, string> = {};
    for (const seed of TRADITIONAL_SEEDS) {
      const { text, lost } = big5Encodable(seedText(seed));
      lostBySeed[seed] = lost.join('');
      const decoded = decodeOk(iconv.encode(text, 'big5'), `${seed}.txt`);
      expect(decoded).toMatchObject({ encoding: 'big5', invalidBytes: 0 });
      expect(decoded.text).toBe(decodeOk(utf8(text), `${seed}.txt`).text);
    }
    // The mojibake run of 000, the simplified 简 and © of 001, the Simplified tail of 003.
    expect(lostBySeed).toEqual({ '000': '荚贫铮荚贫', '001': '简©', '003': '欢个赞点击关闭' });
  });

  it('decodes the Simplified seeds as Big5 after converting them to Traditional (OpenCC cn→tw)', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const seed of SIMPLIFIED_SEEDS) {
      const { text, lost } = big5Encodable(toTraditional(seedText(seed)));
      expect(lost.length).toBeLessThan(20);
      const decoded = decodeOk(iconv.encode(text, 'big5'), `${seed}.txt`);
      expect(decoded.encoding).toBe('big5');
      expect(decoded.text).toBe(text);
    }
  });
});

describe('decodeSource: short GBK and Big5 strings', () => {
  const simplified = [
    '教育局工作总结',
    '推进义务教育优质均衡发展',
    '学前教育普及普惠，新增学位1200个。',
    '2023年上半年工作总结\n',
  ];
  const traditional = [
    '教育局工作報告',
    '推動義務教育優質均衡發展',
    '學前教育普及普惠,新增學位1200個。',
    '區教育局關於2022年工作總結\n',
  ];

  it.each(simplified)('detects GBK for %j', (text) => {
    const decoded = decodeOk(iconv.encode(text, 'gbk'), 'short.txt');
    expect([decoded.encoding, decoded.text]).toEqual(['gb18030', text]);
  });

  it.each(traditional)('detects Big5 for %j', (text) => {
    const decoded = decodeOk(iconv.encode(text, 'big5'), 'short.txt');
    expect([decoded.encoding, decoded.text]).toEqual(['big5', text]);
  });

  it('detects every 12-character window of the seeds in its own legacy encoding', () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const [seeds, encoding] of [
      [SIMPLIFIED_SEEDS, 'gbk'],
      [TRADITIONAL_SEEDS, 'big5'],
    ] as const) {
      for (const seed of seeds) {
        const han = [...seedText(seed)].filter((ch) => /\p{Script=Han}/u.test(ch));
        for (let i = 0; i + 12 <= han.length; i += 37) {
          const window = han.slice(i, i + 12).join('');
          const bytes = iconv.encode(window, encoding);
          if (iconv.decode(bytes, encoding) !== window) continue;
          tried++;
          const decoded = decodeSource(bytes, 'window.txt');
          if (!decoded.ok || decoded.text !== window)
            wrong.push(`${encoding} ${window} → ${decoded.ok ? decoded.encoding : decoded.reason}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });
});

describe('decodeSource: HTML', () => {
  const page = (charsetTag: string, body: string, title = '区教育局工作总结') =>
    `<!DOCTYPE html><html><head>${charsetTag}<title>${title}</title></head><body>${body}</body></html>`;
  const body = '<h1>区教育局工作总结</h1><p>推进义务教育优质均衡发展。</p><p>新增学位1200个。</p>';

  it('honours <meta charset="gbk"> on a GBK page', () => {
    const decoded = decodeOk(iconv.encode(page('<meta charset="gbk">', body), 'gbk'), 'page.html');
    expect(decoded).toEqual({
      ok: true,
      format: 'html',
      encoding: 'gb18030',
      invalidBytes: 0,
      pageTitle: '区教育局工作总结',
      text: '区教育局工作总结\n推进义务教育优质均衡发展。\n新增学位1200个。',
    });
  });

  it('honours an http-equiv gb2312 and a big5 declaration', () => {
    const gb = decodeOk(
      iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', body), 'gbk'),
      'page.htm',
    );
    expect([gb.encoding, gb.text.split('\n')[1]]).toEqual(['gb18030', '推进义务教育优质均衡发展。']);
    const big5 = decodeOk(
      iconv.encode(page("<meta charset='big5'>", '<p>推動義務教育優質均衡發展。</p>', '區教育局工作總結'), 'big5'),
      'page.HTML',
    );
    expect([big5.encoding, big5.text, big5.pageTitle]).toEqual([
      'big5',
      '推動義務教育優質均衡發展。',
      '區教育局工作總結',
    ]);
  });

  it('overrules a declared charset that is wrong', () => {
    // Declared GBK, actually UTF-8: the most common lie on scraped pages.
    const utf8Page = decodeOk(utf8(page('<meta charset="gbk">', body)), 'page.html');
    expect([utf8Page.encoding, utf8Page.pageTitle]).toEqual(['utf-8', '区教育局工作总结']);
    // Declared UTF-8, actually GBK: the declared decode is full of U+FFFD.
    const gbkPage = decodeOk(iconv.encode(page('<meta charset="utf-8">', body), 'gbk'), 'page.html');
    expect([gbkPage.encoding, gbkPage.invalidBytes, gbkPage.pageTitle]).toEqual(['gb18030', 0, '区教育局工作总结']);
    // Declared GBK, actually Big5: decodes without U+FFFD, but as rare characters.
    const big5Page = decodeOk(
      iconv.encode(page('<meta charset="gbk">', '<p>推動義務教育優質均衡發展,新增學位。</p>', '工作報告'), 'big5'),
      'page.html',
    );
    expect([big5Page.encoding, big5Page.text, big5Page.pageTitle]).toEqual([
      'big5',
      '推動義務教育優質均衡發展,新增學位。',
      '工作報告',
    ]);
  });

  it('drops scripts, styles, navigation, forms, iframes, hidden and foreign content', () => {
    const decoded = decodeOk(readFileSync(fixturePath('decode', 'html-bureau-page', 'input.html')), 'input.html');
    const forbidden = [
      'alert',
      'onclick',
      'onload',
      '不应出现的脚本文字',
      '写入',
      'font-family',
      '政府门户',
      '英文版',
      '无障碍浏览',
      '网站首页',
      '政务公开',
      '隐藏的段落',
      '样式隐藏',
      'iframe里的文字',
      '请启用脚本',
      '模板内容',
      '搜索',
      '选项一',
      '留言内容',
      '图标标题',
      '矢量文字',
      '画布文字',
      '相关推荐',
      'Copyright',
      '注释内容',
      '<',
      '&gt;',
      '&amp;',
      '&nbsp;',
      '&#37;',
    ];
    for (const text of forbidden) expect(decoded.text, text).not.toContain(text);
    expect(decoded.text.split('\n')).toContain('您的位置：首页 > 教育局 > 正文'); // links inside content keep their text
  });

  it('turns block elements into lines, collapses whitespace, decodes entities', () => {
    const decoded = decodeOk(readFileSync(fixturePath('decode', 'html-bureau-page', 'input.html')), 'input.html');
    const lines = decoded.text.split('\n');
    expect(decoded.pageTitle).toBe('区教育局2023年工作总结 - 某某区人民政府');
    expect(lines).toContain('　　2023年，区教育局坚持立德树人根本任务，推动教育优质均衡发展。'); // line break between CJK vanishes
    expect(lines).toContain('（一）学前教育普及普惠。新增学位 1200个，公办园占比达到 55%。');
    expect(lines).toContain('（二）义务教育“双减”落地&见效。课后服务覆盖率100%。');
    expect(lines).toContain('发布时间：2024-01-05\u00a0\u00a0来源：区教育局');
    expect(lines).toEqual(
      expect.arrayContaining([
        '区教育局2023年工作总结',
        '一、主要工作',
        '第一行',
        '第二行',
        '第三行',
        '集团化办学',
        '教师交流轮岗',
      ]),
    );
    expect(lines).toContain('Mixed English words across lines stay spaced, and 中文与 English 之间保留空格。');
  });

  it('keeps table rows as tab-separated lines and <pre> as it is; falls back to <h1> for the title', () => {
    const decoded = decodeOk(readFileSync(fixturePath('decode', 'html-table-and-pre', 'input.htm')), 'input.htm');
    expect(decoded.pageTitle).toBe('2023年学校 统计表');
    expect(decoded.text.split('\n')).toEqual([
      '2023年学校 统计表',
      '表1 各学段学校数',
      '学段\t学校数\t在校生',
      '小学\t35\t41,200',
      '初中\t18\u00a0500',
      '  一、概况',
      '    缩进保留\t制表符保留',
      '术语',
      '解释一',
      '小结',
      '嵌套块',
      '尾随文字',
    ]);
  });

  it('takes the first <h1> as title when <title> is missing or blank', () => {
    expect(htmlToText('<title> </title><h1>工作<em>总结</em></h1><h1>第二</h1>').pageTitle).toBe('工作总结');
    expect(htmlToText('<p>正文</p>')).toEqual({ text: '正文' });
  });

  it('never lets <script> text through, wherever the script is', () => {
    const html =
      '<p>前<script>document.write("脚本A")</script>后</p><div><span><script type="module">脚本B</script></span></div>' +
      '<table><script>脚本C</script><tr><td>格</td></tr></table><svg><script>脚本D</script></svg><p>尾</p><script>脚本E';
    const { text } = htmlToText(html);
    expect(text).toBe('前后\n格\n尾');
  });

  it('refuses a page with no visible text', () => {
    const result = decodeSource(
      utf8('<html><head><title>标题</title><script>var a = 1;</script></head><body><nav>导航</nav></body></html>'),
      'a.html',
    );
    expect(result).toEqual({ ok: false, reason: 'no visible text (html page without text content)' });
  });
});

describe('decodeSource: fixtures', () => {
  for (const name of fixtureCases('decode')) {
    it(`matches the golden output of ${name}`, () => {
      const input = ['input.html', 'input.htm', 'input.txt'].find((f) => existsSync(fixturePath('decode', name, f)))!;
      const result = decodeSource(readFileSync(fixturePath('decode', name, input)), input);
      expectMatchesFixture('decode', name, 'output.json', toGoldenJson(result));
    });
  }

  it('normalises line ends, controls and trailing blanks without moving lines (txt-line-endings)', () => {
    const decoded = decodeOk(readFileSync(fixturePath('decode', 'txt-line-endings', 'input.txt')), 'input.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.split('\n')).toEqual([
      '',
      '',
      '第三行',
      '  缩进保留',
      '尾随全角空格',
      '旧 Mac 换行',
      '中间　全角空格保留',
      '兼容汉字\ufa71不变',
      '',
    ]);
    expect('\ufa71'.normalize('NFC')).not.toBe('\ufa71'); // the character NFC would have rewritten
  });
});

describe('decodeSource: not text', () => {
  const SUPPORTED = '(supported: .txt, .text, .md, .html, .htm, .xhtml, .pdf, .docx, .doc, .wps)';
  const prng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = prng(42);
  const randomBytes = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

  const cases: [name: string, bytes: Uint8Array, file: string, reason: string][] = [
    ['empty', new Uint8Array(0), 'a.txt', 'empty file'],
    ['whitespace only', utf8(' \n\t\u3000\r\n\u00a0  \n'), 'a.txt', 'no text (whitespace only)'],
    ['a BOM and blanks only', utf8('\ufeff  \n'), 'a.txt', 'no text (whitespace only)'],
    ['a PNG header', Uint8Array.from(png), 'a.txt', 'binary file (looks like a PNG image), not text'],
    [
      'a PDF header',
      utf8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'report.txt',
      'binary file (looks like a PDF), not text',
    ],
    [
      'a ZIP (docx) named .html',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]),
      'a.html',
      'binary file (looks like a ZIP archive or Office document), not text',
    ],
    [
      'a JPEG',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      'a.txt',
      'binary file (looks like a JPEG image), not text',
    ],
    ['a GIF', utf8('GIF89a\u0001\u0000'), 'a.txt', 'binary file (looks like a GIF image), not text'],
    ['random bytes', randomBytes, 'a.txt', 'binary file (contains nul bytes), not text'],
    [
      'control characters',
      utf8('abc\u0001\u0002\u0003\u0004def\u0005\u0006'),
      'a.txt',
      'binary file (control characters), not text',
    ],
    [
      'binary after a UTF-16 BOM',
      concat(
        [0xff, 0xfe],
        Uint8Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? i % 7 : 0)),
      ),
      'a.txt',
      'binary file (contains nul bytes), not text',
    ],
    ['a .xlsx name', utf8('正文'), '工作总结.xlsx', `unsupported format ".xlsx" ${SUPPORTED}`],
    ['a .ppt name', utf8('%PDF-1.4'), 'report.PPT', `unsupported format ".ppt" ${SUPPORTED}`],
    [
      'no extension',
      utf8('正文'),
      'README',
      `unsupported format (no file extension; supported: .txt, .text, .md, .html, .htm, .xhtml, .pdf, .docx, .doc, .wps)`,
    ],
  ];
  it.each(cases)('refuses %s', (_name, bytes, file, reason) => {
    expect(decodeSource(bytes, file)).toEqual({ ok: false, reason });
  });

  it('accepts the supported extensions in any case', () => {
    for (const file of ['a.TXT', 'b.Text', 'c.md', 'd.HTM', 'e.xhtml'])
      expect(decodeSource(utf8('<p>正文</p>'), file).ok).toBe(true);
    expect(decodeOk(utf8('<p>正文</p>'), 'a.TXT')).toMatchObject({ format: 'txt', text: '<p>正文</p>' });
  });

  it('keeps a few stray control characters in real text, and removes them', () => {
    const clean = seedText('002').slice(0, 800);
    const decoded = decodeOk(utf8(`${clean.slice(0, 400)}\u0000\u0007${clean.slice(400)}`), 'a.txt');
    expect(decoded.text).toBe(normaliseText(clean));
    expect(decoded.text).toContain(clean.slice(380, 420));
  });
});

describe('decodeSource: invalid byte sequences inside a valid file', () => {
  const original = seedText('004');
  const [a, b, c] = [original.slice(0, 5000), original.slice(5000, 12000), original.slice(12001)];
  const broken = original[12000]!; // a CJK character, 3 bytes in UTF-8

  it('keeps the text around them and counts the U+FFFD inserted', () => {
    expect(utf8(broken)).toHaveLength(3);
    const bytes = concat(utf8(a), [0xff], utf8(b), utf8(broken).subarray(0, 2), utf8(c));
    const decoded = decodeOk(bytes, 'broken.txt');
    expect(decoded).toMatchObject({ encoding: 'utf-8', invalidBytes: 2 });
    expect(decoded.text).toBe(`${a}\ufffd${b}\ufffd${c}`);
  });

  it('does not count a U+FFFD that the file itself contains', () => {
    const decoded = decodeOk(concat(utf8(`${a}\ufffd`), [0xc3], utf8(b)), 'broken.txt');
    expect(decoded).toMatchObject({ encoding: 'utf-8', invalidBytes: 1, text: `${a}\ufffd\ufffd${b}` });
  });

  it('counts invalid sequences in a GB18030 file too', () => {
    const decoded = decodeOk(concat(iconv.encode(a, 'gbk'), [0xff], iconv.encode(b, 'gbk')), 'broken.txt');
    expect(decoded).toMatchObject({ encoding: 'gb18030', invalidBytes: 1, text: `${a}\ufffd${b}` });
  });

  it('decodes a short UTF-8 text with one broken byte as UTF-8, not as a legacy encoding', () => {
    const decoded = decodeOk(
      concat(utf8('区教育局工作总结：'), [0xe4, 0xb8], utf8('推进义务教育优质均衡发展。')),
      'short.txt',
    );
    expect(decoded).toMatchObject({
      encoding: 'utf-8',
      invalidBytes: 1,
      text: '区教育局工作总结：\ufffd推进义务教育优质均衡发展。',
    });
  });
});

describe('normaliseText and decodeSource: properties', () => {
  const controls = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
  const blanks = /[\s\u3000\u00a0\ufeff]/gu;
  const lineCount = (s: string) => s.split(/\r\n|\r|\n/).length;

  it('any Unicode text (no controls) encoded as UTF-8 decodes to normaliseText of itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const text = raw.replace(controls, '');
        const result = decodeSource(utf8(text), 'prop.txt');
        const expected = normaliseText(text);
        if (text === '') {
          expect(result).toEqual({ ok: false, reason: 'empty file' });
          return;
        }
        if (/^[\t\n \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*$/.test(expected)) {
          expect(result).toEqual({ ok: false, reason: 'no text (whitespace only)' });
          return;
        }
        if (!result.ok && /^binary file \(looks like/.test(result.reason)) return; // e.g. the text starts with "%PDF-"
        expect(result).toEqual({ ok: true, format: 'txt', encoding: 'utf-8', invalidBytes: 0, text: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('any byte string decodes or is refused with a known reason, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.html'), (bytes, file) => {
        const result = decodeSource(bytes, file);
        if (result.ok) {
          expect(result.text).not.toMatch(/[\x00-\x08\x0b-\x1f\r]/);
          expect(result.invalidBytes).toBeGreaterThanOrEqual(0);
        } else {
          expect(result.reason).toMatch(
            /^(empty file|no text \(whitespace only\)|no visible text .*|binary file \(.+\), not text)$/,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('normaliseText keeps the line count and every visible character, and removes only what it documents', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '中',
            ' ',
            '\u3000',
            '\u00a0',
            '\t',
            '\r',
            '\n',
            '\r\n',
            '\u0000',
            '\u0007',
            '\ufeff',
            '\ufa71',
          ),
        }),
        (raw) => {
          const out = normaliseText(raw);
          expect(lineCount(out)).toBe(lineCount(raw));
          expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\r]/);
          for (const line of out.split('\n')) expect(line).not.toMatch(/[ \t\u3000\u00a0\ufeff]$/);
          const visible = (s: string) => s.replace(blanks, '').replace(/[\x00-\x1f]/g, '');
          expect(visible(out)).toBe(visible(raw));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('common characters', () => {
  it('has 2,500 Simplified and about 2,700 Traditional characters, no duplicates', () => {
    expect([...COMMON_SIMPLIFIED]).toHaveLength(2500);
    expect(commonSimplified.size).toBe(2500);
    expect(commonTraditional.size).toBe([...COMMON_TRADITIONAL].length);
    expect(commonTraditional.size).toBeGreaterThan(2600);
  });

  it('scores clean text near 1 and mis-decoded text low', () => {
    for (const seed of [...SIMPLIFIED_SEEDS, ...TRADITIONAL_SEEDS])
      expect(commonShare(seedText(seed)), seed).toBeGreaterThan(0.97);
    expect(commonShare(seedText('002'), commonSimplified)).toBeGreaterThan(0.97);
    expect(commonShare(seedText('001'), commonSimplified)).toBeLessThan(0.8);
    const gbkAsBig5 = new TextDecoder('big5').decode(iconv.encode(seedText('004'), 'gbk'));
    const big5AsGbk = new TextDecoder('gb18030').decode(iconv.encode(big5Encodable(seedText('003')).text, 'big5'));
    expect(commonShare(gbkAsBig5)).toBeLessThan(0.5);
    expect(commonShare(big5AsGbk)).toBeLessThan(0.5);
    expect(commonShare('abc')).toBe(1);
  });
});

describe('charset declarations', () => {
  it('reads meta charset, http-equiv and XML declarations in the first 2 KB only', () => {
    const bytes = (s: string) => utf8(s);
    expect(declaredCharset(bytes('<meta charset="GB2312">'))).toBe('gb18030');
    expect(declaredCharset(bytes('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=gbk">'))).toBe('gb18030');
    expect(declaredCharset(bytes("<?xml version='1.0' encoding='big5'?><html>"))).toBe('big5');
    expect(declaredCharset(bytes('<meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(bytes(`${' '.repeat(2100)}<meta charset="gbk">`))).toBeNull();
    expect(declaredCharset(bytes('<meta charset="shift_jis">'))).toBeNull();
    expect(['x-gbk', 'GB18030', 'cp936', 'Big5-HKSCS', 'UTF8'].map(charsetForLabel)).toEqual([
      'gb18030',
      'gb18030',
      'gb18030',
      'big5',
      'utf-8',
    ]);
  });
});
