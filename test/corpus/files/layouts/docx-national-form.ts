/**
 * A Word report laid out on the national form: the title in a heading style, headings and
 * prose as paragraphs, the application table with its three-row applicant header
 * (申请人情况 / 自然人 · 法人或其他组织 · 总计 / the five organisations), 三、本年度办理结果
 * merged down its rows and each group ((三)不予公开 …) down its reasons, the five organisation
 * columns left blank where they are zero, a page break before section 三, and the signature and
 * date right-aligned at the end.
 */
import { AlignmentType, HeadingLevel, PageBreak, Paragraph, TextRun } from 'docx';
import { APPLICANT_HEADER, cell, type Truth } from '../../form.js';
import { applicationGrid, introProse, proactiveGrid, reviewGrid, signature, titles, type FigureText } from '../../layouts/html-kit/kit.js';
import { FONTS, bodyParagraph, docxBody, docxBytes, docxTable, emptyParagraph, headingParagraph, rightParagraph } from '../docx-kit.js';
import type { DocxLayout } from '../file-layout.js';

const ORGANISATIONS = new Set(['commercial', 'research', 'publicInterest', 'legalService', 'other']);
const blankOrganisations: FigureText = (n, { table, column }) => (table === 'applications' && n === 0 && ORGANISATIONS.has(column) ? '' : cell(n));

export const layout: DocxLayout = {
  id: 'docx-national-form',
  description: 'A Word file on the national form: title in a heading style, merged label cells, a three-row applicant header, blank organisation cells for zero, signature and date right-aligned.',
  kind: 'docx',
  formats: ['2021', '2019'],
  async render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const proactive = proactiveGrid(truth);
    const children = [
      new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: FONTS.title, size: 44 })] }),
      emptyParagraph(),
      bodyParagraph(introProse(truth)),
      ...docxBody(truth, {
        // The application table starts a page of its own, as authors set it to keep it in one piece.
        heading: (text, key) => [...(key === 'applications' ? [new Paragraph({ children: [new PageBreak()] })] : []), headingParagraph(text)],
        paragraph: bodyParagraph,
        proactive: () => (proactive.length ? [docxTable(proactive, { widths: [3, 2, 2, 2] })] : []),
        applications: () => [
          docxTable(applicationGrid(truth, { headerRows: 3, corner: APPLICANT_HEADER.corner, figure: blankOrganisations }), { widths: [1.4, 1.4, 3.2, 1, 1, 1, 1, 1, 1, 1], headerRows: 3 }),
        ],
        review: () => [docxTable(reviewGrid(truth), { widths: Array(15).fill(1), size: 9 })],
      }),
      emptyParagraph(),
      ...signature(truth).map(rightParagraph),
    ];
    return { bytes: await docxBytes(children, { title, creator: truth.agency.name }) };
  },
};
