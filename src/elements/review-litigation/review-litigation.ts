import { html, nothing } from 'lit';
import { exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { renderFigures, renderLegend, renderStack } from '../../internal/charts.js';
import { renderStatement, type TableCell, type TableSpec } from '../../internal/partials.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import type { MarkSelection } from '../../events.js';
import { formatPercent } from '../../layout/format.js';
import type { Report } from '../../report/types.js';
import { BLOCKS, layoutReview, RESULTS, RESULT_COLOR, type ReviewGeometry } from './review-litigation.layout.js';

/**
 * When people challenged the agency's answers, what happened: administrative reviews and the
 * two kinds of lawsuits (section 四), each split by result, with the correction rate.
 *
 * @tagname review-litigation
 * @summary Administrative reviews and lawsuits about information requests.
 *
 * @csspart segment - A result's segment of a row's bar (also `mark`).
 *
 * @cssproperty --dc-color-upheld - 结果维持.
 * @cssproperty --dc-color-corrected - 结果纠正.
 * @cssproperty --dc-color-other-result - 其他结果.
 * @cssproperty --dc-color-pending - 尚未审结.
 */
export class ReviewLitigation extends ReportWidget<ReviewGeometry> {
  protected readonly checkPaths = ['reviewLitigation'];

  protected heading(words: Messages) {
    return words.review.title;
  }

  protected missing(report: Report, words: Messages) {
    const section = report.reviewLitigation;
    return section && BLOCKS.some((b) => section[b]) ? undefined : words.review.empty;
  }

  protected layout(report: Report, size: LayoutSize) {
    return layoutReview(report.reviewLitigation!, { ...size, year: report.year });
  }

  protected renderChart(report: Report, g: ReviewGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const r = words.review;
    if (g.nothing) return renderStatement(r.none(words.yearOf(report.year)));
    const table = this.renderTables(locale, report);
    return html`
      ${renderFigures([
        { key: 'total', label: r.total, value: exactCount(g.total, locale), note: r.totalNote },
        {
          key: 'rate',
          label: r.rate,
          value: g.rate === undefined ? words.noData : formatPercent(g.rate, locale),
          note: r.rateNote(exactCount(g.corrected, locale), exactCount(g.decided, locale)),
        },
        { key: 'pending', label: r.pending, value: exactCount(g.pending, locale), note: r.pendingNote },
      ], locale)}
      ${g.rows.map(
        (row) => html`<div class="case-row" data-key=${row.key}>
          <h3>${row.label} <span class="total">${row.total === undefined ? words.noData : row.totalLabel}</span></h3>
          ${row.segments.length
            ? html`${renderStack(row.segments, {
                chart: row.key,
                label: `${row.label} ${row.totalLabel}`,
                nav: this.nav,
                width: g.width,
                fontSize: g.fontSize,
                colorOf: (key) => RESULT_COLOR[key as keyof typeof RESULT_COLOR],
                describe: (key) => {
                  const s = row.segments.find((segment) => segment.key === key)!;
                  return words.announce(`${row.label} · ${r.results[key as (typeof RESULTS)[number]]}`, exactCount(s.value, locale), formatPercent(s.share, locale));
                },
              })}
              ${renderLegend(
                row.parts.filter((p) => p.value),
                locale,
                row.parts.some((p) => p.value === 0)
                  ? words.zeros(row.parts.filter((p) => p.value === 0).map((p) => p.label).join(words.listSeparator))
                  : undefined,
              )}`
            : nothing}
        </div>`,
      )}
      ${table}
    `;
  }

  protected readonly section = 'reviewLitigation';

  protected selection(chart: string, key: string, report: Report): MarkSelection | undefined {
    const block = report.reviewLitigation?.[chart as (typeof BLOCKS)[number]];
    if (!block || !(BLOCKS as readonly string[]).includes(chart)) return undefined;
    const r = MESSAGES[this.locale.value].review;
    const result = key as (typeof RESULTS)[number];
    return this.mark(chart, result, block[result], `${r.blocks[chart as (typeof BLOCKS)[number]]} · ${r.results[result]}`);
  }

  /** Section 四 in the layout of the national form: one row of fifteen cells. */
  protected tables(report: Report, locale: Locale): TableSpec[] {
    const r = MESSAGES[locale].review;
    const section = report.reviewLitigation ?? {};
    const columns = [...RESULTS, 'total'] as const;
    const results = columns.map((c) => ({ text: r.results[c], header: 'col' as const }));
    const cells: TableCell[] = BLOCKS.flatMap((b) =>
      columns.map((c) => {
        const value = section[b]?.[c];
        return { text: value === undefined ? '—' : exactCount(value, locale, 'none') };
      }),
    );
    return [{
      caption: r.title,
      head: [
        [
          { text: r.blocksShort.review!, header: 'colgroup', colspan: 5 },
          { text: r.litigation, header: 'colgroup', colspan: 10 },
        ],
        [
          ...results.map((c) => ({ ...c, rowspan: 2 })),
          { text: r.blocksShort.directSuit!, header: 'colgroup', colspan: 5 },
          { text: r.blocksShort.suitAfterReview!, header: 'colgroup', colspan: 5 },
        ],
        [...results, ...results],
      ],
      body: [cells],
    }];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-litigation': ReviewLitigation;
  }
}
