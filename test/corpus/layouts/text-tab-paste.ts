/**
 * The tables copied out of Word or WPS into a plain-text box: one line per row, a tab per
 * cell, the label columns of the form's grid (三、本年度办理结果 only on its first row, a
 * group label only on its group's first row), zero cells blank. Typed by hand in places:
 * some cells hold full-width digits (０１２), some a full-width space (U+3000) beside the
 * figure or alone in a blank cell. Tabs keep positions: a blank cell reads as 0.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_RESULTS, fullWidth, proactiveTables } from '../form.js';
import { absentPaths, applicationTable, labelCells, printed, reportLines, reviewCells } from './text-kit/report.js';

const IDEOGRAPHIC_SPACE = '\u3000';

/** A figure cell as typed: the cell's place (row, column) decides its quirk, so every quirk occurs. */
function typed(n: number | undefined, row: number, col: number): string {
  const text = printed(n, true);
  if (!text) return (row + col) % 5 === 2 ? IDEOGRAPHIC_SPACE : '';
  if ((row + col) % 4 === 0) return fullWidth(text);
  if ((row + col) % 7 === 3) return `${text}${IDEOGRAPHIC_SPACE}`;
  return text;
}

const tabs = (cells: string[]) => cells.join('\t');

export const layout: Layout = {
  id: 'text-tab-paste',
  description: 'Word/WPS tables pasted as text: tab-separated rows with label columns, blank zero cells, some full-width digits and U+3000 spaces',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const results = REVIEW_RESULTS.map(([, label]) => label);
    const proactive = proactiveTables(truth);
    // Section 二 is one Word table as wide as its widest part; narrower rows end in empty cells.
    const width = Math.max(...proactive.map((t) => t.header.length));
    const padded = (cells: string[]) => tabs([...cells, ...Array.from({ length: width - cells.length }, () => '')]);
    const lines = reportLines(
      truth,
      {
        proactive: proactive.flatMap((t, ti) => [
          padded([t.title]),
          padded(t.header),
          ...t.rows.map(([label, values], ri) => padded([label, ...values.map((v, col) => typed(v, ti + ri, col))])),
        ]),
        applications: [
          tabs([APPLICANT_HEADER.corner, '', '', APPLICANT_HEADER.applicant, '', '', '', '', '', '']),
          tabs(['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计']),
          tabs(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
          ...labelCells(rows).map((labels, i) => tabs([...labels, ...rows[i]!.cells.map((c, col) => typed(c, i, col))])),
        ],
        review: [
          tabs(['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '']),
          tabs([...results, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
          tabs(['', '', '', '', '', ...results, ...results]),
          tabs(reviewCells(truth).map((c, col) => typed(c, 1, col))),
        ],
      },
      { title: 'agency-line', voice: 0, gap: [''] },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
