import type { PropertyValues } from 'lit';
import type { Locale } from '../i18n/messages.js';
import type { AccountWarning } from '../report/checks.js';
import type { Report } from '../report/types.js';
import { ChartElement } from './chart-element.js';
import { renderNotice } from './partials.js';
import { ReportController } from './report-controller.js';
import { hideUnread, ownWarnings, REPORT_PROPERTIES, reportSubtitle } from './report-element.js';

export type { LayoutSize } from './measure-controller.js';

/**
 * A chart of one section of a report: a ChartElement whose input is a report, with what every
 * report element has (ReportElement): the `report` property, reading from the page, the
 * accounting checks of its section, the agency and year under its title.
 *
 * @fires dc-load - The report was loaded and validated. `detail: { report, warnings }`.
 */
export abstract class ReportWidget<Geometry extends { summary?: string; nothing?: boolean } = { summary?: string; nothing?: boolean }> extends ChartElement<
  Report,
  AccountWarning,
  Geometry
> {
  static override properties = REPORT_PROPERTIES;

  /** The report as an object; takes precedence over `src` and inline JSON. */
  report?: unknown;

  /**
   * Read the report from this page: a CSS selector of the element holding it (`#zoom`), or
   * empty for the page's main content. Needs the page reader (the `disclosure-charts.page.min.js`
   * bundle, or `import 'disclosure-charts/from'`). Only the sections read in full are drawn; on
   * a page that is not a report the element shows nothing and takes no room.
   */
  from?: string | null;

  /** With `from`: show what the parser could not read, under the charts (for the webmaster). */
  verbose = false;

  protected readonly data = new ReportController(this, () => this.locale.value);

  /** Path prefixes of the accounting checks this element's figures take part in. */
  protected abstract readonly checkPaths: readonly string[];

  protected override willUpdate(changed: PropertyValues<this>) {
    hideUnread(this, this.data, this.section);
    super.willUpdate(changed);
  }

  protected inputChanged(changed: PropertyValues<this>) {
    return changed.has('report') || changed.has('src');
  }

  protected warnings(all: readonly AccountWarning[]) {
    return ownWarnings(all, this.checkPaths);
  }

  protected notice(warnings: readonly AccountWarning[], locale: Locale) {
    return renderNotice(warnings, locale);
  }

  protected subtitle(report: Report, locale: Locale) {
    return reportSubtitle(report, locale);
  }

  protected fileName(report: Report | undefined) {
    return [report?.agency.name ?? '', report?.year ?? ''];
  }

  protected override footnote(locale: Locale) {
    return this.verbose ? this.data.page()?.note(locale) : undefined;
  }
}
