/**
 * A PDF's text layer where the table's narrow columns print one character per line: the
 * applicant header (自/然/人/法/人/或/其/他/组/织 …) and the merged cell
 * 三、本年度办理结果, which a PDF draws at the middle of its block. Each row's label is then
 * followed by its figures on the same line. Every figure is printed.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_RESULTS, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  printed,
  reportLines,
  reviewCells,
  streamUnreadable,
} from './text-kit/report.js';

const vertical = (text: string) => [...text];
const RESULTS: string[] = REVIEW_RESULTS.map(([, label]) => label);

export const layout: Layout = {
  id: 'pdf-header-vertical',
  description: 'PDF text layer: the applicant header and 三、本年度办理结果 one character per line, each row on one line',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: r.cells.map((c) => printed(c)).filter((c) => c !== '') }));
    const outcomes = rows.filter((r) => r.path.startsWith('applications.outcomes.'));
    const middle = outcomes[Math.floor(outcomes.length / 2)];
    const review = reviewCells(truth).map((c) => printed(c)).filter((c) => c !== '');

    const applications = [
      APPLICANT_HEADER.corner,
      ...APPLICANT_HEADER_CELLS.flatMap(vertical),
      ...rows.flatMap((r, i) => {
        const { row } = r;
        const group = row.group && rows[i - 1]?.row.group !== row.group ? [row.group] : [];
        return [
          ...(r === middle ? vertical(row.section) : []),
          ...group,
          `${row.label || row.section} ${r.printed.join(' ')}`,
        ];
      }),
    ];
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [
          t.title,
          t.header.join(' '),
          ...t.rows.map(([label, values]) => [label, ...values.map((v) => printed(v)).filter((v) => v !== '')].join(' ')),
        ]),
        applications,
        review: [...REVIEW_HEADER_CELLS.flatMap((c) => (RESULTS.includes(c) ? vertical(c) : [c])), review.join(' ')],
      },
      { title: 'year-first', voice: 1, wrap: 40 },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
