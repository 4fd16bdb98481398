/**
 * What the PDF layouts share: an HTML page that Chromium prints as Word would export the
 * report (A4, the margins of GB/T 9704, a 宋体-like serif for the text and the tables and a
 * 黑体-like sans for the headings: the Noto CJK fonts Debian installs stand in for them), and
 * html-kit's grids as HTML tables with their widths given per grid column. Each layout
 * decides the grid, the blank cells, the rules and the widths.
 */
import type { Truth } from '../form.js';
import { escapeHtml, introProse, proactiveGrid, reportBody, signature, spans, type BodyParts, type Cell, type FigureText, type Grid } from '../layouts/html-kit/kit.js';
import type { PrintOptions } from './file-layout.js';

/** 宋体 and 黑体 as Chromium finds them here (fc-list :lang=zh). */
export const SERIF = "'Noto Serif CJK SC', 'Noto Serif CJK', serif";
export const SANS = "'Noto Sans CJK SC', 'Noto Sans CJK', sans-serif";

/** GB/T 9704's margins: 3.7 cm top, 3.5 bottom, 2.8 left, 2.6 right. */
export const MARGINS = { top: '3.7cm', bottom: '3.5cm', left: '2.8cm', right: '2.6cm' };

/** A report body in 三号 (16 pt) serif with 28 pt lines, tables in 五号 (10.5 pt) with 1 px rules, as Word exports it. */
export const WORD_CSS = `
body { margin: 0; font-family: ${SERIF}; font-size: 16pt; line-height: 28pt; color: #000; }
h1 { margin: 0 0 28pt; font-family: ${SERIF}; font-size: 22pt; line-height: 33pt; font-weight: bold; text-align: center; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.heading { font-family: ${SANS}; break-after: avoid; }
p.sign { text-align: right; text-indent: 0; }
p.caption { text-align: center; text-indent: 0; font-size: 12pt; font-weight: bold; margin-top: 6pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 10.5pt; line-height: 14pt; table-layout: fixed; }
td, th { border: 1px solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }
td.label { text-align: left; }
tr.whole { break-inside: avoid; }
`;

/** The application table's columns: 三、 (two characters wide), the group, the reason, seven figures. */
export const APPLICATION_COLS = ['7%', '8%', '26%', ...Array<string>(7).fill('8.43%')];

export interface PrintTableOptions {
  /** Each grid column's width (CSS), in a `<colgroup>`; none leaves the widths to the browser. */
  cols?: string[];
  /** Put the leading rows of header cells in a `<thead>`, which Chromium repeats on every page the table runs onto. */
  thead?: boolean;
  /** Attributes of `<table>`. */
  attrs?: string;
}

/** A grid as an HTML table: header cells as `<th>`, labels with class `label`, figures centred. */
export function printTable(grid: Grid, options: PrintTableOptions = {}): string {
  const { cols, thead = false, attrs = '' } = options;
  const td = (c: Cell) => {
    const tag = c.header ? 'th' : 'td';
    const cls = !c.header && !c.figure ? ' class="label"' : '';
    return `<${tag}${spans(c)}${cls}>${escapeHtml(c.text)}</${tag}>`;
  };
  // A row is kept whole on its page, except one that starts a merged cell: Chromium would move the whole merged block.
  const tr = (row: Cell[]) => (row.some((c) => (c.rowspan ?? 1) > 1) ? '<tr>' : '<tr class="whole">');
  const rows = (part: Grid) => part.map((row) => `${tr(row)}${row.map(td).join('')}</tr>`).join('\n');
  const head = thead ? Math.max(0, grid.findIndex((row) => !row.every((c) => c.header))) : 0;
  return [
    `<table${attrs ? ` ${attrs}` : ''}>`,
    cols ? `<colgroup>${cols.map((w) => `<col style="width:${w}">`).join('')}</colgroup>` : '',
    head ? `<thead>\n${rows(grid.slice(0, head))}\n</thead>` : '',
    `<tbody>\n${rows(grid.slice(head))}\n</tbody>`,
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}

export interface PrintPageParts extends BodyParts {
  /** The `<title>` (Word's document title, which Chromium writes into the PDF). */
  title: string;
  /** The title block at the top of page 1. */
  head: string;
  css: string;
}

/** The whole page: the title block, the intro, sections 一 to 六, the signature and date. */
export function printPage(truth: Truth, parts: PrintPageParts): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(parts.title)}</title><style>${parts.css}</style></head>
<body>
${parts.head}
${parts.paragraph(introProse(truth))}
${reportBody(truth, parts)}
<p>&nbsp;</p>
${signature(truth).map((line) => `<p class="sign">${escapeHtml(line)}</p>`).join('\n')}
</body>
</html>`;
}

/** The print options of a page without header or footer: the margins only. */
export const plainPrint = (): PrintOptions => ({ margin: MARGINS });

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** Section 二 as the print layouts set it: its grid in one ruled table, or nothing when the truth has none. */
export function proactiveTable(truth: Truth, figure?: FigureText): () => string {
  const grid = proactiveGrid(truth, figure);
  return () => (grid.length ? printTable(grid, { cols: ['34%', '22%', '22%', '22%'] }) : '');
}

/** The title set over two lines, the agency on the first, as a report's cover does. */
export const agencyOverTitle = (truth: Truth, title: string) => `<h1>${escapeHtml(truth.agency.name)}<br>${escapeHtml(title.slice(truth.agency.name.length))}</h1>`;
export const heading = (text: string) => `<p class="heading">${escapeHtml(text)}</p>`;
