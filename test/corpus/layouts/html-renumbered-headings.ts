/**
 * A CMS page that leaves out the problems section and numbers the rest 一 to 五, so 其他需要
 * 报告的事项 is 五; headings in `<h2>`. The tables are found by their rows, not by numbers.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles } from './html-kit/kit.js';

export const layout: Layout = {
  id: 'html-renumbered-headings',
  description: 'A CMS page without the problems section, the others numbered 一 to 五 (其他需要报告的事项 becomes 五).',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0"';
    const proactive = proactiveGrid(truth);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h2>${escapeHtml(text)}</h2>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      omit: ['problems'],
      headings: { other: '五、其他需要报告的事项' },
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth), { attrs }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    return { source };
  },
};
