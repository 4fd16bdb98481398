/**
 * A page laid out by a rich-text editor of the WeChat kind: everything in nested `<section>`s
 * and `<div>`s with inline styles, each table in a scrolling `<div>`, row labels in
 * `<strong>`, the title ("…年度政府信息公开工作报告") in a styled `<h2>`.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, escapeHtml, introProse, proactiveGrid, reportBody, reviewGrid, signature, plainTable, titles, type Cell, type Grid } from './html-kit/kit.js';

const box = (inner: string) =>
  `<section style="margin:10px 0;box-sizing:border-box;"><div style="overflow-x:auto;max-width:100%;">${inner}</div></section>`;

const table = (grid: Grid) =>
  box(
    plainTable(grid, {
      attrs: 'style="border-collapse:collapse;width:100%;font-size:12px;" border="1"',
      inner: (c: Cell) => (c.figure ? `<span style="color:#333;">${escapeHtml(c.text)}</span>` : `<strong style="font-weight:bold;">${escapeHtml(c.text)}</strong>`),
    }),
  );

export const layout: Layout = {
  id: 'html-section-divs',
  description: 'A rich-text-editor page: nested <section>/<div> with inline styles, tables in scrolling divs, labels in <strong>, a …年度政府信息公开工作报告 title.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const paragraph = (text: string) =>
      `<section style="text-indent:2em;line-height:1.75;"><p style="margin:0;"><span style="font-size:15px;letter-spacing:1px;">${escapeHtml(text)}</span></p></section>`;
    const proactive = proactiveGrid(truth);
    const body = reportBody(truth, {
      heading: (text) => `<section style="margin-top:16px;"><section style="display:inline-block;border-bottom:2px solid #c00;"><p style="margin:0;"><strong>${escapeHtml(text)}</strong></p></section></section>`,
      paragraph,
      proactive: () => (proactive.length ? table(proactive) : ''),
      applications: () => table(applicationGrid(truth)),
      review: () => table(reviewGrid(truth)),
    });
    const title = titles.yearDu(truth);
    const source = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<div id="page-content" style="max-width:677px;margin:0 auto;">
<h2 class="rich_media_title" style="font-size:22px;line-height:1.4;">${escapeHtml(title)}</h2>
<div class="rich_media_content" style="visibility:visible;">
<section style="box-sizing:border-box;">
${paragraph(introProse(truth))}
${body}
${signature(truth).map((line) => `<section style="text-align:right;"><p>${escapeHtml(line)}</p></section>`).join('\n')}
</section>
</div>
</div>
</body></html>`;
    return { source };
  },
};
