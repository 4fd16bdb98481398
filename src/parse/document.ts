/**
 * The report as the parser reads it, whatever it came from: a list of blocks, each a line of
 * text or a table whose cells keep their positions. HTML (here, through htmlparser2; in the
 * page, through the DOM) and plain text (tab-separated or pipe rows become tables, every other
 * line stays a line) both come down to this, so the readers of the national tables see one
 * shape.
 */
import { Parser } from 'htmlparser2';

/**
 * A table cell. `copy` marks a position filled by another cell's span: `row` below it (a
 * merged cell covering several rows), `col` beside it (one cell spanning columns).
 */
export interface Cell {
  text: string;
  copy?: 'row' | 'col';
}

export type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: Cell[][] };

export interface Doc {
  blocks: Block[];
  /** The page's `<title>` and first `<h1>`, when the source is a page. */
  title?: string;
  heading?: string;
}

/** Full-width digits and punctuation to ASCII, no-break and zero-width spaces to spaces. */
export const normalize = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');

/** Runs of white space as one space, none at the ends: a cell's or a title's text as a reader sees it. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const PIPES = /[|│┃]/g;
const PIPE_RULE = /^\s*[|│┃]?\s*:?-{2,}:?\s*(?:[|│┃]\s*:?-{2,}:?\s*)*[|│┃]?\s*$/;

/** A line is a row when it has tabs, or two or more pipes. */
const isRow = (line: string) => line.includes('\t') || (line.match(PIPES)?.length ?? 0) >= 2;

/**
 * A table's lines as cells. Pipe rows come in two styles: with outer pipes (`| a | b |`,
 * Markdown) and without (`a | b | c`, where a line starting with a pipe has a blank first
 * cell); a table whose every line starts and ends with a pipe is of the first.
 */
function tableRows(lines: string[]): Cell[][] {
  const piped = lines.filter((l) => !l.includes('\t')).map((l) => l.trim());
  const outer = piped.length > 0 && piped.every((l) => /^[|│┃]/.test(l) && /[|│┃]$/.test(l));
  return lines.map((line) => {
    if (line.includes('\t') && (line.match(PIPES)?.length ?? 0) < 2) return line.split('\t').map((text) => ({ text: text.trim() }));
    let inner = line.trim();
    if (outer) inner = inner.slice(1, -1);
    return inner.split(PIPES).map((c) => ({ text: c.replace(/<br\s*\/?>/gi, ' ').trim() }));
  });
}

/** Plain text (or Markdown): rows of cells where lines have tabs or pipes, lines elsewhere. */
export function textDocument(text: string): Doc {
  const blocks: Block[] = [];
  let table: string[] | undefined;
  const close = () => {
    if (table) blocks.push({ kind: 'table', rows: tableRows(table) });
    table = undefined;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (PIPE_RULE.test(raw) && raw.includes('-')) continue;
    if (isRow(raw)) {
      (table ??= []).push(raw);
      continue;
    }
    // A blank line does not end a table: converters put them between rows.
    if (raw.trim() === '' && table) continue;
    close();
    blocks.push({ kind: 'line', text: raw });
  }
  close();
  return { blocks };
}

/** Elements that end a line of text. */
export const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'table', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'hr', 'title',
]);
/** Elements whose text is not the page's: code, styles, templates, the head. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

export interface RawCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** Rows of cells with their spans expanded: a spanned position holds a copy of its cell. */
export function expandSpans(rows: RawCell[][]): Cell[][] {
  const grid: Cell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      // Spans are capped: a page's rowspan="1000" must not make a million cells.
      const rowspan = Math.min(Math.max(cell.rowspan, 1), rows.length - r, 100);
      const colspan = Math.min(Math.max(cell.colspan, 1), 50);
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) (grid[r + dr] ??= [])[c + dc] = dr ? { text: cell.text, copy: 'row' } : dc ? { text: cell.text, copy: 'col' } : { text: cell.text };
      c += colspan;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? { text: '' }));
}

const span = (value: string | undefined) => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/**
 * An HTML page as a document: text outside tables as lines (one per block element), each
 * `<table>` as rows of cells with spans expanded. A table nested in a cell gives its text to
 * the cell. Scripts, styles and the head are skipped, except the `<title>`.
 */
export function htmlDocument(html: string): Doc {
  const blocks: Block[] = [];
  const doc: Doc = { blocks };
  let line = '';
  let skip = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  // The open tables, innermost last: rows of raw cells, the open cell.
  const tables: { rows: RawCell[][]; cell?: RawCell; depth: number }[] = [];
  let depth = 0;

  const flush = () => {
    if (line.trim()) blocks.push({ kind: 'line', text: line.trim() });
    line = '';
  };
  const write = (text: string) => {
    const table = tables.at(-1);
    if (table?.cell) table.cell.text += text;
    else if (!table) line += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        if (name === 'title') inTitle = true;
        if (name === 'h1' && !h1) inH1 = true;
        if (SKIP.has(name)) {
          skip++;
          return;
        }
        const table = tables.at(-1);
        if (name === 'table') {
          if (table?.cell) table.cell.text += ' ';
          else flush();
          tables.push({ rows: [], depth });
        } else if (table && name === 'tr' && !table.cell) {
          table.rows.push([]);
        } else if (table && (name === 'td' || name === 'th') && !table.cell) {
          if (!table.rows.length) table.rows.push([]);
          table.cell = { text: '', rowspan: span(attrs.rowspan), colspan: span(attrs.colspan) };
          table.rows.at(-1)!.push(table.cell);
        } else if (BLOCK.has(name)) {
          if (table) write(' ');
          else flush();
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inH1) h1 += text;
        if (!skip) write(text);
      },
      onclosetag(name) {
        depth--;
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        const table = tables.at(-1);
        if (name === 'table' && table) {
          tables.pop();
          const rows = expandSpans(table.rows.filter((r) => r.length)).map((row) =>
            row.map((c) => ({ ...c, text: collapse(c.text) })),
          );
          const outer = tables.at(-1);
          if (outer?.cell) outer.cell.text += rows.map((r) => r.map((c) => c.text).join(' ')).join(' ');
          else if (rows.length) blocks.push({ kind: 'table', rows });
        } else if (table && (name === 'td' || name === 'th')) {
          table.cell = undefined;
        } else if (BLOCK.has(name)) {
          if (table) write(' ');
          else flush();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (title.trim()) doc.title = collapse(title);
  if (h1.trim()) doc.heading = collapse(h1);
  return doc;
}

/** The document as plain text: lines, and table rows with tab-separated cells. */
export const documentText = (doc: Doc) =>
  doc.blocks
    .map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.filter((c) => !c.copy).map((c) => c.text).join('\t')).join('\n')))
    .join('\n');
