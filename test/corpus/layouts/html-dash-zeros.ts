/**
 * A CMS page whose tables mark a zero with a sign instead of a figure: "/", "—", "-" or "无",
 * mixed as different staff filled in different parts of the form. Each reads as 0.
 */
import type { Layout } from '../layout.js';
import { cell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles, type FigureText } from './html-kit/kit.js';

const MARKS = ['/', '—', '-', '无'];

export const layout: Layout = {
  id: 'html-dash-zeros',
  description: 'A CMS page whose tables print zeros as "/", "—", "-" or "无".',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    let zeros = 0;
    const mark: FigureText = (n) => (n === 0 ? MARKS[zeros++ % MARKS.length]! : cell(n));
    const attrs = 'border="1" cellspacing="0" cellpadding="0"';
    const proactive = proactiveGrid(truth, mark);
    const title = titles.noWork(truth);
    const source = plainPage(truth, {
      title,
      head: `<div class="tit"><h1>${escapeHtml(title)}</h1></div>`,
      heading: (text) => `<p><b>${escapeHtml(text)}</b></p>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure: mark }), { attrs }),
      review: () => plainTable(reviewGrid(truth, mark), { attrs }),
    });
    return { source };
  },
};
