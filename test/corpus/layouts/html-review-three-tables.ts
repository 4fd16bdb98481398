/**
 * A CMS page that prints section 四 as three small tables, one per block (行政复议, 行政诉讼
 * 未经复议直接起诉, 复议后起诉), each with a one-row header of the five results and the
 * block named in a paragraph above it; the title in an `<h1>` broken over two lines.
 */
import type { Layout } from '../layout.js';
import { REVIEW_BLOCKS, REVIEW_RESULTS, cell, reviewCell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, titles, type Grid } from './html-kit/kit.js';

const BLOCK_TITLES: Record<string, string> = {
  review: '（一）行政复议情况',
  directSuit: '（二）行政诉讼情况（未经复议直接起诉）',
  suitAfterReview: '（三）行政诉讼情况（复议后起诉）',
};

export const layout: Layout = {
  id: 'html-review-three-tables',
  description: 'A CMS page with section 四 as three 5-cell tables (行政复议, 未经复议直接起诉, 复议后起诉) under one-row headers; the <h1> title over two lines.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0" cellpadding="3" width="90%" align="center"';
    const block = (key: string): Grid => [
      REVIEW_RESULTS.map(([, h]) => ({ text: h, header: true })),
      REVIEW_RESULTS.map(([result]) => ({ text: cell(reviewCell(truth, key, result)), figure: true })),
    ];
    const proactive = proactiveGrid(truth);
    const source = plainPage(truth, {
      title: titles.agencyFirst(truth),
      head: `<h1 style="text-align:center">${escapeHtml(truth.agency.name)}<br>${escapeHtml(titles.yearLine(truth))}</h1>`,
      heading: (text) => `<h3>${escapeHtml(text)}</h3>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth), { attrs }),
      review: () => REVIEW_BLOCKS.map(([key]) => `<p>${BLOCK_TITLES[key]}</p>\n${plainTable(block(key), { attrs })}`).join('\n'),
    });
    return { source };
  },
};
