/**
 * A CMS page whose application table leaves the 总计 cell of the outcome rows ((一) to (七))
 * blank, the figures in the six applicant columns: a blank total beside figures is the row's
 * sum, so it is left blank only where the truth's total is that sum.
 */
import type { Layout } from '../layout.js';
import { cell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, sumOfSix, titles, type FigureText } from './html-kit/kit.js';

export const layout: Layout = {
  id: 'html-blank-total',
  description: 'A CMS page whose outcome rows leave 总计 blank (it is their sum), with figures in the applicant columns; 年报 in the title.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const blankTotal: FigureText = (n, { table, path, column }) =>
      table === 'applications' && column === 'total' && path.startsWith('outcomes.') && n === sumOfSix(truth, path) ? '' : cell(n);
    const attrs = 'border="1" cellspacing="0" style="border-collapse:collapse"';
    const proactive = proactiveGrid(truth);
    const title = titles.annual(truth);
    const source = plainPage(truth, {
      title,
      head: `<div class="title"><h2>${escapeHtml(title)}</h2></div>`,
      heading: (text) => `<p style="font-weight:bold">${escapeHtml(text)}</p>`,
      paragraph: (text) => `<p style="text-indent:2em">${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure: blankTotal }), { attrs }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    return { source };
  },
};
