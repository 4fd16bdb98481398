import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { COLLECTION_WORDS } from '../i18n/collection.js';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { describeCrossYear, type Collection, type CrossYearWarning } from '../report/collection.js';
import type { Report } from '../report/types.js';
import { ChartElement } from './chart-element.js';
import { keep } from './charts.js';
import { CollectionController } from './collection-controller.js';
import { collectionStyles } from './collection-styles.js';

/**
 * A chart of a collection of reports (<disclosure-trend>, <disclosure-compare>): a
 * ChartElement whose input is a JSON array of reports, or `{ "reports": [ … ] }` whose items
 * are reports or URLs of report files (resolved against the collection's URL), by `src`, the
 * `reports` property or inline JSON.
 *
 * @fires dc-load - The collection was loaded and validated. `detail: { collection, warnings }`,
 *   `warnings` being the failed cross-year checks.
 */
export abstract class CollectionWidget<Geometry extends { summary?: string; nothing?: boolean }> extends ChartElement<
  Collection,
  CrossYearWarning,
  Geometry
> {
  static override styles = [...ChartElement.styles, collectionStyles];

  static override properties: PropertyDeclarations = { reports: { attribute: false } };

  /** The reports as an array (or `{ reports: [ … ] }`); takes precedence over `src` and inline JSON. */
  reports?: unknown;

  protected readonly data = new CollectionController(this, () => this.locale.value, (c, locale) => this.refuse(c, locale));

  /** Why a valid collection cannot be drawn by this element, if it cannot. */
  protected refuse(_collection: Collection, _locale: Locale): string | undefined {
    return undefined;
  }

  /** The reports this element draws, of those in the collection. */
  protected abstract shown(collection: Collection): Report[];

  protected inputChanged(changed: PropertyValues<this>) {
    return changed.has('reports') || changed.has('src');
  }

  protected warnings(all: readonly CrossYearWarning[]) {
    const view = this.view;
    if (view.status !== 'ready') return [];
    const agencies = new Set(this.shown(view.report).map((r) => r.agency.name));
    return all.filter((w) => agencies.has(w.agency));
  }

  /** The failed cross-year checks in full, and each drawn report's own failed checks counted by year. */
  protected notice(warnings: readonly CrossYearWarning[], locale: Locale) {
    const view = this.view;
    if (view.status !== 'ready') return nothing;
    const c = COLLECTION_WORDS[locale];
    const words = MESSAGES[locale];
    const shown = new Set(this.shown(view.report));
    const own = view.report.reports.flatMap((r, i) => (shown.has(r) && view.report.checks[i]!.length ? [[r, view.report.checks[i]!.length] as const] : []));
    if (!warnings.length && !own.length) return nothing;
    // The agency's name, before each report's own count, when several agencies are shown.
    const several = new Set([...shown].map((s) => s.agency.name)).size > 1;
    const name = (r: Report) => (several ? `${r.agency.name}${locale === 'en' ? ': ' : '：'}` : '');
    // keep(): figures unbroken and, in English, the agency's Chinese name marked lang="zh-CN".
    return html`<div class="notice" part="notice" role="note">
      ${warnings.length ? html`<p><strong>${c.crossTitle(warnings.length)}</strong>${c.crossIntro}</p>` : nothing}
      <ul>
        ${warnings.map((w) => html`<li>${keep(describeCrossYear(w, locale), locale)}</li>`)}
        ${own.map(([r, n]) => html`<li>${keep(`${name(r)}${c.yearChecks(words.yearOf(r.year), n)}`, locale)}</li>`)}
      </ul>
    </div>`;
  }
}
