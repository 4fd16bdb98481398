/**
 * Template pieces every widget shares: the frame, states, notice and data table. Strings
 * from a report only ever enter templates as text bindings, which Lit escapes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { keep, zhLang } from './charts.js';
import { describeWarning, type AccountWarning } from '../report/checks.js';
import type { TableCell, TableSpec } from '../layout/table.js';
import type { Problem } from '../report/validate.js';

/**
 * The figure with its visible title; `aria-busy` while loading. Its empty `.measure` box has
 * the width charts may use and a height that never changes: observing it (not the host, whose
 * height changes with every redraw) keeps ResizeObserver from reporting a loop error.
 */
export function renderFrame(options: {
  /** A chart widget's measure box (MeasureController), kept across renders. */
  measure?: Element;
  title: string;
  subtitle?: unknown;
  /** The plain-language summary of the figures, generated from the data. */
  summary?: string;
  locale: Locale;
  headingLevel: number;
  busy?: boolean;
  body: unknown;
}): TemplateResult {
  const level = Math.min(6, Math.max(1, Math.round(options.headingLevel) || 2));
  return html`<figure
    part="figure"
    aria-labelledby="title"
    aria-describedby=${options.summary ? 'summary' : nothing}
    aria-busy=${options.busy ? 'true' : 'false'}
  >
    ${options.measure ?? nothing}
    <figcaption>
      <div class="title" part="title" id="title" role="heading" aria-level=${level}>${options.title}</div>
      ${options.subtitle ? html`<p class="subtitle" part="subtitle">${options.subtitle}</p>` : nothing}
    </figcaption>
    ${options.summary ? html`<p class="summary" part="summary" id="summary">${keep(options.summary, options.locale)}</p>` : nothing}
    ${options.body}
  </figure>`;
}

export const renderLoading = (locale: Locale) =>
  html`<p class="state" part="loading" role="status">${MESSAGES[locale].loading}</p>`;

/** A statement in place of a chart: no data, or nothing happened this year. */
export const renderStatement = (text: string) => html`<p class="empty" part="empty">${text}</p>`;

const MAX_LISTED = 12;

/** What is wrong, in place of the chart. */
export function renderError(problems: readonly Problem[], locale: Locale) {
  const words = MESSAGES[locale];
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  return html`<div class="error" part="error" role="alert">
    <p>${words.errorTitle}</p>
    <ul>
      ${listed.map((problem) => html`<li>${problem.message}</li>`)}
      ${more > 0 ? html`<li>… +${more}</li>` : nothing}
    </ul>
  </div>`;
}

/** The accounting-check notice: the chart is drawn, but figures do not add up. */
export function renderNotice(warnings: readonly AccountWarning[], locale: Locale) {
  if (!warnings.length) return nothing;
  const words = MESSAGES[locale];
  return html`<div class="notice" part="notice" role="note">
    <p><strong>${words.checksTitle(warnings.length)}</strong>${words.checksIntro}</p>
    <ul>
      ${warnings.map((warning) => html`<li>${describeWarning(warning, locale)}</li>`)}
    </ul>
  </div>`;
}

export type { TableCell, TableSpec } from '../layout/table.js';

/**
 * Real <table>s with header cells, behind one disclosure the reader can open. The tables are
 * built only while it is open: a closed table is read by no one, and a page with a hundred
 * widgets would otherwise build thousands of cells nobody sees.
 */
export function renderTable(locale: Locale, open: boolean, onToggle: (open: boolean) => void, tables: () => TableSpec[]) {
  // A category or account name from the report is Chinese in a table of any language.
  const cellTemplate = (c: TableCell) =>
    c.header
      ? html`<th scope=${c.header} colspan=${c.colspan ?? 1} rowspan=${c.rowspan ?? 1} lang=${zhLang(c.text)}>${c.text}</th>`
      : html`<td colspan=${c.colspan ?? 1} rowspan=${c.rowspan ?? 1}>${c.text}</td>`;
  return html`<details
    class="table"
    part="table-toggle"
    ?open=${open}
    @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}
  >
    <summary>${MESSAGES[locale].showTable}</summary>
    ${open
      ? tables().map(
          (table) => html`<div class="scroll" role="region" tabindex="0" aria-label=${table.caption}>
            <table part="table">
              <caption lang=${zhLang(table.caption)}>${table.caption}</caption>
              <thead>${table.head.map((row) => html`<tr>${row.map(cellTemplate)}</tr>`)}</thead>
              <tbody>${table.body.map((row) => html`<tr>${row.map(cellTemplate)}</tr>`)}</tbody>
            </table>
          </div>`,
        )
      : nothing}
  </details>`;
}
