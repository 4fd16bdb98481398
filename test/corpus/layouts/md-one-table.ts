/**
 * A PDF or Word file converted to Markdown by a tool that keeps tables whole: one pipe table
 * per form table, the first header row as the Markdown header and the other header rows as
 * body rows, line breaks inside a cell as `<br>`, merged label cells blank after their first.
 * The report left the organisation columns blank where all five are zero; positions are
 * known, so a blank cell reads as 0 and nothing is ambiguous.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, REVIEW_RESULTS, proactiveTables } from '../form.js';
import { absentPaths, applicationTable, labelCells, pipeRow, pipeRule, printed, reportLines, reviewCells } from './text-kit/report.js';

/** A long label as the converter gives it: the lines it had in its cell, joined by <br>. */
const br = (label: string) => label.replace(/（区分/, '<br>（区分').replace(/、行政机关/, '、<br>行政机关').replace(/（单位/, '<br>（单位');

const table = (header: string[], rows: string[][]) => [pipeRow(header), pipeRule(header.length), ...rows.map(pipeRow), ''];

export const layout: Layout = {
  id: 'md-one-table',
  description: 'PDF or Word converted to Markdown: one pipe table per form table with its headers, <br> inside long cells, blank organisation columns',
  kind: 'md',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth);
    const grid = labelCells(rows).map((labels, i) => {
      const cells = rows[i]!.cells;
      const noOrganisations = cells.slice(1, 6).every((c) => c === 0);
      return [...labels.map(br), ...cells.map((c, col) => printed(c, noOrganisations && col >= 1 && col <= 5))];
    });
    const results = REVIEW_RESULTS.map(([, label]) => label.replace(/^(..)(..)$/, '$1<br>$2'));
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [`**${t.title}**`, '', ...table(t.header.map(br), t.rows.map(([label, values]) => [label, ...values.map((v) => printed(v))]))]),
        applications: table(
          [br(APPLICANT_HEADER.corner.replace('，', '，<br>')), '', '', APPLICANT_HEADER.applicant, '', '', '', '', '', ''],
          [['', '', '', '自然人', APPLICANT_HEADER.legal, '', '', '', '', '总计'], ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''], ...grid],
        ),
        review: table(
          ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
          [
            [...results, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
            ['', '', '', '', '', ...results, ...results],
            reviewCells(truth).map((c) => printed(c)),
          ],
        ),
      },
      { title: 'agency-first', voice: 1, gap: [''], titleLine: (l) => `# ${l}`, heading: (h) => `### ${h}` },
    );
    return { source: lines.join('\n'), unreadable: absentPaths(truth) };
  },
};
