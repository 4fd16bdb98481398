/**
 * The PDF reader for the builder page: pdf.js, bundled by rollup.config.ts into one ES module
 * (dist/readers/pdf.min.js) that the page imports only when a PDF is chosen. Its worker,
 * character maps and standard fonts are copied beside it at build time, and found from this
 * module's own URL, wherever the page is.
 * The legacy build, as in Node: it also runs in the older Chromium-based browsers that
 * government offices keep, for about 15 KB gzip more than the modern one.
 */
import { GlobalWorkerOptions, OPS, getDocument as open } from 'pdfjs-dist/legacy/build/pdf.min.mjs';
import type { PdfJs, PdfOptions } from '../parse/pdf.js';

const beside = (path: string) => new URL(path, import.meta.url).href;

// Named .js, not .mjs: a web server that knows no .mjs type sends it as a download, and a
// module worker refuses any type but JavaScript.
GlobalWorkerOptions.workerSrc = beside('pdf.worker.js');

/** Where this copy of pdf.js finds its character maps and standard fonts (`Readers.pdfOptions`). */
export const pdfOptions: PdfOptions = { cMapUrl: beside('cmaps/'), standardFontDataUrl: beside('standard_fonts/') };

/**
 * pdf.js, as `parseFile` uses it (`Readers.pdfjs`). Its `getDocument` finds the character maps
 * and fonts beside this file unless the caller names others, so the reader works without
 * `pdfOptions` too.
 */
const reader: PdfJs = {
  getDocument: (source) => open({ cMapPacked: true, ...pdfOptions, ...source }),
  OPS,
};
export default reader;
