import { html, nothing, svg } from 'lit';
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale, type Messages } from '../../i18n/messages.js';
import { chartSvg, keep, lines, renderBars, renderFigures, renderLegend, renderStack, zhLang, type Tile } from '../../internal/charts.js';
import type { TableCell, TableSpec } from '../../internal/partials.js';
import { ReportWidget, type LayoutSize } from '../../internal/report-widget.js';
import type { MarkSelection } from '../../events.js';
import { formatPercent } from '../../layout/format.js';
import type { Report } from '../../report/types.js';
import { hasTraffic, layoutTraffic, type AccountMetric, type AccountsGeometry, type TrafficGeometry } from './site-traffic.layout.js';

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

  protected missing(report: Report, words: Messages) {
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
    const describeCategory = (key: string) => {
      const c = g.categories!.items.find((item) => item.key === key)!;
      return words.announce(c.label, exactCount(c.count, locale, 'items'), formatPercent(c.count / (g.categories!.total || 1), locale));
    };
    const accounts = report.platforms?.newMedia ?? [];
    const describeAccount = (pick: AccountMetric, i: number) => {
      const metric = pick === 'posts' ? t.postsTitle : t.followersTitle;
      return words.announce(`${g.accounts!.rows[i]!.label} · ${metric}`, exactCount(accounts[i]?.[pick], locale, pick === 'posts' ? 'items' : 'none'));
    };
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
              describe: describeCategory,
            })}
            ${g.categories.bars
              ? html`<div class="ranked">
                  ${renderBars(g.categories.bars, { chart: 'ranked', label: t.categoriesTitle, nav: this.nav, colorOf, describe: describeCategory })}
                </div>`
              : renderLegend(g.categories.items.map((c) => ({ key: c.key, label: c.label, valueLabel: c.valueLabel, color: c.color })), locale)}`
        : nothing}
      ${g.accounts
        ? html`<h3>${t.accountsTitle}</h3>
            ${g.accounts.line ? html`<p>${keep(g.accounts.line, locale)}</p>` : this.renderAccounts(g.accounts, describeAccount)}`
        : nothing}
      ${this.renderTables(locale, report)}
    `;
  }

  /**
   * One row per account: its name across the width, then followers and posts side by side,
   * each bar on its own metric's scale, in one neutral colour that no category uses.
   */
  private renderAccounts(a: AccountsGeometry, describe: (metric: AccountMetric, i: number) => string) {
    const label = MESSAGES[this.locale.value].traffic.accountsTitle;
    const rows = a.rows.map(
      (row, i) => svg`<g class="row" data-key=${row.key}><text class="label" x="0" y=${row.labelY} lang=${zhLang(row.label)} aria-hidden="true">${row.lines.length > 1 ? lines(row.lines) : row.lines[0]}</text>
        ${a.columns.map(({ metric, x, width }) => {
          const bar = row[metric]!;
          return svg`<g transform="translate(${x} 0)">
            <rect part=${bar.width ? 'mark bar' : nothing} class=${bar.width ? 'bar k-account' : 'zero'} x="0" y=${row.y} width=${bar.width || 1} height=${a.barHeight} rx=${bar.width ? 2 : 0}></rect>
            <text class="value" x=${bar.valueX} y=${row.y + a.barHeight / 2} dominant-baseline="central" aria-hidden="true">${bar.valueLabel}</text>
            <rect class="hit" x="0" y=${row.top} width=${width} height=${row.bottom - row.top} data-chart=${metric} data-index=${i}
              tabindex=${this.nav.tabIndex(metric, i)} role="img" aria-label=${describe(metric, i)}></rect>
          </g>`;
        })}</g>`,
    );
    const heads = a.columns.map((c) => svg`<text class="head" x=${c.x} y=${a.fontSize} aria-hidden="true">${c.label}</text>`);
    return chartSvg({ chart: 'accounts', label, nav: this.nav, describe: () => '' }, a.width, a.height, a.fontSize, [heads, rows]);
  }

  protected readonly section = 'platforms';

  protected selection(chart: string, key: string, report: Report): MarkSelection | undefined {
    const platforms = report.platforms ?? {};
    if (chart === 'categories' || chart === 'ranked') {
      const item = this.geometry?.categories?.items.find((c) => c.key === key);
      const index = platforms.website?.breakdown?.findIndex((b) => b.label === item?.label && b.count === item?.count) ?? -1;
      if (!item || index < 0) return undefined;
      return this.mark(`website.breakdown[${index}]`, 'count', item.count, item.label);
    }
    if (chart === 'followers' || chart === 'posts') {
      const index = Number(key.slice(1));
      const account = platforms.newMedia?.[index];
      if (!account) return undefined;
      return this.mark(`newMedia[${index}]`, chart, account[chart], account.name);
    }
    return undefined;
  }

  protected tables(report: Report, locale: Locale): TableSpec[] {
    const t = MESSAGES[locale].traffic;
    const website = report.platforms?.website;
    const accounts = report.platforms?.newMedia ?? [];
    const n = (value: number | undefined) => (value === undefined ? '—' : exactCount(value, locale, 'none'));
    const tables: TableSpec[] = [];
    if (website) {
      const breakdown = website.breakdown ?? [];
      tables.push({
        caption: website.name ?? t.website,
        head: [[{ text: t.item, header: 'col', colspan: 2 }, { text: t.value, header: 'col' }]],
        body: [
          [{ text: t.pageViews, header: 'row', colspan: 2 }, { text: n(website.pageViews) }],
          [{ text: t.published, header: 'row', colspan: 2 }, { text: n(website.published) }],
          ...breakdown.map((b, i): TableCell[] => [
            ...(i === 0 ? [{ text: t.category, header: 'rowgroup' as const, rowspan: breakdown.length }] : []),
            { text: b.label, header: 'row' },
            { text: n(b.count) },
          ]),
        ],
      });
    }
    if (accounts.length)
      tables.push({
        caption: t.accountsTitle,
        head: [[t.account, t.platformName, t.postsTitle, t.followersTitle].map((text) => ({ text, header: 'col' as const }))],
        body: accounts.map((a) => [
          { text: a.name, header: 'row' },
          { text: a.platform ? t.platform[a.platform] ?? a.platform : '—' },
          { text: n(a.posts) },
          { text: n(a.followers) },
        ]),
      });
    return tables;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-traffic': SiteTraffic;
  }
}
