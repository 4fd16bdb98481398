/**
 * `disclosure-charts/from`: lets the elements read the report from the page they are on
 * (`<disclosure-report from="#zoom">`). Importing it registers the page reader: the DOM
 * adapter and the same parser as the command line. The page bundle
 * (`disclosure-charts.page.min.js`) is the widgets with this.
 */
import { html } from 'lit';
import { setPageReader, type PageRead } from './internal/page-reader.js';
import { domDocument } from './parse/dom.js';
import { parseDocument } from './parse/parse.js';
import type { ParseIssue } from './parse/tables.js';

/** Words only the national tables have: a page without any is not a report, and costs no more than this look. */
const NATIONAL = /本年新收|予以公开|行政许可|规范性文件|结果维持/;
/** The sections read from tables: drawn only when read in full. */
const TABLES = ['proactive', 'applications', 'reviewLitigation'];
/** Our own elements, which are never part of the report they read. */
const OURS = /^(?:disclosure-|site-traffic$|review-litigation$|enforcement-counts$)/;

/** The parser's issues, for the webmaster who set `verbose`. */
const note = (issues: ParseIssue[], locale: string) =>
  issues.length
    ? html`<details class="notice" open>
        <summary>${locale === 'en' ? `Not read from the page (${issues.length})` : `未能从页面读取（${issues.length} 处）`}</summary>
        <ul>
          ${issues.map((i) => html`<li><code>${i.path}</code>${i.row ? ` ${i.row}` : ''}${i.column ? ` · ${i.column}` : ''}: ${i.why}${i.seen ? ` (${i.seen})` : ''}</li>`)}
        </ul>
      </details>`
    : undefined;

/**
 * Reads the report from the element `from` selects, or from the page's main content (`main`,
 * `article`, else the body less its `nav`, `aside` and `footer`) when it is empty. Undefined when the page is not a report: no
 * such element, no national table's words in it, or `data-disclosure-charts="off"` on it, an
 * ancestor or an element inside it. A table section the parser could not read in full is left
 * out, with its name in `unread`.
 */
export function readPageReport(from: string, host: HTMLElement): PageRead | undefined {
  let root: Element | null;
  try {
    root = from ? document.querySelector(from) : (document.querySelector('main') ?? document.querySelector('article') ?? document.body);
  } catch {
    return undefined; // not a selector
  }
  if (!root || root.closest('[data-disclosure-charts="off"]') || root.querySelector('[data-disclosure-charts="off"]')) return undefined;
  if (!NATIONAL.test(root.textContent ?? '')) return undefined;
  // Reading the page's main content, its navigation, sidebars and footer are not the report.
  const skip = (el: Element) => el === host || OURS.test(el.localName) || (!from && /^(?:nav|aside|footer)$/.test(el.localName));
  const { report, issues } = parseDocument(domDocument(root, skip));
  const unread = TABLES.filter((key) => report[key] === undefined || issues.some((i) => i.path === key || i.path.startsWith(`${key}.`)));
  for (const key of unread) delete report[key];
  return { report, unread, note: (locale) => note(issues, locale) };
}

setPageReader(readPageReport);
