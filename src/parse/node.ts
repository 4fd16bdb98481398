/// <reference types="node" />
/**
 * `disclosure-charts/parse/node`: report files read from disk, with the Word and PDF readers
 * (mammoth, pdf.js) loaded from node_modules the first time such a file comes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFile, type FileResult, type Mammoth, type Readers } from './file.js';
import type { PdfJs } from './pdf.js';

const require = createRequire(import.meta.url);
const pdfRoot = () => dirname(require.resolve('pdfjs-dist/package.json'));

/** The readers as the command line uses them: pdf.js's Node build with its character maps and fonts. */
export const nodeReaders = (): Readers => ({
  mammoth: async () => ((await import('mammoth')) as unknown as { default: Mammoth }).default,
  pdfjs: async () => (await import(pathToFileURL(join(pdfRoot(), 'legacy/build/pdf.mjs')).href)) as PdfJs,
  get pdfOptions() {
    return { cMapUrl: `${join(pdfRoot(), 'cmaps')}/`, standardFontDataUrl: `${join(pdfRoot(), 'standard_fonts')}/` };
  },
});

/** Reads and parses a report file (HTML, text, Markdown, .docx or PDF). */
export async function parseReportFile(path: string, readers: Readers = nodeReaders()): Promise<FileResult> {
  return parseFile(path, new Uint8Array(await readFile(path)), readers);
}
