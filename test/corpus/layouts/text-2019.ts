/**
 * A report on 2019 or 2020 in the 2019 trial format (国办公开办函〔2019〕60号), copied from its
 * web page as text with each table row on one line and the cells one space apart: section
 * 二's 第二十条 tables with 本年新制作数量 / 本年新公开数量 / 对外公开总数量, item counts with a
 * signed 本年增/减, 政府集中采购; section 三 with （六）其他处理 as one row. Every figure is
 * printed, so no row depends on positions.
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

const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'text-2019',
  description: '2019-format report copied from its web page with a row per line and the cells one space apart',
  kind: 'text',
  formats: ['2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const labels = rowLabels(rows);
    const review = figures(reviewCells(truth));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, t.header.join(' '), ...t.rows.map(([label, values]) => [label, ...figures(values)].join(' '))]),
        applications: [`${APPLICANT_HEADER.corner} ${APPLICANT_HEADER_CELLS.join(' ')}`, ...rows.map((r, i) => [...labels[i]!, ...r.printed].join(' '))],
        review: [REVIEW_HEADER_CELLS.join(' '), review.join(' ')],
      },
      { title: 'year-first', voice: 2, gap: [''] },
    );
    return {
      source: lines.join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
