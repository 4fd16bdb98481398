/**
 * A report whose section 四 is three small tables of five cells, one per block (行政复议,
 * 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉), each under its own caption and header, as
 * agencies that rebuilt the wide form table for a narrow page publish it; copied as text with
 * tabs. Section 四's zero cells are blank, and the other tables print every figure. Tabs keep
 * positions: a blank cell reads as 0, so nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_BLOCKS, REVIEW_RESULTS, proactiveTables, reviewCell } from '../form.js';
import { absentPaths, applicationTable, labelCells, printed, reportLines } from './text-kit/report.js';

const CAPTIONS: Record<(typeof REVIEW_BLOCKS)[number][0], string> = {
  review: '（一）行政复议情况',
  directSuit: '（二）行政诉讼情况（未经复议直接起诉）',
  suitAfterReview: '（三）行政诉讼情况（复议后起诉）',
};

const tabs = (cells: string[]) => cells.join('\t');

export const layout: Layout = {
  id: 'text-review-blocks',
  description: 'Tab-separated tables with section 四 as three captioned 5-cell tables, one per block, zero cells blank',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, tabs(t.header), ...t.rows.map(([label, values]) => tabs([label, ...values.map((v) => printed(v))]))]),
        applications: [
          tabs([APPLICANT_HEADER.corner, '', '', APPLICANT_HEADER.applicant]),
          tabs(['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计']),
          tabs(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
          ...labelCells(rows).map((labels, i) => tabs([...labels, ...rows[i]!.cells.map((c) => printed(c))])),
        ],
        review: REVIEW_BLOCKS.flatMap(([block]) => [
          CAPTIONS[block],
          tabs(REVIEW_RESULTS.map(([, label]) => label)),
          tabs(REVIEW_RESULTS.map(([result]) => printed(reviewCell(truth, block, result), true))),
        ]),
      },
      { title: 'no-work', voice: 1, gap: [''] },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
