/**
 * A PDF converted to Markdown by a tool that loses the table's structure: the first part of
 * each table comes out under made-up headers (| Column1 | Column2 | …), and after that every
 * row is a small table of its own, the row itself taking the header's place above a
 * separator line. Cell positions are kept (a pipe per cell, merged label cells blank), and
 * every figure is printed, so nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import { REVIEW_HEADER_CELLS, absentPaths, applicationTable, labelCells, pipeRow, pipeRule, printed, reportLines, reviewCells } from './text-kit/report.js';

/** A table under the converter's made-up headers. */
const columnTable = (rows: string[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array.from({ length: width - r.length }, () => '')];
  return [pipeRow(Array.from({ length: width }, (_, i) => `Column${i + 1}`)), pipeRule(width), ...rows.map((r) => pipeRow(pad(r))), ''];
};

/** A row alone, as its own table's header. */
const rowTable = (cells: string[]) => [pipeRow(cells), pipeRule(cells.length), ''];

export const layout: Layout = {
  id: 'md-row-tables',
  description: 'PDF converted to Markdown: every table row its own small pipe table, the first under | Column1 | Column2 | … headers',
  kind: 'md',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const grid = labelCells(rows).map((labels, i) => [...labels, ...rows[i]!.cells.map((c) => printed(c))]);
    const header = [
      [APPLICANT_HEADER.corner, '', '', APPLICANT_HEADER.applicant, '', '', '', '', '', ''],
      ['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计'],
      ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ];
    const review = reviewCells(truth).map((c) => printed(c));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => columnTable([[t.title], t.header, ...t.rows.map(([label, values]) => [label, ...values.map((v) => printed(v))])])),
        applications: [...columnTable([...header, ...grid.slice(0, 1)]), ...grid.slice(1).flatMap(rowTable)],
        review: [
          ...columnTable([
            ['行政复议', '', '', '', '', '行政诉讼'],
            REVIEW_HEADER_CELLS.slice(2, 7).concat('未经复议直接起诉', '', '', '', '', '复议后起诉'),
            ['', '', '', '', '', ...REVIEW_HEADER_CELLS.slice(9)],
          ]),
          ...rowTable(review),
        ],
      },
      { title: 'year-first', voice: 0, gap: [''], titleLine: (l) => `# ${l}`, heading: (h) => `## ${h}` },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
