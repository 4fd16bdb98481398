/**
 * A PDF's text layer as a plain extractor gives it (pdftotext without -layout, a browser's
 * "copy" from a PDF viewer): every label on its own line and the row's figures on the next,
 * one space apart; at each page break the footer 「第 3 页 共 8 页」 and the running head,
 * and the table's header rows repeated at the top of the page that continues it. Every
 * figure is printed, so nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  PAGE,
  REVIEW_HEADER_CELLS,
  applicationTable,
  paginate,
  printed,
  reportLines,
  reviewCells,
  rowLabels,
  runningHead,
  streamUnreadable,
} from './text-kit/report.js';

/** The row after which the page breaks: 8.属于行政查询事项, mid-table in both formats. */
const BREAK_AFTER = 'applications.outcomes.withheld.administrativeQuery';

export const layout: Layout = {
  id: 'pdf-labels-own-lines',
  description: 'PDF text layer: labels on their own lines, figures on the next line, page footers and running heads inside the tables',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    // Narrow header cells wrap: 商业企业 prints as 商业 / 企业.
    const narrow = (cell: string) => (cell.length > 3 ? [cell.slice(0, cell.length / 2), cell.slice(cell.length / 2)] : [cell]);
    const header = [APPLICANT_HEADER.corner.slice(0, 20), APPLICANT_HEADER.corner.slice(20), ...APPLICANT_HEADER_CELLS.flatMap(narrow)];
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: r.cells.map((c) => printed(c)).filter((c) => c !== '') }));
    const labels = rowLabels(rows);
    const review = reviewCells(truth).map((c) => printed(c)).filter((c) => c !== '');

    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [
          t.title,
          ...t.header,
          ...t.rows.flatMap(([label, values]) => [label, values.map((v) => printed(v)).filter((v) => v !== '').join(' ')]),
        ]),
        applications: [
          ...header,
          ...rows.flatMap((r, i) => [...labels[i]!, r.printed.join(' '), ...(r.path === BREAK_AFTER ? [PAGE, ...header] : [])]),
        ],
        review: [...REVIEW_HEADER_CELLS.flatMap(narrow), review.join(' ')],
      },
      { title: 'agency-first', voice: 0, wrap: 36, pages: true },
    );
    const source = paginate(lines, (page, pages) => [`第 ${page} 页 共 ${pages} 页`], [runningHead(truth)]).join('\n');
    return {
      source,
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
