/**
 * What the text-family layouts (pdf-*, md-*, text-*) share: the report around the tables
 * (title, this project's own prose, headings, signature) and the contract's rule for rows
 * whose cell positions are unknown. A layout prints only its tables and says which zeros it
 * leaves blank; this module turns that into the whole document and its `unreadable` list.
 *
 * This folder's name does not end in `.ts`, so test/unit/corpus.test.ts does not load it
 * as a layout.
 */
import type { Truth, FormRow } from '../../form.js';
import { COLUMNS, HEADINGS, REVIEW_BLOCKS, REVIEW_RESULTS, applicationCell, applicationRows, chineseDate, platformProse, reviewCell } from '../../form.js';

/** How the title is printed; every form occurs in published reports (see REAL-REPORTS.md). */
export type TitleStyle = 'agency-first' | 'year-first' | 'no-work' | 'annual' | 'wrapped' | 'agency-line';

export function titleLines(truth: Truth, style: TitleStyle): string[] {
  const { name } = truth.agency;
  const y = truth.year;
  switch (style) {
    case 'agency-first':
      return [`${name}${y}年政府信息公开工作年度报告`];
    case 'year-first':
      return [`${y}年${name}政府信息公开工作年度报告`];
    case 'no-work':
      return [`${name}${y}年政府信息公开年度报告`];
    case 'annual':
      return [`${name}${y}年度政府信息公开年报`];
    case 'wrapped':
      // A long title that the page width breaks after the year.
      return [`${name}${y}年政府信息公开`, '工作年度报告'];
    case 'agency-line':
      return [name, `${y}年政府信息公开工作年度报告`];
  }
}

/** The running head a PDF repeats at the top of every page: the title on one line. */
export const runningHead = (truth: Truth) => `${truth.agency.name}${truth.year}年政府信息公开工作年度报告`;

/**
 * This project's own prose, in three voices so that layouts do not all read alike. None of it
 * holds a figure or a date: the figures are the tables', the overview's platform sentences
 * (platformProse) and the fee sentence's, and the only date is the signature's.
 */
const VOICES = [
  {
    intro: (t: Truth) =>
      `本报告由${t.agency.name}依照《中华人民共和国政府信息公开条例》和国家规定的年度报告格式编制，内容包括总体情况、主动公开、依申请公开、复议诉讼、存在的问题和其他事项六个部分。本报告的电子文本可在本机关门户网站下载，如有疑问请与本机关办公室联系。`,
    overview: (t: Truth) => [
      `${t.year}年，本机关坚持以公开为常态、不公开为例外，围绕中心工作做好主动公开，依法办理依申请公开，加强公开平台建设和监督保障。`,
    ],
    problems: [
      '本年度的政府信息公开工作仍有不足：个别栏目更新不够及时，政策解读形式较为单一，工作人员的业务能力有待提高。',
      '下一步，本机关将加强业务培训，完善信息发布审核机制，丰富政策解读形式，进一步提升公开质量。',
    ],
    other: '本年度无其他需要报告的事项。',
  },
  {
    intro: (t: Truth) =>
      `根据《中华人民共和国政府信息公开条例》的规定，现公布${t.agency.name}本年度政府信息公开工作年度报告。报告所列数据的统计期限为本年度全年。`,
    overview: (t: Truth) => [
      '（一）主动公开',
      '本机关把政务公开列入年度重点工作，明确分管领导和专职人员，健全信息发布前的审核流程，按时更新政府信息公开专栏。',
      '（二）依申请公开',
      `${t.year}年，本机关畅通申请渠道，规范受理、登记、审核、答复各环节，依法保障申请人的合法权益。`,
      '（三）平台建设',
    ],
    problems: ['存在的问题主要是公开内容的深度不够，与公众的互动偏少。', '改进措施：一是健全工作机制；二是加强业务学习；三是强化平台的日常管理。'],
    other: '本机关没有其他需要报告的事项。',
  },
  {
    intro: (t: Truth) =>
      `按照上级部门的工作要求，${t.agency.name}编制了本年度政府信息公开工作年度报告，现予以公布。`,
    overview: () => ['本年度，我局认真落实政务公开各项要求，以制度建设为抓手，推动决策、执行、管理、服务、结果公开，政府信息公开工作平稳有序。'],
    problems: ['一年来，我局的公开工作取得一定成效，但离群众的期待还有差距。今后将以问题为导向，持续改进工作方法，提高公开工作的规范化水平。'],
    other: '无其他需要报告的事项。',
  },
] as const;

/** Section 六's sentence on 信息处理费, in this project's words. */
function feeSentence(truth: Truth, voice: number): string | undefined {
  const fees = truth.informationFees;
  if (fees === undefined) return undefined;
  if (fees > 0) return `本年度共收取信息处理费${fees}元。`;
  return ['本年度未向申请人收取信息处理费。', '本机关办理政府信息公开申请，全年没有收取信息处理费。', '依申请公开工作中未收取任何信息处理费。'][voice % 3];
}

export interface ReportOptions {
  title: TitleStyle;
  /** Which of the three voices the prose speaks in. */
  voice: number;
  /** How a title line prints (Markdown: `# …`). */
  titleLine?: (line: string) => string;
  /** How a section heading prints (Markdown: `## 一、总体情况`). */
  heading?: (text: string) => string;
  /** Line(s) between paragraphs: '' for a blank line (web text, Markdown), nothing for a PDF. */
  gap?: string[];
  /** Replaces the national heading of section 五 (reworded headings occur). */
  problemsHeading?: string;
  /** Breaks this project's prose into lines of at most this many characters, as a PDF's lines. */
  wrap?: number;
  /** Starts a new page (a PAGE line, see `paginate`) before sections 二 and 五. */
  pages?: boolean;
}

/** A line that stands for a page break until `paginate` prints the page's furniture. */
export const PAGE = '\f';

/**
 * A PDF's page furniture: every PAGE line becomes the page's footer (its number) and the next
 * page's running head, and the last page gets its footer too.
 */
export function paginate(lines: string[], footer: (page: number, pages: number) => string[], head: string[] = []): string[] {
  const pages = lines.filter((l) => l === PAGE).length + 1;
  let page = 0;
  const out = lines.flatMap((l) => (l === PAGE ? [...footer(++page, pages), ...head] : [l]));
  return [...out, ...footer(pages, pages)];
}

/** A paragraph broken into lines of `width` characters, never inside a run of digits. */
export function wrapped(text: string, width: number | undefined): string[] {
  if (!width) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let at = width;
    while (at > 1 && /\d/.test(rest[at - 1]!) && /\d/.test(rest[at]!)) at--;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...lines, rest];
}

export interface Tables {
  /** Section 二's table lines; printed when the truth has `proactive`. */
  proactive: string[];
  /** Section 三's table lines; printed when the truth has `applications`. */
  applications: string[];
  /** Section 四's table lines; printed when the truth has `reviewLitigation`. */
  review: string[];
}

/** The whole report as lines: title, intro, sections 一 to 六 around the tables, signature. */
export function reportLines(truth: Truth, tables: Tables, options: ReportOptions): string[] {
  const voice = VOICES[options.voice % VOICES.length]!;
  const heading = options.heading ?? ((h: string) => h);
  const gap = options.gap ?? [];
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(...lines, ...gap);
  const paragraphs = (lines: readonly string[]) => lines.forEach((l) => block(...wrapped(l, options.wrap)));

  block(...titleLines(truth, options.title).map(options.titleLine ?? ((l) => l)));
  paragraphs([voice.intro(truth)]);
  block(heading(HEADINGS[0]));
  paragraphs(voice.overview(truth));
  // Unwrapped: a platform's name or a figure broken over two lines is not what this layout tests.
  platformProse(truth).forEach((l) => block(l));
  if (options.pages) out.push(PAGE);
  block(heading(HEADINGS[1]));
  if (truth.proactive) block(...tables.proactive);
  else block('本年度主动公开情况详见本机关门户网站政府信息公开专栏。');
  block(heading(HEADINGS[2]));
  if (truth.applications) block(...tables.applications);
  block(heading(HEADINGS[3]));
  if (truth.reviewLitigation) block(...tables.review);
  if (options.pages) out.push(PAGE);
  block(heading(options.problemsHeading ?? HEADINGS[4]));
  paragraphs(voice.problems);
  block(heading(HEADINGS[5]));
  paragraphs([feeSentence(truth, options.voice), voice.other].filter((s): s is string => !!s));
  if (truth.publishedOn) block(truth.agency.name, chineseDate(truth.publishedOn));
  while (gap.length && out.at(-1) === gap.at(-1)) out.pop();
  return out;
}

/** A row of the application table as the truth gives it: its full path and its seven cells. */
export interface ApplicationRow {
  /** Path from the report's root: `applications.outcomes.withheld.stateSecret`. */
  path: string;
  row: FormRow;
  /** The seven cells in the form's column order; undefined where the truth has no figure. */
  cells: (number | undefined)[];
}

/**
 * The application table's rows that the truth has, in the form's order (2021 or 2019). A row
 * the truth leaves out is not printed (see `absentPaths`).
 */
export const applicationTable = (truth: Truth): ApplicationRow[] =>
  applicationRows(truth)
    .map((row) => ({ path: `applications.${row.path}`, row, cells: COLUMNS.map(([key]) => applicationCell(truth, row.path, key)) }))
    .filter((r) => r.cells.some((c) => c !== undefined));

/** Section 四's fifteen cells in the form's order (review, direct suit, suit after review). */
export const reviewCells = (truth: Truth): (number | undefined)[] =>
  REVIEW_BLOCKS.flatMap(([block]) => REVIEW_RESULTS.map(([result]) => reviewCell(truth, block, result)));

/**
 * What the parser finds nothing of, and so must name as missing: a section the truth lacks,
 * and a row of the application table the truth lacks (neither is printed).
 */
export function absentPaths(truth: Truth): string[] {
  const sections = (['proactive', 'applications', 'reviewLitigation'] as const).filter((key) => !truth[key]);
  if (!truth.applications) return [...sections];
  const present = new Set(applicationTable(truth).map((r) => r.path));
  const rows = applicationRows(truth)
    .map((r) => `applications.${r.path}`)
    .filter((p) => !present.has(p));
  return [...sections, ...rows];
}

/**
 * The contract's rule for rows whose cell positions are unknown (README: "Positions
 * unknown"): given how many figures each printed row shows, the paths of the ambiguous rows.
 * Seven figures are the seven columns; none is all zeros; one in every row that shows any is a
 * total-only table; any other count is ambiguous.
 */
export function ambiguousRows(rows: { path: string; figures: number }[]): string[] {
  const shown = rows.filter((r) => r.figures > 0);
  if (shown.length && shown.every((r) => r.figures === 1)) return [];
  return rows.filter((r) => r.figures !== 0 && r.figures !== 7).map((r) => r.path);
}

/**
 * Section 四 without positions: fifteen figures are the fifteen cells, none is all zeros (as
 * for a row of the application table), any other count cannot be placed.
 */
export const ambiguousReview = (figures: number): string[] => (figures === 0 || figures === 15 ? [] : ['reviewLitigation']);

/** A cell as printed, with zeros left blank where `blank` says so. */
export const printed = (n: number | undefined, blank = false) => (n === undefined || (blank && n === 0) ? '' : String(n));

/** The application table's two- or three-line header as flat cells, in reading order. */
export const APPLICANT_HEADER_CELLS = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/**
 * The labels a row prints before its cells where labels stand on their own lines: its section
 * (三、本年度办理结果) and group (（三）不予公开) the first time they occur, then its own label.
 */
export function rowLabels(rows: ApplicationRow[]): string[][] {
  return rows.map(({ row }, i) => {
    const before = rows[i - 1]?.row;
    if (!row.label) return [row.section];
    return [
      ...(before?.section === row.section ? [] : [row.section]),
      ...(row.group && before?.group !== row.group ? [row.group] : []),
      row.label,
    ];
  });
}

/** Section 四's header cells in reading order (three header rows, left to right). */
export const REVIEW_HEADER_CELLS = [
  '行政复议',
  '行政诉讼',
  ...REVIEW_RESULTS.map(([, label]) => label),
  '未经复议直接起诉',
  '复议后起诉',
  ...REVIEW_RESULTS.map(([, label]) => label),
  ...REVIEW_RESULTS.map(([, label]) => label),
];

/** The number of figures among printed cells. */
export const figureCount = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;

/** A Markdown table row. */
export const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** A Markdown table's separator line under a header of `n` cells. */
export const pipeRule = (n: number) => pipeRow(Array.from({ length: n }, () => '---'));

/**
 * The application table as a grid, the way Word lays the form out: three label columns
 * (section, group, row) and the seven figure columns. A merged label is printed in its first
 * cell only, the rest of the merge is blank.
 */
export function labelCells(rows: ApplicationRow[]): string[][] {
  const labels = rowLabels(rows);
  return rows.map(({ row }, i) => {
    if (!row.label) return [row.section, '', ''];
    const first = labels[i]!;
    const section = first.includes(row.section) ? row.section : '';
    if (!row.group) return [section, row.label, ''];
    return [section, first.includes(row.group) ? row.group : '', row.label];
  });
}

/** The figures a text layer keeps of a row: blank cells (and, with `blankZeros`, zeros printed blank) dropped. */
export const printedFigures = (values: (number | undefined)[], blankZeros = false) =>
  values.map((v) => printed(v, blankZeros)).filter((v) => v !== '');

/**
 * What a layout without cell positions cannot read: the sections the truth lacks, the rows
 * whose printed figures cannot be placed (`extra` adds figures a layout prints into a row),
 * and section 四 when its figures are neither none nor fifteen.
 */
export const streamUnreadable = (
  truth: Truth,
  rows: { path: string; printed: string[] }[],
  reviewFigures: number,
  extra: (path: string) => number = () => 0,
): string[] => [
  ...absentPaths(truth),
  ...ambiguousRows(rows.map((r) => ({ path: r.path, figures: figureCount(r.printed) + extra(r.path) }))),
  ...ambiguousReview(reviewFigures),
];
