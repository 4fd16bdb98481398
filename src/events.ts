/**
 * The events the elements dispatch. All bubble and are composed, so a listener on the page
 * hears them from inside any shadow root.
 */
import type { AccountWarning } from './report/checks.js';
import type { Problem } from './report/validate.js';
import type { Report } from './report/types.js';

/** `dc-load`: a report was loaded and validated; `warnings` lists failed accounting checks. */
export type DcLoadEvent = CustomEvent<{ report: Report; warnings: AccountWarning[] }>;

/** `dc-error`: the report could not be loaded or is not valid; `problems` says why. */
export type DcErrorEvent = CustomEvent<{ problems: Problem[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dc-load': DcLoadEvent;
    'dc-error': DcErrorEvent;
  }
}
