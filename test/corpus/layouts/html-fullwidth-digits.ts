/**
 * A CMS page typed with a Chinese input method left in full-width mode: every figure in the
 * tables in full-width digits (１５８２, ４９８．８).
 */
import type { Layout } from '../layout.js';
import { cell, fullWidth, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles, type FigureText } from './html-kit/kit.js';

const wide: FigureText = (n) => fullWidth(cell(n)).replace(/\./g, '．');

export const layout: Layout = {
  id: 'html-fullwidth-digits',
  description: 'A CMS page whose table figures are all full-width digits (１５８２, ４９８．８).',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0" cellpadding="0" width="100%"';
    const proactive = proactiveGrid(truth, wide);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h3>${escapeHtml(text)}</h3>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure: wide }), { attrs }),
      review: () => plainTable(reviewGrid(truth, wide), { attrs }),
    });
    return { source };
  },
};
