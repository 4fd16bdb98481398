/**
 * The national tables, found by their own row labels and read cell by cell. A figure is
 * written only where the form puts it; what cannot be read without guessing is named in an
 * issue (path, row, what was seen, why) and left out.
 */
import { normalize, type Cell } from './document.js';
import { bestChain, findLabels, FIGURE, isBlank, NONE, squash, type Match, type Token, type WordSpace } from './tokens.js';
import { CASE_BLOCKS, CASE_RESULTS } from '../report/vocabulary.js';

/** Something the parser looked for and did not find, or found and could not read. */
export interface ParseIssue {
  /** JSON path of the field, e.g. `applications.outcomes.withheld.stateSecret`. */
  path: string;
  /**
   * `missing`: no trace of it; `unreadable`: found, but a cell is not a figure;
   * `ambiguous`: figures found, but which cell each belongs to cannot be told.
   */
  kind: 'missing' | 'unreadable' | 'ambiguous';
  /** The text it saw there (shortened), for the reader to check by hand. */
  seen: string;
  /** Why, in a sentence. */
  why: string;
  /** The row's label as the form gives it, and the column, where it is a table cell. */
  row?: string;
  column?: string;
}

/** Something the parser did that the reader should know of, though nothing is wrong. */
export interface ParseNote {
  path: string;
  message: string;
}

export type CellKind = 'count' | 'money' | 'change';

/** A row of a national table: where its label is, and where each of its cells goes. */
export interface FormRow {
  /** JSON path of the row (for issues). */
  path: string;
  /** The row's label in the form, for messages. */
  label: string;
  patterns: RegExp[];
  /** Each cell: its JSON path, column name and kind. */
  cells: { path: string; column: string; kind: CellKind }[];
  /** The last cell is the row's total (the application table): blank with figures is the sum. */
  totalLast?: boolean;
}

export interface Found {
  /** JSON path → value, for every figure read. */
  values: Map<string, number>;
  /** Whether the table was found at all (enough of its labels in order). */
  found: boolean;
}

export interface Sink {
  issues: ParseIssue[];
  notes: ParseNote[];
}

const shorten = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A row label that a table could hold but the form does not know: the start of an unknown row. */
const NUMBERED = /^(?:\d{1,2}\s*[.、]|[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/;

/** Labels of the form that head a group of rows and have no cells of their own. */
const GROUPS = /^(?:[一二三四五六七八九十]、|\([一二三四五六七八]\))?(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理|申请人情况)$/;
/** The numbered group labels, as a PDF whose font lost some characters may print them: "三、本年", "(四)无". */
const GROUP_HEADS = ['三、本年度办理结果', '(三)不予公开', '(四)无法提供', '(五)不予处理', '(六)其他处理'];
const isGroup = (text: string) => GROUPS.test(text) || GROUP_HEADS.some((head) => text.length > head.indexOf(head.includes('、') ? '、' : ')') + 1 && head.startsWith(text));

type RowIssue = Omit<ParseIssue, 'path' | 'row'> & { path?: string };
/** A row read: a value per cell (undefined where a cell was refused, with its issue), or the row refused. */
type Read = { ok: true; values: (number | undefined)[]; blanks: number; summed: boolean; refused: RowIssue[] } | { ok: false; issue: RowIssue };

/** A cell's text as a number of the given kind, or why not. */
function cellValue(text: string, kind: CellKind): number | string {
  const t = normalize(text).replace(/\s+/g, ' ').trim();
  if (NONE.test(t)) return 0;
  if (!FIGURE.test(t)) {
    if (/^[\d,.+\-−]+(?:\s+[\d,.+\-−]+)+$/.test(t)) return 'two figures in one cell';
    return 'not a number';
  }
  const n = Number(t.replace(/,/g, '').replace('−', '-'));
  if (kind !== 'money' && !Number.isInteger(n)) return 'a count with decimals';
  if (kind !== 'change' && n < 0) return 'a negative count';
  return n;
}

type CellsToken = Extract<Token, { kind: 'cells' }>;

/** The table columns a row's figures stand in, where the table's other rows agree on them. */
type Window = { line: number; width: number; first: number } | undefined;

/**
 * Cells whose positions are known: blank reads as 0. A row wider than the form is trimmed of
 * blank edge cells when that leaves exactly the form's cells, or cut to the columns the
 * table's full rows all use (`window`); otherwise which columns they are is not known.
 */
function readPositioned(token: CellsToken, row: FormRow, raw: string, window?: Window): Read & { first?: number } {
  const width = row.cells.length;
  let area = token.cells;
  let first: number | undefined = token.cols[0];
  if (area.length !== width) {
    let a = 0;
    let b = area.length;
    while (a < b && isBlank(area[a]!)) a++;
    while (b > a && isBlank(area[b - 1]!)) b--;
    const inWindow = window && window.width === token.width ? token.cols.map((c, i) => (c >= window.first && i < area.length ? i : -1)).filter((i) => i >= 0).slice(0, width) : [];
    if (b - a === width) {
      area = area.slice(a, b);
      first = token.cols[a];
    } else if (b === a) area = Array.from({ length: width }, (): Cell => ({ text: '' }));
    else if (inWindow.length === width && inWindow[0]! <= a && inWindow.at(-1)! >= b - 1 && token.cols[inWindow.at(-1)!]! - token.cols[inWindow[0]!]! === width - 1) {
      area = inWindow.map((i) => area[i]!);
      first = undefined;
    } else
      return {
        ok: false,
        issue: { kind: 'ambiguous', seen: shorten(raw), why: `${b - a} cells where the form has ${width}, and blank cells at the edge: which columns they are cannot be told` },
      };
  } else first = token.cols[0];
  const values: (number | undefined)[] = [];
  const refused: RowIssue[] = [];
  let blanks = 0;
  for (let i = 0; i < width; i++) {
    const cell = area[i]!;
    const spec = row.cells[i]!;
    if (cell.copy && cell.text.trim()) {
      refused.push({ path: spec.path, column: spec.column, kind: 'ambiguous', seen: shorten(raw), why: 'a merged cell spans this cell and another: its figure belongs to one of them' });
      values.push(undefined);
    } else if (isBlank(cell)) {
      values.push(NaN);
      blanks++;
    } else {
      const v = cellValue(cell.text, spec.kind);
      if (typeof v === 'string') refused.push({ path: spec.path, column: spec.column, kind: 'unreadable', seen: shorten(cell.text), why: v });
      values.push(typeof v === 'string' ? undefined : v);
    }
  }
  let summed = false;
  const others = values.slice(0, -1);
  if (row.totalLast && Number.isNaN(values[width - 1]!) && !refused.length && others.some((v) => v !== undefined && !Number.isNaN(v) && v !== 0)) {
    values[width - 1] = others.reduce<number>((s, v) => s + (v === undefined || Number.isNaN(v) ? 0 : v), 0);
    summed = true;
    blanks--;
  }
  return { ok: true, values: values.map((v) => (v !== undefined && Number.isNaN(v) ? 0 : v)), blanks, summed, refused, first };
}

/** Figures whose positions are unknown: all of the row's cells, or none (all blank). */
function readStream(figures: string[], row: FormRow, raw: string): Read {
  const width = row.cells.length;
  if (figures.length === 0) return { ok: true, values: new Array<number>(width).fill(0), blanks: width, summed: false, refused: [] };
  if (figures.length !== width)
    return {
      ok: false,
      issue: {
        kind: 'ambiguous',
        seen: shorten(raw),
        why: `${figures.length} figure${figures.length === 1 ? '' : 's'} where the form has ${width} cells, and no cell positions to tell which columns they are in`,
      },
    };
  const values: number[] = [];
  for (let i = 0; i < width; i++) {
    const v = cellValue(figures[i]!, row.cells[i]!.kind);
    if (typeof v === 'string') return { ok: false, issue: { kind: 'unreadable', seen: shorten(raw), why: `${v}: ${figures[i]}` } };
    values.push(v);
  }
  return { ok: true, values, blanks: 0, summed: false, refused: [] };
}

/** The text of tokens, for messages. */
const tokensText = (tokens: Token[]) =>
  tokens.map((t) => (t.kind === 'cells' ? t.cells.map((c) => (c.copy ? '' : c.text)).join(' | ') : t.kind === 'break' ? '' : t.text)).join(' ');

interface Segment {
  match: Match;
  figures: string[];
  cells: Token[];
  /** A word after the label that starts like another row: the segment may hold an unknown row. */
  stranger?: string;
  /** Whether a word of the label or after it has digits in it (a figure run into its text), row numbers aside. */
  digits: boolean;
  raw: string;
}

/** The tokens of each chained label: from the label to the next label, never past a break. */
function segments(tokens: Token[], chain: Match[]): Segment[] {
  return chain.map((match, k) => {
    const next = chain[k + 1]?.first ?? tokens.length;
    const figures: string[] = [];
    const cells: Token[] = [];
    let stranger: string | undefined;
    let digits = false;
    let end = match.last + 1;
    for (let i = match.first; i < next; i++) {
      const t = tokens[i]!;
      if (t.kind === 'break' && i > match.last) break;
      // The last label's row ends at the first word after its figures.
      if (!chain[k + 1] && t.kind === 'word' && i > match.last) break;
      end = i + 1;
      if (t.kind === 'figure' && i >= match.first) figures.push(t.text);
      else if (t.kind === 'cells') cells.push(t);
      else if (t.kind === 'word' && i > match.last && !stranger && !figures.length && NUMBERED.test(t.text) && !isGroup(squash(t.text))) stranger = t.text;
      if (t.kind === 'word' && /\d/.test(t.text.replace(NUMBERED, ''))) digits = true;
    }
    return { match, figures, cells, stranger, digits, raw: tokensText(tokens.slice(match.first, end)) };
  });
}

/**
 * Reads one national table: its labels in the form's order, then each row's cells. Rows the
 * chain does not reach are named as missing; with fewer than `minimum` labels the table is
 * not there at all.
 */
export function readTable(
  tokens: Token[],
  space: WordSpace,
  rows: FormRow[],
  sink: Sink,
  options: { minimum: number; totalOnly?: boolean; section: string },
): Found {
  const chain = bestChain(findLabels(space, rows));
  const values = new Map<string, number>();
  // No label at all is no table, whatever the minimum.
  if (!chain.length || chain.length < options.minimum) return { values, found: false };

  const segs = segments(tokens, chain);
  // A table with one figure in every row and no positions is a total-only table.
  const streamCounts = segs.filter((s) => !s.cells.length && s.figures.length).map((s) => s.figures.length);
  const totalOnly = options.totalOnly === true && streamCounts.length > 0 && streamCounts.every((n) => n === 1);
  const anyFigure = segs.some((s) => s.figures.length || s.cells.some((c) => c.kind === 'cells' && c.cells.some((x) => !isBlank(x))));
  // Figures out of row order (a text layer read column by column piles several rows'
  // figures after one label, or puts some right before the first): then a label with no figure
  // after it says nothing about its cells.
  const displaced = segs.some((s) => !s.cells.length && s.figures.length > rows[s.match.row]!.cells.length) || tokens[chain[0]!.first - 1]?.kind === 'figure';
  let blankNote = false;

  // Rows that follow a label's own row with nothing in them (a sub-table's title or header) are not its cells.
  const rowCellsOf = (seg: Segment) => {
    const filled = seg.cells.filter((t) => t.kind === 'cells' && t.cells.some((c) => !isBlank(c)));
    return (filled.length ? filled : seg.cells.slice(0, 1)) as CellsToken[];
  };
  // Each row with its cells' positions read once as they stand; then the columns that the
  // table's rows of full width use, where every such row agrees.
  const plain = new Map<Segment, ReturnType<typeof readPositioned>>();
  const windows = new Map<number, Window | null>();
  for (const seg of segs) {
    const own = rowCellsOf(seg);
    if (own.length !== 1 || seg.figures.length) continue;
    const read = readPositioned(own[0]!, rows[seg.match.row]!, seg.raw);
    plain.set(seg, read);
    if (!read.ok || read.first === undefined || !own[0]!.cells.some((c) => !isBlank(c))) continue;
    const key = own[0]!.line;
    const w = { line: key, width: own[0]!.width, first: read.first };
    const had = windows.get(key);
    if (had === undefined) windows.set(key, w);
    else if (had && (had.first !== w.first || had.width !== w.width)) windows.set(key, null);
  }

  for (const seg of segs) {
    const row = rows[seg.match.row]!;
    const issue = (i: Omit<ParseIssue, 'path' | 'row'> & { path?: string }) =>
      sink.issues.push({ ...i, path: i.path ?? row.path, row: row.label });
    if (seg.stranger) {
      issue({ kind: 'ambiguous', seen: shorten(seg.raw), why: `another row (${seg.stranger}) that the form does not have stands between this label and its figures` });
      continue;
    }
    const rowCells = rowCellsOf(seg);
    let read: Read;
    if (rowCells.length === 1 && !seg.figures.length) {
      const first = plain.get(seg)!;
      const window = windows.get(rowCells[0]!.line);
      read = first.ok || !window ? first : readPositioned(rowCells[0]!, row, seg.raw, window);
    }
    else if (!seg.cells.length && totalOnly && seg.figures.length === 1) {
      const v = cellValue(seg.figures[0]!, 'count');
      if (typeof v === 'string') issue({ kind: 'unreadable', seen: shorten(seg.raw), why: v });
      else values.set(row.path, v);
      continue;
    } else if (!seg.cells.length) {
      if (!seg.figures.length && !anyFigure) {
        issue({ kind: 'missing', seen: shorten(seg.raw), why: 'the table has labels but no figure at all' });
        continue;
      }
      if (!seg.figures.length && seg.digits) {
        issue({ kind: 'ambiguous', seen: shorten(seg.raw), why: 'no figure of its own after this label, but digits in its words: its cells cannot be told' });
        continue;
      }
      if (!seg.figures.length && displaced) {
        issue({ kind: 'ambiguous', seen: shorten(seg.raw), why: "no figure after this label, and the table's figures are out of row order: its cells may be elsewhere" });
        continue;
      }
      read = readStream(seg.figures, row, seg.raw);
    } else
      read = {
        ok: false,
        issue: { kind: 'ambiguous', seen: shorten(seg.raw), why: `figures on ${rowCells.length} table rows${seg.figures.length ? ' and between them' : ''} for one label` },
      };
    if (!read.ok) {
      issue(read.issue);
      continue;
    }
    read.refused.forEach(issue);
    row.cells.forEach((cell, i) => {
      const v = read.values[i];
      if (v !== undefined) values.set(cell.path, v);
    });
    if (read.blanks) blankNote = true;
    if (read.summed) {
      sink.notes.push({ path: row.cells.at(-1)!.path, message: `总计 left blank beside figures: written as the row's sum, ${read.values.at(-1)}` });
    }
  }
  if (blankNote) sink.notes.push({ path: options.section, message: 'blank cells in this table read as 0' });

  const reached = new Set(chain.map((m) => m.row));
  rows.forEach((row, i) => {
    if (reached.has(i)) return;
    const before = [...chain].reverse().find((m) => m.row < i);
    const after = chain.find((m) => m.row > i);
    const near = [before, after].filter((m): m is Match => !!m).map((m) => rows[m.row]!.label);
    sink.issues.push({ path: row.path, row: row.label, kind: 'missing', seen: near.length ? `between ${near.join(' and ')}` : '', why: 'row not found' });
  });
  return { values, found: true };
}

/** Sets `value` at a dotted path in `target`, making the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
}

/** Words that section 四's headers are made of. */
const REVIEW_WORDS = /^(?:[一二三四五六七八九十]、|政府信息公开|行政复议|行政诉讼|未经复议|直接起诉|复议后起诉|复议后|起诉|结果|维持|纠正|其他|尚未|审结|总计|情况|[()、,，:：])+$/;

const RESULTS = [...CASE_RESULTS, 'total'] as const;
const RESULT_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const BLOCK_LABELS = ['行政复议', '未经复议直接起诉', '复议后起诉'];

/** Section 四: fifteen cells after a header with 行政复议 and 结果维持, in one row or three tables. */
export function readReview(tokens: Token[], space: WordSpace, sink: Sink): Map<string, number> | undefined {
  const values = new Map<string, number>();
  const header = /行政复议/g;
  let anchor = -1;
  for (let m = header.exec(space.text); m; m = header.exec(space.text)) {
    const after = space.text.slice(m.index, m.index + 160);
    if (/结果维持|维持/.test(after) && /审结/.test(after)) {
      anchor = space.owner[m.index]!;
      break;
    }
  }
  if (anchor < 0) {
    sink.issues.push({ path: 'reviewLitigation', kind: 'missing', seen: '', why: 'no table with 行政复议 and 结果维持 found' });
    return undefined;
  }
  const figures: string[] = [];
  const rows: Cell[][] = [];
  let end = anchor + 1;
  const count = () => figures.length + rows.reduce((n, r) => n + r.length, 0);
  /** After a block of five, another block's header may follow a caption or a paragraph. */
  const nextHeader = (from: number) => {
    for (let j = from; j < Math.min(tokens.length, from + 40); j++) {
      const t = tokens[j]!;
      if (t.kind === 'figure' || (t.kind === 'cells' && !t.labelled)) return -1;
      if (t.kind === 'word' && /维持/.test(squash(t.text))) return j;
    }
    return -1;
  };
  for (let i = anchor + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const stray = t.kind === 'break' || (t.kind === 'word' && !REVIEW_WORDS.test(squash(t.text)));
    if (stray) {
      if (!count()) continue;
      const n = count();
      const j = n < 15 && n % 5 === 0 ? nextHeader(i + 1) : -1;
      if (j < 0) break;
      i = j;
      continue;
    }
    end = i + 1;
    if (t.kind === 'figure') figures.push(t.text);
    // A header row's empty cells (a label, then blanks under its span) are no figures.
    if (t.kind === 'cells' && !(t.labelled && t.cells.every(isBlank))) rows.push(t.cells);
    if (count() >= 15) break;
  }
  const raw = shorten(tokensText(tokens.slice(anchor, end)), 90);
  const issue = (kind: ParseIssue['kind'], why: string, seen = raw, path = 'reviewLitigation', column?: string) =>
    sink.issues.push({ path, kind, seen, why, ...(column ? { column } : {}) });

  let cells: (number | string)[] = [];
  let blanks = 0;
  if (rows.length && !figures.length) {
    // Positions known: each row's cells; a row of more than five may carry all fifteen.
    const flat: Cell[] = [];
    for (const row of rows) {
      let a = 0;
      let b = row.length;
      if (row.length !== 15 && row.length !== 5) {
        while (a < b && isBlank(row[a]!)) a++;
        while (b > a && isBlank(row[b - 1]!)) b--;
      }
      flat.push(...row.slice(a, b));
    }
    if (flat.length !== 15) {
      issue('ambiguous', `${flat.length} cells where the form has 15`);
      return undefined;
    }
    cells = flat.map((c) => {
      if (isBlank(c)) {
        blanks++;
        return 0;
      }
      return cellValue(c.text, 'count');
    });
  } else if (!rows.length && figures.length) {
    if (figures.length !== 15) {
      issue('ambiguous', `${figures.length} figures where the form has 15 cells, and no cell positions to tell which they are`);
      return undefined;
    }
    cells = figures.map((f) => cellValue(f, 'count'));
  } else {
    if (rows.length) {
      issue('ambiguous', 'figures both in table cells and outside them');
      return undefined;
    }
    // The header and not one figure: every cell was blank, which a text layer drops.
    cells = new Array<number>(15).fill(0);
    blanks = 15;
  }
  cells.forEach((v, i) => {
    const path = `reviewLitigation.${CASE_BLOCKS[Math.floor(i / 5)]}.${RESULTS[i % 5]}`;
    if (typeof v !== 'string') {
      values.set(path, v);
      return;
    }
    sink.issues.push({ path, kind: 'unreadable', seen: raw, why: v, row: BLOCK_LABELS[Math.floor(i / 5)]!, column: RESULT_LABELS[i % 5]! });
  });
  if (blanks) sink.notes.push({ path: 'reviewLitigation', message: 'blank cells in this table read as 0' });
  return values;
}
