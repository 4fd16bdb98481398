/**
 * A plain CMS table where every zero is left empty, in all three tables: some cells hold
 * nothing (`<td></td>`), others a lone `&nbsp;`, as editors leave them. Positions are known,
 * so every blank reads as 0.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, blankZero, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles } from './html-kit/kit.js';

/** Blank cells alternate between nothing and `&nbsp;`, as a table edited by hand ends up. */
const alternating = () => {
  let count = 0;
  return () => (count++ % 2 ? '' : '&nbsp;');
};

export const layout: Layout = {
  id: 'html-blank-zeros',
  description: 'A plain CMS page whose tables leave every zero empty (<td></td> or &nbsp;), in sections 二, 三 and 四.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const blank = alternating();
    const attrs = 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"';
    const proactive = proactiveGrid(truth, blankZero);
    const title = titles.yearFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h2 style="text-align:center">${escapeHtml(title)}</h2>`,
      heading: (text) => `<p><strong>${escapeHtml(text)}</strong></p>`,
      paragraph: (text) => `<p style="text-indent:2em">${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs, blank }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure: blankZero }), { attrs, blank }),
      review: () => plainTable(reviewGrid(truth, blankZero), { attrs, blank }),
    });
    return { source };
  },
};
