/**
 * A PDF exported from Word: 1 px rules with collapsed borders, the tables in 五号 (10.5 pt)
 * 宋体, merged label cells (三、本年度办理结果 down its rows, each group down its reasons), a
 * three-row applicant header, every zero left blank, label columns so narrow that labels wrap
 * over two to four lines, and the application table (taller than a page) running onto the
 * next with its header rows repeated there.
 */
import { APPLICANT_HEADER, type Truth } from '../../form.js';
import { applicationGrid, blankZero, escapeHtml, reviewGrid, titles } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { APPLICATION_COLS, heading, paragraph, plainPrint, printPage, printTable, proactiveTable, WORD_CSS } from '../print-kit.js';

export const layout: PdfLayout = {
  id: 'pdf-word-export',
  description: 'A PDF exported from Word: 1 px collapsed rules, 10.5 pt serif tables, merged label cells, a three-row header, zeros blank, labels wrapped in narrow columns, the application table over a page break with its header repeated.',
  kind: 'pdf',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const html = printPage(truth, {
      title,
      css: WORD_CSS,
      // The author breaks the title after 政府信息公开, as a two-line title is set by hand.
      head: `<h1>${escapeHtml(title.replace(/工作年度报告$/, ''))}<br>工作年度报告</h1>`,
      heading,
      paragraph,
      proactive: proactiveTable(truth, blankZero),
      applications: () =>
        printTable(applicationGrid(truth, { headerRows: 3, corner: APPLICANT_HEADER.corner, figure: blankZero }), { cols: APPLICATION_COLS, thead: true }),
      review: () => printTable(reviewGrid(truth, blankZero), { thead: true }),
    });
    return { html, print: plainPrint() };
  },
};
