import { render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import type { MarkInfo } from '../layout/mark.js';
import type { TableSpec } from '../layout/table.js';
import type { DcSelectEvent } from '../events.js';
import { BaseElement } from './base-element.js';
import { MarkController } from './marks.js';
import { MeasureController, type LayoutSize } from './measure-controller.js';
import { renderTable } from './partials.js';

export type { LayoutSize } from './measure-controller.js';

/** What the base reads of a widget's geometry: its summary, and whether there is nothing to draw. */
interface Shown {
  summary?: string;
  /** Nothing happened this year (no requests, no cases): a sentence, no downloads. */
  nothing?: boolean;
}

/**
 * A chart widget: its input (one report's section, or a collection) laid out by a pure function at the width it has
 * (MeasureController), its marks reachable by keyboard and pointer (MarkController), its data
 * in a table in the layout of the national form. What a widget adds is data: its layout (the
 * geometry, with each mark's words and report cell), its tables, and the template that draws
 * them.
 */
export abstract class ChartElement<D, W, Geometry extends Shown = Shown> extends BaseElement<D, W> {
  static override properties: PropertyDeclarations = { tableOpen: { state: true } };

  protected readonly measure = new MeasureController(this);

  /** Keyboard, pointer and tooltip access to the marks of every chart. */
  protected readonly nav = new MarkController(this, (chart, index) => {
    const detail = this.marks(chart)?.[index]?.select;
    if (detail) this.dispatchEvent(new CustomEvent('dc-select', { bubbles: true, composed: true, detail }) as DcSelectEvent);
  });

  /** Whether the reader opened the data table; it stays open across redraws. */
  protected tableOpen = false;

  protected geometry?: Geometry;

  /** Pure layout of the report at the available width and the element's font size. */
  protected abstract layout(report: D, size: LayoutSize): Geometry;

  /** The chart and its table, from the geometry. */
  protected abstract renderChart(report: D, geometry: Geometry, locale: Locale): unknown;

  /** The marks of a chart of the current geometry, in the order drawn. */
  protected abstract marks(chart: string): readonly MarkInfo[] | undefined;

  /** Whether the input itself changed (not its language or size): the marks start again. */
  protected abstract inputChanged(changed: PropertyValues<this>): boolean;

  /** The data tables, as built for the table toggle. */
  protected abstract tables(report: D, locale: Locale): TableSpec[];

  private layoutSize(width: number) {
    return this.measure.layoutSize(width, this.locale.value, this.large);
  }

  protected override measureBox() {
    return this.measure.box;
  }

  protected override summary() {
    return this.geometry?.summary;
  }

  protected override downloadable() {
    return !!this.geometry && !this.geometry.nothing;
  }

  protected override prepare(changed: PropertyValues<this>) {
    this.geometry = undefined;
    if (this.inputChanged(changed)) this.nav.reset();
    const { view } = this;
    const width = this.measure.size?.width;
    if (view.status === 'ready' && width && !this.missing(view.report, MESSAGES[this.locale.value])) {
      // Chart text follows the element's font size, so browser text zoom, a site's font
      // size and the large mode all scale the charts, not only the HTML around them.
      this.geometry = this.layout(view.report, this.layoutSize(width));
    }
  }

  protected renderReport(report: D, locale: Locale) {
    return this.geometry ? [this.renderChart(report, this.geometry, locale), this.nav.renderTip()] : undefined;
  }

  /** @internal The data tables of what is shown, for the downloads. */
  exportTables(): TableSpec[] {
    // The data, as soon as the report is valid: before the first draw too (a report set a
    // moment ago), but not for a year with nothing in it.
    const state = this.data.state;
    return state.status === 'ready' && !this.geometry?.nothing ? this.tables(state.report, this.locale.value) : [];
  }

  /**
   * @internal The chart <svg>s with their names, for the downloads. Before the widget has
   * drawn at its width (the report was set a moment ago), the charts are drawn for the export
   * alone, out of sight in the shadow root so that its styles apply, at the host's width.
   */
  exportCharts(): { heading: string; svg: SVGSVGElement }[] {
    const state = this.data.state;
    let root: ParentNode = this.renderRoot;
    if (!this.geometry && state.status === 'ready' && !this.missing(state.report, MESSAGES[this.locale.value])) {
      root = this.renderRoot.appendChild(Object.assign(document.createElement('div'), { className: 'measure' }));
      const size = this.layoutSize(Math.max(320, this.clientWidth));
      render(this.renderChart(state.report, this.layout(state.report, size), size.locale), root as HTMLElement);
      queueMicrotask(() => (root as HTMLElement).remove());
    }
    return [...root.querySelectorAll<SVGSVGElement>('svg[part~=svg]')].map((svg) => ({
      heading: svg.getAttribute('aria-label') ?? '',
      svg,
    }));
  }

  /** The data table toggle; the tables are built only while it is open (or printed). */
  protected renderTables(locale: Locale, report: D) {
    // Opening the table for print is not the reader's choice: it is not remembered.
    const toggle = (open: boolean) => {
      if (!this.printing) this.tableOpen = open;
    };
    return renderTable(locale, this.tableOpen || this.printing, toggle, () => this.tables(report, locale));
  }
}
