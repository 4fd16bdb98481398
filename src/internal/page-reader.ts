/**
 * The hook by which an element with `from` reads the report from the page. The widgets carry
 * only this hook; the reader (the DOM adapter and the parser, `disclosure-charts/from`, or the
 * page bundle) registers itself here, so the plain bundle stays as small as it was.
 */

/** What reading the page gave: the report as far as it was read, and the sections left out. */
export interface PageRead {
  /** The report without the sections that could not be read in full; validated as JSON is. */
  report: unknown;
  /** Sections left out (`proactive`, `applications`, `reviewLitigation`): never drawn in part. */
  unread: string[];
  /** What a webmaster sees with `verbose`: the parser's issues, in the element's language. */
  note(locale: string): unknown;
}

/** Reads the report from the element `from` names ('' for the page's main content); undefined when the page is not a report. */
export type PageReader = (from: string, host: HTMLElement) => PageRead | undefined;

let reader: PageReader | undefined;

/** Registers the page reader; elements waiting for one read the page again. */
export function setPageReader(next: PageReader) {
  reader = next;
  for (const el of document.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('[from]')) el.requestUpdate?.();
}

export const readPage: PageReader = (from, host) => reader?.(from, host);
