import { css, html, nothing, type TemplateResult } from 'lit';
import { MESSAGES, type Locale, type Messages, type Section } from '../../i18n/messages.js';
import { renderParagraphs } from '../../internal/charts.js';
import { ReportElement } from '../../internal/report-element.js';
import type { ReportWidget } from '../../internal/report-widget.js';
import type { TableSpec } from '../../layout/table.js';
import type { Report } from '../../report/types.js';
import { hasProactive } from '../enforcement-counts/enforcement-counts.layout.js';
import { hasTraffic } from '../site-traffic/site-traffic.layout.js';

const stop = (event: Event) => event.stopPropagation();

/**
 * The whole report in one tag: agency, year and date; each section of the national format
 * with its widget (<site-traffic>, <enforcement-counts>, <disclosure-outcomes>,
 * <review-litigation>); the narrative texts; a link to the published source; and every
 * accounting check gathered in one place. A section the report leaves out says so briefly.
 *
 * Its module entry (`disclosure-charts/disclosure-report`) registers the four section widgets
 * as well.
 *
 * @tagname disclosure-report
 * @summary The whole annual report, section by section.
 *
 * @csspart section - Each of the six sections.
 * @csspart prose - The narrative text of a section.
 * @csspart source - The link to the published report.
 * @csspart checks - The result of the accounting checks.
 *
 * For tools that make the JSON from the published report (the builder page): `unread` lists
 * the sections the parser could not read, which then say so instead of "not in the report".
 */
export class DisclosureReport extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    css`
      section {
        margin: 24px 0 0;
      }
      .section-title {
        margin: 0 0 8px;
        font-size: 1.125em;
        font-weight: 700;
      }
      section > * + * {
        margin-top: 12px;
      }
      .meta a {
        color: var(--_focus);
      }
      /* One measure for words and charts alike. */
      figcaption,
      .summary,
      .meta,
      section {
        max-width: 46em;
      }
    `,
  ];

  /**
   * Sections that could not be read from the published report (space-separated in the
   * attribute: `proactive applications reviewLitigation overview`): a missing one says it was
   * not read, not that the report leaves it out.
   */
  static override properties = {
    unread: { converter: { fromAttribute: (value: string | null) => value?.split(/\s+/).filter(Boolean) ?? [] } },
  };

  unread: string[] = [];

  /** Every check, in one place. */
  protected readonly checkPaths = [''];

  protected heading(words: Messages) {
    const year = this.view.status === 'ready' ? words.yearOf(this.view.report.year) : '';
    return words.report.title(year);
  }

  protected readonly section = 'report';

  /** The section widgets drawn, in the report's order; their marks and dc-select are their own. */
  private widgets(): ReportWidget[] {
    return [...this.renderRoot.querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation')] as ReportWidget[];
  }

  /** @internal Every section's tables, in the report's order. */
  exportTables(): TableSpec[] {
    return this.widgets().flatMap((w) => w.exportTables());
  }

  /** @internal Every section's charts, in the report's order. */
  exportCharts() {
    return this.widgets().flatMap((w) => w.exportCharts());
  }

  protected renderReport(report: Report, locale: Locale) {
    const words = MESSAGES[locale];
    const r = words.report;
    const level = Math.min(6, this.headingLevel + 1);
    const widgetLevel = Math.min(6, this.headingLevel + 2);
    // Each widget is told the language (`lang` is not inherited across this shadow root), the
    // large mode and the theme; it draws inside this frame (.embedded): no frame of its own, no
    // agency and year again, and no title where the section's heading already says it.
    const widget = (tag: 'site-traffic' | 'enforcement-counts' | 'disclosure-outcomes' | 'review-litigation') => {
      const own = tag === 'site-traffic' ? 'embedded titled' : 'embedded';
      switch (tag) {
        case 'site-traffic':
          return html`<site-traffic class=${own} .report=${report} lang=${locale} ?large=${this.large} theme=${this.theme ?? nothing} heading-level=${widgetLevel} hide-checks hide-downloads></site-traffic>`;
        case 'enforcement-counts':
          return html`<enforcement-counts class=${own} .report=${report} lang=${locale} ?large=${this.large} theme=${this.theme ?? nothing} heading-level=${widgetLevel} hide-checks hide-downloads></enforcement-counts>`;
        case 'disclosure-outcomes':
          return html`<disclosure-outcomes class=${own} .report=${report} lang=${locale} ?large=${this.large} theme=${this.theme ?? nothing} heading-level=${widgetLevel} hide-checks hide-downloads></disclosure-outcomes>`;
        case 'review-litigation':
          return html`<review-litigation class=${own} .report=${report} lang=${locale} ?large=${this.large} theme=${this.theme ?? nothing} heading-level=${widgetLevel} hide-checks hide-downloads></review-litigation>`;
      }
    };
    // Read from the page, the report's words are on the page already: only its charts are added.
    const fromPage = this.from != null;
    const prose = (text: string | undefined) =>
      text && !fromPage ? html`<div class="prose" part="prose" lang="zh-CN">${renderParagraphs(text)}</div>` : nothing;
    // Read from a page, a section with nothing to draw (its words are on the page, or it could
    // not be read in full) is left out, not announced.
    const section = (key: Section, content: unknown[] | false): TemplateResult | typeof nothing =>
      !content && fromPage
        ? nothing
        : html`<section part="section" data-section=${key} aria-labelledby="s-${key}">
            <div class="section-title" id="s-${key}" role="heading" aria-level=${level}>${r.sections[key]}</div>
            ${content ? content : html`<p class="note">${this.unread.includes(key) ? r.notRead : r.noSection}</p>`}
          </section>`;
    const n = report.narrative ?? {};
    // The fee in words, unless the report's own words in this section already speak of it.
    const fees =
      report.informationFees === undefined || (!fromPage && n.other?.includes('信息处理费'))
        ? nothing
        : html`<p>${report.informationFees ? r.fees(report.informationFees) : r.noFees}</p>`;
    const warnings = this.warnings(this.view.status === 'ready' ? this.view.warnings : []);
    return html`
      <p class="meta">
        ${report.agency.region ? html`<span lang="zh-CN">${report.agency.region}</span> · ` : nothing}
        ${report.publishedOn ? html`<span>${r.published(report.publishedOn)}</span>` : nothing}
        ${report.source?.url
          ? html` · <a part="source" href=${report.source.url} rel="noopener noreferrer">${r.source}</a>`
          : nothing}
      </p>
      ${warnings.length ? nothing : html`<p class="note" part="checks">${r.checksTitle}${locale === 'en' ? ': ' : '：'}${r.checksOk}</p>`}
      <div @dc-load=${stop} @dc-error=${stop}>
        ${section('overview', !!((n.overview && !fromPage) || hasTraffic(report.platforms)) && [
          prose(n.overview),
          hasTraffic(report.platforms) ? widget('site-traffic') : nothing,
        ])}
        ${section('proactive', hasProactive(report.proactive) && [widget('enforcement-counts')])}
        ${section('applications', !!report.applications && [widget('disclosure-outcomes')])}
        ${section('reviewLitigation', !!report.reviewLitigation && [widget('review-litigation')])}
        ${section('problems', !!n.problems && !fromPage && [prose(n.problems)])}
        ${section('other', (!!n.other || report.informationFees !== undefined) && !fromPage && [prose(n.other), fees])}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReport;
  }
}
