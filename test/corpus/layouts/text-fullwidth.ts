/**
 * A report re-typed in a Chinese input method's full-width mode: every digit full-width
 * (２０２３, ４９８．８), including the title, prose and date, and table cells separated by one
 * or two ideographic spaces (U+3000) on one line per row. Positions are not known; every
 * figure is printed, so nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, fullWidth, proactiveTables } from '../form.js';
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

const IDEOGRAPHIC_SPACE = '\u3000';
const spaced = (cells: string[]) => cells.reduce((line, cell, i) => (i ? `${line}${IDEOGRAPHIC_SPACE.repeat(1 + (i % 2))}${cell}` : cell), '');
const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'text-fullwidth',
  description: 'Text typed in full-width mode: full-width digits and decimal points everywhere, cells separated by ideographic spaces',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, spaced(t.header), ...t.rows.map(([label, values]) => spaced([label, ...figures(values)]))]),
        applications: [APPLICANT_HEADER.corner, spaced(APPLICANT_HEADER_CELLS), ...rows.map((r, i) => spaced([...labels[i]!, ...r.printed]))],
        review: [spaced(REVIEW_HEADER_CELLS.slice(0, 2)), spaced(REVIEW_HEADER_CELLS.slice(2, 9)), spaced(REVIEW_HEADER_CELLS.slice(9)), spaced(review)],
      },
      { title: 'agency-first', voice: 1, gap: [''] },
    );
    return {
      source: fullWidth(lines.join('\n')).replace(/(?<=[０-９])\.(?=[０-９])/g, '．'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
