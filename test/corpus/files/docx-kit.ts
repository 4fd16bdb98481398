/**
 * What the Word layouts share: an A4 document in the fonts of a government report (方正小标宋
 * title, 黑体 headings, 仿宋_GB2312 body, 宋体 tables), and html-kit's grids as Word tables,
 * row and column spans kept as Word's own merges (`w:vMerge`, `w:gridSpan`). Each layout
 * decides the grid, which cells are blank, and how a cell's text is broken into paragraphs.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { Truth } from '../form.js';
import { NATIONAL_HEADINGS, SECTION_KEYS, hasReview, otherProse, overviewProse, problemsProse, type Cell, type Grid, type SectionKey } from '../layouts/html-kit/kit.js';

/** Twips (1/20 pt) in a centimetre; Word measures page and table widths in twips. */
const CM = 567;
/** A4 with the margins of the national standard for official documents (GB/T 9704): 3.7, 2.8, 3.5, 2.6 cm. */
const PAGE = { width: 11906, height: 16838, top: Math.round(3.7 * CM), left: Math.round(2.8 * CM), bottom: Math.round(3.5 * CM), right: Math.round(2.6 * CM) };
/** The width of the text block, in twips: what a table set to the page's width fills. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** A font for Chinese text with Times New Roman for digits and Latin, as Word sets a run. */
const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' as const });

export const FONTS = {
  title: font('方正小标宋简体'),
  heading: font('黑体'),
  body: font('仿宋_GB2312'),
  table: font('宋体'),
};

/** A body paragraph: 三号 (16 pt) 仿宋, first line indented two characters, 28 pt line spacing. */
export const bodyParagraph = (text: string) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: FONTS.body, size: 32 })],
  });

/** A section heading: 三号 黑体, indented like the body. `heading` gives it Word's Heading 2 style. */
export const headingParagraph = (text: string, heading = false) =>
  new Paragraph({
    ...(heading ? { heading: HeadingLevel.HEADING_2 } : {}),
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: FONTS.heading, size: 32, bold: heading })],
  });

/** A right-aligned line: the signature and the date at the end. */
export const rightParagraph = (text: string) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text, font: FONTS.body, size: 32 })] });

/** A centred line: a table's title (第二十条第（一）项) or the report's title without a style. */
export const centredParagraph = (text: string, options: { size?: number; bold?: boolean; font?: typeof FONTS.body } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text, font: options.font ?? FONTS.body, size: options.size ?? 32, bold: options.bold })] });

export const emptyParagraph = () => new Paragraph({ children: [] });

export interface DocxTableOptions {
  /** Each grid column's width in twips; they are scaled to fill the text block. */
  widths: number[];
  /** Font size in points (五号 10.5 by default). */
  size?: number;
  /** The paragraphs a cell's text is typed as (one by default; WPS users press Enter in long labels). */
  lines?: (c: Cell) => string[];
  /** How many leading rows Word repeats at the top of each page (`w:tblHeader`). */
  headerRows?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A grid as a Word table with single 0.5 pt borders. A cell's `rowspan` becomes a vertical
 * merge (docx writes the continuation cells below it), `colspan` a grid span.
 */
export function docxTable(grid: Grid, options: DocxTableOptions): Table {
  const { widths, size = 10.5, lines = (c: Cell) => [c.text], headerRows = 0 } = options;
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const columns = widths.map((w) => Math.round(w * scale));
  // Where each row's cells start in the grid, so a cell's width is the sum of the columns it spans.
  const taken: boolean[][] = grid.map(() => []);
  const rows = grid.map((row, r) => {
    let c = 0;
    const cells = row.map((cell) => {
      while (taken[r]![c]) c++;
      const colspan = cell.colspan ?? 1;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      const width = columns.slice(c, c + colspan).reduce((a, b) => a + b, 0);
      c += colspan;
      return new TableCell({
        ...(colspan > 1 ? { columnSpan: colspan } : {}),
        ...(cell.rowspan && cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        margins: { left: 60, right: 60 },
        children: (cell.text === '' ? [''] : lines(cell)).map(
          (text) =>
            new Paragraph({
              alignment: cell.figure || cell.header ? AlignmentType.CENTER : AlignmentType.LEFT,
              children: text ? [new TextRun({ text, font: FONTS.table, size: Math.round(size * 2) })] : [],
            }),
        ),
      });
    });
    return new TableRow({ children: cells, ...(r < headerRows ? { tableHeader: true } : {}), cantSplit: true });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    alignment: AlignmentType.CENTER,
  });
}

/** The document's bytes: one A4 section of the given paragraphs and tables. */
export async function docxBytes(children: FileChild[], meta: { title: string; creator: string }): Promise<Uint8Array> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: { default: { document: { run: { font: FONTS.body, size: 32 } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface DocxBodyParts {
  heading(text: string, key: SectionKey): FileChild[];
  paragraph(text: string): FileChild;
  proactive(): FileChild[];
  applications(): FileChild[];
  review(): FileChild[];
}

/** Sections 一 to 六 in order, as html-kit's `reportBody` prints them: heading, prose, tables. */
export function docxBody(truth: Truth, parts: DocxBodyParts): FileChild[] {
  const prose: Partial<Record<SectionKey, string[]>> = { overview: overviewProse(truth), problems: problemsProse(), other: otherProse(truth) };
  const tables: Partial<Record<SectionKey, () => FileChild[]>> = {
    proactive: parts.proactive,
    applications: () => (truth.applications ? parts.applications() : []),
    review: () => (hasReview(truth) ? parts.review() : []),
  };
  return SECTION_KEYS.flatMap((key) => [...parts.heading(NATIONAL_HEADINGS[key], key), ...(prose[key] ?? []).map(parts.paragraph), ...(tables[key]?.() ?? [])]);
}
