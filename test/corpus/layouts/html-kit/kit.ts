/**
 * What the HTML layouts share: the report's tables as grids of cells (with the national
 * form's row and column spans), the page's own generic prose, and the order of the sections.
 * Each layout decides how a grid is marked up (Word's spans, WPS's paragraphs, a CMS editor's
 * thead) and which cells it leaves blank. This folder holds no layout of its own: the corpus
 * test loads only the `.ts` files directly in layouts/.
 */
import {
  APPLICANT_HEADER,
  COLUMNS,
  HEADINGS,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  applicationCell,
  applicationRows,
  cell,
  chineseDate,
  platformProse,
  proactiveTables,
  reviewCell,
  type ColumnKey,
  type Truth,
} from '../../form.js';

/** One cell of a table, before markup. `text` is plain text; '' is a blank cell. */
export interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A header cell (`<th>` where the layout uses them). */
  header?: boolean;
  /** A figure cell (as opposed to a label): layouts align and style these apart. */
  figure?: boolean;
}
export type Grid = Cell[][];

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ` colspan="3" rowspan="22"`, or nothing, for a cell's spans. */
export const spans = (c: Cell, quote = '"') =>
  (c.colspan && c.colspan > 1 ? ` colspan=${quote}${c.colspan}${quote}` : '') + (c.rowspan && c.rowspan > 1 ? ` rowspan=${quote}${c.rowspan}${quote}` : '');

/** How many columns a grid has (its first row's cells and their spans). */
export const gridWidth = (grid: Grid) => (grid[0] ?? []).reduce((n, c) => n + (c.colspan ?? 1), 0);

/** A grid as `<tr>` rows, each cell marked up by `td`. */
export const rowsHtml = (grid: Grid, td: (c: Cell) => string, tr = '<tr>') => grid.map((row) => `${tr}${row.map(td).join('')}</tr>`).join('\n');

/** How a figure is printed: the text of the cell, '' for blank. */
export type FigureText = (n: number | undefined, where: { table: 'proactive' | 'applications' | 'review'; path: string; column: string }) => string;

/** Every figure as written, undefined (the truth has none) as blank. */
export const plainFigure: FigureText = (n) => cell(n);

// ---------------------------------------------------------------------------------------------
// 二、主动公开政府信息情况

/** Section 二's tables with the truth's rows; a row the truth has no figure for is left out. */
export function proactiveParts(truth: Truth) {
  return proactiveTables(truth)
    .map((t) => ({ ...t, rows: t.rows.filter(([, values]) => values.some((v) => v !== undefined)) }))
    .filter((t) => t.rows.length > 0);
}

const proactivePath = (label: string, column: number) => `${label}#${column}`;

/** One small table: its column header and rows, the last cell widened to `width` columns. */
function proactiveRows(part: ReturnType<typeof proactiveParts>[number], width: number, figure: FigureText): Grid {
  const widen = (cells: Cell[]) => {
    const last = cells.at(-1)!;
    const extra = width - cells.length;
    return extra > 0 ? [...cells.slice(0, -1), { ...last, colspan: extra + 1 }] : cells;
  };
  return [
    widen(part.header.map((h) => ({ text: h, header: true }))),
    ...part.rows.map(([label, values]) =>
      widen([{ text: label }, ...values.map((v, i) => ({ text: figure(v, { table: 'proactive', path: proactivePath(label, i), column: String(i) }), figure: true }))]),
    ),
  ];
}

/** Section 二 as the form prints it: one table of four columns, each 第二十条 title a spanning row. */
export function proactiveGrid(truth: Truth, figure: FigureText = plainFigure): Grid {
  return proactiveParts(truth).flatMap((part) => [[{ text: part.title, colspan: 4, header: true }], ...proactiveRows(part, 4, figure)]);
}

/** Section 二 as separate tables, each under its 第二十条 title. */
export function proactiveGrids(truth: Truth, figure: FigureText = plainFigure): { title: string; grid: Grid }[] {
  return proactiveParts(truth).map((part) => ({ title: part.title, grid: proactiveRows(part, part.header.length, figure) }));
}

// ---------------------------------------------------------------------------------------------
// 三、收到和处理政府信息公开申请情况

/** The application rows the truth has (a row it leaves out is not printed). */
export const presentRows = (truth: Truth) =>
  applicationRows(truth).filter((r) => COLUMNS.some(([column]) => applicationCell(truth, r.path, column) !== undefined));

/** True when the truth gives every application row as a total only (plain integers). */
export const totalOnly = (truth: Truth) => presentRows(truth).every((r) => COLUMNS.every(([c]) => c === 'total' || applicationCell(truth, r.path, c) === undefined));

export interface ApplicationGridOptions {
  /** 2: 自然人 | 法人或其他组织 (5) | 总计 over the five; 3: 申请人情况 above that. */
  headerRows?: 2 | 3;
  figure?: FigureText;
  /** The corner cell's text (the form's note on how the rows add up, or nothing). */
  corner?: string;
}

/**
 * The application table as the national form draws it: the outer labels (一、 二、 四、) span
 * three columns, 三、本年度办理结果 spans its rows, each group ((三)不予公开 …) spans its
 * reasons, and a row without a group spans two columns. A truth of totals only prints a
 * single 总计 column.
 */
export function applicationGrid(truth: Truth, options: ApplicationGridOptions = {}): Grid {
  const { headerRows = 2, figure = plainFigure, corner = '' } = options;
  const rows = presentRows(truth);
  const columns: readonly (readonly [ColumnKey, string])[] = totalOnly(truth) ? COLUMNS.filter(([c]) => c === 'total') : COLUMNS;
  const grid: Grid = [];
  if (columns.length === 1) grid.push([{ text: corner, colspan: 3, header: true }, { text: '总计', header: true }]);
  else if (headerRows === 3)
    grid.push(
      [{ text: corner, colspan: 3, rowspan: 3, header: true }, { text: APPLICANT_HEADER.applicant, colspan: 7, header: true }],
      [{ text: '自然人', rowspan: 2, header: true }, { text: APPLICANT_HEADER.legal, colspan: 5, header: true }, { text: '总计', rowspan: 2, header: true }],
      COLUMNS.slice(1, 6).map(([, h]) => ({ text: h, header: true })),
    );
  else
    grid.push(
      [
        { text: corner, colspan: 3, rowspan: 2, header: true },
        { text: '自然人', rowspan: 2, header: true },
        { text: APPLICANT_HEADER.legal, colspan: 5, header: true },
        { text: '总计', rowspan: 2, header: true },
      ],
      COLUMNS.slice(1, 6).map(([, h]) => ({ text: h, header: true })),
    );
  const inSection = rows.filter((r) => r.label);
  for (const r of rows) {
    const labels: Cell[] = [];
    if (!r.label) labels.push({ text: r.section, colspan: 3 });
    else {
      if (inSection[0] === r) labels.push({ text: r.section, rowspan: inSection.length });
      if (!r.group) labels.push({ text: r.label, colspan: 2 });
      else {
        const group = rows.filter((g) => g.group === r.group);
        if (group[0] === r) labels.push({ text: r.group, rowspan: group.length });
        labels.push({ text: r.label });
      }
    }
    const figures = columns.map(([c]) => ({ text: figure(applicationCell(truth, r.path, c), { table: 'applications', path: r.path, column: c }), figure: true }));
    grid.push([...labels, ...figures]);
  }
  return grid;
}

// ---------------------------------------------------------------------------------------------
// 四、政府信息公开行政复议、行政诉讼情况

/** The fifteen figures of section 四 in the form's order. */
export const reviewFigures = (truth: Truth, figure: FigureText = plainFigure): Cell[] =>
  REVIEW_BLOCKS.flatMap(([block]) =>
    REVIEW_RESULTS.map(([result]) => ({ text: figure(reviewCell(truth, block, result), { table: 'review', path: `${block}.${result}`, column: result }), figure: true })),
  );

/** Section 四 as the form draws it: 行政复议's results under a two-row cell, 行政诉讼 split in two. */
export function reviewGrid(truth: Truth, figure: FigureText = plainFigure): Grid {
  const results = (rowspan?: number) => REVIEW_RESULTS.map(([, h]) => ({ text: h, header: true, ...(rowspan ? { rowspan } : {}) }));
  return [
    [{ text: '行政复议', colspan: 5, header: true }, { text: '行政诉讼', colspan: 10, header: true }],
    [...results(2), { text: '未经复议直接起诉', colspan: 5, header: true }, { text: '复议后起诉', colspan: 5, header: true }],
    [...results(), ...results()],
    reviewFigures(truth, figure),
  ];
}

export const hasReview = (truth: Truth) => truth.reviewLitigation !== undefined;

// ---------------------------------------------------------------------------------------------
// The page's own words

export type SectionKey = 'overview' | 'proactive' | 'applications' | 'review' | 'problems' | 'other';
export const SECTION_KEYS: SectionKey[] = ['overview', 'proactive', 'applications', 'review', 'problems', 'other'];
export const NATIONAL_HEADINGS = Object.fromEntries(SECTION_KEYS.map((k, i) => [k, HEADINGS[i]])) as Record<SectionKey, string>;

/** The paragraph before section 一: who wrote the report, and the period it covers. */
export const introProse = (truth: Truth) =>
  `本报告由${truth.agency.name}依照《中华人民共和国政府信息公开条例》的规定编写，所列数据的统计区间为${truth.year}年1月1日至12月31日。如对本报告有疑问，可通过本机关门户网站留言咨询。`;

/** Section 一: a few generic sentences, then the website and new-media figures. */
export const overviewProse = (truth: Truth) => [
  `${truth.year}年，本机关把政务公开作为转变作风、服务群众的一项经常性工作，明确专人负责信息发布，发布前逐条审核，公开目录按月更新。`,
  ...platformProse(truth),
];

export const problemsProse = () => [
  '回顾一年的工作，信息发布的及时性仍有提升空间，政策解读的形式还不够丰富，基层工作人员的业务能力有待加强。',
  '下一步，本机关将加强业务培训，优化栏目设置，提高申请答复的规范性和时效性。',
];

/** Section 六: the information-processing fee, when the truth says, and a closing remark. */
export function otherProse(truth: Truth): string[] {
  const out: string[] = [];
  if (truth.informationFees === 0) out.push('本年度办理政府信息公开申请，没有向任何申请人收取信息处理费。');
  else if (truth.informationFees !== undefined) out.push(`本年度按规定收取信息处理费${truth.informationFees}元。`);
  out.push(out.length ? '除上述情况外，本年度无其他需要报告的事项。' : '本年度无其他需要报告的事项。');
  return out;
}

/** The signature: the agency, then the date when the truth has one. */
export const signature = (truth: Truth) => [truth.agency.name, ...(truth.publishedOn ? [chineseDate(truth.publishedOn)] : [])];

/** Title forms seen on real sites. */
export const titles = {
  agencyFirst: (t: Truth) => `${t.agency.name}${t.year}年政府信息公开工作年度报告`,
  yearFirst: (t: Truth) => `${t.year}年${t.agency.name}政府信息公开工作年度报告`,
  noWork: (t: Truth) => `${t.agency.name}${t.year}年政府信息公开年度报告`,
  annual: (t: Truth) => `${t.agency.name}${t.year}年政府信息公开年报`,
  yearLine: (t: Truth) => `${t.year}年政府信息公开工作年度报告`,
  yearDu: (t: Truth) => `${t.agency.name}${t.year}年度政府信息公开工作报告`,
};

/** A site name for `<title>` and the page header, derived from the region when there is one. */
export const siteName = (truth: Truth) => (truth.agency.region ? `${truth.agency.region}人民政府门户网站` : '政府信息公开平台');

export interface BodyParts {
  heading(text: string, key: SectionKey): string;
  paragraph(text: string): string;
  /** Section 二's tables ('' when the truth has none). */
  proactive(): string;
  applications(): string;
  review(): string;
  /** The headings to print; null prints none (the tables are still there). Defaults to the form's. */
  headings?: Partial<Record<SectionKey, string | null>>;
  /** Sections left out altogether, heading and prose (never a table section). */
  omit?: SectionKey[];
}

/** Sections 一 to 六 in order: each heading, its prose or tables. */
export function reportBody(truth: Truth, parts: BodyParts): string {
  const prose: Partial<Record<SectionKey, string[]>> = { overview: overviewProse(truth), problems: problemsProse(), other: otherProse(truth) };
  const tables: Partial<Record<SectionKey, () => string>> = {
    proactive: parts.proactive,
    applications: () => (truth.applications ? parts.applications() : ''),
    review: () => (hasReview(truth) ? parts.review() : ''),
  };
  const out: string[] = [];
  for (const key of SECTION_KEYS) {
    if (parts.omit?.includes(key)) continue;
    const heading = parts.headings && key in parts.headings ? parts.headings[key] : NATIONAL_HEADINGS[key];
    if (heading) out.push(parts.heading(heading, key));
    for (const p of prose[key] ?? []) out.push(parts.paragraph(p));
    const table = tables[key]?.();
    if (table) out.push(table);
  }
  return out.join('\n');
}

/** A stable pseudo-random choice from a string (so a layout prints the same page every run). */
export const pick = (seed: string, n: number) => [...seed].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % n;

// ---------------------------------------------------------------------------------------------
// Plain markup, for the layouts whose point is not the cell markup

export interface PlainTableOptions {
  /** Attributes of `<table>`. */
  attrs?: string;
  /** What a blank cell holds: nothing or `&nbsp;`. */
  blank?: (c: Cell) => string;
  /** The inside of a non-blank cell (escaped text by default). */
  inner?: (c: Cell) => string;
  /** Header cells as `<th>` and the leading header rows in `<thead>`. */
  thead?: boolean;
  caption?: string;
}

/** A grid as a plain `<table>`, cells as `<td>` (or `<th>` in a thead). */
export function plainTable(grid: Grid, options: PlainTableOptions = {}): string {
  const { attrs = 'border="1" cellspacing="0" cellpadding="0"', blank = () => '', inner = (c) => escapeHtml(c.text), thead = false, caption } = options;
  const td = (c: Cell) => {
    const tag = thead && c.header ? 'th' : 'td';
    return `<${tag}${spans(c)}>${c.text === '' ? blank(c) : inner(c)}</${tag}>`;
  };
  const head = thead ? grid.findIndex((row) => !row.every((c) => c.header)) : 0;
  const headRows = head > 0 ? grid.slice(0, head) : [];
  const bodyRows = grid.slice(headRows.length);
  return [
    `<table ${attrs}>`,
    ...(caption ? [`<caption>${escapeHtml(caption)}</caption>`] : []),
    ...(headRows.length ? ['<thead>', rowsHtml(headRows, td), '</thead>'] : []),
    thead ? '<tbody>' : '',
    rowsHtml(bodyRows, td),
    thead ? '</tbody>' : '',
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Zero as a blank cell. */
export const blankZero: FigureText = (n) => (n === 0 ? '' : cell(n));

/** The sum of a row's six applicant cells, or undefined when one is missing. */
export function sumOfSix(truth: Truth, path: string): number | undefined {
  const values = COLUMNS.slice(0, 6).map(([c]) => applicationCell(truth, path, c));
  return values.every((v) => v !== undefined) ? (values as number[]).reduce((a, b) => a + b, 0) : undefined;
}

/** A plain page: `<title>`, the heading block, the intro, sections, signature. */
export function plainPage(truth: Truth, parts: BodyParts & { title: string; head: string; paragraphTag?: string }): string {
  const p = parts.paragraph;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(parts.title)}</title></head>
<body>
${parts.head}
${p(introProse(truth))}
${reportBody(truth, parts)}
${signature(truth).map((line) => `<p style="text-align:right">${escapeHtml(line)}</p>`).join('\n')}
</body>
</html>`;
}
