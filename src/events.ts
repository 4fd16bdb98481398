/**
 * The events the elements dispatch. All bubble and are composed, so a listener on the page
 * hears them from inside any shadow root.
 */
import type { AccountWarning } from './report/checks.js';
import type { Collection, CrossYearWarning } from './report/collection.js';
import type { Problem } from './report/validate.js';
import type { Report } from './report/types.js';

/** `dc-load`: a report was loaded and validated; `warnings` lists failed accounting checks. */
export type DcLoadEvent = CustomEvent<{ report: Report; warnings: AccountWarning[] }>;

/**
 * `dc-load` of <disclosure-trend> and <disclosure-compare>: a collection was loaded and
 * validated; `warnings` lists the failed cross-year checks (check 6).
 */
export type DcCollectionLoadEvent = CustomEvent<{ collection: Collection; warnings: CrossYearWarning[] }>;

/** `dc-error`: the report could not be loaded or is not valid; `problems` says why. */
export type DcErrorEvent = CustomEvent<{ problems: Problem[] }>;

/** What a `dc-select` event says about the mark the reader chose. */
export interface MarkSelection {
  /** The report section: `applications`, `platforms`, `reviewLitigation` or `proactive`. */
  section: string;
  /** The row within the section, as a JSON path: `outcomes.withheld`, `newMedia[0]`, `review`. */
  row: string;
  /** The column: `total`, an applicant type, a result, `count`, `posts`, `followers`… */
  column: string;
  /** The full JSON path of the value in the report. */
  path: string;
  /** The value, as reported (for a group, the sum of its reasons). */
  value: number | undefined;
  /** The mark's name as shown, in the reader's language. */
  label: string;
  /** In a collection (<disclosure-trend>, <disclosure-compare>): whose report and which year. */
  agency?: string;
  year?: number;
}

/** `dc-select`: the reader chose a mark (click, tap, or Enter/Space on the focused mark). */
export type DcSelectEvent = CustomEvent<MarkSelection>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dc-load': DcLoadEvent;
    'dc-error': DcErrorEvent;
    'dc-select': DcSelectEvent;
  }
}
