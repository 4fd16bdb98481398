/** Fetching a report by URL, with a timeout and a size cap. */

/** Why a load failed; turned into words in the reader's language by `describeLoadFailure`. */
export type LoadFailure =
  | { reason: 'http'; url: string; status: number }
  | { reason: 'timeout'; url: string; seconds: number }
  | { reason: 'tooLarge'; url: string; bytes: number }
  | { reason: 'network'; url: string; detail: string };

export const isLoadFailure = (value: unknown): value is LoadFailure =>
  typeof value === 'object' && value !== null && 'reason' in value && 'url' in value;

export interface LoadOptions {
  /** Aborts the request, e.g. when `src` changes while it is in flight. */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 15 000). */
  timeout?: number;
  /** Refuse bodies larger than this many bytes (default 5 MiB; a real report is ~10 KB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Fetches `src` relative to the page and returns its text. Rejects with a `LoadFailure`, or
 * with the signal's AbortError when the caller aborted.
 */
export async function fetchReportText(src: string, options: LoadOptions = {}): Promise<string> {
  const { signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  const url = new URL(src, document.baseURI).href;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    if (!response.ok) throw { reason: 'http', url: src, status: response.status } satisfies LoadFailure;
    const length = Number(response.headers.get('Content-Length'));
    if (length > maxBytes) throw { reason: 'tooLarge', url: src, bytes: length } satisfies LoadFailure;
    const text = await response.text();
    if (text.length > maxBytes) throw { reason: 'tooLarge', url: src, bytes: text.length } satisfies LoadFailure;
    return text;
  } catch (error) {
    if (isLoadFailure(error)) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw { reason: 'timeout', url: src, seconds: timeout / 1000 } satisfies LoadFailure;
    const detail = error instanceof Error ? error.message : String(error);
    throw { reason: 'network', url: src, detail } satisfies LoadFailure;
  }
}
