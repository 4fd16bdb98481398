/**
 * A PDF whose tables have no rules at all (a Word table with its borders removed, or a web
 * page printed without its stylesheet): the cells still stand in their columns, but nothing
 * divides them, so the reader has only the text lines. Every zero printed, merged label
 * cells, a two-row header.
 */
import { type Truth } from '../../form.js';
import { applicationGrid, reviewGrid, titles } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { agencyOverTitle, heading, paragraph, plainPrint, printPage, printTable, proactiveTable, WORD_CSS } from '../print-kit.js';

const CSS = `${WORD_CSS}
td, th { border: none; }
table { margin: 10pt 0; }
`;

export const layout: PdfLayout = {
  id: 'pdf-borderless',
  description: 'A PDF whose tables have no rules at all (borders removed): every zero printed, merged labels, a two-row header; the reader has only text lines.',
  kind: 'pdf',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const html = printPage(truth, {
      title,
      css: CSS,
      head: agencyOverTitle(truth, title),
      heading,
      paragraph,
      proactive: proactiveTable(truth),
      applications: () => printTable(applicationGrid(truth, { headerRows: 2 }), { cols: ['12%', '14%', '30%', ...Array(7).fill(`${44 / 7}%`)], thead: true }),
      review: () => printTable(reviewGrid(truth), { thead: true }),
    });
    return { html, print: plainPrint() };
  },
};
