import { html, nothing } from 'lit';
import { exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { renderDots, renderFigures } from '../../internal/charts.js';
import type { TableCell, TableSpec } from '../../internal/partials.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import type { MarkSelection } from '../../events.js';
import { formatDecimal } from '../../layout/format.js';
import type { Report } from '../../report/types.js';
import { hasProactive, layoutEnforcement, type EnforcementGeometry } from './enforcement-counts.layout.js';

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

  protected missing(report: Report, words: Messages) {
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
              describe: (key) => {
                const row = d.rows.find((r) => r.key === key)!;
                return MESSAGES[locale].announce(row.label, row.valueLabel);
              },
            })}`
        : nothing}
      ${g.fees ? html`<h3>${e.fees}</h3>${renderFigures([{ key: 'fees', label: e.feesNote, value: g.fees }], locale)}` : nothing}
      ${this.renderTables(locale, report)}
    `;
  }

  protected readonly section = 'proactive';

  protected selection(chart: string, key: string, report: Report): MarkSelection | undefined {
    if (chart !== 'decisions') return undefined;
    const decision = key as 'licensing' | 'penalties' | 'coercion';
    return this.mark(decision, 'decisions', report.proactive?.[decision], MESSAGES[this.locale.value].enforcement[decision], `proactive.${decision}`);
  }

  /** Section 二 in the layout of the national form. */
  protected tables(report: Report, locale: Locale): TableSpec[] {
    const e = MESSAGES[locale].enforcement;
    const p = report.proactive ?? {};
    const n = (value: number | undefined) => ({ text: value === undefined ? '—' : exactCount(value, locale, 'none') });
    const sectionRow = (text: string, span: number): TableCell[] => [{ text, header: 'colgroup', colspan: span }];
    const body: TableCell[][] = [
      sectionRow(e.section1, 4),
      [{ text: e.content, header: 'col' }, ...[e.issued, e.repealed, e.inForce].map((text) => ({ text, header: 'col' as const }))],
      ...(['rules', 'normativeDocuments'] as const).map((key): TableCell[] => [
        { text: e[key], header: 'row' },
        n(p[key]?.issued),
        n(p[key]?.repealed),
        n(p[key]?.inForce),
      ]),
      sectionRow(e.section5, 4),
      [{ text: e.content, header: 'col' }, { text: e.decisions, header: 'col', colspan: 3 }],
      [{ text: e.licensing, header: 'row' }, { ...n(p.licensing), colspan: 3 }],
      sectionRow(e.section6, 4),
      [{ text: e.content, header: 'col' }, { text: e.decisions, header: 'col', colspan: 3 }],
      [{ text: e.penalties, header: 'row' }, { ...n(p.penalties), colspan: 3 }],
      [{ text: e.coercion, header: 'row' }, { ...n(p.coercion), colspan: 3 }],
      sectionRow(e.section8, 4),
      [{ text: e.content, header: 'col' }, { text: e.amount, header: 'col', colspan: 3 }],
      [{ text: e.fees, header: 'row' }, { text: p.fees === undefined ? '—' : formatDecimal(p.fees, locale), colspan: 3 }],
    ];
    return [{ caption: e.title, head: [], body }];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'enforcement-counts': EnforcementCounts;
  }
}
