/**
 * A PDF → laid lines, with pdf.js. pdf.js gives text items in drawing order with their
 * position and size; the reading order, the lines, the paragraphs, the columns, the title and
 * the page furniture are ours to find (./pdf-layout.ts). Chinese set in non-embedded fonts
 * through predefined CMaps (GBK-EUC-H, UniGB-UCS2-H) is only read when pdf.js is given its
 * CMap folder as a file-system path: without it that text is dropped with a warning.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { layOutPages, type PageItems } from './pdf-layout.ts';
import type { Extracted } from './types.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A text item as pdf.js gives it (the fields used here). */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  dir?: string;
}

/** Reads a PDF (see the module comment); an encrypted, damaged or image-only file gives its reason. */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pages: PageItems[];
  try {
    const pdf = await task.promise;
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = (content.items as TextItem[])
        .filter((item) => typeof item.str === 'string' && item.str.trim() !== '' && item.dir !== 'ttb')
        .map((item) => ({
          text: item.str,
          x: item.transform[4] - x0,
          y: item.transform[5] - y0,
          size: Math.hypot(item.transform[2], item.transform[3]) || Math.abs(item.transform[0]) || 1,
          width: item.width,
        }));
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    await task.destroy();
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error).name;
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted PDF (needs a password), cannot be read' };
    return { ok: false, reason: `not a readable PDF (${(error as Error).message.split('\n')[0] || name})` };
  }
  if (pages.length === 0) return { ok: false, reason: 'PDF with no pages' };
  const characters = pages.reduce(
    (sum, p) => sum + p.items.reduce((s, i) => s + i.text.replace(/\s/g, '').length, 0),
    0,
  );
  if (characters < 20 * pages.length && characters < 200) {
    return {
      ok: false,
      reason: `no text layer (${pages.length} page(s) of images only: a scan; OCR is not supported)`,
    };
  }
  return layOutPages(pages);
}
