/**
 * Pages of a PDF's text layer drawn by hand for the unit tests: text runs and rules at
 * positions in points (y up), as pdf.js gives them, without a PDF.
 */
import type { PdfRule, PdfText } from '../src/parse/pdf-layout.js';

/** The type size of the runs, in points. */
export const SIZE = 10;

/** A run of text as wide as its characters at the type size (CJK glyphs square, figures narrower). */
export const run = (text: string, x: number, y: number, size = SIZE): PdfText => ({
  text,
  x,
  y,
  width: [...text].length * size * (/^[\d.]+$/.test(text) ? 0.55 : 1),
  size,
});

/**
 * A ruled table: columns of the given widths from x0, rows of the given heights down from top,
 * every rule drawn except those `skip` names ("v r c": the rule left of column c in row r;
 * "h r c": the rule above row r in column c). A cell's lines are set 1.2 lines apart from its top.
 */
export function ruledTable(x0: number, top: number, widths: number[], heights: number[], texts: (string | string[])[][], skip: string[] = []) {
  const xs = widths.reduce((acc, w) => [...acc, acc.at(-1)! + w], [x0]);
  const ys = heights.reduce((acc, h) => [...acc, acc.at(-1)! - h], [top]);
  const rules: PdfRule[] = [];
  for (let r = 0; r <= heights.length; r++)
    for (let c = 0; c < widths.length; c++) if (!skip.includes(`h ${r} ${c}`)) rules.push({ x1: xs[c]!, y1: ys[r]!, x2: xs[c + 1]!, y2: ys[r]! });
  for (let c = 0; c <= widths.length; c++)
    for (let r = 0; r < heights.length; r++) if (!skip.includes(`v ${r} ${c}`)) rules.push({ x1: xs[c]!, y1: ys[r]!, x2: xs[c]!, y2: ys[r + 1]! });
  const items: PdfText[] = [];
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      (Array.isArray(text) ? text : [text]).forEach((line, i) => {
        if (line) items.push(run(line, xs[c]! + 2, ys[r]! - SIZE * 1.2 * (i + 1)));
      });
    }),
  );
  return { rules, texts: items, bottom: ys.at(-1)! };
}
