/**
 * The live page as a document (see `document.ts`), read through the DOM the browser has
 * already built: no HTML parser of our own in the page. It gives what `htmlDocument` gives for
 * the same markup: a line per block element, each table's rows with their spans expanded, the
 * page's `<title>` and first `<h1>`.
 */
import { BLOCK, collapse, expandSpans, SKIP, type Block, type Doc } from './document.js';

const TEXT = 3;
const ELEMENT = 1;

/**
 * The element `root` and what it holds as a document. `skip(element)` leaves an element out
 * (the widgets reading the page, say); elements with `hidden` are left out too.
 */
export function domDocument(root: Element, skip: (element: Element) => boolean = () => false): Doc {
  const blocks: Block[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) blocks.push({ kind: 'line', text: line.trim() });
    line = '';
  };
  const shown = (el: Element) => !SKIP.has(el.localName) && !el.hasAttribute('hidden') && !skip(el);

  /** A cell's text: its words, a space where a block (a paragraph, a nested table's cell) ends. */
  const cellText = (node: Node): string => {
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) text += (child as Text).data;
      else if (child.nodeType === ELEMENT && shown(child as Element)) {
        const el = child as Element;
        const block = BLOCK.has(el.localName) || el.localName === 'td' || el.localName === 'th';
        text += `${block ? ' ' : ''}${cellText(el)}${block ? ' ' : ''}`;
      }
    }
    return text;
  };

  const walk = (node: Node) => {
    // Sibling links rather than childNodes, and node types as numbers: the walk of a 200 KB
    // page took twice as long the other way in Chromium.
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) line += (child as Text).data;
      else if (child.nodeType === ELEMENT && shown(child as Element)) {
        const el = child as Element;
        if (el.localName === 'table') {
          flush();
          const rows = expandSpans(
            [...(el as HTMLTableElement).rows]
              .filter((row) => row.closest('table') === el && row.cells.length)
              .map((row) => [...row.cells].map((cell) => ({ text: collapse(cellText(cell)), rowspan: cell.rowSpan, colspan: cell.colSpan }))),
          );
          if (rows.length) blocks.push({ kind: 'table', rows });
          continue;
        }
        const block = BLOCK.has(el.localName);
        if (block) flush();
        walk(el);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  const doc: Doc = { blocks };
  const page = root.ownerDocument;
  const title = collapse(page.title);
  const heading = collapse(page.querySelector('h1')?.textContent ?? '');
  if (title) doc.title = title;
  if (heading) doc.heading = heading;
  return doc;
}
