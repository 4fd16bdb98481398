/**
 * A PDF of a report in the 2019 format: section 二 as the 2019 tables (本年新制作 / 本年新公开 /
 * 对外公开总数量, item counts and their change, 政府集中采购), each under its own title; the
 * application table with a two-row header, (六)其他处理 as one row, and the 总计 of the
 * outcome rows left blank where it is the row's sum, as some 2019 reports print it; ruled,
 * merged labels, header repeated on the next page.
 */
import { cell, type Truth } from '../../form.js';
import { applicationGrid, escapeHtml, proactiveGrids, reviewGrid, sumOfSix, titles, type FigureText } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { agencyOverTitle, APPLICATION_COLS, heading, paragraph, plainPrint, printPage, printTable, WORD_CSS } from '../print-kit.js';

export const layout: PdfLayout = {
  id: 'pdf-2019',
  description: 'A PDF in the 2019 format: the 2019 section 二 tables under their titles, one (六)其他处理 row, 总计 blank in outcome rows where it is their sum, header repeated over the page break.',
  kind: 'pdf',
  formats: ['2019'],
  render(truth: Truth) {
    const blankTotal: FigureText = (n, { table, path, column }) =>
      table === 'applications' && column === 'total' && path.startsWith('outcomes.') && n === sumOfSix(truth, path) ? '' : cell(n);
    const title = titles.yearDu(truth);
    const html = printPage(truth, {
      title,
      css: WORD_CSS,
      head: agencyOverTitle(truth, title),
      heading,
      paragraph,
      proactive: () =>
        proactiveGrids(truth)
          .map(({ title: item, grid }) => `<p class="caption">${escapeHtml(item)}</p>\n${printTable(grid, { cols: grid[0]!.map((_, i) => (i ? `${66 / (grid[0]!.length - 1)}%` : '34%')) })}`)
          .join('\n'),
      applications: () => printTable(applicationGrid(truth, { headerRows: 2, figure: blankTotal }), { cols: APPLICATION_COLS, thead: true }),
      review: () => printTable(reviewGrid(truth), { thead: true }),
    });
    return { html, print: plainPrint() };
  },
};
