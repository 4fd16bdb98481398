import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import type { AccountWarning } from '../report/checks.js';
import type { Report } from '../report/types.js';
import { BaseElement } from './base-element.js';
import { renderNotice } from './partials.js';
import { ReportController } from './report-controller.js';

/** The properties of an element that shows one report, beside those of every element. */
export const REPORT_PROPERTIES: PropertyDeclarations = {
  report: { attribute: false },
  from: {},
  verbose: { type: Boolean },
};

/**
 * What an element showing one report adds to every element's (BaseElement): the `report`
 * property, reading the report from the page it is on (`from`), the accounting checks its
 * figures take part in, and the agency and year under its title. <disclosure-report> is one;
 * the section widgets are report charts (ReportWidget), which add the same to a ChartElement
 * through the same controller and functions.
 *
 * @fires dc-load - The report was loaded and validated. `detail: { report, warnings }`.
 */
export abstract class ReportElement extends BaseElement<Report, AccountWarning> {
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

/**
 * Shared by ReportElement and ReportWidget (one class cannot extend both bases), as are the
 * functions below. Read from a page: nothing at all, not even room, unless the report (or this element's
 * section of it) was read; the webmaster's `verbose` shows why.
 */
export function hideUnread(host: HTMLElement & { from?: string | null; verbose: boolean }, data: ReportController, section: string) {
  if (host.from != null) host.hidden = !host.verbose && (data.state.status !== 'ready' || !!data.page()?.unread.includes(section));
}

/** The warnings of the checks an element's figures take part in. */
export const ownWarnings = (all: readonly AccountWarning[], paths: readonly string[]) =>
  all.filter((w) => paths.some((prefix) => w.path.startsWith(prefix)));

/** The agency and year under the title. The agency's name is Chinese in an element of any language. */
export const reportSubtitle = (report: Report, locale: Locale) =>
  html`<span lang="zh-CN">${report.agency.name}</span> · <span class="nw">${MESSAGES[locale].yearOf(report.year)}</span>`;
