/**
 * Korean and Japanese text in EUC-KR, Shift-JIS or EUC-JP is valid GB18030 or Big5 byte for
 * byte: it is skipped with its reason instead of being published as mojibake, while every
 * Chinese page we have, in GB18030 and in Big5, still decodes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/ingest/decode.ts';
import { seedsDir } from '../helpers/ingest.ts';

const KOREAN =
  '교육청은 올해 학생들의 학습 환경을 개선하기 위해 다양한 정책을 추진하였습니다. 학교 시설 현대화와 교사 연수를 강화하였고, 방과 후 돌봄을 확대하였다.\n';
const JAPANESE =
  '教育委員会は今年、児童生徒の学習環境を改善するために様々な施策を推進しました。学校施設の近代化と教員研修を強化しました。\n';

describe('text in an encoding we do not read', () => {
  it.each([
    ['EUC-KR', KOREAN, 'euc-kr', 'Korean, EUC-KR'],
    ['Shift-JIS', JAPANESE, 'shift_jis', 'Japanese, Shift-JIS'],
    ['EUC-JP', JAPANESE, 'euc-jp', 'Japanese, EUC-JP'],
  ])('%s is skipped with its reason, as .txt and as .html', (_, text, encoding, language) => {
    const reason = `not Chinese text in any supported encoding (looks like ${language})`;
    expect(decodeSource(iconv.encode(text.repeat(3), encoding), 'x.txt')).toEqual({ ok: false, reason });
    const page = `<html><head><title>보고서</title></head><body><p>${text.repeat(3)}</p></body></html>`;
    expect(decodeSource(iconv.encode(page, encoding), 'x.html')).toEqual({ ok: false, reason });
  });

  it('Korean and Japanese in UTF-8 are read as what they are, not skipped as an encoding', () => {
    expect(decodeSource(Buffer.from(KOREAN), 'x.txt')).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('no seed or real page, in GB18030 or in Big5, is taken for Korean or Japanese', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const pages = join(import.meta.dirname, '..', 'pages');
    const files = [
      ...readdirSync(seedsDir).map((f) => join(seedsDir, f)),
      ...readdirSync(pages)
        .map((d) => join(pages, d, 'source.txt'))
        .filter(existsSync),
    ];
    expect(files.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [encoding, version] of [
        ['gb18030', text],
        ['big5', toTraditional(text)],
      ] as const) {
        const decoded = decodeSource(iconv.encode(version, encoding), 'x.txt');
        if (!decoded.ok) wrong.push(`${file} ${encoding}: ${decoded.reason}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
