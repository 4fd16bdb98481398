/** Pure layout of <review-litigation>: section 四 in, figures, words and geometry out. */
import { sum } from 'd3-array';
import { compactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { formatPercent, share } from '../../layout/format.js';
import { layoutStack, type StackSegment } from '../../layout/stack.js';
import type { ReviewLitigation } from '../../report/types.js';

export const BLOCKS = ['review', 'directSuit', 'suitAfterReview'] as const;
export const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type Block = (typeof BLOCKS)[number];
export type Result = (typeof RESULTS)[number];

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
  segments: StackSegment<Result>[];
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
  const values = RESULTS.map((r) => block[r]);
  return values.every((v) => v !== undefined) ? sum(values as number[]) : undefined;
}

/** Adds the values given; `undefined` when none is. */
const sumGiven = (values: (number | undefined)[]) =>
  values.some((v) => v !== undefined) ? sum(values, (v) => v ?? 0) : undefined;

export function layoutReview(
  section: ReviewLitigation,
  options: { width: number; locale: Locale; year: number; fontSize?: number },
): ReviewGeometry {
  const { width, locale, year, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const rows: CaseRow[] = BLOCKS.map((key) => {
    const block = section[key];
    const total = blockTotal(block);
    return {
      key,
      label: words.review.blocks[key],
      total,
      totalLabel: total === 0 ? words.review.noCases : compactCount(total, locale),
      segments: block
        ? layoutStack(
            RESULTS.map((r) => ({
              key: r,
              value: block[r],
              label: `${words.review.results[r]} ${compactCount(block[r], locale)}`,
              short: compactCount(block[r], locale),
            })),
            width,
            3,
            fontSize,
          )
        : [],
      parts: RESULTS.map((r) => ({
        key: r,
        label: words.review.results[r],
        value: block?.[r],
        valueLabel: compactCount(block?.[r], locale),
        color: RESULT_COLOR[r],
      })),
    };
  });
  const total = sumGiven(rows.map((r) => r.total));
  const corrected = sumGiven(BLOCKS.map((b) => section[b]?.corrected));
  const pending = sumGiven(BLOCKS.map((b) => section[b]?.pending));
  const decided = total === undefined ? undefined : total - (pending ?? 0);
  const rate = share(corrected, decided);
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
