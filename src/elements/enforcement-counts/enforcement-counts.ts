import { html, nothing } from 'lit';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { renderDots, renderFigures } from '../../internal/charts.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import type { Report } from '../../report/types.js';
import { enforcementMarks, enforcementTables, hasProactive, layoutEnforcement, type EnforcementGeometry } from './enforcement-counts.layout.js';

/**
 * What the agency decided and collected this year (section 二): rules and normative documents
 * as a stock and a flow, licensing, penalty and coercion decisions on a log scale so that 63
 * and 693,957 both stay readable, and fee income in 万元 apart from the counts.
 *
 * @tagname enforcement-counts
 * @summary Rules, decisions and fees made public.
 *
 * @csspart dot - A decision's dot on the log scale (also `mark`).
 * @csspart axis - The log axis.
 */
export class EnforcementCounts extends ReportWidget<EnforcementGeometry> {
  protected readonly checkPaths = ['proactive'];

  protected heading(words: Messages) {
    return words.enforcement.title;
  }

  protected override missing(report: Report, words: Messages) {
    return hasProactive(report.proactive) ? undefined : words.enforcement.empty;
  }

  protected layout(report: Report, size: LayoutSize) {
    return layoutEnforcement(report.proactive!, { ...size, year: report.year });
  }

  protected renderChart(report: Report, g: EnforcementGeometry, locale: Locale) {
    const e = MESSAGES[locale].enforcement;
    const d = g.decisions;
    return html`
      ${g.stocks.length
        ? html`<h3>${e.stockTitle}</h3>
            ${renderFigures(
              g.stocks.map((s) => ({ key: s.key, label: `${s.label} · ${e.inForce}`, value: s.inForce, note: s.flow })),
              locale,
            )}`
        : nothing}
      ${d
        ? html`<h3>${e.decisionsTitle}</h3>
            <p class="note">${e.decisionsNote}</p>
            ${renderDots(d, {
              chart: 'decisions',
              label: e.decisionsTitle,
              nav: this.nav,
            })}`
        : nothing}
      ${g.fees ? html`<h3>${e.fees}</h3>${renderFigures([{ key: 'fees', label: e.feesNote, value: g.fees }], locale)}` : nothing}
      ${this.renderTables(locale, report)}
    `;
  }

  protected readonly section = 'proactive';

  protected marks(chart: string) {
    return this.geometry && enforcementMarks(this.geometry, chart);
  }

  protected tables(report: Report, locale: Locale) {
    return enforcementTables(report.proactive ?? {}, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'enforcement-counts': EnforcementCounts;
  }
}
