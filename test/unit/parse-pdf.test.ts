/**
 * Reading a PDF without a PDF: `pdf.ts` (pdf.js's text items and drawing operators turned into
 * positioned runs and rules) and `pdf-layout.ts` (those runs and rules rebuilt as the lines and
 * tables of a report), fed pages drawn here in points, y up, laid out like the national form.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/parse/document.js';
import { linesOf, mayHoldTable, pdfDocument, type PdfPage, type PdfRule, type PdfText } from '../../src/parse/pdf-layout.js';
import { fixRadicals, pageRules, readPdf, unspace, uprightPage, type PdfJs } from '../../src/parse/pdf.js';
import { run, ruledTable as grid, SIZE } from '../pdf-pages.js';

/** pdf.js's operator numbers (pdfjs-dist 4, `OPS`). */
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  moveTo: 13,
  lineTo: 14,
  curveTo: 15,
  curveTo2: 16,
  curveTo3: 17,
  closePath: 18,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  clip: 29,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
};
type Op = readonly [number, unknown];
const path = (kinds: number[], values: number[]): Op => [OPS.constructPath, [kinds, values, null]];
const ops = (...list: Op[]) => ({ fnArray: list.map((o) => o[0]), argsArray: list.map((o) => o[1] as unknown[]) });
const line = (x1: number, y1: number, x2: number, y2: number) => path([OPS.moveTo, OPS.lineTo], [x1, y1, x2, y2]);

describe('fixRadicals(text)', () => {
  it('fixRadicals maps every radical form a PDF font may give to the simplified character it prints', () => {
    expect(fixRadicals('⺠⻄⻅⻆⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻯⻳戶')).toBe('民西见角车长门青页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟户');
  });
});

describe('pageRules(operators, OPS)', () => {
  it('pageRules applies a transform set inside another to the path, the inner one first', () => {
    // Outer [2 3 5 4 10 20], inner [3 2 2 5 6 7]: (1,2) → (13,19) → (131,135); (3,1) → (17,18) → (134,143).
    const rules = pageRules(ops([OPS.transform, [2, 3, 5, 4, 10, 20]], [OPS.transform, [3, 2, 2, 5, 6, 7]], line(1, 2, 3, 1), [OPS.stroke, null]), OPS);
    expect(rules).toEqual([{ x1: 131, y1: 135, x2: 134, y2: 143 }]);
  });

  it('pageRules goes back to the saved transform on restore, and keeps it on a restore with nothing saved', () => {
    const rules = pageRules(
      ops(
        [OPS.restore, null],
        [OPS.transform, [1, 0, 0, 1, 100, 0]],
        [OPS.save, null],
        [OPS.transform, [1, 0, 0, 1, 0, 50]],
        [OPS.restore, null],
        line(0, 0, 10, 0),
        [OPS.stroke, null],
      ),
      OPS,
    );
    expect(rules).toEqual([{ x1: 100, y1: 0, x2: 110, y2: 0 }]);
  });

  it('pageRules draws a form through its own matrix and returns to the page’s transform after it', () => {
    const rules = pageRules(
      ops(
        [OPS.paintFormXObjectEnd, null],
        [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 50], [0, 0, 200, 200]]],
        line(0, 0, 10, 0),
        [OPS.stroke, null],
        [OPS.paintFormXObjectBegin, null],
        line(0, 10, 10, 10),
        [OPS.stroke, null],
        [OPS.paintFormXObjectEnd, null],
        [OPS.paintFormXObjectEnd, null],
        line(0, 20, 10, 20),
        [OPS.stroke, null],
      ),
      OPS,
    );
    expect(rules).toEqual([
      { x1: 100, y1: 50, x2: 110, y2: 50 },
      { x1: 100, y1: 60, x2: 110, y2: 60 },
      { x1: 0, y1: 20, x2: 10, y2: 20 },
    ]);
  });

  it('pageRules continues a path from where a curve ends, and closes a path back to its start', () => {
    const rules = pageRules(
      ops(
        path(
          [OPS.moveTo, OPS.curveTo, OPS.lineTo, OPS.curveTo2, OPS.lineTo, OPS.curveTo3, OPS.lineTo],
          [0, 0, 10, 10, 20, 10, 30, 0, 30, 40, 40, 40, 50, 60, 50, 80, 70, 70, 80, 90, 80, 100],
        ),
        [OPS.stroke, null],
        path([OPS.rectangle, OPS.moveTo, OPS.lineTo, OPS.lineTo, OPS.closePath, OPS.lineTo], [300, 300, 0.5, 0.5, 10, 10, 100, 10, 100, 60, 10, 90]),
        [OPS.stroke, null],
      ),
      OPS,
    );
    expect(rules).toEqual([
      { x1: 30, y1: 0, x2: 30, y2: 40 },
      { x1: 50, y1: 60, x2: 50, y2: 80 },
      { x1: 80, y1: 90, x2: 80, y2: 100 },
      { x1: 10, y1: 10, x2: 100, y2: 10 },
      { x1: 100, y1: 10, x2: 100, y2: 60 },
      { x1: 100, y1: 60, x2: 10, y2: 10 },
      { x1: 10, y1: 10, x2: 10, y2: 90 },
      // The rectangle before them, a dot, is a rule of no length (the layout drops it).
      { x1: 300, y1: 300.25, x2: 300.5, y2: 300.25 },
    ]);
  });

  it('pageRules keeps a path’s lines for every operator that strokes, and for no operator that only fills', () => {
    const painted = (op: number) => pageRules(ops(line(0, 0, 100, 50), [op, null]), OPS).length;
    const stroking = [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke];
    expect(stroking.map(painted)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([OPS.fill, OPS.eoFill].map(painted)).toEqual([0, 0]);
  });

  it('pageRules gives the four sides of a stroked rectangle, and one rule for a stroked thin one', () => {
    expect(pageRules(ops(path([OPS.rectangle], [10, 20, 100, 30]), [OPS.closeStroke, null]), OPS)).toEqual([
      { x1: 10, y1: 20, x2: 110, y2: 20 },
      { x1: 10, y1: 50, x2: 110, y2: 50 },
      { x1: 10, y1: 20, x2: 10, y2: 50 },
      { x1: 110, y1: 20, x2: 110, y2: 50 },
    ]);
    expect(pageRules(ops(path([OPS.rectangle], [10, 20, 100, 1]), [OPS.stroke, null]), OPS)).toEqual([{ x1: 10, y1: 20.5, x2: 110, y2: 20.5 }]);
  });

  it('pageRules takes a filled rectangle 2.5 pt thin as a rule along its length, and a thicker one as no rule', () => {
    const filled = (x: number, y: number, w: number, h: number) => pageRules(ops(path([OPS.rectangle], [x, y, w, h]), [OPS.eoFill, null]), OPS);
    expect(filled(100, 100, 80, 2.5)).toEqual([{ x1: 100, y1: 101.25, x2: 180, y2: 101.25 }]);
    expect(filled(100, 100, 2.5, 80)).toEqual([{ x1: 101.25, y1: 100, x2: 101.25, y2: 180 }]);
    expect(filled(100, 100, 2.6, 80)).toEqual([]);
    expect(filled(100, 100, 80, 2.6)).toEqual([]);
  });

  it('pageRules takes a filled thin polygon (a border drawn as an outline) as a rule, and a filled dot as none', () => {
    const outline = (points: number[]) =>
      pageRules(ops(path([OPS.moveTo, OPS.lineTo, OPS.lineTo, OPS.lineTo, OPS.closePath], points), [OPS.fill, null]), OPS);
    expect(outline([10, 100, 200, 100, 200, 102.5, 10, 102.5])).toEqual([{ x1: 10, y1: 101.25, x2: 200, y2: 101.25 }]);
    expect(outline([50, 10, 52.5, 10, 52.5, 300, 50, 300])).toEqual([{ x1: 51.25, y1: 10, x2: 51.25, y2: 300 }]);
    expect(outline([50, 50, 52.5, 50, 52.5, 52.5, 50, 52.5])).toEqual([]);
    expect(outline([10, 100, 200, 100, 200, 103, 10, 103])).toEqual([]);
  });

  it('pageRules paints a path made the clip on its way to being stroked (W S)', () => {
    expect(pageRules(ops(line(0, 0, 100, 0), [OPS.clip, null], [OPS.stroke, null]), OPS)).toEqual([{ x1: 0, y1: 0, x2: 100, y2: 0 }]);
  });

  it('pageRules paints nothing of a path ended without painting, even when a paint operator follows', () => {
    expect(pageRules(ops(line(0, 0, 100, 0), [OPS.endPath, null], [OPS.stroke, null]), OPS)).toEqual([]);
    // A paint operator paints its path once.
    expect(pageRules(ops(line(0, 0, 100, 0), [OPS.stroke, null], [OPS.stroke, null]), OPS)).toHaveLength(1);
  });
});

describe('uprightPage(view, items)', () => {
  const item = (turn: number, text: string, x: number, y: number) => ({ turn, text: { text, x, y, width: [...text].length * 10, size: 10 } });

  it('uprightPage measures the page from its view box, which need not start at the origin', () => {
    const { page } = uprightPage([10, 20, 605, 862], [item(0, '正文', 70, 720)]);
    expect(page).toMatchObject({ width: 595, height: 842, texts: [{ x: 60, y: 700 }] });
  });

  it('uprightPage turns by the direction most of the text’s characters have, not most of its runs', () => {
    const { page } = uprightPage([0, 0, 595, 842], [item(0, '注', 10, 10), item(0, '页', 10, 30), item(1, '政府信息公开', 100, 100)]);
    expect(page.texts.map((t) => t.text)).toEqual(['政府信息公开']);
  });

  it('uprightPage turns a page printed upside down half a turn, a point near the top right coming to the bottom left', () => {
    const { page, turnRules } = uprightPage([0, 0, 595, 842], [item(2, '表', 500, 800)]);
    expect(page).toMatchObject({ width: 595, height: 842, texts: [{ text: '表', x: 95, y: 42 }] });
    expect(turnRules([{ x1: 500, y1: 800, x2: 400, y2: 700 }])).toEqual([{ x1: 95, y1: 42, x2: 195, y2: 142 }]);
  });

  it('uprightPage turns text drawn a quarter turn clockwise back, the page’s right edge becoming the top', () => {
    const { page, turnRules } = uprightPage([0, 0, 595, 842], [item(3, '表', 100, 700)]);
    expect(page).toMatchObject({ width: 842, height: 595, texts: [{ text: '表', x: 142, y: 100 }] });
    expect(turnRules([{ x1: 100, y1: 700, x2: 300, y2: 700 }])).toEqual([{ x1: 142, y1: 100, x2: 142, y2: 300 }]);
  });

  it('uprightPage turns text drawn a quarter turn anticlockwise back, the page’s left edge becoming the top', () => {
    const { page, turnRules } = uprightPage([0, 0, 595, 842], [item(1, '表', 500, 100)]);
    expect(page).toMatchObject({ width: 842, height: 595, texts: [{ text: '表', x: 100, y: 95 }] });
    expect(turnRules([{ x1: 500, y1: 100, x2: 500, y2: 400 }])).toEqual([{ x1: 100, y1: 95, x2: 400, y2: 95 }]);
  });
});

/** A pdf.js item: a run of text at (x, y), `scale` its font size, drawn at `turn` quarter turns. */
const item = (str: string, x: number, y: number, { scale = 10, turn = 0, width }: { scale?: number; turn?: number; width?: number } = {}) => {
  const [cos, sin] = [
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, -1],
  ][turn]!;
  return { str, transform: [cos! * scale, sin! * scale, -sin! * scale, cos! * scale, x, y], width: width ?? [...str].length * scale };
};

interface FakePage {
  items: unknown[];
  drawing?: { fnArray: number[]; argsArray: unknown[][] };
}
/** A pdf.js stand-in serving the given pages, recording what it was asked for. */
function fakePdfJs(pages: FakePage[], failOn?: number) {
  const log = { source: undefined as Record<string, unknown> | undefined, destroyed: 0, drawn: [] as number[] };
  const pdfjs: PdfJs = {
    OPS,
    getDocument: (source) => {
      log.source = source;
      const file = {
        numPages: pages.length,
        getPage: async (n: number) => {
          if (n === failOn) throw new Error(`page ${n} is damaged`);
          return {
            view: [0, 0, 595, 842],
            getTextContent: async () => ({ items: pages[n - 1]!.items }),
            getOperatorList: async () => {
              log.drawn.push(n);
              return pages[n - 1]!.drawing ?? { fnArray: [], argsArray: [] };
            },
            cleanup: () => undefined,
          };
        },
        destroy: async () => undefined,
      };
      return {
        promise: Promise.resolve(file),
        destroy: async () => {
          log.destroyed++;
        },
      };
    },
  };
  return { pdfjs, log };
}
const lineTexts = (blocks: Block[]) => blocks.filter((b) => b.kind === 'line').map((b) => (b as { text: string }).text);
const bytes = new TextEncoder().encode('%PDF-1.7');

describe('unspace(text)', () => {
  it('unspace drops a run of several spaces beside a Chinese character, before it or after it', () => {
    expect(unspace('2023  年  12 月')).toBe('2023年12月');
  });
});

describe('readPdf(data, pdfjs, options)', () => {
  it('readPdf opens the bytes with eval, system fonts and font faces off, and the caller’s cmap and font locations', async () => {
    const { pdfjs, log } = fakePdfJs([]);
    await readPdf(bytes, pdfjs, { cMapUrl: '/cmaps/', standardFontDataUrl: '/fonts/' });
    expect(log.source).toEqual({
      data: bytes,
      cMapPacked: true,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
      cMapUrl: '/cmaps/',
      standardFontDataUrl: '/fonts/',
    });
  });

  it('readPdf counts the pages and the pages with no text (scans)', async () => {
    const { pdfjs } = fakePdfJs([{ items: [item('正文', 60, 700)] }, { items: [] }, { items: [{ str: ' ', transform: [10, 0, 0, 10, 60, 700] }] }]);
    const read = await readPdf(bytes, pdfjs);
    expect({ pages: read.pages, imagePages: read.imagePages }).toEqual({ pages: 3, imagePages: 2 });
    expect(lineTexts(read.doc.blocks)).toEqual(['正文']);
  });

  it('readPdf closes the file when a page cannot be read, and when all pages are read', async () => {
    const failing = fakePdfJs([{ items: [item('正文', 60, 700)] }, { items: [] }], 2);
    await expect(readPdf(bytes, failing.pdfjs)).rejects.toThrow('page 2 is damaged');
    expect(failing.log.destroyed).toBe(1);
    const reading = fakePdfJs([{ items: [item('正文', 60, 700)] }]);
    await readPdf(bytes, reading.pdfjs);
    expect(reading.log.destroyed).toBe(1);
  });

  it('readPdf skips items that are not text: marked content, empty runs, runs with no position, and slanted stamps', async () => {
    const slanted = { str: '印章', transform: [9.96, 0.87, -0.87, 9.96, 60, 650], width: 20 };
    const nearlyLevel = { str: '第二行', transform: [10, 0.03, -0.03, 10, 60, 650], width: 30 };
    const items = [{ type: 'beginMarkedContent', tag: 'P' }, item('', 60, 700), { str: '无位置' }, item('第一行', 60, 700), slanted, nearlyLevel];
    const { doc } = await readPdf(bytes, fakePdfJs([{ items }]).pdfjs);
    expect(lineTexts(doc.blocks)).toEqual(['第一行', '第二行']);
  });

  it('readPdf writes a run’s radicals and Kangxi forms as the characters they print, without the spaces of letter-spacing', async () => {
    const { doc } = await readPdf(bytes, fakePdfJs([{ items: [item('⼀ 、 部 ⻔ 网 站 2023 年', 60, 700)] }]).pdfjs);
    expect(lineTexts(doc.blocks)).toEqual(['一、部门网站2023年']);
  });

  it('readPdf takes a run’s font size from its transform (10 pt where the transform has no scale), which decides what shares a line', async () => {
    // 8 pt apart: one line in a 20 pt type, two lines in a 10 pt one.
    const large = await readPdf(bytes, fakePdfJs([{ items: [item('上', 60, 700, { scale: 20 }), item('下', 100, 692, { scale: 20 })] }]).pdfjs);
    expect(lineTexts(large.doc.blocks)).toEqual(['上 下']);
    // 2 pt apart with no scale: one line at the 10 pt taken for it.
    const unscaled = [
      { str: '上', transform: [0, 0, 0, 0, 60, 700], width: 10 },
      { str: '下', transform: [0, 0, 0, 0, 70, 698], width: 10 },
    ];
    expect(lineTexts((await readPdf(bytes, fakePdfJs([{ items: unscaled }]).pdfjs)).doc.blocks)).toEqual(['上下']);
  });

  it('readPdf takes a run with no width as ending where it starts', async () => {
    const items = [{ str: '甲', transform: [10, 0, 0, 10, 60, 700] }, item('乙', 70, 700)];
    expect(lineTexts((await readPdf(bytes, fakePdfJs([{ items }]).pdfjs)).doc.blocks)).toEqual(['甲 乙']);
  });

  it('readPdf reads a page printed a quarter turn clockwise upright, line by line', async () => {
    // Turned clockwise, a line runs down the page and the next line is to its left.
    const items = [item('第一行', 300, 700, { turn: 3 }), item('第二行', 280, 700, { turn: 3 }), item('注', 50, 50)];
    expect(lineTexts((await readPdf(bytes, fakePdfJs([{ items }]).pdfjs)).doc.blocks)).toEqual(['第一行', '第二行']);
  });

  it('readPdf reads a table from the rules the page draws around its cells', async () => {
    // Two rows, a label column and a figure column, ruled as a grid of stroked lines.
    const segments = [
      [60, 700, 310, 700],
      [60, 680, 310, 680],
      [60, 660, 310, 660],
      [60, 700, 60, 660],
      [260, 700, 260, 660],
      [310, 700, 310, 660],
    ];
    const grid = ops(path(segments.flatMap(() => [OPS.moveTo, OPS.lineTo]), segments.flat()), [OPS.stroke, null]);
    const items = [item('一、本年新收政府信息公开申请数量', 62, 686), item('3', 262, 686), item('二、上年结转政府信息公开申请数量', 62, 666), item('1', 262, 666)];
    const { pdfjs } = fakePdfJs([{ items, drawing: grid }]);
    const { doc } = await readPdf(bytes, pdfjs);
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          [{ text: '一、本年新收政府信息公开申请数量' }, { text: '3' }],
          [{ text: '二、上年结转政府信息公开申请数量' }, { text: '1' }],
        ],
      },
    ]);
  });

  it('readPdf reads the drawing of a table page and of the text page after it, not of a blank page after it', async () => {
    const row = [item('一、本年新收政府信息公开申请数量', 60, 500), item('73', 400, 500)];
    const prose = [item('全年共受理申请。', 60, 700)];
    const { pdfjs, log } = fakePdfJs([{ items: row }, { items: [] }, { items: prose }, { items: row }, { items: prose }, { items: prose }]);
    await readPdf(bytes, pdfjs);
    expect(log.drawn).toEqual([1, 4, 5]);
  });
});

const page = (texts: PdfText[], rules: PdfRule[] = []): PdfPage => ({ width: 595, height: 842, texts, rules });
const lines = (doc: { blocks: Block[] }) => lineTexts(doc.blocks);
const cellTexts = (cells: Cell[][]) => cells.map((row) => row.map((c) => (c.copy ? `${c.copy}:${c.text}` : c.text)));
const tables = (doc: { blocks: Block[] }) => doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => cellTexts(b.rows));

const tablePage = (...parts: { rules?: PdfRule[]; texts?: PdfText[] }[]) =>
  page(
    parts.flatMap((p) => p.texts ?? []),
    parts.flatMap((p) => p.rules ?? []),
  );

describe('pdfDocument(pages): page furniture', () => {
  it('pdfDocument leaves out a page number printed once at the foot of a page, in each of the forms reports use', () => {
    const numbers = ['- 12 -', '- 3 -', '—3—', '第3页', '第 3 页，共 9 页', '第3页共9页', '3', '3 / 9', 'Page 3', 'page 3 of 9'];
    for (const number of numbers) expect(lines(pdfDocument([page([run('正文', 60, 700), run(number, 280, 40)])])), number).toEqual(['正文']);
  });

  it('pdfDocument keeps text at the foot of a page that only begins or ends with a figure', () => {
    const foot = ['2023/12/31', '联系电话：12345', '2023年12月31日', '3号楼', '-3-号'];
    for (const text of foot) expect(lines(pdfDocument([page([run('正文', 60, 700), run(text, 200, 40)])])), text).toEqual(['正文', text]);
  });

  it('pdfDocument leaves out a running head only where it repeats at the same height on another page', () => {
    const head = '某某局2023年政府信息公开工作年度报告';
    const doc = pdfDocument([page([run(head, 100, 800), run('正文一', 60, 700)]), page([run(head, 100, 802.5), run('正文二', 60, 700)]), page([run(head, 100, 790), run('正文三', 60, 700)])]);
    expect(lines(doc)).toEqual(['正文一', '正文二', head, '正文三']);
  });

  it('pdfDocument takes the top and bottom tenth of the page for its margins, and keeps a number in the body', () => {
    // 842 pt high: the margins end 84.2 pt from either edge.
    const doc = pdfDocument([page([run('7', 280, 762), run('8', 280, 745), run('正文', 60, 500), run('9', 280, 95), run('10', 280, 80)])]);
    expect(lines(doc)).toEqual(['8', '正文', '9']);
  });
});

describe('linesOf(texts)', () => {
  it('linesOf orders lines top to bottom whatever order the runs come in', () => {
    expect(linesOf([run('下', 60, 600), run('行', 70, 700), run('上', 60, 700)]).map((l) => l.text)).toEqual(['上行', '下']);
  });

  it('linesOf makes no line of runs that are only spaces, and trims a line', () => {
    expect(linesOf([run('  ', 60, 600), run(' 正文', 60, 700)]).map((l) => l.text)).toEqual(['正文']);
  });

  it('linesOf keeps a run up to half the larger type size off the baseline on the line', () => {
    expect(linesOf([run('第', 60, 700), run('项', 70, 695)]).map((l) => l.text)).toEqual(['第项']);
    expect(linesOf([run('第', 60, 700), run('1', 70, 696, 6)]).map((l) => l.text)).toEqual(['第1']);
    expect(linesOf([run('第', 60, 700), run('项', 70, 694.5)]).map((l) => l.text)).toEqual(['第', '项']);
  });

  it('linesOf puts one space where the gap between runs is wider than a third of the type size, and none after a space', () => {
    const gap = (g: number) => linesOf([run('甲', 60, 700, 9), run('乙', 69 + g, 700, 9)])[0]!.text;
    expect([gap(2), gap(3), gap(3.5)]).toEqual(['甲乙', '甲乙', '甲 乙']);
    expect(linesOf([run('A B', 60, 700), { text: 'C', x: 100, y: 700, width: 6, size: 10 }])[0]!.text).toBe('A B C');
  });
});

describe('mayHoldTable(texts)', () => {
  it('mayHoldTable sees a table when one line among prose has a figure set apart', () => {
    expect(mayHoldTable([run('全年共受理申请', 60, 720), run('一、本年新收', 60, 700), run('73', 300, 700)])).toBe(true);
  });

  it('mayHoldTable takes a figure run with spaces around it for a figure', () => {
    expect(mayHoldTable([run('一、本年新收', 60, 700), { text: ' 73 ', x: 300, y: 700, width: 20, size: 10 }])).toBe(true);
  });

  it('mayHoldTable needs a gap wider than one and a half characters before the figure', () => {
    // '一、本年新收' ends at 120; a 10 pt figure 15 pt after it is prose, 16 pt after it a cell.
    expect(mayHoldTable([run('一、本年新收', 60, 700), run('73', 135, 700)])).toBe(false);
    expect(mayHoldTable([run('一、本年新收', 60, 700), run('73', 136, 700)])).toBe(true);
  });
});

describe('pdfDocument(pages): ruled tables', () => {
  const twoByTwo = (x0 = 60, top = 700) => grid(x0, top, [150, 50], [20, 20], [['一、本年新收', '3'], ['二、上年结转', '1']]);

  it('pdfDocument reads two tables side by side, or one above the other with a gap (even of the same columns), as two tables', () => {
    const side = tablePage(twoByTwo(60), twoByTwo(300));
    expect(tables(pdfDocument([side]))).toHaveLength(2);
    const stacked = tablePage(twoByTwo(60, 700), twoByTwo(60, 640));
    expect(tables(pdfDocument([stacked]))).toHaveLength(2);
  });

  it('pdfDocument reads no table from rules that do not close a grid: a lone bar, a bracket, a frame open below', () => {
    const text = [run('正文', 100, 680)];
    const bar: PdfRule[] = [{ x1: 40, y1: 600, x2: 40, y2: 760 }];
    const bracket: PdfRule[] = [
      { x1: 60, y1: 700, x2: 300, y2: 700 },
      { x1: 60, y1: 660, x2: 300, y2: 660 },
      { x1: 60, y1: 660, x2: 60, y2: 680 },
      { x1: 60, y1: 680, x2: 60, y2: 700 },
    ];
    const openFrame: PdfRule[] = [
      { x1: 60, y1: 700, x2: 180, y2: 700 },
      { x1: 180, y1: 700, x2: 300, y2: 700 },
      { x1: 60, y1: 660, x2: 60, y2: 700 },
      { x1: 300, y1: 660, x2: 300, y2: 700 },
    ];
    for (const rules of [bar, bracket, openFrame]) expect(pdfDocument([page(text, rules)]).blocks).toEqual([{ kind: 'line', text: '正文' }]);
  });

  it('pdfDocument divides cells only by straight rules: a diagonal in a corner header and ticks 2.5 pt long divide nothing', () => {
    const t = grid(60, 700, [150, 50], [20, 20], [['一、本年新收', '3'], ['二、上年结转', '1']]);
    const marks: PdfRule[] = [
      { x1: 60, y1: 700, x2: 210, y2: 680 },
      { x1: 208.75, y1: 690, x2: 211.25, y2: 690 },
      { x1: 135, y1: 678.75, x2: 135, y2: 681.25 },
    ];
    expect(tables(pdfDocument([tablePage(t, { rules: marks })]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument takes a rule that slopes by 2.5 pt for a straight one', () => {
    const t = grid(60, 700, [150, 50], [20, 20], [['一、本年新收', '3'], ['二、上年结转', '1']], ['h 1 0', 'h 1 1', 'v 0 1', 'v 1 1']);
    const sloped: PdfRule[] = [
      { x1: 60, y1: 678.75, x2: 260, y2: 681.25 },
      { x1: 208.75, y1: 700, x2: 211.25, y2: 660 },
    ];
    expect(tables(pdfDocument([tablePage(t, { rules: sloped })]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument reads a grid whose rules stop 2.5 pt short of the rules they meet', () => {
    const rules: PdfRule[] = [
      ...[700, 680, 660].map((y) => ({ x1: 62.5, y1: y, x2: 257.5, y2: y })),
      ...[60, 210, 260].map((x) => ({ x1: x, y1: 662.5, x2: x, y2: 697.5 })),
    ];
    const texts = [run('一、本年新收', 62, 686), run('3', 212, 686), run('二、上年结转', 62, 666), run('1', 212, 666)];
    expect(tables(pdfDocument([page(texts, rules)]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument takes a rule across with 2.5 pt gaps that stops 5 pt short of a cell’s side for a rule, and one under part of a cell for none', () => {
    // Column 0 is 60–210. Under row 0 its rule is drawn in three pieces (listed right to left),
    // under row 1 in two (left to right), each with 2.5 pt gaps and ending 5 pt short of 210;
    // under row 2 it runs 60–180 only.
    const t = grid(60, 700, [150, 50], [20, 20, 20, 20], [['一、本年新收', '3'], ['二、上年结转', '1'], ['三、本年度办理结果', '2'], ['', '4']], ['h 1 0', 'h 2 0', 'h 3 0']);
    const pieces: PdfRule[] = [
      { x1: 142.5, y1: 680, x2: 205, y2: 680 },
      { x1: 102.5, y1: 680, x2: 140, y2: 680 },
      { x1: 60, y1: 680, x2: 100, y2: 680 },
      { x1: 60, y1: 660, x2: 132.5, y2: 660 },
      { x1: 135, y1: 660, x2: 205, y2: 660 },
      { x1: 60, y1: 640, x2: 180, y2: 640 },
    ];
    expect(tables(pdfDocument([tablePage(t, { rules: pieces })]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
        ['三、本年度办理结果', '2'],
        ['row:三、本年度办理结果', '4'],
      ],
    ]);
  });

  it('pdfDocument takes rules 2.5 pt apart (a border drawn twice) for one rule', () => {
    const t = twoByTwo();
    const twice: PdfRule[] = [{ x1: 60, y1: 682.5, x2: 260, y2: 682.5 }];
    expect(tables(pdfDocument([tablePage(t, { rules: twice })]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument keeps a cell’s text set low in its cell, its baseline 2 pt above the rule under it', () => {
    const rules = twoByTwo().rules;
    const texts = [run('一、本年新收', 62, 682), run('3', 212, 682), run('二、上年结转', 62, 662), run('1', 212, 662)];
    expect(tables(pdfDocument([page(texts, rules)]))).toEqual([
      [
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument puts a text whose middle is up to 2.5 pt outside the border in the nearest cell', () => {
    const rules = twoByTwo().rules;
    // Middles: 2.5 pt left of the left border, right of the right one, above the top, below the bottom.
    const texts = [run('左', 52.5, 686), run('右', 257.5, 666), { ...run('上', 100, 699), width: 10 }, run('下', 100, 654)];
    expect(tables(pdfDocument([page(texts, rules)]))).toEqual([
      [
        ['上左', ''],
        ['下', '右'],
      ],
    ]);
  });

  it('pdfDocument keeps text beyond the border’s tolerance out of the table', () => {
    const rules = twoByTwo().rules;
    const texts = [run('表1', 100, 710), run('左注', 20, 686), run('右注', 270, 686), run('表注', 100, 640)];
    const doc = pdfDocument([page(texts, rules)]);
    expect(tables(doc)).toEqual([
      [
        ['', ''],
        ['', ''],
      ],
    ]);
    expect(lines(doc)).toEqual(['表1', '左注 右注', '表注']);
  });

  it('pdfDocument puts a character centred on a column rule in the column on its right, and one centred on a row rule in the row below', () => {
    const { rules } = grid(60, 700, [150, 50, 50], [20, 20, 20], []);
    const texts = [{ text: '7', x: 207, y: 686, width: 6, size: SIZE }, { text: '8', x: 230, y: 676.5, width: 6, size: SIZE }];
    expect(tables(pdfDocument([page(texts, rules)]))).toEqual([
      [
        ['', '7', ''],
        ['', '8', ''],
        ['', '', ''],
      ],
    ]);
  });

  it('pdfDocument needs a rule across a narrow column to reach within a quarter of its width of the side', () => {
    // A column 14 pt wide (a header printed a character per line): a rule 4 pt short divides nothing.
    const t = grid(60, 700, [100, 14, 50], [20, 20], [['一、本年新收', '自', '3'], ['二、上年结转', '', '1']], ['h 1 1']);
    const stub: PdfRule = { x1: 160, y1: 680, x2: 170, y2: 680 };
    expect(tables(pdfDocument([tablePage(t, { rules: [stub] })]))).toEqual([
      [
        ['一、本年新收', '自', '3'],
        ['二、上年结转', 'row:自', '1'],
      ],
    ]);
  });

  it('pdfDocument cuts two figures that come as one run over a column rule, and places each piece by its own width', () => {
    const t = grid(60, 700, [100, 40, 40, 40], [20], [['一、本年新收', '', '', '']]);
    const pair: PdfText = { text: '35', x: 180, y: 688, width: 40, size: SIZE };
    const crossing: PdfText = { text: '1203', x: 162, y: 688, width: 76, size: SIZE };
    expect(tables(pdfDocument([tablePage(t, { texts: [pair] })]))).toEqual([[['一、本年新收', '3', '5', '']]]);
    expect(tables(pdfDocument([tablePage(t, { texts: [crossing] })]))).toEqual([[['一、本年新收', '12', '03', '']]]);
  });

  it('pdfDocument joins a cell’s lines with a space only between Latin letters or digits', () => {
    const t = grid(60, 700, [100, 100, 100], [40], [[['Page', 'Views'], ['AB中', 'CD'], ['2023', '中A']]]);
    expect(tables(pdfDocument([tablePage(t)]))).toEqual([[['Page Views', 'AB中CD', '2023中A']]]);
  });

  it('pdfDocument reads every cell in its place when parts of the outer border are not drawn', () => {
    const t = grid(60, 700, [150, 50], [20, 20, 20], [['项目', '数量'], ['一、本年新收', '3'], ['二、上年结转', '1']], ['h 0 0', 'v 1 0', 'v 2 0']);
    expect(tables(pdfDocument([tablePage(t)]))).toEqual([
      [
        ['项目', '数量'],
        ['一、本年新收', '3'],
        ['二、上年结转', '1'],
      ],
    ]);
  });

  it('pdfDocument puts a caption set just above a table before it', () => {
    const doc = pdfDocument([tablePage({ texts: [run('表1 收到申请情况', 60, 704)] }, twoByTwo())]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['line', 'table']);
  });
});

describe('pdfDocument(pages): a table printed without rules', () => {
  const figures = (y: number, values: string[], xs: number[]) => values.map((v, i) => run(v, xs[i]!, y));

  it('pdfDocument reads right-aligned figures (a wider figure starting further left) as one table, a wrapped label line going to its row', () => {
    const doc = pdfDocument([
      page([
        run('(二)情况说明', 60, 560),
        run('1.本机关不掌握相关政', 110, 506),
        ...figures(500, ['7', '0', '7'], [320, 360, 400]),
        // The label's second line ends 5 pt before the figures' column.
        run('府信息及其他不属于本机关负责公开的信息', 125, 494),
        run('2.没有现成信息需要另行制作', 110, 470),
        ...figures(470, ['1234', '0', '1234'], [303.5, 360, 383.5]),
      ]),
    ]);
    expect(lines(doc)).toEqual(['(二)情况说明', '1.本机关不掌握相关政府信息及其他不属于本机关负责公开的信息 7 0 7', '2.没有现成信息需要另行制作 1234 0 1234']);
  });

  it('pdfDocument reads a centred label’s ragged lines top to bottom, however far left each starts, and a line of several runs as one', () => {
    const doc = pdfDocument([
      page([
        // Its top line, in a type 15% larger (another font's metrics) and 1.6 lines above the next, is still a line of the label.
        run('政府', 160, 528, 11.5),
        run('信息', 130, 512),
        run('公开', 110, 500),
        run('申请', 130, 500),
        run('数量', 158, 500),
        ...figures(500, ['7 ', '0', '7'], [320, 360, 400]),
      ]),
    ]);
    expect(lines(doc)).toEqual(['政府信息公开申请数量 7 0 7']);
  });

  it('pdfDocument puts a group label set right against its rows’ labels before them, and one midway between two rows with the upper row', () => {
    const doc = pdfDocument([
      page([
        run('1.本机关不掌握', 110, 500),
        ...figures(500, ['3', '0', '3'], [320, 360, 400]),
        run('(四)无法', 60, 485),
        run('2.没有现成信息', 110, 470),
        ...figures(470, ['0', '0', '0'], [320, 360, 400]),
      ]),
    ]);
    expect(lines(doc)).toEqual(['(四)无法1.本机关不掌握 3 0 3', '2.没有现成信息 0 0 0']);
  });

  it('pdfDocument ends the table at a line that reaches into the figures’ columns, even by 3 pt or by one of its runs', () => {
    const doc = pdfDocument([
      page([
        run('(一)予以公开', 110, 560),
        ...figures(560, ['1', '0', '1'], [320, 360, 400]),
        run('注：本表所列数据均为本机关本年度受理的申请', 113, 540),
        run('(二)部分公开', 110, 520),
        ...figures(520, ['2', '0', '2'], [320, 360, 400]),
        run('注：', 60, 500),
        run('数据截至年底', 300, 500),
        run('(三)不予公开', 110, 480),
        ...figures(480, ['3', '0', '3'], [320, 360, 400]),
      ]),
    ]);
    expect(lines(doc)).toEqual(['(一)予以公开 1 0 1', '注：本表所列数据均为本机关本年度受理的申请', '(二)部分公开 2 0 2', '注： 数据截至年底', '(三)不予公开 3 0 3']);
  });
  it('pdfDocument starts a new table at a row whose figures stand far from the table’s, its label line above going with it', () => {
    const doc = pdfDocument([
      page([
        run('(一)予以公开', 110, 500),
        ...figures(500, ['1', '0', '1'], [320, 360, 400]),
        run('本年度新收', 110, 490),
        run('政府信息公开申请', 110, 476),
        ...figures(476, ['2', '2'], [420, 460]),
      ]),
    ]);
    expect(lines(doc)).toEqual(['(一)予以公开 1 0 1', '本年度新收政府信息公开申请 2 2']);
  });
});

describe('pdfDocument(pages): a table over a page break', () => {
  const header = ['项目', '自然人', '总计'];
  const widths = [150, 50, 50];

  it('pdfDocument joins a continuation drawn up to 5 pt to the side of the first part, onto the first part’s columns', () => {
    const first = grid(60, 200, widths, [20, 20], [header, ['一、本年新收', '1', '1']]);
    const next = grid(65, 780, widths, [20], [['二、上年结转', '0', '0']]);
    expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toEqual([[header, ['一、本年新收', '1', '1'], ['二、上年结转', '0', '0']]]);
  });

  it('pdfDocument does not join a table on the next page that matches only one side or has another column rule', () => {
    const first = grid(60, 200, widths, [20], [['一、本年新收', '1', '1']]);
    const others = [grid(60, 780, [150], [20], [['备注']]), grid(210, 780, [50, 50], [20], [['1', '2']]), grid(60, 780, [100, 50, 50, 50], [20], [['二、', '上年结转', '0', '0']])];
    for (const next of others) expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toHaveLength(2);
  });

  it('pdfDocument joins a table over three pages in page order', () => {
    const parts = [
      grid(60, 200, widths, [20], [['一、本年新收', '1', '1']]),
      grid(60, 780, widths, [20], [['二、上年结转', '2', '2']]),
      grid(60, 780, widths, [20], [['四、结转下年度', '3', '3']]),
    ];
    expect(tables(pdfDocument(parts.map((part) => tablePage(part))))).toEqual([
      [
        ['一、本年新收', '1', '1'],
        ['二、上年结转', '2', '2'],
        ['四、结转下年度', '3', '3'],
      ],
    ]);
  });

  it('pdfDocument drops a header of two rows repeated on the next page whole, and adds nothing for a continuation that is only the header', () => {
    const head = [header, ['', '数量', '数量']];
    const first = grid(60, 200, widths, [20, 20, 20], [...head, ['一、本年新收', '1', '1']]);
    const next = grid(60, 780, widths, [20, 20, 20], [...head, ['(三)不予公开', '0', '0']]);
    expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toEqual([[...head, ['一、本年新收', '1', '1'], ['(三)不予公开', '0', '0']]]);
    const only = grid(60, 780, widths, [20], [header]);
    const start = grid(60, 200, widths, [20, 20], [header, ['一、本年新收', '1', '1']]);
    expect(tables(pdfDocument([tablePage(start), tablePage(only)]))).toEqual([[header, ['一、本年新收', '1', '1']]]);
  });

  it('pdfDocument keeps a row on the next page that agrees with the header in some cells only, and a repeated data row whose label has no digit', () => {
    const first = grid(60, 200, widths, [20, 20], [header, ['一、本年新收', '1', '1']]);
    const next = grid(60, 780, widths, [20], [['备注', '自然人', '总计']]);
    expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toEqual([[header, ['一、本年新收', '1', '1'], ['备注', '自然人', '总计']]]);
    const row = ['(三)不予公开', '0', '0'];
    const again = pdfDocument([tablePage(grid(60, 200, widths, [20], [row])), tablePage(grid(60, 780, widths, [20], [row]))]);
    expect(tables(again)).toEqual([[row, row]]);
  });

  it('pdfDocument keeps a continuation’s column rules from dividing a merged cell above the page break', () => {
    const first = grid(60, 200, widths, [20, 20], [['一、本年新收', '1', '1'], ['三、本年度办理结果', '', '9']], ['v 1 1']);
    const next = grid(60, 780, widths, [20], [['(一)予以公开', '2', '2']]);
    expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toEqual([
      [
        ['一、本年新收', '1', '1'],
        ['三、本年度办理结果', 'col:三、本年度办理结果', '9'],
        ['(一)予以公开', '2', '2'],
      ],
    ]);
  });

  it('pdfDocument drops the header a continuation repeats without its top rule, after a first part closed by a rule', () => {
    const first = grid(60, 200, widths, [20, 20], [header, ['一、本年新收', '1', '1']]);
    const next = grid(60, 780, widths, [20, 20], [header, ['二、上年结转', '0', '0']], ['h 0 0', 'h 0 1', 'h 0 2']);
    expect(tables(pdfDocument([tablePage(first), tablePage(next)]))).toEqual([[header, ['一、本年新收', '1', '1'], ['二、上年结转', '0', '0']]]);
  });

  it('pdfDocument drops the header a continuation repeats under its top rule, after a first part whose last row the break cuts', () => {
    const first = grid(60, 200, widths, [20, 20], [header, ['(二)部分公开', '8', '9']], ['h 2 0', 'h 2 1', 'h 2 2']);
    const next = grid(60, 780, widths, [20, 20], [header, ['(三)不予公开', '0', '0']]);
    const [rows] = tables(pdfDocument([tablePage(first), tablePage(next)]));
    expect(rows!.filter((row) => row[0] === '项目')).toHaveLength(1);
    expect(rows!.at(-1)).toEqual(['(三)不予公开', '0', '0']);
  });

  it('pdfDocument keeps the part of a row cut by the page break as a row of its own when the table does not go on', () => {
    const first = grid(60, 200, widths, [20, 40], [['一、本年新收', '1', '1'], ['(二)部分公开', '8', '9']], ['h 2 0', 'h 2 1', 'h 2 2']);
    const other = grid(60, 800, [100, 100], [20, 20], [['只计这一情形)', ''], ['备注', '无']], ['h 0 0', 'h 0 1']);
    expect(tables(pdfDocument([tablePage(first), tablePage(other)]))).toEqual([
      [
        ['一、本年新收', '1', '1'],
        ['(二)部分公开', '8', '9'],
      ],
      [
        ['只计这一情形)', ''],
        ['备注', '无'],
      ],
    ]);
  });
});
