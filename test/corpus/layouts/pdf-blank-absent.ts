/**
 * A PDF's text layer from a report whose tables of sections 三 and 四 leave every zero cell
 * blank: the text layer simply has nothing there, so each row's label is followed only by
 * its non-zero figures. A row with seven figures reads; a row with none reads as zeros; a row
 * with one to six cannot be placed and is named (unreadable), and so is section 四 unless it
 * shows all fifteen cells or none. Section 二 prints its zeros.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  reportLines,
  reviewCells,
  rowLabels,
  printedFigures,
  streamUnreadable,
} from './text-kit/report.js';

const figures = printedFigures;

export const layout: Layout = {
  id: 'pdf-blank-absent',
  description: 'PDF text layer whose zero cells were blank in sections 三 and 四 and are simply absent: rows with one to six figures are ambiguous',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells, true) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth), true);
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, t.header.join(' '), ...t.rows.map(([label, values]) => [label, ...figures(values, false)].join(' '))]),
        applications: [
          APPLICANT_HEADER.corner,
          APPLICANT_HEADER_CELLS.join(' '),
          // A merged label shares the line of the first row it spans.
          ...rows.map((r, i) => [...labels[i]!, ...r.printed].join(' ')),
        ],
        review: [REVIEW_HEADER_CELLS.slice(0, 2).join(' '), REVIEW_HEADER_CELLS.slice(2, 9).join(' '), REVIEW_HEADER_CELLS.slice(9).join(' '), review.join(' ')],
      },
      { title: 'agency-line', voice: 1, wrap: 38 },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
