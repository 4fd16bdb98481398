import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COLLECTION_WORDS } from '../i18n/collection.js';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { collectionItems, validateCollection, type Collection, type CrossYearWarning } from '../report/collection.js';
import { fetchReportText, LoadFailure } from '../report/load.js';
import type { Problem } from '../report/validate.js';
import type { DataState } from './base-element.js';
import { describeLoadFailure } from './report-controller.js';

/** What a collection element has to draw. */
export type CollectionState = DataState<Collection, CrossYearWarning>;

/** The inputs a collection element exposes. */
export interface CollectionHost extends ReactiveControllerHost, HTMLElement {
  reports?: unknown;
  src?: string;
  timeout?: number;
}

/** How reading the input ended, before it is put in the reader's language. */
type Outcome =
  | { kind: 'items'; items: unknown[]; where: string }
  | { kind: 'failure'; failure: LoadFailure; item: boolean }
  | { kind: 'json'; detail: string; item?: string }
  | { kind: 'shape'; input: unknown };

/** A report of the collection, fetched by its URL, that is not JSON. */
class ItemNotJson {
  constructor(
    readonly detail: string,
    readonly url: string,
  ) {}
}

/** A read of one input: in flight, or ended. */
interface Job {
  key: unknown;
  controller: AbortController;
  outcome?: Outcome;
}

const parse = (text: string): { value: unknown } | { detail: string } => {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { detail: error instanceof Error ? error.message : String(error) };
  }
};

/**
 * Turns a collection element's inputs into a validated collection: the `reports` property,
 * else the `src` URL, else an inline `<script type="application/json">` child, as
 * ReportController does for one report. Items that are URLs are fetched, resolved against the
 * collection's own URL (the page's, for the property and inline JSON); a new input aborts the
 * reads of the old one. Dispatches `dc-load` (`detail: { collection, warnings }`) or
 * `dc-error` once for each new input.
 */
export class CollectionController implements ReactiveController {
  private job?: Job;
  private cache?: { job: Job; locale: Locale; state: CollectionState };
  /** What was last announced: the input read, and the element's refusal of it, if any. */
  private announced?: { job: Job; refused?: string };

  constructor(
    private readonly host: CollectionHost,
    private readonly locale: () => Locale,
    /** A valid collection this element cannot draw (several years to compare): why, in words. */
    private readonly refuse: (collection: Collection, locale: Locale) => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.job?.controller.abort();
    this.job = undefined;
  }

  /** The input and what identifies it: the object, the URL and time allowed, or the inline text. */
  private input(): { key: unknown; start: (job: Job) => Outcome | Promise<Outcome> } | undefined {
    const { reports, src, timeout } = this.host;
    if (reports !== undefined) return { key: reports, start: (job) => this.items(reports, document.baseURI, job) };
    if (src) {
      return {
        key: `${src}\n${timeout ?? ''}`,
        start: async (job) => {
          const base = new URL(src, document.baseURI).href;
          const text = await fetchReportText(src, { signal: job.controller.signal, timeout });
          const read = parse(text);
          return 'detail' in read ? { kind: 'json', detail: read.detail } : this.items(read.value, base, job);
        },
      };
    }
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (!inline) {
      // An element met before its inline JSON is parsed looks again once it is.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
      return undefined;
    }
    const text = inline.textContent ?? '';
    return {
      key: text,
      start: (job) => {
        const read = parse(text);
        return 'detail' in read ? { kind: 'json', detail: read.detail } : this.items(read.value, document.baseURI, job);
      },
    };
  }

  /** The items of a collection, the URLs among them fetched; synchronous when there are none. */
  private items(input: unknown, base: string, job: Job): Outcome | Promise<Outcome> {
    const where = Array.isArray(input) ? '' : 'reports';
    const found = collectionItems(input, 'en');
    if (!found.items) return { kind: 'shape', input };
    const { items } = found;
    if (!items.some((item) => typeof item === 'string')) return { kind: 'items', items, where };
    return Promise.all(
      items.map(async (item) => {
        if (typeof item !== 'string') return item;
        let url: string;
        try {
          url = new URL(item, base).href;
        } catch (cause) {
          // Not a URL at all ("http://["): it fails as a fetch of it would, naming the item.
          throw new LoadFailure(item, { reason: 'network' }, { cause });
        }
        const text = await fetchReportText(url, { signal: job.controller.signal, timeout: this.host.timeout });
        const read = parse(text);
        if ('detail' in read) throw new ItemNotJson(read.detail, url);
        return read.value;
      }),
    ).then(
      (values): Outcome => ({ kind: 'items', items: values, where }),
      (error: unknown): Outcome =>
        error instanceof ItemNotJson
          ? { kind: 'json', detail: error.detail, item: error.url }
          : { kind: 'failure', failure: error as LoadFailure, item: true },
    );
  }

  /** The current read, started when the input changed. */
  private current(): Job | undefined {
    const input = this.input();
    if (!input) {
      this.job?.controller.abort();
      this.job = undefined;
      return undefined;
    }
    if (this.job && this.job.key === input.key) return this.job;
    this.job?.controller.abort();
    const job: Job = { key: input.key, controller: new AbortController() };
    this.job = job;
    const settle = (outcome: Outcome) => {
      if (job !== this.job) return; // superseded: its answer is never shown
      job.outcome = outcome;
      this.host.requestUpdate();
    };
    try {
      const started = input.start(job);
      if (started instanceof Promise)
        started.then(settle, (error: unknown) => {
          if (job.controller.signal.aborted && !(error instanceof LoadFailure)) return;
          const failure = error instanceof LoadFailure ? error : new LoadFailure(this.host.src ?? '', { reason: 'network' }, { cause: error });
          settle({ kind: 'failure', failure, item: false });
        });
      else job.outcome = started;
    } catch (error) {
      job.outcome = { kind: 'failure', failure: new LoadFailure(this.host.src ?? '', { reason: 'network' }, { cause: error }), item: false };
    }
    return job;
  }

  /** The state to draw, validated in the element's language; cached until the input changes. */
  get state(): CollectionState {
    const job = this.current();
    if (!job) return { status: 'none' };
    if (!job.outcome) return { status: 'loading' };
    const locale = this.locale();
    let state = this.cache?.job === job && this.cache.locale === locale ? this.cache.state : judge(job.outcome, locale);
    this.cache = { job, locale, state };
    // Asked each time: what an element refuses may hang on its own attributes.
    const refused = state.status === 'ready' ? this.refuse(state.report, locale) : undefined;
    if (refused) state = { status: 'error', problems: [{ path: '', expected: '', found: '', message: refused }] };
    return state;
  }

  hostUpdated() {
    const cache = this.cache;
    if (!cache || cache.job !== this.job) return;
    const state = this.state;
    // A new input is announced once; so is the element refusing it, or ceasing to (another `agency`).
    const refused = cache.state.status === 'ready' && state.status === 'error' ? state.problems[0]!.message : undefined;
    if (this.announced?.job === cache.job && this.announced.refused === refused) return;
    this.announced = { job: cache.job, refused };
    const init = { bubbles: true, composed: true };
    if (state.status === 'ready')
      this.host.dispatchEvent(new CustomEvent('dc-load', { ...init, detail: { collection: state.report, warnings: state.warnings } }));
    else if (state.status === 'error') this.host.dispatchEvent(new CustomEvent('dc-error', { ...init, detail: { problems: state.problems } }));
  }
}

/** An outcome as a state, in the reader's language. */
function judge(outcome: Outcome, locale: Locale): CollectionState {
  const words = MESSAGES[locale];
  const error = (problems: Problem[]): CollectionState => ({ status: 'error', problems });
  switch (outcome.kind) {
    case 'shape':
      return error(collectionItems(outcome.input, locale).problems ?? []);
    case 'json': {
      const message = outcome.item ? COLLECTION_WORDS[locale].fetchItem(outcome.item, words.notJson()) : words.notJson();
      return error([{ path: '', expected: 'JSON', found: outcome.detail, message }]);
    }
    case 'failure': {
      const problem = describeLoadFailure(outcome.failure, locale);
      // An item's URL is the one fetched, already resolved against the collection's; resolving
      // it again would throw for the string that is no URL at all.
      return error([outcome.item ? { ...problem, message: COLLECTION_WORDS[locale].fetchItem(outcome.failure.url, problem.found) } : problem]);
    }
    case 'items': {
      const result = validateCollection(outcome.items, locale, outcome.where);
      return result.ok ? { status: 'ready', report: result.collection, warnings: result.collection.crossYear } : error(result.problems);
    }
  }
}
