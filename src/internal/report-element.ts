import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MESSAGES, type Locale, type Messages } from '../i18n/messages.js';
import type { AccountWarning } from '../report/checks.js';
import type { Report } from '../report/types.js';
import type { TableSpec } from '../layout/table.js';
import { ExportController } from './export-controller.js';
import { LocaleController } from './locale-controller.js';
import { renderError, renderFrame, renderLoading, renderNotice, renderStatement } from './partials.js';
import { ReportController, type ReportState } from './report-controller.js';
import { charts, frame, tokens } from './styles.js';

/**
 * What every element shares: its inputs (`src`, `report`, inline JSON), its language, its
 * states (loading, error, no data), the accounting notice, printing and the downloads. A chart
 * widget (ReportWidget) adds its measure, layout, marks and tables; <disclosure-report> adds
 * its sections.
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
export abstract class ReportElement extends LitElement {
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
  private readonly exports = new ExportController({
    tables: () => this.exportTables(),
    charts: () => this.exportCharts(),
    title: () => this.heading(MESSAGES[this.locale.value]),
    name: () => {
      const report = this.data.state.status === 'ready' ? this.data.state.report : undefined;
      return [report?.agency.name ?? '', report?.year ?? '', this.section];
    },
  });

  protected view: ReportState = { status: 'none' };
  private failure?: unknown;

  /** Path prefixes of the accounting checks this element's figures take part in. */
  protected abstract readonly checkPaths: readonly string[];

  /** The report section this element shows, for file names and `dc-select`. */
  protected abstract readonly section: string;

  /** The element's title. */
  protected abstract heading(words: Messages): string;

  /** What a valid report with this element's section draws. */
  protected abstract renderReport(report: Report, locale: Locale): unknown;

  /** @internal The data tables of what is shown, for the downloads. */
  abstract exportTables(): TableSpec[];

  /** @internal The chart <svg>s with their names, for the downloads. */
  abstract exportCharts(): { heading: string; svg: SVGSVGElement }[];

  /** A statement when the report lacks this element's section; `undefined` when it has it. */
  protected missing(_report: Report, _words: Messages): string | undefined {
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

  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  constructor() {
    super();
    // The notice names each failed figure in words; whoever fixes the data gets the paths
    // (also in dc-load's detail): the checks this element shows, unless it hides them.
    this.addEventListener('dc-load', ({ detail }) => {
      const own = this.warnings(detail.warnings);
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
      const { view } = this;
      // Read from a page: nothing at all, not even room, unless the report (or this element's
      // section of it) was read; the webmaster's `verbose` shows why.
      if (this.from != null) this.hidden = !this.verbose && (view.status !== 'ready' || !!this.data.page()?.unread.includes(this.section));
      this.prepare(changed);
    } catch (error) {
      // Never throw into the host page: say so in place of the chart instead.
      this.failure = error;
      console.error('disclosure-charts:', error);
    }
  }

  /** The warnings of the checks this element's figures take part in. */
  protected warnings(all: readonly AccountWarning[]): AccountWarning[] {
    return all.filter((w) => this.checkPaths.some((prefix) => w.path.startsWith(prefix)));
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
          : [this.hideChecks ? undefined : renderNotice(this.warnings(view.warnings), locale), this.renderReport(view.report, locale)];
      }
    } catch (error) {
      console.error('disclosure-charts:', error);
      body = internal();
      drawn = false;
    }
    return renderFrame({
      measure: this.measureBox(),
      title: this.heading(words),
      // The agency's name is Chinese in an element of any language.
      subtitle: report ? html`<span lang="zh-CN">${report.agency.name}</span> · <span class="nw">${words.yearOf(report.year)}</span>` : undefined,
      locale,
      summary: this.summary() || undefined,
      headingLevel: this.headingLevel,
      busy: view.status === 'loading',
      body: [body, this.verbose ? this.data.page()?.note(locale) : undefined, drawn && !this.hideDownloads ? this.exports.render(locale) : undefined],
    });
  }
}
