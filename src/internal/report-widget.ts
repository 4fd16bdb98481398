import { html, LitElement, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MESSAGES, type Locale, type Messages } from '../i18n/messages.js';
import type { AccountWarning } from '../report/checks.js';
import type { Report } from '../report/types.js';
import type { DcSelectEvent, MarkSelection } from '../events.js';
import { chartsToSvg, download, fileName, svgToPng, tablesToCsv } from './export.js';
import { LocaleController } from './locale-controller.js';
import { MarkController } from './marks.js';
import {
  renderError,
  renderFrame,
  renderLoading,
  renderNotice,
  renderStatement,
  renderTable,
  type TableSpec,
} from './partials.js';
import { ReportController, type ReportState } from './report-controller.js';
import { charts, frame, tokens } from './styles.js';

/** The measure box's size: the room for charts and the font size, in px. */
/** What the base reads of a widget's geometry: its summary, and whether there is nothing to draw. */
interface Shown {
  summary?: string;
  /** Nothing happened this year (no requests, no cases): a sentence, no downloads. */
  nothing?: boolean;
}

interface Box {
  width: number;
  fontSize: number;
}

/** What a layout is given: the room, the language and the chart font size in px. */
export interface LayoutSize {
  width: number;
  locale: Locale;
  fontSize: number;
}

/**
 * What every widget shares: its inputs (`src`, `report`, inline JSON), its language, its
 * width, its states (loading, error, no data) and the accounting notice. A widget adds its
 * title, its pure layout and its chart.
 *
 * @attr lang - `en` for English; anything else, or none, is zh-CN. Inherited from the
 *   nearest ancestor with `lang` (usually <html>) and followed when it changes.
 *
 * @fires dc-load - The report was loaded and validated. `detail: { report, warnings }`.
 * @fires dc-error - The report could not be loaded or is invalid. `detail: { problems }`.
 * @fires dc-select - The reader chose a mark (click, tap, Enter or Space).
 *   `detail: { section, row, column, path, value, label }`.
 *
 * @csspart figure - The whole widget.
 * @csspart title - The visible title.
 * @csspart subtitle - Agency and year under the title.
 * @csspart summary - The one-sentence summary of the figures.
 * @csspart figures - The key figures.
 * @csspart svg - Each chart's <svg>.
 * @csspart mark - Every bar, segment and dot.
 * @csspart legend - A legend of direct labels.
 * @csspart notice - The notice shown when the accounting checks fail.
 * @csspart table-toggle - The <details> holding the data table.
 * @csspart table - The data table.
 * @csspart loading - The loading state.
 * @csspart empty - The no-data or nothing-this-year statement.
 * @csspart error - The error message shown in place of the chart.
 * @csspart tooltip - The tooltip of the mark under the pointer or with focus.
 * @csspart downloads - The download menu (data as CSV, chart as SVG and PNG).
 *
 * @cssproperty --dc-font - Font family (the page's own only where this says so).
 * @cssproperty --dc-font-size - Base text size (default: the reader's own, 16 px unless they chose larger; never the page's rem).
 * @cssproperty --dc-text - Text colour.
 * @cssproperty --dc-text-muted - Secondary text colour.
 * @cssproperty --dc-background - Background colour.
 * @cssproperty --dc-surface - Background of table headers and panels.
 * @cssproperty --dc-border - Border colour.
 * @cssproperty --dc-focus - Focus ring and link colour.
 * @cssproperty --dc-error - Error accent colour.
 * @cssproperty --dc-radius - Corner radius.
 * @cssproperty --dc-warning-surface - Background of the accounting notice.
 * @cssproperty --dc-warning-border - Border of the accounting notice.
 * @cssproperty --dc-on-strong - Text on dark-toned segments (light theme).
 * @cssproperty --dc-on-soft - Text on mid-toned segments (light theme).
 */
export abstract class ReportWidget<Geometry extends Shown = Shown> extends LitElement {
  static override styles = [tokens, frame, charts];

  /**
   * Lit's reactive properties, declared here rather than with decorators: the decorators'
   * runtime and tsc's __decorate helper cost about 0.7 KB gzip in a bundle with a 35 KB budget.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    report: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    hideChecks: { type: Boolean, attribute: 'hide-checks' },
    large: { type: Boolean, reflect: true },
    theme: { reflect: true },
    hideDownloads: { type: Boolean, attribute: 'hide-downloads' },
    from: {},
    verbose: { type: Boolean },
    printing: { state: true },
    tableOpen: { state: true },
  };

  /** URL of the report JSON, resolved against the page. */
  src?: string;

  /** The report as an object; takes precedence over `src` and inline JSON. */
  report?: unknown;

  /** Level of the title heading (1–6), to fit the page's outline. */
  headingLevel = 2;

  /** Milliseconds to wait for `src` before giving up (default 15000). */
  timeout?: number;

  /** Hide the accounting-check notice (<disclosure-report> shows all checks in one place). */
  hideChecks = false;

  /**
   * Elder-friendly large mode (适老化): larger text and marks, every target at least 44 px.
   * A site's 适老 toolbar sets this attribute.
   */
  large = false;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** Hide the download menu (data as CSV, chart as SVG and PNG). */
  hideDownloads = false;

  /**
   * Read the report from this page: a CSS selector of the element holding it (`#zoom`), or
   * empty for the page's main content. Needs the page reader (the `disclosure-charts.page.min.js`
   * bundle, or `import 'disclosure-charts/from'`). Only the sections read in full are drawn; on
   * a page that is not a report the element shows nothing and takes no room.
   */
  from?: string | null;

  /** With `from`: show what the parser could not read, under the charts (for the webmaster). */
  verbose = false;

  /** True while the page is being printed: tables open, controls gone. */
  protected printing = false;

  protected readonly locale = new LocaleController(this);
  protected readonly data = new ReportController(this, () => this.locale.value);
  /**
   * An empty box as wide as the charts may be, whose height never changes. Observing it
   * rather than the host (whose height changes with every redraw) keeps ResizeObserver from
   * reporting a loop error on the host page. It is made here, not in render(), so that it is
   * observed from the start and its first size never schedules an extra update.
   */
  private readonly measure = Object.assign(document.createElement('div'), { className: 'measure' });
  /**
   * Watches the measure box. The box is 1em tall: its height is the font size, read without
   * forcing a style recalc (getComputedStyle in every widget's update cost 100 widgets a
   * recalc each). A plain ResizeObserver rather than Lit's ResizeController: the same few
   * lines, without its ~0.5 KB gzip in a bundle with a 35 KB budget.
   */
  private readonly observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.box = { width: entry.contentRect.width, fontSize: entry.contentRect.height };
    this.requestUpdate();
  });
  private box?: Box;

  /** Keyboard, pointer and tooltip access to the marks of every chart. */
  protected readonly nav = new MarkController(this, (chart, key) => this.select(chart, key));

  /** Whether the reader opened the data table; it stays open across redraws. */
  protected tableOpen = false;

  protected view: ReportState = { status: 'none' };
  protected geometry?: Geometry;
  private failure?: unknown;

  /** Path prefixes of the accounting checks this widget's figures take part in. */
  protected abstract readonly checkPaths: readonly string[];

  /** The widget's title. */
  protected abstract heading(words: Messages): string;

  /** A statement when the report lacks this widget's section; `undefined` when it has it. */
  protected abstract missing(report: Report, words: Messages): string | undefined;

  /** Pure layout of the report at the available width and the element's font size. */
  protected abstract layout(report: Report, size: LayoutSize): Geometry;

  /** The chart and its table, from the geometry. */
  protected abstract renderChart(report: Report, geometry: Geometry, locale: Locale): unknown;

  /** The report section this widget shows, for file names and `dc-select`. */
  protected abstract readonly section: string;

  /** What a mark stands for, for `dc-select`; `undefined` for a mark that is not a value. */
  protected abstract selection(chart: string, key: string, report: Report): MarkSelection | undefined;

  /** The data tables, as built for the table toggle. */
  protected abstract tables(report: Report, locale: Locale): TableSpec[];

  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    // The notice names each failed figure in words; whoever fixes the data gets the paths
    // (also in dc-load's detail): the checks this widget shows, unless it hides them.
    this.addEventListener('dc-load', ({ detail }) => {
      const own = this.warnings(detail.warnings);
      if (own.length && !this.hideChecks) console.warn('disclosure-charts: figures that do not add up', own);
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.observer.observe(this.measure);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** A `dc-select` detail for a value of this widget's section. */
  protected mark(row: string, column: string, value: number | undefined, label: string, path = `${this.section}.${row}.${column}`): MarkSelection {
    return { section: this.section, row, column, path, value, label };
  }

  private select(chart: string, key: string) {
    const detail = this.view.status === 'ready' ? this.selection(chart, key, this.view.report) : undefined;
    if (detail) this.dispatchEvent(new CustomEvent('dc-select', { bubbles: true, composed: true, detail }) as DcSelectEvent);
  }

  /**
   * The size a layout is given. Chart text a step below the body's; in large mode (适老化) the
   * body's own size, 18 px or more.
   */
  private layoutSize(width: number): LayoutSize {
    const fontSize = (this.large ? 1 : 0.875) * (this.box?.fontSize || 16);
    return { width: Math.max(120, width), locale: this.locale.value, fontSize };
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

  /** The data shown, as CSV (UTF-8 with BOM; the national form's row and column names). */
  toCSV(): string {
    return tablesToCsv(this.exportTables());
  }

  /** The charts as one standalone SVG document. */
  toSVG(): string {
    const width = Math.max(320, ...this.exportCharts().map((c) => Number(c.svg.getAttribute('width')) || 0));
    return new XMLSerializer().serializeToString(chartsToSvg(this.heading(MESSAGES[this.locale.value]), this.exportCharts(), width));
  }

  /** The charts as a PNG image (twice the screen's pixel size). */
  toPNG(): Promise<Blob | null> {
    const width = Math.max(320, ...this.exportCharts().map((c) => Number(c.svg.getAttribute('width')) || 0));
    return svgToPng(chartsToSvg(this.heading(MESSAGES[this.locale.value]), this.exportCharts(), width));
  }

  private async save(format: 'csv' | 'svg' | 'png') {
    if (this.view.status !== 'ready') return;
    const { agency, year } = this.view.report;
    const name = fileName([agency.name, year, this.section], format);
    if (format === 'csv') download(name, new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' }));
    else if (format === 'svg') download(name, new Blob([this.toSVG()], { type: 'image/svg+xml' }));
    else {
      const png = await this.toPNG();
      if (png) download(name, png);
    }
  }

  private renderDownloads(locale: Locale) {
    if (this.hideDownloads || this.view.status !== 'ready' || !this.geometry || this.geometry.nothing) return undefined;
    const words = MESSAGES[locale];
    return html`<details class="downloads" part="downloads">
      <summary>${words.download}</summary>
      <div class="menu">
        <button type="button" @click=${() => this.save('csv')}>${words.downloadCsv}</button>
        <button type="button" @click=${() => this.save('svg')}>${words.downloadSvg}</button>
        <button type="button" @click=${() => this.save('png')}>${words.downloadPng}</button>
      </div>
    </details>`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.failure = undefined;
    this.geometry = undefined;
    if (changed.has('report') || changed.has('src')) this.nav.reset();
    try {
      this.view = this.data.state;
      const { view, box } = this;
      // Read from a page: nothing at all, not even room, unless the report (or this widget's
      // section of it) was read; the webmaster's `verbose` shows why.
      if (this.from != null) this.hidden = !this.verbose && (view.status !== 'ready' || !!this.data.page()?.unread.includes(this.section));
      if (view.status === 'ready' && box?.width && !this.missing(view.report, MESSAGES[this.locale.value])) {
        // Chart text follows the element's font size, so browser text zoom, a site's font
        // size and the large mode all scale the charts, not only the HTML around them.
        this.geometry = this.layout(view.report, this.layoutSize(box.width));
      }
    } catch (error) {
      // Never throw into the host page: say so in place of the chart instead.
      this.failure = error;
      console.error('disclosure-charts:', error);
    }
  }

  /** The data table toggle; the tables are built only while it is open (or printed). */
  protected renderTables(locale: Locale, report: Report) {
    // Opening the table for print is not the reader's choice: it is not remembered.
    const toggle = (open: boolean) => {
      if (!this.printing) this.tableOpen = open;
    };
    return renderTable(locale, this.tableOpen || this.printing, toggle, () => this.tables(report, locale));
  }

  /** The warnings of the checks this widget's figures take part in. */
  protected warnings(all: readonly AccountWarning[]): AccountWarning[] {
    return all.filter((w) => this.checkPaths.some((prefix) => w.path.startsWith(prefix)));
  }

  protected override render() {
    const locale = this.locale.value;
    const words = MESSAGES[locale];
    const { view } = this;
    const report = view.status === 'ready' ? view.report : undefined;
    let body: unknown;
    try {
      if (this.failure) body = renderError([{ path: '', expected: '', found: '', message: words.internal }], locale);
      else if (view.status === 'loading') body = renderLoading(locale);
      else if (view.status === 'error') body = renderError(view.problems, locale);
      else if (view.status === 'none') body = renderStatement(words.noData);
      else {
        const missing = this.missing(view.report, words);
        body = missing
          ? renderStatement(missing)
          : [
              this.hideChecks ? undefined : renderNotice(this.warnings(view.warnings), locale),
              this.geometry ? this.renderChart(view.report, this.geometry, locale) : undefined,
            ];
      }
    } catch (error) {
      console.error('disclosure-charts:', error);
      body = renderError([{ path: '', expected: '', found: '', message: words.internal }], locale);
    }
    return renderFrame({
      measure: this.measure,
      title: this.heading(words),
      // The agency's name is Chinese in a widget of any language.
      subtitle: report ? html`<span lang="zh-CN">${report.agency.name}</span> · <span class="nw">${words.yearOf(report.year)}</span>` : undefined,
      locale,
      summary: this.geometry?.summary || undefined,
      headingLevel: this.headingLevel,
      busy: view.status === 'loading',
      body: [body, this.verbose ? this.data.page()?.note(locale) : undefined, this.renderDownloads(locale), this.nav.renderTip()],
    });
  }
}
