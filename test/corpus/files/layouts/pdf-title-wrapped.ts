/**
 * A PDF whose title was typed as one paragraph and wrapped by Word where the line ran out
 * (二号, 22 pt: about twenty characters a line), so it can break inside a word, even inside
 * 年度报告; the body's sentences wrap the same way. Tables as Word exports them, zeros printed,
 * a two-row header repeated over the page break.
 */
import { type Truth } from '../../form.js';
import { applicationGrid, escapeHtml, reviewGrid, titles } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { APPLICATION_COLS, heading, paragraph, plainPrint, printPage, printTable, proactiveTable, WORD_CSS } from '../print-kit.js';

export const layout: PdfLayout = {
  id: 'pdf-title-wrapped',
  description: 'A PDF whose one-paragraph title Word wrapped where the line ran out (inside a word, even inside 年度报告); ruled tables, zeros printed, header repeated.',
  kind: 'pdf',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const html = printPage(truth, {
      title,
      css: WORD_CSS,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading,
      paragraph,
      proactive: proactiveTable(truth),
      applications: () => printTable(applicationGrid(truth, { headerRows: 2 }), { cols: APPLICATION_COLS, thead: true }),
      review: () => printTable(reviewGrid(truth), { thead: true }),
    });
    return { html, print: plainPrint() };
  },
};
