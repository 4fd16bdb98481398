/** Pure layout of <review-litigation>: section 四 in, figures, words and geometry out. */
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { formatPercent, share } from '../../layout/format.js';
import type { MarkSelection } from '../../events.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import { layoutStack, type StackInput, type StackSegment } from '../../layout/stack.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import type { ReviewLitigation } from '../../report/types.js';
import { CASE_BLOCKS, CASE_RESULTS, sumOf, type CaseBlock as Block, type CaseResult as Result } from '../../report/vocabulary.js';

/** The colour class of each result: `other` here is not the applicants' `other`. */
export const RESULT_COLOR: Record<Result, string> = {
  upheld: 'upheld',
  corrected: 'corrected',
  other: 'other-result',
  pending: 'pending',
};

export interface CaseRow {
  key: Block;
  label: string;
  /** Total cases of the block; `undefined` when the report leaves the block out. */
  total?: number;
  totalLabel: string;
  /** Each result's segment, named with its share of the block (known once the stack is laid out). */
  segments: (StackSegment<StackInput<Result> & { select: MarkSelection }> & MarkInfo)[];
  parts: { key: Result; label: string; value?: number; valueLabel: string; color: string }[];
}

export interface ReviewGeometry {
  total?: number;
  corrected?: number;
  /** 已审结 = total − pending. */
  decided?: number;
  /** 纠错率 = corrected ÷ decided. */
  rate?: number;
  pending?: number;
  /** No cases at all: a one-sentence, good-news year. */
  /** Nothing happened this year: one sentence, no chart, table or downloads. */
  nothing: boolean;
  rows: CaseRow[];
  width: number;
  fontSize: number;
  summary: string;
}

/** A block's total: as reported, or the sum of its four results when all are given. */
function blockTotal(block: ReviewLitigation[Block]): number | undefined {
  if (!block) return undefined;
  if (block.total !== undefined) return block.total;
  return sumOf(CASE_RESULTS.map((r) => block[r]));
}

/** The headline figures of section 四: cases, corrected, pending, decided and the correction rate. */
export function summarizeReview(section: ReviewLitigation) {
  const total = sumOf(CASE_BLOCKS.map((b) => blockTotal(section[b])), 'given');
  const corrected = sumOf(CASE_BLOCKS.map((b) => section[b]?.corrected), 'given');
  const pending = sumOf(CASE_BLOCKS.map((b) => section[b]?.pending), 'given');
  const decided = total === undefined ? undefined : total - (pending ?? 0);
  return { total, corrected, pending, decided, rate: share(corrected, decided) };
}

export function layoutReview(
  section: ReviewLitigation,
  options: { width: number; locale: Locale; year: number; fontSize?: number },
): ReviewGeometry {
  const { width, locale, year, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const rows: CaseRow[] = CASE_BLOCKS.map((key) => {
    const block = section[key];
    const total = blockTotal(block);
    const label = words.review.blocks[key];
    return {
      key,
      label,
      total,
      totalLabel: total === 0 ? words.review.noCases : compactCount(total, locale),
      segments: block
        ? layoutStack(
            CASE_RESULTS.map((r) => ({
              key: r,
              value: block[r],
              label: `${words.review.results[r]} ${compactCount(block[r], locale)}`,
              short: compactCount(block[r], locale),
              select: selection('reviewLitigation', key, r, block[r], `${label} · ${words.review.results[r]}`),
            })),
            width,
            3,
            fontSize,
          ).map((s) => ({ ...s, announce: words.announce(s.select.label, exactCount(s.value, locale), formatPercent(s.share, locale)) }))
        : [],
      parts: CASE_RESULTS.map((r) => ({
        key: r,
        label: words.review.results[r],
        value: block?.[r],
        valueLabel: compactCount(block?.[r], locale),
        color: RESULT_COLOR[r],
      })),
    };
  });
  const { total, corrected, pending, decided, rate } = summarizeReview(section);
  const none = total === 0;
  const summary =
    total === undefined || none
      ? ''
      : words.review.summary(
          words.yearOf(year),
          compactCount(total, locale),
          compactCount(corrected ?? 0, locale),
          rate === undefined ? words.noData : formatPercent(rate, locale),
          compactCount(pending ?? 0, locale),
        );
  return { total, corrected, decided, rate, pending, nothing: none, rows, width, fontSize, summary };
}

/** The marks of a chart (one per block: `review`, `directSuit`, `suitAfterReview`), in the order drawn. */
export const reviewMarks = (geometry: ReviewGeometry, chart: string): readonly MarkInfo[] | undefined =>
  geometry.rows.find((row) => row.key === chart)?.segments;

/** Section 四 in the layout of the national form: one row of fifteen cells. */
export function reviewTables(section: ReviewLitigation, locale: Locale): TableSpec[] {
  const r = MESSAGES[locale].review;
  const columns = [...CASE_RESULTS, 'total'] as const;
  const results = columns.map((c) => ({ text: r.results[c], header: 'col' as const }));
  const cells: TableCell[] = CASE_BLOCKS.flatMap((b) =>
    columns.map((c) => {
      const value = section[b]?.[c];
      return { text: value === undefined ? '—' : exactCount(value, locale, 'none') };
    }),
  );
  return [{
    caption: r.title,
    head: [
      [
        { text: r.blocksShort.review, header: 'colgroup', colspan: 5 },
        { text: r.litigation, header: 'colgroup', colspan: 10 },
      ],
      [
        ...results.map((c) => ({ ...c, rowspan: 2 })),
        { text: r.blocksShort.directSuit, header: 'colgroup', colspan: 5 },
        { text: r.blocksShort.suitAfterReview, header: 'colgroup', colspan: 5 },
      ],
      [...results, ...results],
    ],
    body: [cells],
  }];
}
