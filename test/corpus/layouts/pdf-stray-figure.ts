/**
 * A PDF's text layer whose footers are 「- 3 -」, drawn so that on one page the dashes are
 * graphics and only the bare number 「4」 reaches the text layer. Both footers fall inside
 * the application table, each followed by the running head. The dashed one is page furniture
 * the parser drops; the bare one is a figure like any other, so the row it lands after shows
 * eight figures (or two, in a total-only table) and is named as ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  PAGE,
  REVIEW_HEADER_CELLS,
  applicationTable,
  paginate,
  reportLines,
  reviewCells,
  rowLabels,
  runningHead,
  printedFigures,
  streamUnreadable,
} from './text-kit/report.js';

/** The rows after which the pages break: with a dashed footer, and with a bare one. */
const DASHED_AFTER = 'applications.outcomes.disclosed';
const BARE_AFTER = 'applications.outcomes.unavailable.stillUnclear';
const BARE = '\f\f';

const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'pdf-stray-figure',
  description: 'PDF text layer with 「- 3 -」 page footers inside the application table, one of them reduced to a bare page number that lands among the figures',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, t.header.join(' '), ...t.rows.map(([label, values]) => [label, ...figures(values)].join(' '))]),
        applications: [
          APPLICANT_HEADER.corner,
          APPLICANT_HEADER_CELLS.join(' '),
          ...rows.flatMap((r, i) => [
            ...labels[i]!.slice(0, -1),
            [labels[i]!.at(-1), ...r.printed].join(' '),
            ...(r.path === DASHED_AFTER ? [PAGE] : r.path === BARE_AFTER ? [BARE] : []),
          ]),
        ],
        review: [...REVIEW_HEADER_CELLS, review.join(' ')],
      },
      { title: 'annual', voice: 2, wrap: 36, pages: true },
    );
    // The bare footer is the one on the page that ends at the BARE break (none if that row is absent).
    const at = lines.indexOf(BARE);
    const barePage = at < 0 ? undefined : lines.slice(0, at).filter((l) => l === PAGE).length + 1;
    const source = paginate(
      lines.map((l) => (l === BARE ? PAGE : l)),
      (page) => [page === barePage ? String(page) : `- ${page} -`],
      [runningHead(truth)],
    ).join('\n');
    const stray = barePage === undefined ? undefined : BARE_AFTER;
    return {
      source,
      unreadable: streamUnreadable(truth, rows, review.length, (path) => (path === stray ? 1 : 0)),
    };
  },
};
