import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DcErrorEvent, DcLoadEvent } from '../events.js';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { checkAccounts, type AccountWarning } from '../report/checks.js';
import { fetchReportText, type LoadFailure, isLoadFailure } from '../report/load.js';
import { parseReport, validateReport, type Problem, type Validation } from '../report/validate.js';
import type { Report } from '../report/types.js';

/** What an element has to draw. */
export type ReportState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; report: Report; warnings: AccountWarning[] }
  | { status: 'error'; problems: Problem[] };

/**
 * Validation results by report object and language. Widgets given the same object (a page of
 * widgets fed one fetched report, or <disclosure-report> and its sections) validate it once.
 */
const validated = new WeakMap<object, Partial<Record<Locale, ReportState>>>();

/** Validates a value and runs the accounting checks, once per object and language. */
function judge(value: unknown, locale: Locale): ReportState {
  const cacheable = typeof value === 'object' && value !== null;
  const known = cacheable ? validated.get(value)?.[locale] : undefined;
  if (known) return known;
  const result = validateReport(value, locale);
  const state: ReportState = result.ok
    ? { status: 'ready', report: result.report, warnings: checkAccounts(result.report) }
    : { status: 'error', problems: result.problems };
  if (cacheable) validated.set(value, { ...validated.get(value), [locale]: state });
  return state;
}

/** The inputs an element exposes. */
export interface ReportHost extends ReactiveControllerHost, HTMLElement {
  report?: unknown;
  src?: string;
  timeout?: number;
}

function describeLoadFailure(failure: LoadFailure, locale: Locale): Problem {
  const words = MESSAGES[locale];
  const detail =
    failure.reason === 'http'
      ? words.httpStatus(failure.status)
      : failure.reason === 'type'
        ? words.wrongType(failure.type)
        : failure.reason === 'timeout'
        ? words.timedOut(failure.seconds)
        : failure.reason === 'tooLarge'
          ? words.tooLarge('5 MB')
          : failure.detail;
  return { path: '', expected: '', found: detail, message: words.fetchFailed(failure.url, detail) };
}

/**
 * Turns an element's inputs into a validated report, in this order of precedence: the
 * `report` property, the `src` URL (fetched with @lit/task, which aborts a superseded load so
 * an old answer never shows), then an inline `<script type="application/json">` child.
 * Dispatches `dc-load` or `dc-error` once for each new input.
 */
export class ReportController implements ReactiveController {
  private readonly task: Task<[string | undefined, number | undefined], string | undefined>;
  private cache?: { input: unknown; locale: Locale; state: ReportState };
  private announced?: unknown;

  constructor(
    private readonly host: ReportHost,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, timeout], { signal }) =>
        src ? fetchReportText(src, { signal, timeout }) : Promise.resolve(undefined),
      args: () => [this.host.report === undefined ? this.host.src || undefined : undefined, this.host.timeout],
    });
  }

  /** The current input: the value to validate, a load failure, or nothing yet. */
  private input(): { kind: 'value' | 'text' | 'failure' | 'loading' | 'none'; value?: unknown } {
    const { report, src } = this.host;
    if (report !== undefined) return { kind: 'value', value: report };
    if (src) {
      switch (this.task.status) {
        case TaskStatus.COMPLETE:
          return { kind: 'text', value: this.task.value };
        case TaskStatus.ERROR:
          return { kind: 'failure', value: this.task.error };
        default:
          return { kind: 'loading' };
      }
    }
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    return inline ? { kind: 'text', value: inline.textContent ?? '' } : { kind: 'none' };
  }

  /** The state to draw, validated in the element's language. Cached until an input changes. */
  get state(): ReportState {
    const locale = this.locale();
    const { kind, value } = this.input();
    if (kind === 'loading') return { status: 'loading' };
    if (kind === 'none') return { status: 'none' };
    if (this.cache && this.cache.input === value && this.cache.locale === locale) return this.cache.state;
    let state: ReportState;
    if (kind === 'failure') {
      const problem = isLoadFailure(value)
        ? describeLoadFailure(value, locale)
        : describeLoadFailure({ reason: 'network', url: this.host.src ?? '', detail: String(value) }, locale);
      state = { status: 'error', problems: [problem] };
    } else if (kind === 'value') {
      state = judge(value, locale);
    } else {
      const result: Validation = parseReport(String(value), locale);
      state = result.ok
        ? { status: 'ready', report: result.report, warnings: checkAccounts(result.report) }
        : { status: 'error', problems: result.problems };
    }
    this.cache = { input: value, locale, state };
    return state;
  }

  hostUpdated() {
    // Announce each new input once, after it has been drawn; a language change alone
    // re-validates but is not a new load.
    const cache = this.cache;
    if (!cache || cache.input === this.announced) return;
    this.announced = cache.input;
    const { state } = cache;
    const init = { bubbles: true, composed: true };
    if (state.status === 'ready') {
      const detail = { report: state.report, warnings: state.warnings };
      this.host.dispatchEvent(new CustomEvent('dc-load', { ...init, detail }) as DcLoadEvent);
    } else if (state.status === 'error') {
      const detail = { problems: state.problems };
      this.host.dispatchEvent(new CustomEvent('dc-error', { ...init, detail }) as DcErrorEvent);
    }
  }
}
