/**
 * A PDF's text layer whose overview repeats the tables' figures in prose (requests received,
 * answered, carried over; reviews by result), broken into short lines as the page's width
 * breaks them, so a figure and its unit (「351」 / 「件，其中结果维持…」) fall on different lines
 * beside the tables' own words (结转, 行政复议, 结果维持). Each table row prints on one line.
 * Real reports do this (a city's 2024 report was read this way); every figure is printed.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, HEADINGS, applicationCell, proactiveTables, reviewCell, type Truth } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  paginate,
  printedFigures,
  reportLines,
  reviewCells,
  rowLabels,
  streamUnreadable,
  wrapped,
} from './text-kit/report.js';

/** The overview's paragraph of figures, in this project's words, where the truth has them. */
function figuresInProse(truth: Truth): string | undefined {
  const total = (path: string) => applicationCell(truth, path, 'total');
  const [received, answered, carried, forward] = ['received', 'outcomes.total', 'carriedOver', 'carriedForward'].map(total);
  const review = (result: string) => reviewCell(truth, 'review', result);
  if ([received, answered, carried, forward].some((n) => n === undefined) || review('total') === undefined) return undefined;
  return (
    `本年度共受理政府信息公开申请 ${received} 件，答复 ${answered} 件（含上年度结转申请 ${carried} 件，另有 ${forward} 件结转下年度办理），` +
    `均在法定期限内答复。政府信息公开行政复议 ${review('total')} 件，其中结果维持 ${review('upheld')} 件，结果纠正 ${review('corrected')} 件，` +
    `其他结果 ${review('other')} 件，尚未审结 ${review('pending')} 件。`
  );
}

export const layout: Layout = {
  id: 'pdf-figures-in-prose',
  description: "PDF text layer whose overview repeats the tables' figures in prose broken into short lines, figures split from their units",
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: printedFigures(r.cells) }));
    const labels = rowLabels(rows);
    const review = printedFigures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, t.header.join(' '), ...t.rows.map(([label, values]) => [label, ...printedFigures(values)].join(' '))]),
        applications: [APPLICANT_HEADER.corner, APPLICANT_HEADER_CELLS.join(' '), ...rows.map((r, i) => [...labels[i]!, ...r.printed].join(' '))],
        review: [REVIEW_HEADER_CELLS.join(' '), review.join(' ')],
      },
      { title: 'wrapped', voice: 1, wrap: 30, pages: true },
    );
    const prose = figuresInProse(truth);
    const at = lines.indexOf(HEADINGS[1]);
    if (prose && at > 0) lines.splice(at, 0, ...wrapped(prose, 29));
    return {
      source: paginate(lines, (page) => [`- ${page} -`]).join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
