/**
 * A file layout: one way agencies publish the report as a file (a Word document made in Word
 * or WPS, a PDF printed from Word), written by this project as a generator from a truth.
 * Word layouts build the .docx themselves (npm `docx`); PDF layouts give an HTML page and the
 * print options with which Chromium prints it (Playwright `page.pdf`), as Word's "export to
 * PDF" would lay it out. `generate.ts` makes every layout × truth file;
 * test/e2e/corpus-files.test.ts parses each and compares it with its truth.
 */
import type { Format, Truth } from '../form.js';

/** Chromium's print options (Playwright `page.pdf`), less the paper: every file is A4. */
export interface PrintOptions {
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  margin?: { top?: string; right?: string; bottom?: string; left?: string };
}

interface Base {
  /** Short kebab-case id, also the start of the file's name: `docx-national-form`. */
  id: string;
  /** What real publication it imitates, in one sentence. */
  description: string;
  /** The formats it can print. */
  formats: Format[];
}

/**
 * What a layout makes of a truth. `unreadable`: JSON paths this layout makes impossible to
 * read without guessing (see test/corpus/layout.ts); the parser must name each in an issue
 * and write nothing there.
 */
interface Made {
  unreadable?: string[];
}

export interface DocxLayout extends Base {
  kind: 'docx';
  render(truth: Truth): Promise<Made & { bytes: Uint8Array }>;
}

export interface PdfLayout extends Base {
  kind: 'pdf';
  render(truth: Truth): Made & { html: string; print: PrintOptions };
}

export type FileLayout = DocxLayout | PdfLayout;
