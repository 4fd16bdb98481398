/**
 * A PDF's text layer as a document (see `document.ts`). A PDF has no tables and no lines:
 * only pieces of text at positions and, where a table is ruled, the rules. This rebuilds
 * them: the rules that meet make a table's grid, a cell that no rule divides is one merged
 * cell (the same shape a page's rowspan and colspan give), each piece of text goes to the cell
 * its middle falls in, and a cell's lines are joined into one text, so a wrapped label stays
 * one label and a header printed one character per line reads as its words. An empty cell of
 * the grid is a blank cell, told from a missing one by the rules around it. A table that runs
 * over a page break is joined into one (the header rows the next page repeats are dropped, a
 * row the break cuts in two is one row again). Text outside ruled tables is grouped into lines
 * by its baseline, except a table printed without rules, which is read row by row
 * (`unruledLines`). Running heads and page numbers (text in the top or bottom margin repeated
 * at the same height on another page, or a page number) are left out.
 *
 * Pure geometry, tested without a PDF library: `pdf.ts` reads the pages with pdf.js.
 */
import type { Block, Cell, Doc } from './document.js';
import { FIGURE } from './tokens.js';

/** A run of text, in PDF points with y up: `x`, `y` the start of its baseline, `size` its font size. */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A straight rule (a stroked line or a thin filled rectangle), in the same coordinates. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
  rules: PdfRule[];
}

/** Positions closer than this (points) are one position: rules drawn twice, borders of 0.5 to 1.5 pt. */
const SNAP = 2.5;
/** The share of the page's height at its top and bottom where running heads and page numbers sit. */
const MARGIN = 0.1;
/** A page number's key (figures as #, no spaces): -3-, 第3页, 第3页，共9页, 3, 3/9, page 3 of 9. */
const PAGE_NUMBER = /^(?:[-—–‐]#[-—–‐]|第#页(?:[,，]?共#页)?|#(?:\/#)?|page#(?:of#)?)$/i;

interface Segment {
  /** Horizontal: at `at` (a y) from `from` to `to` (x). Vertical: at an x, along y. */
  at: number;
  from: number;
  to: number;
  /** An edge no rule draws: where a page break cuts a row, its side rules end. */
  open?: boolean;
}

/** A table on one page before it is read: its rules and the texts inside its box. */
interface Region {
  h: Segment[];
  v: Segment[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  texts: PdfText[];
  /** Where continuations from the next pages were joined on (the y of each join). */
  joins: number[];
  /** Whether a page break cuts the table's first or last row (its side rules run past its top or bottom rule). */
  openTop: boolean;
  openBottom: boolean;
}

/** Values closer than SNAP merged into one (their mean), in ascending order. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const group = groups.at(-1);
    if (group && value - group.at(-1)! <= SNAP) group.push(value);
    else groups.push([value]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Splits the page's rules into horizontal and vertical segments; slanted ones and dots are not rules. */
function segments(rules: PdfRule[]): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = [];
  const v: Segment[] = [];
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1);
    const dy = Math.abs(r.y2 - r.y1);
    if (dy <= SNAP && dx > SNAP) h.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
    else if (dx <= SNAP && dy > SNAP) v.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
  }
  return { h, v };
}

const meets = (h: Segment, v: Segment) =>
  v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/** Groups of rules that meet (a table each), with at least two rules each way. */
function regions(page: PdfPage): Region[] {
  const { h, v } = segments(page.rules);
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hs, i) =>
    v.forEach((vs, j) => {
      if (meets(hs, vs)) parent[find(i)] = find(h.length + j);
    }),
  );
  // A border is drawn cell by cell: under a cell spanning columns, a piece of it may meet no
  // rule across; it belongs to the pieces it continues.
  const continued = (a: Segment, b: Segment) => Math.abs(a.at - b.at) <= SNAP && a.from <= b.to + SNAP && b.from <= a.to + SNAP;
  for (const [list, offset] of [[h, 0], [v, h.length]] as const)
    list.forEach((a, i) =>
      list.forEach((b, j) => {
        if (j > i && continued(a, b)) parent[find(offset + i)] = find(offset + j);
      }),
    );
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(s);
    groups.set(find(i), g);
  });
  v.forEach((s, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(s);
    groups.set(find(h.length + j), g);
  });
  return [...groups.values()]
    .filter((g) => cluster(g.h.map((s) => s.at)).length >= 2 && cluster(g.v.map((s) => s.at)).length >= 2)
    .map((g) => {
      const left = Math.min(...g.h.map((s) => s.from));
      const right = Math.max(...g.h.map((s) => s.to));
      const ys = g.h.map((s) => s.at);
      const top = Math.max(...g.v.map((s) => s.to));
      const bottom = Math.min(...g.v.map((s) => s.from));
      // A row cut by a page break has side rules but no rule across at the break: the page's
      // edge of the table closes it here, and the join with the next page opens it again.
      const openTop = top > Math.max(...ys) + SNAP;
      const openBottom = bottom < Math.min(...ys) - SNAP;
      const h = [...g.h];
      if (openTop) h.push({ at: top, from: left, to: right, open: true });
      if (openBottom) h.push({ at: bottom, from: left, to: right, open: true });
      return { h, v: g.v, left, right, top: Math.max(top, ...ys), bottom: Math.min(bottom, ...ys), texts: [], joins: [], openTop, openBottom };
    });
}

/** Whether the rules draw a line at `at` over the whole stretch from `from` to `to` (less a margin). */
function ruled(segs: Segment[], at: number, from: number, to: number): boolean {
  const margin = Math.min(SNAP * 2, (to - from) / 4);
  const covering = segs
    .filter((s) => Math.abs(s.at - at) <= SNAP)
    .map((s) => [s.from, s.to] as const)
    .sort((a, b) => a[0] - b[0]);
  let reach = from + margin;
  for (const [a, b] of covering) {
    if (a > reach + SNAP) break;
    reach = Math.max(reach, b);
  }
  return reach >= to - margin;
}

const middle = (t: PdfText) => ({ x: t.x + t.width / 2, y: t.y + t.size * 0.35 });

/** A text that runs over a column rule, cut at the rules (its characters spread evenly over its width). */
function splitAt(text: PdfText, xs: number[]): PdfText[] {
  const chars = [...text.text];
  const inside = xs.filter((x) => x > text.x + SNAP && x < text.x + text.width - SNAP);
  if (!inside.length || chars.length < 2) return [text];
  const step = text.width / chars.length;
  const pieces: PdfText[] = [];
  let start = 0;
  for (const x of [...inside, Infinity]) {
    const end = Math.min(chars.length, Math.round((x - text.x) / step));
    if (end > start) pieces.push({ ...text, text: chars.slice(start, end).join(''), x: text.x + start * step, width: (end - start) * step });
    start = Math.max(start, end);
  }
  return pieces;
}

/**
 * Texts as lines: grouped by baseline (top to bottom), each line's texts left to right. Two
 * texts are joined with a space where the gap between them is wider than a third of the font
 * size; lines are joined without one between Chinese characters (a wrapped label) and with one
 * elsewhere.
 */
export function linesOf(texts: PdfText[]): { text: string; y: number; size: number; texts: PdfText[] }[] {
  const sorted = texts.filter((t) => t.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; texts: PdfText[] }[] = [];
  for (const t of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - t.y) <= Math.max(line.size, t.size) * 0.5) line.texts.push(t);
    else lines.push({ y: t.y, size: t.size, texts: [t] });
  }
  return lines.map((line) => {
    const row = line.texts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const t of row) {
      if (text && t.x - end > Math.max(t.size, 1) / 3 && !/\s$/.test(text)) text += ' ';
      text += t.text;
      end = Math.max(end, t.x + t.width);
    }
    return { text: text.trim(), y: line.y, size: line.size, texts: row };
  });
}

/** A cell's lines as one text: a space only between two Latin letters or digits (words, separate figures). */
/**
 * Whether a page's text may hold a table: a line with a figure set apart from its neighbour by
 * a wide gap, as a cell's figure is and prose never is. Reading a page's drawing (for the
 * rules) costs a third of the time of reading a PDF, so pages of prose skip it.
 */
export function mayHoldTable(texts: PdfText[]): boolean {
  return linesOf(texts).some((line) => figureStart(line.texts) !== undefined);
}

/** A run that is a figure ("4.", a row number, is not). */
const isFigureRun = (t: PdfText) => FIGURE.test(t.text.trim());

/** Where a line's cells of figures start: the first figure set apart from the text before it by a wide gap. */
function figureStart(row: PdfText[]): number | undefined {
  for (let k = 1; k < row.length; k++) {
    const a = row[k - 1]!;
    const b = row[k]!;
    if (b.x - (a.x + a.width) > 1.5 * b.size && (isFigureRun(a) || isFigureRun(b))) return isFigureRun(a) ? a.x : b.x;
  }
  return undefined;
}

type Line = ReturnType<typeof linesOf>[number];

/** A stretch of a line with no wide gap in it: one cell's line of text. */
interface Chunk {
  text: string;
  from: number;
  to: number;
  y: number;
  size: number;
}

/** Texts as chunks: lines cut where a gap is wider than most of a character. */
function chunksOf(texts: PdfText[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const line of linesOf(texts)) {
    let chunk: Chunk | undefined;
    for (const t of line.texts) {
      if (chunk && t.x - chunk.to <= t.size * 0.8) {
        chunk.text += t.text;
        chunk.to = t.x + t.width;
      } else chunks.push((chunk = { text: t.text, from: t.x, to: t.x + t.width, y: line.y, size: line.size }));
    }
  }
  return chunks;
}

/**
 * A row's label pieces in reading order: cut into chunks where a line has a wide gap, the
 * chunks put in columns where their spans overlap (a centred label's lines start at different
 * places), the columns left to right and each top to bottom.
 */
function labelColumns(texts: PdfText[]): Chunk[][] {
  const chunks = chunksOf(texts);
  const columns: (typeof chunks)[] = [];
  for (const chunk of [...chunks].sort((a, b) => a.from - b.from)) {
    const column = columns.find((c) => c.some((o) => chunk.from < o.to && o.from < chunk.to));
    if (column) column.push(chunk);
    else columns.push([chunk]);
  }
  return columns.map((column) => column.sort((a, b) => b.y - a.y || a.from - b.from));
}

/**
 * A table printed without rules, read row by row rather than baseline by baseline. Its rows
 * are the lines whose figures stand apart in columns; a label wrapped over lines (the lines
 * above and below its figures, which sit in the middle of the row) and a label spanning rows
 * (a group label, set in the middle of its rows) have lines of their own that fall between
 * those rows' figures. Each such label line goes to the row whose figures are nearest, and a
 * row's label pieces are put in order column by column, so "(四)无法" never lands inside
 * "2.没有现成信息需要另行制" + "作". Lines that reach into the figures' columns (a header,
 * prose) or are set in another type size (a heading) end the table.
 */
export function unruledLines(lines: Line[]): { text: string; y: number; size: number }[] {
  const out: { text: string; y: number; size: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = figureStart(lines[i]!.texts);
    if (start === undefined) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The table: figure rows, and between them lines wholly left of the figures.
    // A label line: wholly left of the figures, in the table's type size (a heading's is larger).
    const size = lines[i]!.size;
    const left = (line: Line) => Math.abs(line.size - size) <= size * 0.15 && line.texts.every((t) => t.x + t.width <= start - line.size * 0.5);
    let end = i;
    let figuresLeft = start;
    for (let j = i + 1; j < lines.length; j++) {
      const at = figureStart(lines[j]!.texts);
      if (at !== undefined && Math.abs(at - start) <= lines[j]!.size * 6) {
        end = j;
        figuresLeft = Math.min(figuresLeft, at);
      } else if (!left(lines[j]!)) break;
    }
    // Label lines just before the first row belong to it when they are as near as a wrapped label's.
    let first = i;
    while (first > 0 && out.length && left(lines[first - 1]!) && lines[first - 1]!.y - lines[first]!.y <= lines[first]!.size * 1.6 && out.at(-1) === lines[first - 1]) {
      out.pop();
      first--;
    }
    const rows = lines.slice(i, end + 1).filter((l) => figureStart(l.texts) !== undefined);
    const pieces = new Map(rows.map((r) => [r, [] as PdfText[]]));
    for (const line of lines.slice(first, end + 1))
      for (const t of line.texts) {
        if (rows.includes(line) && t.x >= figuresLeft - line.size * 0.5) continue;
        // The row whose figures are nearest; on a tie, the upper one.
        let best = rows[0]!;
        for (const r of rows) if (Math.abs(r.y - line.y) < Math.abs(best.y - line.y) - 0.01) best = r;
        pieces.get(best)!.push(t);
      }
    for (const row of rows) {
      const labelText = joinLines(labelColumns(pieces.get(row)!).flatMap((column) => column.map((chunk) => chunk.text)));
      const figures = row.texts.filter((t) => t.x >= figuresLeft - row.size * 0.5).map((t) => t.text.trim());
      out.push({ text: [labelText, ...figures].filter(Boolean).join(' '), y: row.y, size: row.size });
    }
    i = end + 1;
  }
  return out;
}

const joinLines = (lines: string[]) =>
  lines.reduce((all, line) => (!all ? line : /[A-Za-z0-9]$/.test(all) && /^[A-Za-z0-9]/.test(line) ? `${all} ${line}` : all + line), '');

/** A ruled table's cells: the grid of its rules, cells no rule divides merged, texts placed by their middles. */
function readRegion(region: Region): Cell[][] {
  const xs = cluster(region.v.map((s) => s.at));
  const ys = cluster(region.h.map((s) => s.at)).reverse(); // top first
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Each grid cell's owner: the top-left cell of the merged cell it belongs to.
  const owner: number[][] = Array.from({ length: rows }, () => Array<number>(cols));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const left = c > 0 && !ruled(region.v, xs[c]!, ys[r + 1]!, ys[r]!);
      const up = r > 0 && !ruled(region.h, ys[r]!, xs[c]!, xs[c + 1]!);
      owner[r]![c] = left ? owner[r]![c - 1]! : up ? owner[r - 1]![c]! : r * cols + c;
    }
  const texts = new Map<number, PdfText[]>();
  for (const text of region.texts.flatMap((t) => splitAt(t, xs))) {
    const m = middle(text);
    // A text on the table's edge (within the rules' tolerance) goes to the nearest cell, never nowhere.
    let c = xs.findIndex((x, i) => i < cols && m.x >= x && m.x < xs[i + 1]!);
    if (c < 0) c = m.x < xs[0]! ? 0 : cols - 1;
    let r = ys.findIndex((y, i) => i < rows && m.y <= y && m.y > ys[i + 1]!);
    if (r < 0) r = m.y > ys[0]! ? 0 : rows - 1;
    const key = owner[r]![c]!;
    texts.set(key, [...(texts.get(key) ?? []), text]);
  }
  const content = new Map([...texts].map(([key, items]) => [key, joinLines(linesOf(items).map((l) => l.text))]));
  return owner.map((row, r) =>
    row.map((key, c) => {
      const text = content.get(key) ?? '';
      const top = Math.floor(key / cols);
      return top < r ? { text, copy: 'row' as const } : key % cols < c ? { text, copy: 'col' as const } : { text };
    }),
  );
}

type Placed = { top: number; page: number } & ({ kind: 'line'; text: string; size: number; y: number } | { kind: 'table'; region: Region });

/** Text in the top or bottom margin that is page furniture: repeated on another page, or a page number. */
function furniture(pages: PdfPage[]): (page: number, line: { text: string; y: number }) => boolean {
  const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');
  // Each margin line's text and where it stands, to find it at the same height on another page.
  const seen = new Map<string, { page: number; y: number }[]>();
  const inMargin = (page: PdfPage, y: number) => y > page.height * (1 - MARGIN) || y < page.height * MARGIN;
  pages.forEach((page, p) => {
    for (const line of linesOf(page.texts.filter((t) => inMargin(page, t.y)))) {
      const k = key(line.text);
      seen.set(k, [...(seen.get(k) ?? []), { page: p, y: line.y }]);
    }
  });
  return (p, line) => {
    if (!inMargin(pages[p]!, line.y)) return false;
    const k = key(line.text);
    return PAGE_NUMBER.test(k) || (seen.get(k) ?? []).some((other) => other.page !== p && Math.abs(other.y - line.y) <= SNAP);
  };
}

/** The texts and tables of one page, top to bottom. */
function place(page: PdfPage, p: number, isFurniture: (page: number, line: { text: string; y: number }) => boolean): Placed[] {
  const tables = regions(page);
  const loose: PdfText[] = [];
  for (const text of page.texts) {
    if (!text.text.trim()) continue;
    const m = middle(text);
    const table = tables.find((t) => m.x >= t.left - SNAP && m.x <= t.right + SNAP && m.y <= t.top + SNAP && m.y >= t.bottom - SNAP);
    if (table) table.texts.push(text);
    else loose.push(text);
  }
  const placed: Placed[] = tables.map((region) => ({ kind: 'table', region, top: region.top, page: p }));
  for (const line of unruledLines(linesOf(loose).filter((l) => !isFurniture(p, l)))) {
    if (!isFurniture(p, line)) placed.push({ kind: 'line', text: line.text, size: line.size, y: line.y, top: line.y + line.size, page: p });
  }
  return placed.sort((a, b) => b.top - a.top);
}

/**
 * A table continued at the top of the next page, joined to the one that ends the page before:
 * its rules and texts moved up to sit under it, when its column rules are among the first
 * table's and it spans the same width.
 */
function continues(first: Region, next: Region): boolean {
  const xs = cluster(first.v.map((s) => s.at));
  return (
    Math.abs(first.left - next.left) <= SNAP * 2 &&
    Math.abs(first.right - next.right) <= SNAP * 2 &&
    cluster(next.v.map((s) => s.at)).every((x) => xs.some((f) => Math.abs(f - x) <= SNAP * 2))
  );
}

function join(first: Region, next: Region): Region {
  const dy = first.bottom - next.top;
  // A row cut by the break is one row again: neither part's open edge stays.
  const cut = first.openBottom && next.openTop;
  const xs = cluster(first.v.map((s) => s.at));
  // The continuation's column rules snapped onto the first table's, so the grid is one.
  const snap = (x: number) => xs.find((f) => Math.abs(f - x) <= SNAP * 2) ?? x;
  return {
    h: [...first.h.filter((s) => !(cut && s.open && s.at === first.bottom)), ...next.h.filter((s) => !(cut && s.open && s.at === next.top)).map((s) => ({ ...s, at: s.at + dy }))],
    v: [...first.v, ...next.v.map((s) => ({ at: snap(s.at), from: s.from + dy, to: s.to + dy }))],
    left: first.left,
    right: first.right,
    top: first.top,
    bottom: next.bottom + dy,
    texts: [...first.texts, ...next.texts.map((t) => ({ ...t, y: t.y + dy }))],
    joins: cut ? first.joins : [...first.joins, first.bottom],
    openTop: first.openTop,
    openBottom: next.openBottom,
  };
}

/** Rows of a joined table minus the header rows each continuation repeats. */
function dropRepeatedHeaders(rows: Cell[][], region: Region): Cell[][] {
  const ys = cluster(region.h.map((s) => s.at)).reverse();
  const same = (a: Cell[], b: Cell[]) => a.length === b.length && a.every((c, i) => c.text === b[i]!.text);
  const drop = new Set<number>();
  for (const at of region.joins) {
    const start = ys.findIndex((y) => Math.abs(y - at) <= SNAP);
    if (start <= 0) continue;
    let repeated = 0;
    while (start + repeated < rows.length && repeated < start && same(rows[start + repeated]!, rows[repeated]!)) repeated++;
    // Only a header repeats: a row with a figure in it is data, even when two rows agree.
    if (rows.slice(start, start + repeated).some((row) => row.some((c) => /\d/.test(c.text)))) continue;
    for (let i = 0; i < repeated; i++) drop.add(start + i);
  }
  return rows.filter((_, i) => !drop.has(i));
}

/** The pages' text and rules as a document: lines and tables in reading order. */
export function pdfDocument(pages: PdfPage[]): Doc {
  const isFurniture = furniture(pages);
  const placed = pages.flatMap((page, p) => place(page, p, isFurniture));
  const merged: Placed[] = [];
  for (const block of placed) {
    const last = merged.at(-1);
    if (last?.kind === 'table' && block.kind === 'table' && block.page === last.page + 1 && continues(last.region, block.region)) {
      merged[merged.length - 1] = { ...last, region: join(last.region, block.region), page: block.page };
    } else merged.push(block);
  }
  const blocks: Block[] = merged.map((block) => {
    if (block.kind === 'line') return { kind: 'line', text: block.text };
    return { kind: 'table', rows: dropRepeatedHeaders(readRegion(block.region), block.region) };
  });
  return { blocks };
}
