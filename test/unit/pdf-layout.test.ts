/**
 * pdfDocument(pages): the geometry of a PDF's text layer rebuilt as lines and tables, tested on
 * pages drawn here (text runs and rules at positions, in points, y up), without a PDF.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/parse/document.js';
import { linesOf, mayHoldTable, pdfDocument, type PdfPage, type PdfRule, type PdfText } from '../../src/parse/pdf-layout.js';
import { run, ruledTable as table, SIZE } from '../pdf-pages.js';

const page = (parts: { rules?: PdfRule[]; texts?: PdfText[] }[]): PdfPage => ({
  width: 595,
  height: 842,
  rules: parts.flatMap((p) => p.rules ?? []),
  texts: parts.flatMap((p) => p.texts ?? []),
});

const text = (cells: Cell[][]) => cells.map((row) => row.map((c) => (c.copy ? `${c.copy}:${c.text}` : c.text)));
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => text(b.rows));
const lines = (blocks: Block[]) => blocks.filter((b) => b.kind === 'line').map((b) => (b as { text: string }).text);

describe('pdfDocument(pages)', () => {
  it('reads a ruled table cell by cell, an empty cell as a blank one in its place', () => {
    const t = table(60, 700, [200, 50, 50, 50], [20, 20], [
      ['一、本年新收政府信息公开申请数量', '3', '', '5'],
      ['二、上年结转政府信息公开申请数量', '', '1', ''],
    ]);
    const doc = pdfDocument([page([t])]);
    expect(tables(doc.blocks)).toEqual([
      [
        ['一、本年新收政府信息公开申请数量', '3', '', '5'],
        ['二、上年结转政府信息公开申请数量', '', '1', ''],
      ],
    ]);
  });

  it('reads a cell that no rule divides as one merged cell, its other places marked as copies', () => {
    // Row 0: a label over columns 0–1 (no rule between them); column 0 spans rows 1–2.
    const t = table(60, 700, [100, 120, 50], [20, 20, 20], [['一、本年新收', '', '4'], ['三、本年度办理结果', '(一)予以公开', '2'], ['', '(二)部分公开', '1']], ['v 0 1', 'h 2 0']);
    expect(tables(pdfDocument([page([t])]).blocks)).toEqual([
      [
        ['一、本年新收', 'col:一、本年新收', '4'],
        ['三、本年度办理结果', '(一)予以公开', '2'],
        ['row:三、本年度办理结果', '(二)部分公开', '1'],
      ],
    ]);
  });

  it('takes a border drawn in pieces as one rule, a piece that meets no rule across included', () => {
    // Two rows of one wide cell; the rule between them drawn in three pieces, the middle one
    // touching neither side (as Chromium and Word draw borders under spanning cells).
    const t = table(60, 700, [300], [20, 20], [['一、本年新收'], ['二、上年结转']], ['h 1 0']);
    const pieces = [
      { x1: 60, y1: 680, x2: 160, y2: 680 },
      { x1: 160, y1: 680, x2: 260, y2: 680 },
      { x1: 260, y1: 680, x2: 360, y2: 680 },
    ];
    expect(tables(pdfDocument([page([t, { rules: pieces }])]).blocks)).toEqual([[['一、本年新收'], ['二、上年结转']]]);
  });

  it('joins a label wrapped over lines into one text, and a header printed a character per line into its word', () => {
    const t = table(60, 700, [120, 14, 50], [40, 60], [
      [['一、本年新收政府', '信息公开申请数量'], ['自', '然', '人'], '总计'],
      [['(二)部分公开', '(区分处理的,只计', '这一情形)'], '7', '7'],
    ]);
    expect(tables(pdfDocument([page([t])]).blocks)).toEqual([
      [
        ['一、本年新收政府信息公开申请数量', '自然人', '总计'],
        ['(二)部分公开(区分处理的,只计这一情形)', '7', '7'],
      ],
    ]);
  });

  it('cuts a text run that crosses a column rule at the rule', () => {
    const t = table(60, 700, [100, 40, 40], [20], [['一、本年新收', '', '']]);
    // One run "12 3" drawn from the second column into the third.
    const crossing: PdfText = { text: '1203', x: 162, y: 688, width: 76, size: SIZE };
    expect(tables(pdfDocument([page([t, { texts: [crossing] }])]).blocks)).toEqual([[['一、本年新收', '12', '03']]]);
  });

  it('groups the text outside tables into lines by baseline, top to bottom, with a space where a gap is wide', () => {
    const doc = pdfDocument([
      page([
        { texts: [run('某某局', 60, 760), run('2023年政府信息公开工作年度报告', 90, 760), run('一、总体情况', 60, 730)] },
        { texts: [run('全年', 60, 710), run('主动公开', 110, 710.8)] },
      ]),
    ]);
    expect(lines(doc.blocks)).toEqual(['某某局2023年政府信息公开工作年度报告', '一、总体情况', '全年 主动公开']);
  });

  it('puts tables and lines in reading order', () => {
    const t = table(60, 600, [100, 40], [20], [['规章', '0']]);
    const doc = pdfDocument([page([{ texts: [run('二、主动公开政府信息情况', 60, 640), run('三、收到和处理政府信息公开申请情况', 60, 560)] }, t])]);
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : 'table'))).toEqual(['二、主动公开政府信息情况', 'table', '三、收到和处理政府信息公开申请情况']);
  });

  it('joins a table continued on the next page and drops the header rows it repeats there', () => {
    const header = ['项目', '自然人', '总计'];
    const first = table(60, 200, [150, 50, 50], [20, 20, 20], [header, ['一、本年新收', '1', '1'], ['二、上年结转', '0', '0']]);
    const next = table(60, 780, [150, 50, 50], [20, 20], [header, ['四、结转下年度', '0', '0']]);
    const doc = pdfDocument([page([first]), page([next])]);
    expect(tables(doc.blocks)).toEqual([[header, ['一、本年新收', '1', '1'], ['二、上年结转', '0', '0'], ['四、结转下年度', '0', '0']]]);
  });

  it('makes a row that a page break cuts one row again: its side rules run to the break, with no rule across there', () => {
    const first = table(60, 200, [150, 50, 50], [20, 40], [['一、本年新收', '1', '1'], [['(二)部分公开(区分', '处理的,'], '8', '9']], ['h 2 0', 'h 2 1', 'h 2 2']);
    const next = table(60, 800, [150, 50, 50], [20, 20], [['只计这一情形)', '', ''], ['(三)不予公开', '0', '0']], ['h 0 0', 'h 0 1', 'h 0 2']);
    expect(tables(pdfDocument([page([first]), page([next])]).blocks)).toEqual([
      [
        ['一、本年新收', '1', '1'],
        ['(二)部分公开(区分处理的,只计这一情形)', '8', '9'],
        ['(三)不予公开', '0', '0'],
      ],
    ]);
  });

  it('keeps a continued row that repeats a data row: only header rows are dropped', () => {
    const row = ['(五)1.重复申请', '0', '0'];
    const first = table(60, 200, [150, 50, 50], [20], [row]);
    const next = table(60, 780, [150, 50, 50], [20], [row]);
    expect(tables(pdfDocument([page([first]), page([next])]).blocks)).toEqual([[row, row]]);
  });

  it('joins a continuation whose label columns are merged onto the first part’s grid', () => {
    const first = table(60, 200, [60, 90, 50], [20], [['三、本年度', '(七)总计', '9']]);
    // On the next page only a row whose label spans both label columns.
    const next = table(60, 780, [150, 50], [20], [['四、结转下年度', '0']]);
    expect(tables(pdfDocument([page([first]), page([next])]).blocks)).toEqual([[['三、本年度', '(七)总计', '9'], ['四、结转下年度', 'col:四、结转下年度', '0']]]);
  });

  it('does not join tables with a line between them, or tables of different widths', () => {
    const first = table(60, 200, [150, 50], [20], [['规章', '0']]);
    const heading = { texts: [run('三、收到和处理政府信息公开申请情况', 60, 790)] };
    const next = table(60, 770, [150, 50], [20], [['一、本年新收', '2']]);
    expect(tables(pdfDocument([page([first]), page([heading, next])]).blocks)).toHaveLength(2);
    const narrow = table(60, 780, [100, 50], [20], [['一、本年新收', '2']]);
    expect(tables(pdfDocument([page([first]), page([narrow])]).blocks)).toHaveLength(2);
  });

  it('leaves out running heads repeated in the top margin and page numbers, keeping a title that is printed once', () => {
    const head = (n: number) => ({ texts: [run('某某局2023年政府信息公开工作年度报告', 150, 800), run(`- ${n} -`, 280, 40)] });
    const doc = pdfDocument([
      page([head(1), { texts: [run('某某局2023年政府信息公开工作年度报告', 100, 770), run('正文第一页', 60, 700)] }]),
      page([head(2), { texts: [run('正文第二页', 60, 700), run('第 2 页 共 2 页', 260, 60)] }]),
    ]);
    expect(lines(doc.blocks)).toEqual(['某某局2023年政府信息公开工作年度报告', '正文第一页', '正文第二页']);
  });

  it('reads nothing from pages without text', () => {
    expect(pdfDocument([page([]), page([{ rules: [{ x1: 0, y1: 10, x2: 100, y2: 10 }] }])]).blocks).toEqual([]);
  });
});

describe('linesOf(texts)', () => {
  it('keeps runs a little above or below the baseline (a superscript, a different font) on their line', () => {
    expect(linesOf([run('第', 60, 700), run('1', 70, 702, 7), run('项', 75, 700)]).map((l) => l.text)).toEqual(['第1项']);
  });
});

describe('mayHoldTable(texts)', () => {
  it('sees a table in a line where a figure stands apart from its neighbours', () => {
    expect(mayHoldTable(table(60, 700, [200, 50], [20], [['一、本年新收政府信息公开申请数量', '3']]).texts)).toBe(true);
  });

  it('sees none in prose, figures and all', () => {
    expect(mayHoldTable([run('全年共受理申请', 60, 700), run('73', 130, 700), run('件，办结', 141, 700), run('- 2 -', 280, 40)])).toBe(false);
  });
});

describe('pdfDocument(pages) on a table printed without rules', () => {
  const figures = (y: number, values: string[]) => values.map((v, i) => run(v, 300 + i * 40, y));

  it('reads it row by row: label lines above and below a row’s figures, and a group label set between rows, go to the nearest row', () => {
    const doc = pdfDocument([
      page([
        {
          texts: [
            run('1.本机关不掌握相关政', 110, 506),
            ...figures(500, ['37', '0', '37']),
            run('府信息', 110, 494),
            run('(四)无法', 50, 491),
            run('提供', 50, 479),
            run('2.没有现成信息需要另行制作', 110, 470),
            ...figures(470, ['0', '0', '0']),
          ],
        },
      ]),
    ]);
    expect(lines(doc.blocks)).toEqual(['(四)无法1.本机关不掌握相关政府信息 37 0 37', '提供2.没有现成信息需要另行制作 0 0 0']);
  });

  it('takes a row number ("4.") set apart from its group label for label, not for the first figure', () => {
    const doc = pdfDocument([page([{ texts: [run('予处理', 60, 500), run('4.', 110, 500), run('无正当理由大量反复申请', 122, 500), ...figures(500, ['0', '0', '0'])] }])]);
    expect(lines(doc.blocks)).toEqual(['予处理4.无正当理由大量反复申请 0 0 0']);
  });

  it('keeps a header that reaches into the figures’ columns, and a heading in a larger type, out of the rows', () => {
    const header = [run('行政复议', 280, 530), run('结果维持', 300, 515)];
    const heading = run('三、收到和处理', 60, 470, 16);
    const doc = pdfDocument([page([{ texts: [...header, ...figures(500, ['1', '2', '3']), heading, run('(一)予以公开', 110, 440), ...figures(440, ['4', '5', '9'])] }])]);
    expect(lines(doc.blocks)).toEqual(['行政复议', '结果维持', '1 2 3', '三、收到和处理', '(一)予以公开 4 5 9']);
  });
});
