/**
 * A corpus layout: one way agencies publish the report (a CMS page pasted from Word, a PDF's
 * text layer, a PDF converted to Markdown, web text …), written by this project as a
 * generator from a truth (a real report's figures). test/unit/corpus.test.ts parses every
 * layout of every truth whose format it supports and compares the result with the truth.
 */
import type { Format, Truth } from './form.js';

export interface Rendered {
  /** The document as the parser gets it: HTML, plain text or Markdown. */
  source: string;
  /**
   * JSON paths (from the report's root, e.g. `applications.outcomes.withheld.stateSecret` or
   * `reviewLitigation`) that this layout makes impossible to read without guessing: the
   * parser must name each in an issue with exactly this path and write nothing there.
   * Everything else in the truth must come out exactly.
   */
  unreadable?: string[];
}

export interface Layout {
  /** Short kebab-case id, also the file name: `cms-word-paste`. */
  id: string;
  /** What real publication it imitates, in one sentence. */
  description: string;
  /** How the CLI would get it: .html, .txt or .md. */
  kind: 'html' | 'text' | 'md';
  /** The formats it can print. */
  formats: Format[];
  render(truth: Truth): Rendered;
}
