/**
 * Tables pasted from Word where the agency left the 总计 column blank in the rows of
 * 三、本年度办理结果 (the column's sum being implied), and zero cells blank throughout the
 * application table; tab-separated, so positions are known. A blank 总计 beside figures is
 * the row's sum, so the column is left blank only where the reported total is that sum: a
 * total that does not add up is printed as reported.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import { REVIEW_HEADER_CELLS, absentPaths, applicationTable, labelCells, printed, reportLines, reviewCells } from './text-kit/report.js';

const tabs = (cells: string[]) => cells.join('\t');

export const layout: Layout = {
  id: 'text-blank-total',
  description: 'Tab-separated tables with the 总计 column blank in the outcome rows (where it is the sum) and zero cells blank',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const cells = rows.map(({ path, cells }) => {
      const sum = cells.slice(0, 6).reduce<number>((s, c) => s + (c ?? 0), 0);
      const implied = path.startsWith('applications.outcomes.') && cells.slice(0, 6).every((c) => c !== undefined) && cells[6] === sum;
      return cells.map((c, col) => (col === 6 && implied ? '' : printed(c, true)));
    });
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, tabs(t.header), ...t.rows.map(([label, values]) => tabs([label, ...values.map((v) => printed(v))]))]),
        applications: [
          tabs([APPLICANT_HEADER.corner, '', '', APPLICANT_HEADER.applicant, '', '', '', '', '', '']),
          tabs(['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计']),
          tabs(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
          ...labelCells(rows).map((labels, i) => tabs([...labels, ...cells[i]!])),
        ],
        review: [tabs(REVIEW_HEADER_CELLS.slice(0, 2)), tabs(REVIEW_HEADER_CELLS.slice(2, 9)), tabs(['', '', '', '', '', ...REVIEW_HEADER_CELLS.slice(9)]), tabs(reviewCells(truth).map((c) => printed(c)))],
      },
      { title: 'annual', voice: 0, gap: [''] },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
