import { html, nothing, type PropertyValues } from 'lit';
import { exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { renderBars, renderFigures, renderLegend, renderStack, tone } from '../../internal/charts.js';
import { renderStatement } from '../../internal/partials.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import { formatExact, formatPercent } from '../../layout/format.js';
import { isReasonGroup } from '../../report/rows.js';
import type { ReasonGroup, Report } from '../../report/types.js';
import { applicantTone, layoutOutcomes, outcomeMarks, outcomeTables, type OutcomeGeometry } from './disclosure-outcomes.layout.js';
import { styles } from './disclosure-outcomes.styles.js';

/**
 * How an agency answered the year's requests for government information (section 三 of the
 * annual report): how many came in, where they went, why some were not disclosed, and who
 * asked.
 *
 * Give it a report by `src` (a URL), by the `report` property, or as an inline
 * `<script type="application/json">` child. Content written inside the tag is a fallback for
 * browsers without custom elements and is hidden once the element runs.
 *
 * @tagname disclosure-outcomes
 * @summary Outcomes of the year's requests for government information.
 *
 * @csspart bar - A bar of the outcome or reason charts (also `mark`).
 * @csspart segment - A segment of the applicant bar (also `mark`).
 * @csspart choices - The buttons that choose whose reasons are shown.
 *
 * @cssproperty --dc-color-disclosed - 予以公开.
 * @cssproperty --dc-color-partly-disclosed - 部分公开.
 * @cssproperty --dc-color-withheld - 不予公开.
 * @cssproperty --dc-color-unavailable - 无法提供.
 * @cssproperty --dc-color-not-processed - 不予处理.
 * @cssproperty --dc-color-other-handling - 其他处理.
 * @cssproperty --dc-color-carried-forward - 结转下年度.
 * @cssproperty --dc-color-natural-person - 自然人.
 * @cssproperty --dc-color-commercial - 商业企业.
 * @cssproperty --dc-color-research - 科研机构.
 * @cssproperty --dc-color-public-interest - 社会公益组织.
 * @cssproperty --dc-color-legal-service - 法律服务机构.
 * @cssproperty --dc-color-other-applicant - 其他 (applicants).
 */
export class DisclosureOutcomes extends ReportWidget<OutcomeGeometry> {
  static override styles = [...ReportWidget.styles, styles];

  /** The group whose reasons are shown; `undefined` shows the largest one. */
  static override properties = { selected: { state: true } };

  private selected?: ReasonGroup | null;

  protected readonly checkPaths = ['applications'];

  protected heading(words: Messages) {
    return words.outcomes.title;
  }

  protected override missing(report: Report, words: Messages) {
    return report.applications ? undefined : words.outcomes.empty;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('report') || changed.has('src')) this.selected = undefined;
    super.willUpdate(changed);
  }

  protected layout(report: Report, size: LayoutSize) {
    return layoutOutcomes(report.applications!, { ...size, year: report.year, selected: this.selected });
  }

  protected renderChart(report: Report, geometry: OutcomeGeometry, locale: Locale) {
    return this.renderReady(report, geometry, locale);
  }

  private renderReady(report: Report, geometry: OutcomeGeometry, locale: Locale) {
    const year = report.year;
    const words = MESSAGES[locale];
    // No requests this year: one sentence; no empty table, no downloads (ReportWidget).
    if (geometry.nothing) return renderStatement(words.outcomes.none(words.yearOf(year)));
    return html`
      ${this.renderFigures(geometry, locale)}
      <h3>${words.outcomes.whereTitle}</h3>
      ${renderBars(geometry.bars, {
        chart: 'outcomes',
        label: words.outcomes.whereTitle,
        nav: this.nav,
        action: (key) => (isReasonGroup(key as never) ? () => this.choose(key as ReasonGroup) : undefined),
      })}
      ${this.renderReasons(geometry, locale)} ${this.renderApplicants(geometry, locale)}
      ${this.renderTables(locale, report)}
    `;
  }

  private renderFigures(geometry: OutcomeGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const { figures } = geometry;
    const exact = (value: number | undefined) => exactCount(value, locale);
    return renderFigures([
      {
        label: words.outcomes.handled,
        value: exact(figures.received),
        note: words.outcomes.handledNote(exact(figures.carriedOver)),
      },
      {
        label: words.outcomes.rate,
        value: figures.rate === undefined ? words.noData : formatPercent(figures.rate, locale),
        note: words.outcomes.rateNote(exact(figures.open), exact(figures.answered)),
      },
      { label: words.outcomes.forward, value: exact(figures.carriedForward), note: words.outcomes.forwardNote },
    ], locale);
  }

  private choose(group: ReasonGroup) {
    this.selected = this.geometry?.reasons?.group === group ? null : group;
  }

  private renderReasons(geometry: OutcomeGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const current = geometry.reasons?.group;
    return html`<div class="choices" part="choices" role="group" aria-label=${words.outcomes.pickReasons}>
        <span class="note">${words.outcomes.pickReasons}</span>
        ${geometry.choices.map(
          (choice) =>
            html`<button
              type="button"
              aria-pressed=${choice.key === current ? 'true' : 'false'}
              @click=${() => this.choose(choice.key)}
            >
              <span class="swatch k-${tone(choice.key)}"></span>${choice.label}
              ${choice.valueLabel}
            </button>`,
        )}
      </div>
      ${geometry.reasons
        ? html`<div class="reasons" data-group=${geometry.reasons.group}>
            <p class="reasons-title">${geometry.reasons.title}</p>
            ${renderBars(geometry.reasons.bars, {
              chart: 'reasons',
              label: geometry.reasons.title,
              nav: this.nav,
              colorOf: () => tone(geometry.reasons!.group),
            })}
          </div>`
        : nothing}`;
  }

  private renderApplicants(geometry: OutcomeGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const { applicants } = geometry;
    if (applicants.total === undefined) return nothing;
    const total = words.unitCases(formatExact(applicants.total, locale));
    return html`<h3>${words.outcomes.whoTitle}</h3>
      <p class="note">${words.outcomes.whoNote(total)}</p>
      ${applicants.breakdown
        ? html`${renderStack(applicants.segments, {
              chart: 'applicants',
              label: words.outcomes.whoTitle,
              nav: this.nav,
              width: geometry.bars.width,
              fontSize: geometry.bars.fontSize,
              colorOf: applicantTone,
            })}
          ${renderLegend(
            applicants.parts,
            locale,
            applicants.zeros.length ? words.zeros(applicants.zeros.join(words.listSeparator)) : undefined,
          )}`
        : html`<p class="note">${words.outcomes.whoNoBreakdown}</p>`}`;
  }

  protected readonly section = 'applications';

  protected marks(chart: string) {
    return this.geometry && outcomeMarks(this.geometry, chart);
  }

  protected tables(report: Report, locale: Locale) {
    return outcomeTables(report.applications ?? {}, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-outcomes': DisclosureOutcomes;
  }
}
