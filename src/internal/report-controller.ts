import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DcErrorEvent, DcLoadEvent } from '../events.js';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { checkAccounts, type AccountWarning } from '../report/checks.js';
import { fetchReportText, LoadFailure } from '../report/load.js';
import { parseReport, validateReport, type Problem, type Validation } from '../report/validate.js';
import type { Report } from '../report/types.js';
import type { DataState } from './base-element.js';
import { readPage, type PageRead } from './page-reader.js';

/** What an element showing one report has to draw. */
export type ReportState = DataState<Report, AccountWarning>;

/**
 * Validation results by report object and language. Widgets given the same object (a page of
 * widgets fed one fetched report, or <disclosure-report> and its sections) validate it once.
 */
const validated = new WeakMap<object, Partial<Record<Locale, ReportState>>>();

/** A validation as a state to draw: the report and its failed checks, or the problems. */
const toState = (result: Validation): ReportState =>
  result.ok
    ? { status: 'ready', report: result.report, warnings: checkAccounts(result.report) }
    : { status: 'error', problems: result.problems };

/** Validates a value and runs the accounting checks, once per object and language. */
function judge(value: unknown, locale: Locale): ReportState {
  const cacheable = typeof value === 'object' && value !== null;
  const known = cacheable ? validated.get(value)?.[locale] : undefined;
  if (known) return known;
  const state = toState(validateReport(value, locale));
  if (cacheable) validated.set(value, { ...validated.get(value), [locale]: state });
  return state;
}

/** The inputs an element exposes. */
export interface ReportHost extends ReactiveControllerHost, HTMLElement {
  report?: unknown;
  src?: string;
  timeout?: number;
  from?: string | null;
}

export function describeLoadFailure(failure: LoadFailure, locale: Locale): Problem {
  const words = MESSAGES[locale];
  const { problem } = failure;
  const detail = (() => {
    switch (problem.reason) {
      case 'http':
        return words.httpStatus(problem.status);
      case 'type':
        return words.wrongType(problem.type);
      case 'timeout':
        return words.timedOut(problem.seconds);
      case 'tooLarge':
        return words.tooLarge(`${+(problem.limit / 1048576).toFixed(1)} MB`);
      case 'network':
        // The browser's own message ("Failed to fetch") is English whatever the page's
        // language and says no more than this; it stays with the failure as its `cause`.
        return words.network;
    }
  })();
  return { path: '', expected: '', found: detail, message: words.fetchFailed(failure.url, detail) };
}

/**
 * Turns an element's inputs into a validated report, in this order of precedence: the
 * `report` property, the `src` URL, then an inline `<script type="application/json">` child.
 * A load superseded by a new `src` is aborted, so an old answer never shows. Dispatches
 * `dc-load` or `dc-error` once for each new input.
 *
 * The load is a dozen lines of our own rather than @lit/task, which did the same here for
 * about 1 KB gzip more: the script-tag bundle has a 35 KB budget for every widget.
 */
export class ReportController implements ReactiveController {
  /** The load in flight or done: which URL, and how it ended. */
  private load?: { key: string; controller: AbortController; status: 'pending' | 'done' | 'failed'; value?: unknown };
  private cache?: { input: unknown; locale: Locale; state: ReportState };
  private announced?: unknown;

  constructor(
    private readonly host: ReportHost,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
  }

  /** What identifies a load: the URL and the time allowed; empty when nothing is to be loaded. */
  private key() {
    const src = this.host.report === undefined ? this.host.src || undefined : undefined;
    return src ? `${src}\n${this.host.timeout ?? ''}` : '';
  }

  /** Starts loading `src` when it changed (aborting the load it replaces). */
  hostUpdate() {
    const key = this.key();
    if (key === (this.load?.key ?? '')) return;
    this.load?.controller.abort();
    this.load = undefined;
    const src = this.host.src;
    if (!key || !src) return;
    const load: NonNullable<ReportController['load']> = { key, controller: new AbortController(), status: 'pending' };
    this.load = load;
    fetchReportText(src, { signal: load.controller.signal, timeout: this.host.timeout }).then(
      (text) => this.settle(load, 'done', text),
      (error) => this.settle(load, 'failed', error),
    );
  }

  private settle(load: NonNullable<ReportController['load']>, status: 'done' | 'failed', value: unknown) {
    if (load !== this.load) return; // superseded: its answer is never shown
    load.status = status;
    load.value = value;
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.load?.controller.abort();
    this.load = undefined;
  }

  /** The current input: the value to validate, a load failure, or nothing yet. */
  private input(): { kind: 'value' | 'text' | 'failure' | 'loading' | 'none'; value?: unknown } {
    const { report, src } = this.host;
    if (report !== undefined) return { kind: 'value', value: report };
    if (src) {
      // Only the load of this `src`: the element reads its state (willUpdate) before this
      // controller starts the new load (hostUpdate), and must not draw the old answer then.
      const load = this.load?.key === this.key() ? this.load : undefined;
      if (load?.status === 'done') return { kind: 'text', value: load.value };
      if (load?.status === 'failed') return { kind: 'failure', value: load.value };
      return { kind: 'loading' };
    }
    if (this.host.from != null) {
      const report = this.page()?.report;
      return report === undefined ? { kind: 'none' } : { kind: 'value', value: report };
    }
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    // An element met before its inline JSON is parsed (the bundle's script above it) looks again once it is.
    return inline ? { kind: 'text', value: inline.textContent ?? '' } : (this.parsed(), { kind: 'none' });
  }

  /** Whether the page is parsed; if not, the element updates again when it is. */
  private parsed() {
    if (document.readyState !== 'loading') return true;
    document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
    return false;
  }

  private read?: { from: string; page?: PageRead };

  /** The report read from the page, once the page is parsed; read again when `from` changes. */
  page(): PageRead | undefined {
    const from = this.host.from;
    if (from == null || !this.parsed()) return undefined;
    if (this.read?.from !== from) this.read = { from, page: readPage(from, this.host) };
    return this.read.page;
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
      const failure = value instanceof LoadFailure ? value : new LoadFailure(this.host.src ?? '', { reason: 'network' }, { cause: value });
      const problem = describeLoadFailure(failure, locale);
      state = { status: 'error', problems: [problem] };
    } else if (kind === 'value') {
      state = judge(value, locale);
    } else {
      state = toState(parseReport(String(value), locale));
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
