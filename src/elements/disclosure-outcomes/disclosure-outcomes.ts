import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { formatExact, formatPercent } from '../../layout/format.js';
import { LocaleController } from '../../internal/locale-controller.js';
import {
  renderError,
  renderFrame,
  renderLoading,
  renderNotice,
  renderStatement,
  renderTable,
  type TableCell,
} from '../../internal/partials.js';
import { ReportController, type ReportState } from '../../internal/report-controller.js';
import { frame, tokens } from '../../internal/styles.js';
import type { BarListGeometry } from '../../layout/bars.js';
import { cell, OUTCOME_GROUPS, REASONS, reasonRow, isReasonGroup } from '../../report/rows.js';
import { APPLICANT_COLUMNS } from '../../report/schema.js';
import type { Applications, Column, ReasonGroup, Row } from '../../report/types.js';
import { layoutOutcomes, type OutcomeGeometry } from './disclosure-outcomes.layout.js';
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
 * @attr lang - `en` for English; anything else, or none, is zh-CN. Inherited from the
 *   nearest ancestor with `lang` (usually <html>) and followed when it changes.
 *
 * @fires dc-load - The report was loaded and validated. `detail: { report, warnings }`.
 * @fires dc-error - The report could not be loaded or is invalid. `detail: { problems }`.
 *
 * @csspart figure - The whole widget.
 * @csspart title - The visible title.
 * @csspart subtitle - Agency and year under the title.
 * @csspart summary - The one-sentence summary of the figures.
 * @csspart figures - The key figures above the chart.
 * @csspart svg - Each chart's <svg>.
 * @csspart bar - A bar of the outcome or reason charts (also `mark`).
 * @csspart segment - A segment of the applicant bar (also `mark`).
 * @csspart legend - The applicant legend.
 * @csspart choices - The buttons that choose whose reasons are shown.
 * @csspart notice - The notice shown when the accounting checks fail.
 * @csspart table-toggle - The <details> holding the data table.
 * @csspart table - The data table.
 * @csspart loading - The loading state.
 * @csspart empty - The no-data or nothing-this-year statement.
 * @csspart error - The error message shown in place of the chart.
 *
 * @cssproperty --dc-font - Font family.
 * @cssproperty --dc-text - Text colour.
 * @cssproperty --dc-text-muted - Secondary text colour.
 * @cssproperty --dc-background - Background colour.
 * @cssproperty --dc-surface - Background of table headers and panels.
 * @cssproperty --dc-border - Border colour.
 * @cssproperty --dc-focus - Focus ring and link colour.
 * @cssproperty --dc-error - Error accent colour.
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
export class DisclosureOutcomes extends LitElement {
  static override styles = [tokens, frame, styles];

  /** URL of the report JSON, resolved against the page. */
  @property() src?: string;

  /** The report as an object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) report?: unknown;

  /** Level of the title heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout?: number;

  /** The group whose reasons are shown; `undefined` shows the largest one. */
  @state() private selected?: ReasonGroup | null;

  private readonly locale = new LocaleController(this);
  private readonly data = new ReportController(this, () => this.locale.value);
  private readonly size = new ResizeController<number | undefined>(this, {
    target: null,
    callback: (entries) => entries[0]?.contentRect.width,
  });

  private view: ReportState = { status: 'none' };
  private geometry?: OutcomeGeometry;
  private failure?: unknown;

  protected override firstUpdated() {
    this.size.observe(this.renderRoot.querySelector('.measure')!);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('report') || changed.has('src')) this.selected = undefined;
    this.failure = undefined;
    try {
      this.view = this.data.state;
      const width = this.size.value;
      const apps = this.view.status === 'ready' ? this.view.report.applications : undefined;
      this.geometry =
        apps && width
          ? layoutOutcomes(apps, {
              width: Math.max(120, width),
              locale: this.locale.value,
              year: this.view.status === 'ready' ? this.view.report.year : 0,
              selected: this.selected,
            })
          : undefined;
    } catch (error) {
      // Never throw into the host page: show the error in place of the chart instead.
      this.failure = error;
      this.geometry = undefined;
      console.error('disclosure-charts:', error);
    }
  }

  protected override render() {
    const locale = this.locale.value;
    const words = MESSAGES[locale];
    const view = this.view;
    const report = view.status === 'ready' ? view.report : undefined;
    const subtitle = report
      ? [report.agency.name, words.yearOf(report.year)].join(' · ')
      : undefined;
    let body: unknown;
    if (this.failure) body = renderError([{ path: '', expected: '', found: '', message: words.internal }], locale);
    else if (view.status === 'loading') body = renderLoading(locale);
    else if (view.status === 'error') body = renderError(view.problems, locale);
    else if (view.status === 'none') body = renderStatement(words.noData);
    else if (!view.report.applications) body = renderStatement(words.outcomes.empty);
    else body = this.renderReady(view.report.applications, view.warnings, locale);
    return renderFrame({
      title: words.outcomes.title,
      subtitle,
      headingLevel: this.headingLevel,
      busy: view.status === 'loading',
      body,
    });
  }

  private renderReady(
    apps: Applications,
    warnings: Extract<ReportState, { status: 'ready' }>['warnings'],
    locale: Locale,
  ) {
    const words = MESSAGES[locale];
    const geometry = this.geometry;
    const year = this.view.status === 'ready' ? this.view.report.year : 0;
    if (geometry?.nothing) {
      return html`${renderStatement(words.outcomes.none(words.yearOf(year)))} ${this.renderTable(apps, locale)}`;
    }
    return html`
      ${renderNotice(warnings, locale)}
      ${geometry?.summary ? html`<p class="summary" part="summary">${geometry.summary}</p>` : nothing}
      ${geometry ? this.renderFigures(geometry, locale) : nothing}
      ${geometry
        ? html`<h3>${words.outcomes.whereTitle}</h3>
            ${this.renderBars(geometry.bars, words.outcomes.whereTitle, (key) => key, (key) =>
              isReasonGroup(key as never) ? () => this.choose(key as ReasonGroup) : undefined,
            )}
            ${this.renderReasons(geometry, locale)} ${this.renderApplicants(geometry, locale)}`
        : nothing}
      ${this.renderTable(apps, locale)}
    `;
  }

  private renderFigures(geometry: OutcomeGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const { figures } = geometry;
    const exact = (value: number | undefined) =>
      value === undefined ? words.noData : words.unitCases(formatExact(value, locale));
    const percent = figures.rate === undefined ? words.noData : formatPercent(figures.rate, locale);
    const tile = (label: string, value: string, note: string) =>
      html`<div class="figure"><dt>${label}</dt><dd><span class="value">${value}</span><span class="note">${note}</span></dd></div>`;
    return html`<dl class="figures" part="figures">
      ${tile(
        words.outcomes.handled,
        exact(figures.handled),
        words.outcomes.handledNote(exact(figures.received), exact(figures.carriedOver)),
      )}
      ${tile(words.outcomes.rate, percent, words.outcomes.rateNote(exact(figures.open), exact(figures.answered)))}
      ${tile(words.outcomes.forward, exact(figures.carriedForward), words.outcomes.forwardNote)}
    </dl>`;
  }

  /** A bar list as SVG. Reading it needs no sight: the same figures are in the table. */
  private renderBars(
    geometry: BarListGeometry,
    label: string,
    colorOf: (key: string) => string,
    action: (key: string) => (() => void) | undefined = () => undefined,
  ) {
    const barHeight = 20;
    return html`<svg
      part="svg"
      width=${geometry.width}
      height=${geometry.height}
      viewBox="0 0 ${geometry.width} ${geometry.height}"
      role="img"
      aria-label=${label}
    >
      ${geometry.rows.map((row) => {
        const onClick = action(row.key);
        return svg`<g class=${onClick ? 'row action' : 'row'} data-key=${row.key} @click=${onClick ?? nothing}>
          <text class="label" y=${row.labelY}>${row.lines.map(
            (line, i) => svg`<tspan x="0" dy=${i ? '1.4em' : 0}>${line}</tspan>`,
          )}</text>
          ${row.width > 0
            ? svg`<rect part="mark bar" class="bar k-${colorOf(row.key)}" x="0" y=${row.y} width=${row.width}
                height=${barHeight} rx="2"></rect>`
            : svg`<rect class="zero" x="0" y=${row.y} width="1" height=${barHeight}></rect>`}
          <text class="value" x=${row.valueX} y=${row.valueY} dominant-baseline="central">${row.valueLabel}</text>
        </g>`;
      })}
    </svg>`;
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
              <span class="swatch k-${choice.key}"></span>${choice.label}
              ${choice.valueLabel}
            </button>`,
        )}
      </div>
      ${geometry.reasons
        ? html`<div class="reasons" data-group=${geometry.reasons.group}>
            <p class="reasons-title">${geometry.reasons.title}</p>
            ${this.renderBars(geometry.reasons.bars, geometry.reasons.title, () => geometry.reasons!.group)}
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
        ? html`<svg part="svg" width=${geometry.bars.width} height="24" role="img" aria-label=${words.outcomes.whoTitle}>
              ${applicants.segments.map(
                (s) =>
                  svg`<rect part="mark segment" class="k-${s.key}" x=${s.x} y="0"
                    width=${Math.max(0, s.width - 1)} height="24"></rect>`,
              )}
            </svg>
            <ul class="legend" part="legend">
              ${applicants.parts.map(
                (p) =>
                  html`<li><span class="swatch k-${p.key}"></span>${p.label}
                    <span class="value">${p.valueLabel}</span></li>`,
              )}
              ${applicants.zeros.length
                ? html`<li class="zeros">${words.outcomes.zeroOthers(applicants.zeros.join(words.listSeparator))}</li>`
                : nothing}
            </ul>`
        : html`<p class="note">${words.outcomes.whoNoBreakdown}</p>`}`;
  }

  /** The application table in the layout of the national form. */
  private renderTable(apps: Applications, locale: Locale) {
    const words = MESSAGES[locale];
    const columns: Column[] = [...APPLICANT_COLUMNS, 'total'];
    const values = (row: Row | undefined): TableCell[] =>
      columns.map((column) => {
        const value = cell(row, column);
        return { text: value === undefined ? '—' : formatExact(value, locale) };
      });
    const outcomes = apps.outcomes ?? {};
    const outcomeRows: TableCell[][] = [];
    for (const group of OUTCOME_GROUPS) {
      const name = words.groupNumbers[group] + words.groups[group];
      if (!isReasonGroup(group)) {
        outcomeRows.push([{ text: name, header: 'row', colspan: 2 }, ...values(outcomes[group])]);
        continue;
      }
      REASONS[group].forEach((reason, i) => {
        const head: TableCell[] = i === 0 ? [{ text: name, header: 'rowgroup', rowspan: REASONS[group].length }] : [];
        const label = `${i + 1}. ${words.reasons[reason] ?? reason}`;
        outcomeRows.push([...head, { text: label, header: 'row' }, ...values(reasonRow(outcomes, group, reason))]);
      });
    }
    outcomeRows.push([{ text: words.rows.total, header: 'row', colspan: 2 }, ...values(outcomes.total)]);
    outcomeRows[0]!.unshift({ text: words.rows.outcomes, header: 'rowgroup', rowspan: outcomeRows.length });
    return renderTable({
      caption: words.outcomes.title,
      locale,
      head: [
        [
          { text: words.item, header: 'col', colspan: 3, rowspan: 3 },
          { text: words.applicants, header: 'colgroup', colspan: 7 },
        ],
        [
          { text: words.columns.naturalPerson, header: 'col', rowspan: 2 },
          { text: words.organisations, header: 'colgroup', colspan: 5 },
          { text: words.columns.total, header: 'col', rowspan: 2 },
        ],
        APPLICANT_COLUMNS.slice(1).map((c) => ({ text: words.columns[c], header: 'col' as const })),
      ],
      body: [
        [{ text: words.rows.received, header: 'row', colspan: 3 }, ...values(apps.received)],
        [{ text: words.rows.carriedOver, header: 'row', colspan: 3 }, ...values(apps.carriedOver)],
        ...outcomeRows,
        [{ text: words.rows.carriedForward, header: 'row', colspan: 3 }, ...values(apps.carriedForward)],
      ],
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-outcomes': DisclosureOutcomes;
  }
}
