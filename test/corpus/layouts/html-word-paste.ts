/**
 * A CMS page whose body was pasted from Microsoft Word: every paragraph and cell is a
 * `<p class=MsoNormal>` of `<span style>` runs (digits in their own `lang=EN-US` runs),
 * `<o:p></o:p>` markers, `<font>` left by the editor, unquoted span attributes, the label
 * cells spanning two or three columns, 三、本年度办理结果 and each group spanning their rows,
 * and Word's trailing row of empty sizing cells (no label, no figure) after the application
 * table.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, proactiveGrid, reportBody, reviewGrid, gridWidth, signature, spans, titles, introProse, type Cell, type Grid } from './html-kit/kit.js';

const BODY_FONT = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;mso-bidi-font-family:宋体";
const CELL_FONT = "font-size:10.0pt;font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt";

/** Text as Word writes it: Chinese runs in the paragraph's font, digits and Latin in `lang=EN-US` runs. */
const runs = (text: string, font: string) =>
  text
    .split(/([0-9.,%]+)/)
    .filter(Boolean)
    .map((run) => (/^[0-9.,%]+$/.test(run) ? `<span lang=EN-US style='${font};mso-fareast-font-family:宋体'>${run}</span>` : `<span style='${font}'>${escapeHtml(run)}</span>`))
    .join('');

const paragraph = (text: string) =>
  `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>${runs(text, BODY_FONT)}<span lang=EN-US style='${BODY_FONT}'><o:p></o:p></span></p>`;

const heading = (text: string) =>
  `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体'><font face="黑体">${escapeHtml(text)}</font><span lang=EN-US><o:p></o:p></span></span></b></p>`;

const td = (c: Cell) => {
  const width = 42 * (c.colspan ?? 1);
  const content = c.text === '' ? `<span lang=EN-US style='${CELL_FONT}'>&nbsp;</span>` : runs(c.text, CELL_FONT);
  const align = c.figure || c.header ? `align=center style='text-align:center;mso-pagination:widow-orphan'` : `style='mso-pagination:widow-orphan'`;
  return `<td width=${width}${spans(c, '')} valign=center style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal ${align}>${content}<span lang=EN-US style='${CELL_FONT}'><o:p></o:p></span></p></td>`;
};

/** Word's last row: one empty cell per grid column, only there to fix the widths. */
const sizingRow = (columns: number) =>
  `<![if !supportMisalignedColumns]><tr height=0>${Array.from({ length: columns }, () => "<td width=42 style='border:none'></td>").join('')}</tr><![endif]>`;

/** `columns`: add Word's sizing row of that many cells (only under a table whose rows all have labels). */
const table = (grid: Grid, columns?: number) =>
  `<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n${grid
    .map((row, i) => `<tr style='mso-yfti-irow:${i};height:20.0pt'>${row.map(td).join('')}</tr>`)
    .join('\n')}\n${columns ? sizingRow(columns) : ''}\n</table></div>`;

export const layout: Layout = {
  id: 'html-word-paste',
  description: 'A CMS page pasted from Word: MsoNormal paragraphs, span runs, <o:p>, <font>, label cells spanning columns and rows, a two-row applicant header.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const heading1 = titles.agencyFirst(truth);
    const proactive = proactiveGrid(truth);
    const body = reportBody(truth, {
      heading,
      paragraph,
      proactive: () => (proactive.length ? table(proactive) : ''),
      applications: () => {
        const grid = applicationGrid(truth, { headerRows: 2, corner: APPLICANT_HEADER.corner });
        return table(grid, gridWidth(grid));
      },
      review: () => table(reviewGrid(truth)),
    });
    const sign = signature(truth)
      .map((line) => `<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'>${runs(line, BODY_FONT)}<span lang=EN-US style='${BODY_FONT}'><o:p></o:p></span></p>`)
      .join('\n');
    const source = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escapeHtml(heading1)}</title>
<style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Calibri","sans-serif"}</style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class="WordSection1" style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${escapeHtml(heading1)}<span lang=EN-US><o:p></o:p></span></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${paragraph(introProse(truth))}
${body}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${sign}
</div>
</body>
</html>`;
    return { source };
  },
};
