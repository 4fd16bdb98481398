import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { COLLECTION_WORDS } from '../../i18n/collection.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { renderBars, renderFigures } from '../../internal/charts.js';
import { CollectionWidget } from '../../internal/collection-widget.js';
import type { LayoutSize } from '../../internal/measure-controller.js';
import type { Collection } from '../../report/collection.js';
import type { Report } from '../../report/types.js';
import { compareMarks, compareTables, layoutCompare, MEASURES, type CompareGeometry, type Measure } from './disclosure-compare.layout.js';

/** The colour of each measure's bars: the outcome and result colours they come from. */
const COLOR: Record<Measure, string> = { received: 'received', disclosureRate: 'disclosed', correctionRate: 'corrected' };

/**
 * How does this agency stand among its peers? One year's reports of many agencies (a county's
 * departments), ranked by requests received, disclosure rate (公开率) or correction rate
 * (纠错率), with the median as a reference line. Rates from fewer than 10 requests (or decided
 * cases) are muted and show their n. With many agencies the top, the bottom and the
 * highlighted agency are drawn and the rest are a click away; every agency is in the table.
 * Reports of different years are refused with a message naming them.
 *
 * The input is a collection: a JSON array of reports, or `{ "reports": [ … ] }` of reports or
 * URLs of report files. Script tag: the `disclosure-charts.collections.min.js` bundle.
 *
 * @tagname disclosure-compare
 * @summary Agencies side by side in one year.
 *
 * @attr highlight - The agency whose site this is, by its name in the reports: drawn in the accent colour, with its rank.
 * @attr sort - The measure agencies are ranked by: `received` (default), `disclosureRate` or `correctionRate`.
 *
 * @csspart mark - Each agency's bar.
 * @csspart sort - The control that chooses the measure.
 * @csspart more - The button that shows every agency, or the top few again.
 *
 * @cssproperty --dc-accent - The highlighted agency's colour (default a deep red).
 */
export class DisclosureCompare extends CollectionWidget<CompareGeometry> {
  static override properties: PropertyDeclarations = {
    highlight: {},
    sort: {},
    expanded: { state: true },
  };

  /** The agency whose site this is, by its name in the reports. */
  highlight?: string;

  /** The measure agencies are ranked by. */
  sort: Measure = 'received';

  /** Whether every agency is drawn, not only the top, the bottom and the highlighted one. */
  protected expanded = false;

  protected readonly section = 'compare';

  protected heading() {
    return COLLECTION_WORDS[this.locale.value].compare.title;
  }

  protected shown(collection: Collection): Report[] {
    return collection.reports;
  }

  protected override refuse(collection: Collection, locale: Locale) {
    const words = MESSAGES[locale];
    const years = new Map<number, string[]>();
    for (const r of collection.reports) years.set(r.year, [...(years.get(r.year) ?? []), r.agency.name]);
    if (years.size < 2) return undefined;
    const list = [...years].sort(([a], [b]) => a - b).map(([year, names]) => `${words.yearOf(year)}${locale === 'en' ? ': ' : '：'}${names.join(words.listSeparator)}`);
    return COLLECTION_WORDS[locale].compare.mixedYears(list.join(locale === 'en' ? '; ' : '；'));
  }

  protected override inputChanged(changed: PropertyValues<this>) {
    // Another ranking, another highlight, or the rows shown folded away: other marks, so the
    // walk starts again at the first (left at the 60th of all, the folded chart had no Tab stop).
    return super.inputChanged(changed) || changed.has('sort') || changed.has('highlight') || (changed as Map<PropertyKey, unknown>).has('expanded');
  }

  protected override missing(collection: Collection) {
    return collection.reports.length ? undefined : MESSAGES[this.locale.value].noData;
  }

  protected subtitle(collection: Collection, locale: Locale) {
    const year = collection.reports[0]?.year;
    return year === undefined ? undefined : html`<span class="nw">${COLLECTION_WORDS[locale].compare.year(MESSAGES[locale].yearOf(year), collection.reports.length)}</span>`;
  }

  protected fileName(collection: Collection | undefined) {
    return [collection?.reports[0]?.year ?? ''];
  }

  private ranking(): Measure {
    return MEASURES.includes(this.sort) ? this.sort : 'received';
  }

  protected layout(collection: Collection, size: LayoutSize) {
    return layoutCompare(collection.reports, { ...size, measure: this.ranking(), highlight: this.highlight, expanded: this.expanded });
  }

  protected renderChart(collection: Collection, g: CompareGeometry, locale: Locale) {
    const t = COLLECTION_WORDS[locale].compare;
    const what = t.measures[g.measure];
    const rows = g.bars.rows;
    const color = COLOR[g.measure];
    const median =
      g.medianX === undefined
        ? nothing
        : // Notches just above and below each bar: they cross no bar and no label.
          svg`<path class="median" aria-hidden="true" d=${rows
            .map((r) => `M${g.medianX!.toFixed(1)},${r.y - 5}v4M${g.medianX!.toFixed(1)},${r.y + g.bars.barHeight + 1}v4`)
            .join('')}></path>`;
    return html`
      ${renderFigures(g.figures, locale)}
      <fieldset class="sort" part="sort">
        <legend>${t.sortBy}</legend>
        ${MEASURES.map(
          (m) => html`<label
            ><input type="radio" name="sort" value=${m} .checked=${m === g.measure} @change=${() => (this.sort = m)} />${t.measures[m]}</label
          >`,
        )}
      </fieldset>
      ${g.medianLabel ? html`<p class="note">${t.medianNote(g.medianLabel)}</p>` : nothing}
      ${rows.length
        ? html`<div class="ranks">${renderBars(g.bars, {
            chart: 'ranks',
            label: t.chartLabel(what),
            nav: this.nav,
            colorOf: (_key, i) => (rows[i]!.highlight ? 'accent' : color),
            classOf: (i) => [rows[i]!.highlight ? 'highlight' : '', rows[i]!.small ? 'muted' : ''].join(' ').trim(),
            underlay: median,
          })}</div>`
        : nothing}
      ${rows.some((r) => r.small) ? html`<p class="note">${t.smallNote}</p>` : nothing}
      ${g.hidden || this.expanded
        ? html`<p class="note">${g.hidden ? t.hidden(g.hidden) : nothing}</p>
            <button type="button" class="more" part="more" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => (this.expanded = !this.expanded)}>
              ${this.expanded ? t.showTop : t.showAll(g.ranked.length)}
            </button>`
        : nothing}
      ${g.without.length ? html`<p class="note">${t.noValue(g.without.length, what)}</p>` : nothing}
      ${this.renderTables(locale, collection)}
    `;
  }

  protected marks(chart: string) {
    return this.geometry && compareMarks(this.geometry, chart);
  }

  protected tables(collection: Collection, locale: Locale) {
    return compareTables(this.geometry ?? layoutCompare(collection.reports, { width: 320, locale, measure: this.ranking() }), locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-compare': DisclosureCompare;
  }
}
