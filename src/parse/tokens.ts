/**
 * The document as a stream the table readers walk: words (label text), loose figures (where
 * cell positions are unknown), table rows (where they are known), and breaks (prose, which no
 * table crosses). Labels are then matched in the "word space": every word joined without
 * white space, so a label wrapped over lines, split by a page break or by figures in between
 * is still one label.
 */
import { normalize, type Block, type Cell, type Doc } from './document.js';

/** A figure as a cell prints it: thousands separators, decimals, a sign (本年增/减). */
export const FIGURE = /^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Marks that mean "none" in a cell. */
export const NONE = /^(?:[/\-—–―]|无|——)$/;

export type Token =
  | { kind: 'word'; text: string; line: number }
  | { kind: 'figure'; text: string; line: number }
  /** A table row's cells after its label, in order; `row` is the whole row, for messages. */
  | {
      kind: 'cells';
      cells: Cell[];
      /** Each cell's column in its table, and the row's width: where the table's grid is known. */
      cols: number[];
      width: number;
      line: number;
      row: string;
      labelled: boolean;
    }
  | { kind: 'break'; line: number };

/** Page furniture inside a table: "- 3 -", "第 3 页", "第3页 共8页", "3/8". */
const PAGE_NUMBER = /^(?:[-—–‐]\s*\d+\s*[-—–‐]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** A word that ends in a figure right after a Chinese character or a closing bracket. */
const GLUED = /^(.*[\u4e00-\u9fff)）])([+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/** Prose in a table cell: a long text with a full stop. No table crosses one. */
const isProse = (text: string) => text.length > 40 && /[。!?]/.test(text);

/**
 * A line of prose (normalised text): a full stop, or a comma beside a figure with its unit
 * ("受理申请 3119 件，答"). A PDF's text layer breaks paragraphs into short lines, so the
 * line after a prose line that does not end a sentence is prose too.
 */
const isSentence = (text: string) => /[。;!?]/.test(text) || (/,/.test(text) && /\d\s*(?:件|条|次|个|人|万|元|家|项)/.test(text));
const ENDS_SENTENCE = /[。;!?:"”)]$/;

export const isBlank = (cell: Cell) => cell.copy !== undefined || cell.text.trim() === '';
export const isFigureText = (text: string) => FIGURE.test(text) || NONE.test(text);

/**
 * Normalised text (see `normalize`) as the word space holds it: brackets and quotes in one
 * form, no spaces. Tokens are normalised once, when the document is tokenised.
 */
export const squash = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[（〔【]/g, '(')
    .replace(/[）〕】]/g, ')')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/．/g, '.');

/**
 * Label text: words, not a figure written some other way. A cell of Chinese numerals (壹,
 * 二七八) or of digits with a unit (12件) stands where a figure should and is read (and
 * refused) as a cell.
 */
const isLabelText = (text: string) =>
  !isFigureText(text) && !/^[\d,.\s]*[零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]*[\d,.\s]*(?:件|个|条|人|次|元|万元)?$/.test(text);

/** The cells after a row's label: everything right of the last label cell. */
function labelAndArea(row: Cell[]): { labels: string[]; area: Cell[]; cols: number[] } {
  let last = -1;
  row.forEach((cell, i) => {
    const text = normalize(cell.text).trim();
    // A label's copies (its column span) are label too.
    if (text && isLabelText(text)) last = i;
  });
  const labels = row.slice(0, last + 1).filter((c) => !c.copy && c.text.trim()).map((c) => c.text);
  // A cell spanning columns is one cell: its copies beside it are not positions of their own.
  const cols = row.map((_, i) => i).slice(last + 1).filter((i) => row[i]!.copy !== 'col');
  return { labels, area: cols.map((i) => row[i]!), cols };
}

/** The stream of a document's blocks. */
export function tokenize(doc: Doc): Token[] {
  const tokens: Token[] = [];
  // Whether the line before was prose that had not ended its sentence.
  let open = false;
  doc.blocks.forEach((block: Block, line) => {
    if (block.kind === 'line') {
      const text = normalize(block.text).trim();
      if (!text || PAGE_NUMBER.test(text)) return;
      if (open || isSentence(text)) {
        open = !ENDS_SENTENCE.test(text);
        tokens.push({ kind: 'break', line });
        return;
      }
      for (const piece of text.split(/[\s|│┃]+/)) {
        if (!piece) continue;
        // A figure printed hard against its label, as a narrow table's text layer gives it
        // ("行政事业性收费9116.36"), is a figure of its own.
        const glued = /\d$/.test(piece) ? GLUED.exec(piece) : null;
        if (glued) tokens.push({ kind: 'word', text: glued[1]!, line }, { kind: 'figure', text: glued[2]!, line });
        else tokens.push(isFigureText(piece) ? { kind: 'figure', text: piece, line } : { kind: 'word', text: piece, line });
      }
      return;
    }
    open = false;
    for (const row of block.rows) {
      const texts = row.map((c) => normalize(c.text).trim());
      if (texts.some((t) => t) && texts.every((t) => !t || PAGE_NUMBER.test(t))) continue;
      if (texts.some((t) => isProse(t))) {
        tokens.push({ kind: 'break', line });
        continue;
      }
      const { labels, area, cols } = labelAndArea(row);
      for (const label of labels) tokens.push({ kind: 'word', text: normalize(label).trim(), line });
      if (area.length)
        tokens.push({ kind: 'cells', cells: area, cols, width: row.length, line, row: texts.filter(Boolean).join(' | '), labelled: labels.length > 0 });
    }
    tokens.push({ kind: 'break', line });
  });
  return tokens;
}

/** The words of a token stream joined, with the token each character came from. */
export interface WordSpace {
  text: string;
  /** For each character of `text`, the index of its token. */
  owner: number[];
}

export function wordSpace(tokens: Token[]): WordSpace {
  let text = '';
  const owner: number[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const t = squash(token.text);
    text += t;
    for (let k = 0; k < t.length; k++) owner.push(i);
  });
  return { text, owner };
}

/** A label found in the word space: which form row, and the tokens its text spans. */
export interface Match {
  row: number;
  weight: number;
  /** Character range in the word space. */
  start: number;
  end: number;
  /** Token range: the label's first and last word. */
  first: number;
  last: number;
}

export interface RowPattern {
  /** Patterns tried in the word space; the first is the full label (weight 2), the rest weaker (1). */
  patterns: RegExp[];
}

/** Every place each row's label occurs. */
export function findLabels(space: WordSpace, rows: RowPattern[], from = 0, to = space.text.length): Match[] {
  const matches: Match[] = [];
  rows.forEach((row, index) => {
    row.patterns.forEach((pattern, p) => {
      const re = new RegExp(pattern.source, 'g');
      re.lastIndex = from;
      for (let m = re.exec(space.text); m && m.index < to; m = re.exec(space.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const end = m.index + m[0].length;
        matches.push({ row: index, weight: p === 0 ? 2 : 1, start: m.index, end, first: space.owner[m.index]!, last: space.owner[end - 1]! });
      }
    });
  });
  return matches.sort((a, b) => a.start - b.start || b.weight - a.weight);
}

/**
 * The labels that read as the form: the heaviest chain of matches whose rows rise in the
 * form's order as the text goes on (a longest increasing subsequence, weighted), the most
 * compact one among equals. A label mentioned in a heading or a stray word does not break
 * the chain of the table's own labels.
 */
export function bestChain(matches: Match[]): Match[] {
  const n = matches.length;
  const score = new Array<number>(n).fill(0);
  const begin = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    score[i] = matches[i]!.weight;
    begin[i] = matches[i]!.start;
    for (let j = 0; j < i; j++) {
      const a = matches[j]!;
      const b = matches[i]!;
      if (a.row >= b.row || a.end > b.start) continue;
      const s = score[j]! + b.weight;
      if (s > score[i]! || (s === score[i]! && begin[j]! > begin[i]!)) {
        score[i] = s;
        begin[i] = begin[j]!;
        prev[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++)
    if (best < 0 || score[i]! > score[best]! || (score[i] === score[best] && begin[i]! > begin[best]!)) best = i;
  const chain: Match[] = [];
  for (let i = best; i >= 0; i = prev[i]!) chain.unshift(matches[i]!);
  return chain;
}
