/**
 * A report page copied as text where the table's cell borders survive as lines of their own:
 * every cell on a line, and between two cells (and around each row) a line holding only 「|」,
 * as text-mode browsers and some "copy as text" extensions render a bordered table. Merged
 * label cells appear once. Every figure is printed, so no row depends on positions.
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

/** A row's cells with a bar line before, between and after them. */
const barred = (cells: string[]) => ['|', ...cells.flatMap((c) => [c, '|'])];
const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'text-bar-lines',
  description: 'Web page copied as text with cell borders kept: a cell per line and a line holding only | between cells',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [...barred([t.title]), ...barred(t.header), ...t.rows.flatMap(([label, values]) => barred([label, ...figures(values)]))]),
        applications: [
          ...barred([APPLICANT_HEADER.corner, APPLICANT_HEADER.applicant]),
          ...barred(APPLICANT_HEADER_CELLS.slice(1, 4)),
          ...barred(APPLICANT_HEADER_CELLS.slice(4)),
          ...rows.flatMap((r, i) => barred([...labels[i]!, ...r.printed])),
        ],
        review: [...barred(REVIEW_HEADER_CELLS.slice(0, 2)), ...barred(REVIEW_HEADER_CELLS.slice(2, 9)), ...barred(REVIEW_HEADER_CELLS.slice(9)), ...barred(review)],
      },
      { title: 'agency-first', voice: 2, gap: [''] },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
