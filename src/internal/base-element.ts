import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MESSAGES, type Locale, type Messages } from '../i18n/messages.js';
import type { Problem } from '../report/validate.js';
import type { TableSpec } from '../layout/table.js';
import { ExportController } from './export-controller.js';
import { LocaleController } from './locale-controller.js';
import { renderError, renderFrame, renderLoading, renderStatement } from './partials.js';
import { charts, frame, tokens } from './styles.js';

/** What an element has to draw: its validated input (a report, or a collection of them). */
export type DataState<D, W = unknown> =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; report: D; warnings: W[] }
  | { status: 'error'; problems: Problem[] };

/** Where an element's input comes from: a controller that loads and validates it. */
export interface DataSource<D, W = unknown> {
  readonly state: DataState<D, W>;
}

/**
 * What every element shares, whatever it draws (one report, or a collection of them): `src`
 * and inline JSON, its language, its states (loading, error, no data), the notice of figures
 * that do not add up, printing and the downloads. A report element (ReportElement) adds the
 * `report` property and reading from the page; a chart (ChartElement) adds its measure, layout,
 * marks and tables.
 *
 * @attr lang - `en` for English; anything else, or none, is zh-CN. Inherited from the
 *   nearest ancestor with `lang` (usually <html>) and followed when it changes.
 *
 * @fires dc-error - The input could not be loaded or is invalid. `detail: { problems }`.
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
export abstract class BaseElement<D, W = unknown> extends LitElement {
  static override styles = [tokens, frame, charts];

  /**
   * Lit's reactive properties, declared here rather than with decorators: the decorators'
   * runtime and tsc's __decorate helper cost about 0.7 KB gzip in a bundle with a 35 KB budget.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    hideChecks: { type: Boolean, attribute: 'hide-checks' },
    large: { type: Boolean, reflect: true },
    theme: { reflect: true },
    hideDownloads: { type: Boolean, attribute: 'hide-downloads' },
    printing: { state: true },
  };

  /** URL of the JSON, resolved against the page. */
  src?: string;

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

  /** True while the page is being printed: tables open, controls gone. */
  protected printing = false;

  protected readonly locale = new LocaleController(this);
  /** The input, loaded and validated. */
  protected abstract readonly data: DataSource<D, W>;
  protected readonly exports = new ExportController({
    tables: () => this.exportTables(),
    charts: () => this.exportCharts(),
    title: () => this.heading(MESSAGES[this.locale.value]),
    name: () => [...this.fileName(this.data.state.status === 'ready' ? this.data.state.report : undefined), this.section],
  });

  protected view: DataState<D, W> = { status: 'none' };
  private failure?: unknown;

  /** The report section this element shows, for file names and `dc-select`. */
  protected abstract readonly section: string;

  /** The element's title. */
  protected abstract heading(words: Messages): string;

  /** What a valid input draws. */
  protected abstract renderReport(report: D, locale: Locale): unknown;

  /** Under the title: whose figures, which years. */
  protected abstract subtitle(report: D, locale: Locale): unknown;

  /** The first parts of a downloaded file's name (agency, year); the section follows. */
  protected abstract fileName(report: D | undefined): (string | number)[];

  /** Of the input's warnings, those this element shows (and logs). */
  protected abstract warnings(all: readonly W[]): W[];

  /** The notice of the figures that do not add up. */
  protected abstract notice(warnings: readonly W[], locale: Locale): unknown;

  /** @internal The data tables of what is shown, for the downloads. */
  abstract exportTables(): TableSpec[];

  /** @internal The chart <svg>s with their names, for the downloads. */
  abstract exportCharts(): { heading: string; svg: SVGSVGElement }[];

  /** A statement when the input lacks what this element draws; `undefined` when it has it. */
  protected missing(_report: D, _words: Messages): string | undefined {
    return undefined;
  }

  /** The one-sentence summary of what is drawn. */
  protected summary(): string | undefined {
    return undefined;
  }

  /** Whether there is something drawn to download (not a year with nothing in it). */
  protected downloadable(): boolean {
    return true;
  }

  /** The measure box, placed at the top of the frame (chart widgets). */
  protected measureBox(): Element | undefined {
    return undefined;
  }

  /** Work before a render that may throw (a layout); its error is shown in place of the chart. */
  protected prepare(_changed: PropertyValues<this>): void {}

  /** The download menu (data as CSV, charts as SVG and PNG). */
  protected renderDownloads(locale: Locale): unknown {
    return this.exports.render(locale);
  }

  /** Under the charts, for whoever set the element up (the page reader's notes). */
  protected footnote(_locale: Locale): unknown {
    return undefined;
  }

  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    // The notice names each failed figure in words; whoever fixes the data gets the paths
    // (also in dc-load's detail): the checks this element shows, unless it hides them.
    this.addEventListener('dc-load', ({ detail }) => {
      const own = this.warnings(detail.warnings as readonly unknown[] as W[]);
      if (own.length && !this.hideChecks) console.warn('disclosure-charts: figures that do not add up', own);
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** The data shown, as CSV (UTF-8 with BOM; the national form's row and column names). */
  toCSV(): string {
    return this.exports.csv();
  }

  /** The charts as one standalone SVG document. */
  toSVG(): string {
    return this.exports.svg();
  }

  /** The charts as a PNG image (twice the screen's pixel size). */
  toPNG(): Promise<Blob | null> {
    return this.exports.png();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.failure = undefined;
    try {
      this.view = this.data.state;
      this.prepare(changed);
    } catch (error) {
      // Never throw into the host page: say so in place of the chart instead.
      this.failure = error;
      console.error('disclosure-charts:', error);
    }
  }

  protected override render() {
    const locale = this.locale.value;
    const words = MESSAGES[locale];
    const { view } = this;
    const report = view.status === 'ready' ? view.report : undefined;
    const internal = () => renderError([{ path: '', expected: '', found: '', message: words.internal }], locale);
    let body: unknown;
    let drawn = false;
    try {
      if (this.failure) body = internal();
      else if (view.status === 'loading') body = renderLoading(locale);
      else if (view.status === 'error') body = renderError(view.problems, locale);
      else if (view.status === 'none') body = renderStatement(words.noData);
      else {
        const missing = this.missing(view.report, words);
        drawn = !missing && this.downloadable();
        body = missing
          ? renderStatement(missing)
          : [this.hideChecks ? undefined : this.notice(this.warnings(view.warnings), locale), this.renderReport(view.report, locale)];
      }
    } catch (error) {
      console.error('disclosure-charts:', error);
      body = internal();
      drawn = false;
    }
    return renderFrame({
      measure: this.measureBox(),
      title: this.heading(words),
      subtitle: report === undefined ? undefined : this.subtitle(report, locale),
      locale,
      summary: this.summary() || undefined,
      headingLevel: this.headingLevel,
      busy: view.status === 'loading',
      body: [body, this.footnote(locale), drawn && !this.hideDownloads ? this.renderDownloads(locale) : undefined],
    });
  }
}
