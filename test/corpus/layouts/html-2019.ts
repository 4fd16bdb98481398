/**
 * A CMS page of a report in the 2019 format: section 二 as the 2019 tables (本年新制作 /
 * 本年新公开 / 对外公开总数量, item counts and their change, 政府集中采购), (六)其他处理 as
 * one row, and the 总计 of the outcome rows left blank where it is the row's sum.
 */
import type { Layout } from '../layout.js';
import { cell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrids, reviewGrid, sumOfSix, titles, type FigureText } from './html-kit/kit.js';

export const layout: Layout = {
  id: 'html-2019',
  description: 'A CMS page in the 2019 format: the 2019 section 二 tables, one (六)其他处理 row, 总计 blank in outcome rows where it is their sum.',
  kind: 'html',
  formats: ['2019'],
  render(truth: Truth) {
    const blankTotal: FigureText = (n, { table, path, column }) =>
      table === 'applications' && column === 'total' && path.startsWith('outcomes.') && n === sumOfSix(truth, path) ? '' : cell(n);
    const attrs = 'border="1" cellspacing="0" cellpadding="0" style="width:100%"';
    const title = titles.yearFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<p><strong>${escapeHtml(text)}</strong></p>`,
      paragraph: (text) => `<p style="text-indent:2em">${escapeHtml(text)}</p>`,
      proactive: () =>
        proactiveGrids(truth)
          .map(({ title: t, grid }) => `<p style="text-align:center">${escapeHtml(t)}</p>\n${plainTable(grid, { attrs, blank: () => '&nbsp;' })}`)
          .join('\n'),
      applications: () => plainTable(applicationGrid(truth, { figure: blankTotal }), { attrs, blank: () => '&nbsp;' }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    return { source };
  },
};
