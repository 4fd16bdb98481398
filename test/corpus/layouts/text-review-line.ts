/**
 * A report copied from a page whose tables were laid out with spaces (a PDF extracted with
 * its layout kept, or a pre-formatted web text): each row on one line, cells 2 to 6 spaces
 * apart, and section 四 as one line of fifteen figures under a two-line header. Positions are
 * not known; every figure is printed, so nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_RESULTS, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  applicationTable,
  reportLines,
  reviewCells,
  rowLabels,
  printedFigures,
  streamUnreadable,
} from './text-kit/report.js';

/** Cells joined by runs of 2 to 6 spaces, as column alignment leaves them. */
const spaced = (cells: string[]) => cells.reduce((line, cell, i) => (i ? `${line}${' '.repeat(2 + ((i * 3) % 5))}${cell}` : cell), '');
const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'text-review-line',
  description: 'Space-aligned rows (2 to 6 spaces between cells) with section 四 as one 15-figure line under a two-line header',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const results = REVIEW_RESULTS.map(([, label]) => label);
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, spaced(t.header), ...t.rows.map(([label, values]) => spaced([label, ...figures(values)]))]),
        applications: [APPLICANT_HEADER.corner, spaced(APPLICANT_HEADER_CELLS), ...rows.map((r, i) => spaced([...labels[i]!, ...r.printed]))],
        review: [spaced(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']), spaced([...results, ...results, ...results]), spaced(review)],
      },
      { title: 'wrapped', voice: 2, gap: [''] },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
