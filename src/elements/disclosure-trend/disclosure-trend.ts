import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { COLLECTION_WORDS } from '../../i18n/collection.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { renderBars, renderFigures, renderLegend, tone } from '../../internal/charts.js';
import { renderLines } from '../../internal/collection-charts.js';
import { CollectionWidget } from '../../internal/collection-widget.js';
import type { LayoutSize } from '../../internal/measure-controller.js';
import { formatPercent } from '../../layout/format.js';
import { byAgency, type Collection } from '../../report/collection.js';
import type { Report } from '../../report/types.js';
import { CASE_RESULTS, OUTCOME_GROUPS } from '../../report/vocabulary.js';
import { RESULT_COLOR } from '../review-litigation/review-litigation.layout.js';
import { layoutTrend, MAX_YEARS, trendMarks, trendTables, type TrendGeometry } from './disclosure-trend.layout.js';

/**
 * Is it getting better? One agency over the years (2 to 15 drawn; earlier years in the table):
 * requests new and carried over, the disclosure and correction rates on their own 0–100%
 * scale, how requests were answered, and reviews and lawsuits, each year by year. A year
 * without a report is a gap, never a zero. Checks each year against the year before (check 6:
 * 上年结转 against 结转下年度, the normative documents in force) and names both years of a
 * mismatch.
 *
 * The input is a collection: a JSON array of reports, or `{ "reports": [ … ] }` of reports or
 * URLs of report files. Script tag: the `disclosure-charts.collections.min.js` bundle.
 *
 * @tagname disclosure-trend
 * @summary One agency's reports over the years.
 *
 * @attr agency - The agency to draw, by its name in the reports, when the collection holds several.
 *
 * @csspart mark - Each year's bar and each rate's point.
 */
export class DisclosureTrend extends CollectionWidget<TrendGeometry> {
  static override properties: PropertyDeclarations = { agency: {} };

  /** The agency to draw, by its name in the reports, when the collection holds several. */
  agency?: string;

  protected readonly section = 'trend';

  protected heading() {
    return COLLECTION_WORDS[this.locale.value].trend.title;
  }

  protected shown(collection: Collection): Report[] {
    const agencies = byAgency(collection.reports);
    if (this.agency) return agencies.get(this.agency) ?? [];
    return agencies.size === 1 ? [...agencies.values()][0]! : [];
  }

  protected override refuse(collection: Collection, locale: Locale) {
    const t = COLLECTION_WORDS[locale].trend;
    const agencies = byAgency(collection.reports);
    if (this.agency) return agencies.has(this.agency) ? undefined : t.noAgency(this.agency);
    return agencies.size > 1 ? t.manyAgencies([...agencies.keys()].join(MESSAGES[locale].listSeparator)) : undefined;
  }

  protected override inputChanged(changed: PropertyValues<this>) {
    // Another agency's years are other marks: a walk left at its last year would leave a chart
    // with no mark that Tab reaches.
    return super.inputChanged(changed) || changed.has('agency');
  }

  protected override missing(collection: Collection) {
    return this.shown(collection).length < 2 ? COLLECTION_WORDS[this.locale.value].trend.needTwo : undefined;
  }

  protected subtitle(collection: Collection, locale: Locale) {
    const reports = this.shown(collection);
    if (!reports.length) return undefined;
    const words = MESSAGES[locale];
    const years = reports.slice(-MAX_YEARS);
    return html`<span lang="zh-CN">${reports[0]!.agency.name}</span> ·
      <span class="nw">${COLLECTION_WORDS[locale].trend.years(words.yearOf(years[0]!.year), words.yearOf(years.at(-1)!.year))}</span>`;
  }

  protected fileName(collection: Collection | undefined) {
    const reports = collection ? this.shown(collection) : [];
    return [reports[0]?.agency.name ?? '', reports.length ? `${reports[0]!.year}-${reports.at(-1)!.year}` : ''];
  }

  protected layout(collection: Collection, size: LayoutSize) {
    return layoutTrend(this.shown(collection), size);
  }

  protected renderChart(collection: Collection, g: TrendGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const t = COLLECTION_WORDS[locale].trend;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    const title = (text: string) => html`<div class="chart-title" role="heading" aria-level=${level}>${text}</div>`;
    const access = (chart: string, label: string) => ({ chart, label: `${label} · ${g.agency}`, nav: this.nav });
    const last = g.ratePoints.length ? g.years : [];
    const latest = (key: 'disclosureRate' | 'correctionRate') => [...last].reverse().find((y) => y[key] !== undefined)?.[key];
    return html`
      ${renderFigures(g.figures, locale)}
      ${title(t.requestsTitle)}
      ${renderBars(g.requests, access('requests', t.requestsTitle))}
      ${renderLegend(
        [
          { key: 'received', label: t.received, valueLabel: '' },
          { key: 'carried-over', label: t.carriedOver, valueLabel: '' },
        ],
        locale,
      )}
      ${g.gaps.length ? html`<p class="note">${t.gapNote(g.gaps.map((y) => words.yearOf(y)).join(words.listSeparator))}</p>` : nothing}
      ${g.rates
        ? html`${title(t.ratesTitle)}
            ${renderLines(g.rates, g.ratePoints, { ...access('rates', t.ratesTitle), colorOf: (s) => (s === 'disclosureRate' ? 'disclosed' : 'corrected') })}
            ${renderLegend(
              g.rates.series.map((s) => {
                const value = latest(s.key);
                return { key: s.key, color: s.key === 'disclosureRate' ? 'disclosed' : 'corrected', label: s.label, valueLabel: value === undefined ? '' : formatPercent(value, locale) };
              }),
              locale,
            )}`
        : nothing}
      ${g.outcomes
        ? html`${title(t.outcomesTitle)} ${renderBars(g.outcomes, access('outcomes', t.outcomesTitle))}
            ${renderLegend(OUTCOME_GROUPS.map((k) => ({ key: k, color: tone(k), label: words.groups[k], valueLabel: '' })), locale)}`
        : nothing}
      ${g.cases
        ? html`${title(t.casesTitle)} ${renderBars(g.cases, access('cases', t.casesTitle))}
            ${renderLegend(CASE_RESULTS.map((r) => ({ key: r, color: RESULT_COLOR[r], label: words.review.results[r], valueLabel: '' })), locale)}`
        : nothing}
      ${g.earlier ? html`<p class="note">${t.earlier(g.earlier, words.yearOf(g.all[0]!.year))}</p>` : nothing}
      ${this.renderTables(locale, collection)}
    `;
  }

  protected marks(chart: string) {
    return this.geometry && trendMarks(this.geometry, chart);
  }

  protected tables(collection: Collection, locale: Locale) {
    return trendTables(this.geometry ?? layoutTrend(this.shown(collection), { width: 320, locale }), locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-trend': DisclosureTrend;
  }
}
