import { html, nothing, svg } from 'lit';
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { chartSvg, keep, lines, renderBars, renderFigures, renderLegend, renderStack, zhLang, type Tile } from '../../internal/charts.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import type { Report } from '../../report/types.js';
import { hasTraffic, layoutTraffic, trafficMarks, trafficTables, type AccountsGeometry, type TrafficGeometry } from './site-traffic.layout.js';

/**
 * How much the agency published on its website and new-media accounts, and how many read
 * it: page views, items published and their make-up by category, and each account's posts
 * and followers (figures given in 一、总体情况 of the annual report).
 *
 * @tagname site-traffic
 * @summary Website and new-media figures.
 *
 * @csspart bar - A bar of the category or account charts (also `mark`).
 * @csspart segment - A segment of the category bar (also `mark`).
 *
 * @cssproperty --dc-color-category-1 - First category colour (six in turn).
 * @cssproperty --dc-color-category-2 - Second category colour.
 * @cssproperty --dc-color-category-3 - Third category colour.
 * @cssproperty --dc-color-category-4 - Fourth category colour.
 * @cssproperty --dc-color-category-5 - Fifth category colour.
 * @cssproperty --dc-color-category-6 - Sixth category colour.
 * @cssproperty --dc-color-category-other-dark - The "other" category after a mid-toned one.
 * @cssproperty --dc-color-category-other-mid - The "other" category after a dark-toned one.
 * @cssproperty --dc-color-account - The bars of new-media accounts (one neutral colour).
 */
export class SiteTraffic extends ReportWidget<TrafficGeometry> {
  protected readonly checkPaths = ['platforms'];

  protected heading(words: Messages) {
    return words.traffic.title;
  }

  protected override missing(report: Report, words: Messages) {
    return hasTraffic(report.platforms) ? undefined : words.traffic.empty;
  }

  protected layout(report: Report, size: LayoutSize) {
    return layoutTraffic(report.platforms!, { ...size, year: report.year });
  }

  protected renderChart(report: Report, g: TrafficGeometry, locale: Locale) {
    const words = MESSAGES[locale];
    const t = words.traffic;
    const tiles: Tile[] = [];
    if (g.pageViews !== undefined)
      tiles.push({ key: 'pageViews', label: t.pageViews, value: compactCount(g.pageViews, locale, 'times'), note: exactCount(g.pageViews, locale, 'times') });
    if (g.published !== undefined)
      tiles.push({ key: 'published', label: t.published, value: exactCount(g.published, locale, 'items') });
    if (g.followers !== undefined)
      tiles.push({ key: 'followers', label: t.followers, value: compactCount(g.followers, locale, 'none'), note: t.followersNote(g.accountCount) });
    const colorOf = (key: string) => g.categories?.items.find((c) => c.key === key)?.color ?? 'category-other-dark';
    return html`
      ${renderFigures(tiles, locale)}
      ${g.categories
        ? html`<h3>${t.categoriesTitle}</h3>
            <p class="note">${t.categoriesNote(exactCount(g.categories.total, locale, 'items'))}</p>
            ${renderStack(g.categories.segments, {
              chart: 'categories',
              label: t.categoriesTitle,
              nav: this.nav,
              width: g.categories.width,
              fontSize: g.fontSize,
              colorOf,
            })}
            ${g.categories.bars
              ? html`<div class="ranked">
                  ${renderBars(g.categories.bars, { chart: 'ranked', label: t.categoriesTitle, nav: this.nav, colorOf })}
                </div>`
              : renderLegend(g.categories.items.map((c) => ({ key: c.key, label: c.label, valueLabel: c.valueLabel, color: c.color })), locale)}`
        : nothing}
      ${g.accounts
        ? html`<h3>${t.accountsTitle}</h3>
            ${g.accounts.line ? html`<p>${keep(g.accounts.line, locale)}</p>` : this.renderAccounts(g.accounts)}`
        : nothing}
      ${this.renderTables(locale, report)}
    `;
  }

  /**
   * One row per account: its name across the width, then followers and posts side by side,
   * each bar on its own metric's scale, in one neutral colour that no category uses.
   */
  private renderAccounts(a: AccountsGeometry) {
    const label = MESSAGES[this.locale.value].traffic.accountsTitle;
    const rows = a.rows.map(
      (row, i) => svg`<g class="row" data-key=${row.key}><text class="label" x="0" y=${row.labelY} lang=${zhLang(row.label)} aria-hidden="true">${row.lines.length > 1 ? lines(row.lines) : row.lines[0]}</text>
        ${a.columns.map(({ metric, x, width }) => {
          const bar = row[metric]!;
          return svg`<g transform="translate(${x} 0)">
            <rect part=${bar.width ? 'mark bar' : nothing} class=${bar.width ? 'bar k-account' : 'zero'} x="0" y=${row.y} width=${bar.width || 1} height=${a.barHeight} rx=${bar.width ? 2 : 0}></rect>
            <text class="value" x=${bar.valueX} y=${row.y + a.barHeight / 2} dominant-baseline="central" aria-hidden="true">${bar.valueLabel}</text>
            <rect class="hit" x="0" y=${row.top} width=${width} height=${row.bottom - row.top} data-chart=${metric} data-index=${i}
              tabindex=${this.nav.tabIndex(metric, i)} role="img" aria-label=${bar.announce}></rect>
          </g>`;
        })}</g>`,
    );
    const heads = a.columns.map((c) => svg`<text class="head" x=${c.x} y=${a.fontSize} aria-hidden="true">${c.label}</text>`);
    return chartSvg({ chart: 'accounts', label, nav: this.nav }, a.width, a.height, a.fontSize, [heads, rows]);
  }

  protected readonly section = 'platforms';

  protected marks(chart: string) {
    return this.geometry && trafficMarks(this.geometry, chart);
  }

  protected tables(report: Report, locale: Locale) {
    return trafficTables(report.platforms ?? {}, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-traffic': SiteTraffic;
  }
}
