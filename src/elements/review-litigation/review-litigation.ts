import { html, nothing } from 'lit';
import { exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { renderFigures, renderLegend, renderStack } from '../../internal/charts.js';
import { renderStatement } from '../../internal/partials.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import { formatPercent } from '../../layout/format.js';
import type { Report } from '../../report/types.js';
import { CASE_BLOCKS } from '../../report/vocabulary.js';
import { layoutReview, RESULT_COLOR, reviewMarks, reviewTables, type ReviewGeometry } from './review-litigation.layout.js';

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

  protected override missing(report: Report, words: Messages) {
    const section = report.reviewLitigation;
    return section && CASE_BLOCKS.some((b) => section[b]) ? undefined : words.review.empty;
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

  protected marks(chart: string) {
    return this.geometry && reviewMarks(this.geometry, chart);
  }

  protected tables(report: Report, locale: Locale) {
    return reviewTables(report.reviewLitigation ?? {}, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-litigation': ReviewLitigation;
  }
}
