/**
 * A CMS page whose section 四 is one row of fifteen figures under a header in three rows
 * (行政复议 over two rows and 行政诉讼 / 未经复议直接起诉 and 复议后起诉 / the fifteen result
 * labels), and whose section 二 is one table with each 第二十条 title a row spanning it.
 */
import type { Layout } from '../layout.js';
import { REVIEW_RESULTS, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewFigures, siteName, titles, type Grid } from './html-kit/kit.js';

export const layout: Layout = {
  id: 'html-review-two-row-header',
  description: 'A CMS page with section 四 as one 15-figure row under 行政复议 / 行政诉讼 (未经复议直接起诉, 复议后起诉) / fifteen result labels, and section 二 as one table with spanning 第二十条 rows.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;text-align:center"';
    const results = REVIEW_RESULTS.map(([, h]) => ({ text: h, header: true }));
    const review: Grid = [
      [{ text: '行政复议', colspan: 5, rowspan: 2, header: true }, { text: '行政诉讼', colspan: 10, header: true }],
      [{ text: '未经复议直接起诉', colspan: 5, header: true }, { text: '复议后起诉', colspan: 5, header: true }],
      [...results, ...results, ...results],
      reviewFigures(truth),
    ];
    const proactive = proactiveGrid(truth);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title: `${title} - ${siteName(truth)}`,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h4>${escapeHtml(text)}</h4>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth), { attrs }),
      review: () => plainTable(review, { attrs }),
    });
    return { source };
  },
};
