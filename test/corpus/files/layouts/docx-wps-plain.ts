/**
 * A Word file in the plain style many WPS users make: no merged cells at all (a label that
 * the form spans over rows or columns is typed once, in its first cell, and the cells it
 * would cover are left empty), a two-row applicant header, every zero printed, long labels
 * broken where the author pressed Enter, section 二 as one small table per 第二十条 item under
 * its own centred title, and the title in Word's Title style.
 */
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Truth } from '../../form.js';
import { applicationGrid, introProse, proactiveGrids, reviewGrid, signature, titles, type Cell, type Grid } from '../../layouts/html-kit/kit.js';
import { FONTS, bodyParagraph, centredParagraph, docxBody, docxBytes, docxTable, headingParagraph, rightParagraph } from '../docx-kit.js';
import type { DocxLayout } from '../file-layout.js';

/** The grid with every span undone: the text stays in the top-left cell, the covered cells are blank. */
function unmerged(grid: Grid): Grid {
  const out: Cell[][] = grid.map(() => []);
  grid.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      const { colspan = 1, rowspan = 1, ...rest } = cell;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (out[r + dr] ??= [])[c + dc] = dr || dc ? { ...rest, text: '' } : rest;
      c += colspan;
    }
  });
  return out;
}

/** Where the author pressed Enter in a long label: before its parenthesis, or after a dozen characters. */
function lines(c: Cell): string[] {
  if (c.figure) return [c.text];
  const paren = c.text.indexOf('（', 1);
  if (paren > 1) return [c.text.slice(0, paren), c.text.slice(paren)];
  if (c.text.length > 14) return [c.text.slice(0, 12), c.text.slice(12)];
  return [c.text];
}

export const layout: DocxLayout = {
  id: 'docx-wps-plain',
  description: 'A WPS-made Word file: no merged cells (spanned labels typed once, covered cells empty), a two-row header, zeros printed, Enter inside long labels, section 二 as one table per item.',
  kind: 'docx',
  formats: ['2021', '2019'],
  async render(truth: Truth) {
    const title = titles.yearFirst(truth);
    const children = [
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: FONTS.title, size: 44 })] }),
      bodyParagraph(introProse(truth)),
      ...docxBody(truth, {
        heading: (text) => [headingParagraph(text, true)],
        paragraph: bodyParagraph,
        proactive: () =>
          proactiveGrids(truth).flatMap(({ title: item, grid }) => [centredParagraph(item, { size: 28, bold: true }), docxTable(grid, { widths: grid[0]!.map((_, i) => (i ? 2 : 3)), lines })]),
        applications: () => [docxTable(unmerged(applicationGrid(truth, { headerRows: 2 })), { widths: [1.6, 1.6, 3, 1, 1, 1, 1, 1, 1, 1], lines })],
        review: () => [docxTable(unmerged(reviewGrid(truth)), { widths: Array(15).fill(1), size: 9, lines })],
      }),
      ...signature(truth).map(rightParagraph),
    ];
    return { bytes: await docxBytes(children, { title, creator: 'WPS Office' }) };
  },
};
