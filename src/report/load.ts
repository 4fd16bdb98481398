/** Fetching a report by URL, with a timeout and a size cap. */

/** Why a load failed: the answer given, or the lack of one. */
export type LoadProblem =
  | { reason: 'http'; status: number }
  | { reason: 'type'; type: string }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'tooLarge'; limit: number }
  | { reason: 'network' };

/**
 * A load that failed: which URL (as given) and why, put in words in the reader's language by
 * the widgets. A network failure keeps the browser's own error as its `cause`, for the console.
 */
export class LoadFailure extends Error {
  override name = 'LoadFailure';
  constructor(
    readonly url: string,
    readonly problem: LoadProblem,
    options?: ErrorOptions,
  ) {
    super(`${url}: ${problem.reason}`, options);
  }
}

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
 * Content types a report may come with: JSON, and the plain or unnamed types that many web
 * servers give a `.json` file. An HTML page (a CMS's "not found" page answering 200, a login
 * page) or anything else is refused rather than parsed.
 */
const ACCEPTED_TYPE = /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/(json|plain))$/i;

/** Reads a body, giving up as soon as it passes `maxBytes`, so an endless answer cannot fill memory. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new LoadFailure(url, { reason: 'tooLarge', limit: maxBytes });
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches `src` relative to the page and returns its text. Rejects with a `LoadFailure`, or
 * with the signal's reason when the caller aborted.
 */
export async function fetchReportText(src: string, options: LoadOptions = {}): Promise<string> {
  const { signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  const url = new URL(src, document.baseURI).href;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new LoadFailure(src, { reason: 'http', status: response.status });
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
    if (type && !ACCEPTED_TYPE.test(type)) throw new LoadFailure(src, { reason: 'type', type });
    const length = Number(response.headers.get('Content-Length'));
    if (length > maxBytes) throw new LoadFailure(src, { reason: 'tooLarge', limit: maxBytes });
    return await readCapped(response, maxBytes, src);
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw new LoadFailure(src, { reason: 'timeout', seconds: timeout / 1000 });
    throw new LoadFailure(src, { reason: 'network' }, { cause: error });
  }
}
