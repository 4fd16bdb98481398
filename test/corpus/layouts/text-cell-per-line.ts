/**
 * A report page's text copied from the browser where every table cell is a paragraph of its
 * own: one cell per line, a blank cell as an empty line. The report left the five
 * organisation columns blank in rows where all five are zero, and rows that are all zero
 * blank throughout.
 *
 * Which rule applies: empty lines are no evidence of position (most copies drop them, and
 * prose paragraphs are separated by them too), so this is a layout *without* positions. A row
 * whose organisation cells were blank shows two figures (自然人 and 总计) and is ambiguous,
 * unless all seven cells were blank (all zeros) or the row shows seven figures.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  figureCount,
  labelCells,
  printed,
  reportLines,
  reviewCells,
  streamUnreadable,
} from './text-kit/report.js';

export const layout: Layout = {
  id: 'text-cell-per-line',
  description: 'Web page copied as text with a paragraph per table cell: one cell per line, blank cells as empty lines (positions unknown)',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => {
      const noOrganisations = r.cells.slice(1, 6).every((c) => c === 0);
      return { ...r, printed: r.cells.map((c, col) => printed(c, (noOrganisations && col >= 1 && col <= 5) || r.cells.every((x) => x === 0))) };
    });
    const labels = labelCells(rows);
    const review = reviewCells(truth).map((c) => printed(c));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, ...t.header, ...t.rows.flatMap(([label, values]) => [label, ...values.map((v) => printed(v))])]),
        applications: [APPLICANT_HEADER.corner, '', '', ...APPLICANT_HEADER_CELLS, ...rows.flatMap((r, i) => [...labels[i]!, ...r.printed])],
        review: [...REVIEW_HEADER_CELLS, ...review],
      },
      { title: 'annual', voice: 1, gap: [''] },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, figureCount(review)),
    };
  },
};
