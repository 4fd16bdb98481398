/**
 * A CMS page whose tables carry a `<caption>` (表1 … 表3) and a `<colgroup>`, headers in
 * `<th scope>`, as sites print the report after an accessibility review.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, gridWidth, siteName, titles, type Grid } from './html-kit/kit.js';

const table = (grid: Grid, caption: string, columns: number) =>
  plainTable(grid, { attrs: `class="report-table" summary="${escapeHtml(caption)}"`, thead: true, caption }).replace(
    /(<caption>.*?<\/caption>)/,
    `$1\n<colgroup>${'<col>'.repeat(columns)}</colgroup>`,
  );

export const layout: Layout = {
  id: 'html-caption',
  description: 'A CMS page whose tables have <caption> (表1 … 表3), <colgroup> and <th> headers in <thead>.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const proactive = proactiveGrid(truth);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title: `${title}_${siteName(truth)}`,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h3>${escapeHtml(text)}</h3>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? table(proactive, '表1 主动公开政府信息情况', 4) : ''),
      applications: () => {
        const grid = applicationGrid(truth);
        return table(grid, '表2 收到和处理政府信息公开申请情况', gridWidth(grid));
      },
      review: () => table(reviewGrid(truth), '表3 政府信息公开行政复议、行政诉讼情况', 15),
    });
    return { source };
  },
};
