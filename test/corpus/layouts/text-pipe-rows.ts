/**
 * A report as an editor re-typed its tables for a plain-text page: one line per row, cells
 * separated by 「 | 」 without outer pipes, merged label cells and zero cells left blank
 * between their pipes (「一、本年新收… |  |  | 71 | 2 |  | …」). Every row keeps all its
 * cells, so positions are known: a blank cell reads as 0 and nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_RESULTS, proactiveTables } from '../form.js';
import { absentPaths, applicationTable, labelCells, printed, reportLines, reviewCells } from './text-kit/report.js';

const line = (cells: string[]) => cells.join(' | ');

export const layout: Layout = {
  id: 'text-pipe-rows',
  description: 'Plain-text page with pipe-separated rows and no outer pipes, blank cells kept between the pipes for zeros',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const results = REVIEW_RESULTS.map(([, label]) => label);
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, line(t.header), ...t.rows.map(([label, values]) => line([label, ...values.map((v) => printed(v, true))]))]),
        applications: [
          line([APPLICANT_HEADER.corner, '', '', APPLICANT_HEADER.applicant, '', '', '', '', '', '']),
          line(['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计']),
          line(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
          ...labelCells(rows).map((labels, i) => line([...labels, ...rows[i]!.cells.map((c) => printed(c, true))])),
        ],
        review: [
          line(['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '']),
          line([...results, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
          line(['', '', '', '', '', ...results, ...results]),
          line(reviewCells(truth).map((c) => printed(c, true))),
        ],
      },
      { title: 'year-first', voice: 2, gap: [''] },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
