/**
 * A PDF's text layer from a table with a narrow label column: long labels wrap over two or
 * three lines (「5.要求行政机关确认或重新」 / 「出具已获取信息」), and the row's figures,
 * drawn at the row's vertical middle, come out on the label's first line, between its parts,
 * or on its last line. Merged labels (三、本年度办理结果, （三）不予公开) come out at the
 * middle of their block. Every figure is printed.
 */
import type { Layout } from '../layout.js';
import { APPLICANT_HEADER, proactiveTables } from '../form.js';
import {
  APPLICANT_HEADER_CELLS,
  REVIEW_HEADER_CELLS,
  applicationTable,
  paginate,
  reportLines,
  reviewCells,
  printedFigures,
  streamUnreadable,
} from './text-kit/report.js';

/** Characters per line in the label column. */
const WIDTH = 13;

const wrap = (label: string) => Array.from({ length: Math.ceil(label.length / WIDTH) }, (_, i) => label.slice(i * WIDTH, (i + 1) * WIDTH));

/** Where a wrapped row's figures land, taken in turn so every placement occurs. */
const PLACEMENTS = ['first', 'between', 'last'] as const;

function wrappedRow(label: string, figures: string, placement: (typeof PLACEMENTS)[number]): string[] {
  const parts = wrap(label);
  if (parts.length === 1) return [`${label} ${figures}`];
  if (placement === 'first') return [`${parts[0]} ${figures}`, ...parts.slice(1)];
  if (placement === 'between') return [parts[0]!, figures, ...parts.slice(1)];
  return [...parts.slice(0, -1), `${parts.at(-1)} ${figures}`];
}

const figures = (values: (number | undefined)[]) => printedFigures(values);

export const layout: Layout = {
  id: 'pdf-wrapped-labels',
  description: 'PDF text layer: long row labels wrapped over two or three lines, figures on the first line, between the parts or on the last',
  kind: 'text',
  formats: ['2021', '2019'],
  render(truth) {
    const rows = applicationTable(truth).map((r) => ({ ...r, printed: figures(r.cells) }));
    const review = figures(reviewCells(truth));

    // A merged cell's text prints beside the middle row of the rows it spans.
    const middleOf = (key: (r: (typeof rows)[number]) => string | undefined) => {
      const spans = new Map<string, (typeof rows)[number][]>();
      for (const r of rows) {
        const k = key(r);
        if (k) spans.set(k, [...(spans.get(k) ?? []), r]);
      }
      return new Map([...spans].map(([k, block]) => [block[Math.floor((block.length - 1) / 2)]!, k]));
    };
    const sectionAt = middleOf((r) => (r.row.label ? r.row.section : undefined));
    const groupAt = middleOf((r) => r.row.group);
    let wrapped = 0;
    const applications = [
      ...wrap(APPLICANT_HEADER.corner),
      ...APPLICANT_HEADER_CELLS,
      ...rows.flatMap((r) => {
        const label = r.row.label || r.row.section;
        const placement = PLACEMENTS[label.length > WIDTH ? wrapped++ % PLACEMENTS.length : 0]!;
        return [...wrap(sectionAt.get(r) ?? ''), ...wrap(groupAt.get(r) ?? ''), ...wrappedRow(label, r.printed.join(' '), placement)];
      }),
    ];
    const lines = reportLines(
      truth,
      {
        proactive: proactiveTables(truth).flatMap((t) => [t.title, ...t.header.flatMap(wrap), ...t.rows.flatMap(([label, values]) => wrappedRow(label, figures(values).join(' '), 'first'))]),
        applications,
        review: [...REVIEW_HEADER_CELLS.flatMap((c) => (c.length > 4 ? [c.slice(0, 4), c.slice(4)] : [c])), review.join(' ')],
      },
      { title: 'wrapped', voice: 0, wrap: 30, pages: true, problemsHeading: '五、存在的主要问题及整改措施' },
    );
    return {
      source: paginate(lines, (page) => [`- ${page} -`]).join('\n'),
      unreadable: streamUnreadable(truth, rows, review.length),
    };
  },
};
