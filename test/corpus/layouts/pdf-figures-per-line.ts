/**
 * A PDF's text layer that gives every table cell its own line, as many extractors do for
 * tables drawn cell by cell: a row's label, then each of its figures on a line of its own;
 * page numbers 「- 2 -」 between pages. Every figure is printed.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  paginate,
  reportLines,
  reviewCells,
  rowLabels,
  printedFigures,
  streamUnreadable,
} from './text-kit/report.js';

const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'pdf-figures-per-line',
  description: 'PDF text layer: every figure of a row on its own line after the row label, 「- 2 -」 page numbers',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, ...t.header, ...t.rows.flatMap(([label, values]) => [label, ...figures(values)])]),
        applications: [APPLICANT_HEADER.corner, ...APPLICANT_HEADER_CELLS, ...rows.flatMap((r, i) => [...labels[i]!, ...r.printed])],
        review: [...REVIEW_HEADER_CELLS, ...review],
      },
      { title: 'no-work', voice: 2, wrap: 34, pages: true },
    );
    return {
      source: paginate(lines, (page) => ['', `- ${page} -`, '']).join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
