import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MESSAGES, type Locale, type Messages } from '../i18n/messages.js';
import type { AccountWarning } from '../report/checks.js';
import type { Report } from '../report/types.js';
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
 *
 * @cssproperty --dc-font - Font family.
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
export abstract class ReportWidget<Geometry extends { summary?: string } = { summary?: string }> extends LitElement {
  static override styles = [tokens, frame, charts];

  /** URL of the report JSON, resolved against the page. */
  @property() src?: string;

  /** The report as an object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) report?: unknown;

  /** Level of the title heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds to wait for `src` before giving up (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Hide the accounting-check notice (<disclosure-report> shows all checks in one place). */
  @property({ type: Boolean, attribute: 'hide-checks' }) hideChecks = false;

  /**
   * Elder-friendly large mode (适老化): larger text and marks, every target at least 44 px.
   * A site's 适老 toolbar sets this attribute.
   */
  @property({ type: Boolean, reflect: true }) large = false;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  protected readonly locale = new LocaleController(this);
  protected readonly data = new ReportController(this, () => this.locale.value);
  /**
   * An empty box as wide as the charts may be, whose height never changes. Observing it
   * rather than the host (whose height changes with every redraw) keeps ResizeObserver from
   * reporting a loop error on the host page. It is made here, not in render(), so that it is
   * observed from the start and its first size never schedules an extra update.
   */
  private readonly measure = Object.assign(document.createElement('div'), { className: 'measure' });
  private readonly size = new ResizeController<Box | undefined>(this, {
    target: this.measure,
    // The box is 1em tall: its height is the font size, read without forcing a style recalc
    // (getComputedStyle in every widget's update cost 100 widgets a recalc each).
    callback: (entries): Box | undefined => {
      const rect = entries[0]?.contentRect;
      return rect ? { width: rect.width, fontSize: rect.height } : this.box;
    },
  });
  private box?: Box;

  /** Keyboard, pointer and tooltip access to the marks of every chart. */
  protected readonly nav = new MarkController(this);

  /** Whether the reader opened the data table; it stays open across redraws. */
  @state() protected tableOpen = false;

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

  protected override willUpdate(changed: PropertyValues<this>) {
    this.failure = undefined;
    this.geometry = undefined;
    if (changed.has('report') || changed.has('src')) this.nav.reset();
    try {
      this.view = this.data.state;
      const box = (this.box = this.size.value);
      const { view } = this;
      if (view.status === 'ready' && box?.width && !this.missing(view.report, MESSAGES[this.locale.value])) {
        // Chart text follows the element's font size, so browser text zoom, a site's font
        // size and the large mode all scale the charts, not only the HTML around them.
        const fontSize = 0.875 * (box.fontSize || 16);
        this.geometry = this.layout(view.report, { width: Math.max(120, box.width), locale: this.locale.value, fontSize });
      }
    } catch (error) {
      // Never throw into the host page: say so in place of the chart instead.
      this.failure = error;
      console.error('disclosure-charts:', error);
    }
  }

  /** The data table toggle; `build` runs only while the table is open. */
  protected renderTables(locale: Locale, build: () => TableSpec[]) {
    return renderTable(locale, this.tableOpen, (open) => (this.tableOpen = open), build);
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
      subtitle: report ? `${report.agency.name} · ${words.yearOf(report.year)}` : undefined,
      summary: this.geometry?.summary || undefined,
      headingLevel: this.headingLevel,
      busy: view.status === 'loading',
      body: [body, this.nav.renderTip()],
    });
  }
}
