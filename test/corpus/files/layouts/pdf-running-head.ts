/**
 * A PDF with page furniture: a running head on every page (the agency and the report's title,
 * over a rule, as Word's 页眉 prints it) and the page number as "- 2 -" in the footer. Its
 * application table runs onto the next page without its header repeated (no <thead>), so the
 * continuation starts with a bare row under the running head. Ruled, merged labels, the
 * two-row header with the form's note in the corner, zeros printed.
 */
import { APPLICANT_HEADER, type Truth } from '../../form.js';
import { applicationGrid, escapeHtml, reviewGrid, titles } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { APPLICATION_COLS, heading, MARGINS, paragraph, printPage, printTable, proactiveTable, SERIF, WORD_CSS } from '../print-kit.js';

export const layout: PdfLayout = {
  id: 'pdf-running-head',
  description: 'A PDF with a running head (agency and title over a rule) and "- 2 -" page numbers; the application table runs onto the next page without its header repeated.',
  kind: 'pdf',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.yearFirst(truth);
    const html = printPage(truth, {
      title,
      css: WORD_CSS,
      head: `<h1>${escapeHtml(`${truth.year}年${truth.agency.name}`)}<br>政府信息公开工作年度报告</h1>`,
      heading,
      paragraph,
      proactive: proactiveTable(truth),
      applications: () => printTable(applicationGrid(truth, { headerRows: 2, corner: APPLICANT_HEADER.corner }), { cols: APPLICATION_COLS }),
      review: () => printTable(reviewGrid(truth)),
    });
    // Chromium prints the templates in the page margins, at their own scale: sizes are set explicitly.
    const font = `font-family:${SERIF};color:#000;`;
    return {
      html,
      print: {
        displayHeaderFooter: true,
        headerTemplate: `<div style="${font}font-size:9pt;width:100%;margin:0 2.6cm 0 2.8cm;padding-top:1.2cm;text-align:center;border-bottom:0.75pt solid #000">${escapeHtml(truth.agency.name)}　${escapeHtml(title)}</div>`,
        footerTemplate: `<div style="${font}font-size:14pt;width:100%;text-align:center;padding-bottom:1.2cm">- <span class="pageNumber"></span> -</div>`,
        margin: MARGINS,
      },
    };
  },
};
