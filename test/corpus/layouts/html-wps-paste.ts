/**
 * A CMS page pasted from WPS Writer: every cell a `<p style="text-align:center">` holding
 * `<span style>` text, long labels and headers broken by `<br/>` where the author pressed
 * Enter, the applicant header over three rows (申请人情况 / 自然人 · 法人或其他组织 · 总计 /
 * the five organisations), section 二 as four small tables under their own titles, and the
 * report's title split between an agency line and a year line.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, introProse, proactiveGrids, reportBody, reviewGrid, signature, spans, titles, type Cell, type Grid } from './html-kit/kit.js';

/** Where the author broke a cell's text: before a parenthesis, or after the first dozen characters. */
function wrap(text: string): string {
  const paren = text.indexOf('（', 1);
  if (paren > 1) return `${escapeHtml(text.slice(0, paren))}<br/>${escapeHtml(text.slice(paren))}`;
  if (text.length > 14) return `${escapeHtml(text.slice(0, 12))}<br/>${escapeHtml(text.slice(12))}`;
  if (text.length >= 6 && /组织|机构$/.test(text)) return `${escapeHtml(text.slice(0, -2))}<br/>${escapeHtml(text.slice(-2))}`;
  return escapeHtml(text);
}

const td = (c: Cell) =>
  `<td valign="center"${spans(c)} style="padding:0px 7px;border:1px solid windowtext;"><p style="text-align:center;vertical-align:middle;"><span style="font-family:宋体;font-size:14px;">${c.text === '' ? '' : c.figure ? escapeHtml(c.text) : wrap(c.text)}</span></p></td>`;

const table = (grid: Grid) =>
  `<table width="100%" style="border-collapse:collapse;border:none;" cellspacing="0" cellpadding="0"><tbody>\n${grid.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('\n')}\n</tbody></table>`;

const paragraph = (text: string) => `<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:21px;">${escapeHtml(text)}</span></p>`;

export const layout: Layout = {
  id: 'html-wps-paste',
  description: 'A CMS page pasted from WPS: <p style> and <span> in every cell, <br/> inside wrapped labels, a three-row applicant header, the title split over an agency line and a year line.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const body = reportBody(truth, {
      heading: (text) => `<p style="text-indent:2em;line-height:2em;"><span style="font-family:黑体;font-size:21px;">${escapeHtml(text)}</span></p>`,
      paragraph,
      proactive: () =>
        proactiveGrids(truth)
          .map(({ title, grid }) => `<p style="text-align:center;"><span style="font-family:宋体;font-size:16px;"><strong>${escapeHtml(title)}</strong></span></p>\n${table(grid)}`)
          .join('\n'),
      applications: () => table(applicationGrid(truth, { headerRows: 3, corner: APPLICANT_HEADER.corner })),
      review: () => table(reviewGrid(truth)),
    });
    const line = (text: string) => `<p style="text-align:center;line-height:1.5em;"><strong><span style="font-family:方正小标宋简体;font-size:29px;">${escapeHtml(text)}</span></strong></p>`;
    const source = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(titles.yearLine(truth))}</title></head>
<body>
<div class="article-content">
${line(truth.agency.name)}
${line(titles.yearLine(truth))}
<p><br/></p>
${paragraph(introProse(truth))}
${body}
<p><br/></p>
${signature(truth).map((s) => `<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:21px;">${escapeHtml(s)}</span></p>`).join('\n')}
</div>
</body></html>`;
    return { source };
  },
};
