/**
 * Report files: their kind told by their bytes, text decoded in the encodings Chinese sites
 * use, files that cannot be read named with the reason, and the rules a PDF page paints.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, fileKind, FileError, parseFile, type FileProblem } from '../../src/parse/file.js';
import { fixRadicals, pageRules, unspace, uprightPage, type PdfJs } from '../../src/parse/pdf.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
/** The bytes of a zip whose first entry is a Word document part. */
const docxHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('....word/document.xml')]);

const problem = (run: () => unknown): FileProblem | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof FileError) return error.problem;
    throw error;
  }
  return undefined;
};

describe('fileKind(name, bytes)', () => {
  it('tells PDF and Word files by their first bytes, whatever their names', () => {
    expect(fileKind('report.bin', bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(fileKind('下载.aspx', docxHead)).toBe('docx');
  });

  it('tells HTML from text by the markup, and trusts .txt and .md names', () => {
    expect(fileKind('page', bytes('<!DOCTYPE html><html><body><p>报告</p>'))).toBe('html');
    expect(fileKind('page.htm', bytes('报告'))).toBe('html');
    expect(fileKind('notes.md', bytes('<p>报告</p>'))).toBe('text');
    expect(fileKind('copied', bytes('一、总体情况\n'))).toBe('text');
  });

  it('names an old Word or WPS file as one to save as .docx, and says so in its message', () => {
    expect(problem(() => fileKind('report.doc', OLE))).toBe('doc');
    expect(problem(() => fileKind('report.wps', OLE))).toBe('wps');
    expect(() => fileKind('report.doc', OLE)).toThrow(/save it as \.docx/);
  });

  it('names an empty file, and a .pdf or .docx whose bytes are not one', () => {
    expect(problem(() => fileKind('report.pdf', new Uint8Array()))).toBe('empty');
    expect(problem(() => fileKind('report.pdf', bytes('<html>404 Not Found</html>')))).toBe('damaged');
    expect(problem(() => fileKind('report.docx', bytes('not a zip')))).toBe('damaged');
  });
});

describe('decodeText(bytes)', () => {
  const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]); // 政府 in GBK

  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(bytes('政府'))).toBe('政府');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('政府')]))).toBe('政府');
  });

  it('reads GBK text, which is not UTF-8, as GB18030', () => {
    expect(decodeText(gbk)).toBe('政府');
  });

  it('follows an HTML page that declares gb2312', () => {
    const page = new Uint8Array([...bytes('<meta charset="gb2312"><p>'), ...gbk]);
    expect(decodeText(page)).toBe('<meta charset="gb2312"><p>政府');
  });
});

/** A pdf.js stand-in that serves pages of the given text runs (and no drawing). */
const fakePdfJs = (pages: { str: string; x: number; y: number }[][], drawn: number[] = []): PdfJs => ({
  OPS: { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28 },
  getDocument: () => {
    const file = {
      numPages: pages.length,
      getPage: async (n: number) => ({
        view: [0, 0, 595, 842],
        getTextContent: async () => ({ items: pages[n - 1]!.map((t) => ({ str: t.str, transform: [10, 0, 0, 10, t.x, t.y], width: t.str.length * 10 })) }),
        getOperatorList: async () => {
          drawn.push(n);
          return { fnArray: [], argsArray: [] };
        },
        cleanup: () => undefined,
      }),
      destroy: async () => undefined,
    };
    return { promise: Promise.resolve(file), destroy: async () => undefined };
  },
});
const readers = (pages: { str: string; x: number; y: number }[][]) => ({ pdfjs: async () => fakePdfJs(pages) });
const pdf = bytes('%PDF-1.4');

describe('parseFile(name, bytes, readers)', () => {
  it('names a PDF with no text on any page as a scan, and reads nothing', async () => {
    await expect(parseFile('scan.pdf', pdf, readers([[], []]))).rejects.toMatchObject({ problem: 'scan', message: expect.stringMatching(/scanned PDF.*2 pages.*OCR/) });
  });

  it('reads a PDF with some scanned pages and notes how many have no text', async () => {
    const result = await parseFile('mixed.pdf', pdf, readers([[{ str: '某某局2023年政府信息公开工作年度报告', x: 60, y: 700 }], []]));
    expect(result.kind).toBe('pdf');
    expect(result.report.agency).toEqual({ name: '某某局' });
    expect(result.notes).toContainEqual({ path: 'file', message: expect.stringMatching(/^1 of 2 pages have no text/) });
  });

  it('names a garbled text layer (UTF-8 shown as Latin letters) instead of reading nonsense', async () => {
    const garbled = Array.from({ length: 12 }, (_, i) => ({ str: 'æ¿å”ä¿¡æ¯å…¬å¼€', x: 60, y: 700 - i * 20 }));
    await expect(parseFile('bad.pdf', pdf, readers([garbled]))).rejects.toMatchObject({ problem: 'garbled' });
  });

  it('reads the drawing (for table rules) of pages that may hold a table and of the page after each, not of prose pages', async () => {
    const prose = [{ str: '全年共受理申请73件，均已按时答复。', x: 60, y: 700 }];
    const row = [
      { str: '一、本年新收政府信息公开申请数量', x: 60, y: 500 },
      { str: '73', x: 400, y: 500 },
    ];
    const drawn: number[] = [];
    await parseFile('r.pdf', pdf, { pdfjs: async () => fakePdfJs([prose, row, prose, prose], drawn) });
    expect(drawn).toEqual([2, 3]);
  });

  it('asks for the reader a Word or PDF file needs when none is given', async () => {
    await expect(parseFile('r.pdf', pdf, {})).rejects.toMatchObject({ problem: 'reader', message: expect.stringMatching(/no PDF reader/) });
    await expect(parseFile('r.docx', docxHead, {})).rejects.toMatchObject({ problem: 'reader', message: expect.stringMatching(/no Word reader/) });
  });

  it('names a reader that cannot be loaded or started as the reader’s failure, not the file’s', async () => {
    const offline = { pdfjs: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    await expect(parseFile('r.pdf', pdf, offline)).rejects.toMatchObject({ problem: 'reader' });
    const failing = (error: Error) => ({ pdfjs: async () => ({ ...fakePdfJs([]), getDocument: () => ({ promise: Promise.reject(error), destroy: async () => undefined }) }) });
    await expect(parseFile('r.pdf', pdf, failing(new Error('Setting up fake worker failed: "Failed to fetch"')))).rejects.toMatchObject({ problem: 'reader' });
    await expect(parseFile('r.pdf', pdf, failing(Object.assign(new Error('No password given'), { name: 'PasswordException' })))).rejects.toMatchObject({ problem: 'encrypted' });
    await expect(parseFile('r.pdf', pdf, failing(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })))).rejects.toMatchObject({ problem: 'damaged' });
  });
});

describe('fixRadicals(text)', () => {
  it('maps the radical forms PDF fonts use to the characters they stand for', () => {
    expect(fixRadicals('部⻔⻚⾯')).toBe('部门页⾯');
    expect(fixRadicals('门戶网站')).toBe('门户网站');
    expect('⾯'.normalize('NFKC')).toBe('面');
  });
});

describe('pageRules(operators, OPS)', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28, clip: 29, moveTo: 13, lineTo: 14, rectangle: 19, closePath: 18, curveTo: 15 };
  const path = (kinds: number[], values: number[]) => [OPS.constructPath, [kinds, values, null]] as const;
  const list = (...ops: (readonly [number, unknown])[]) => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1] as unknown[]) });

  it('takes stroked lines and thin filled rectangles as rules, through the transform in force', () => {
    const rules = pageRules(
      list(
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 10, 20]],
        path([OPS.moveTo, OPS.lineTo], [0, 0, 50, 0]),
        [OPS.stroke, null],
        [OPS.restore, null],
        path([OPS.rectangle], [100, 100, 0.5, 80]),
        [OPS.fill, null],
      ),
      OPS,
    );
    expect(rules).toEqual([
      { x1: 10, y1: 20, x2: 110, y2: 20 },
      { x1: 100.25, y1: 100, x2: 100.25, y2: 180 },
    ]);
  });

  it('leaves out clipping paths, filled areas and curves', () => {
    const rules = pageRules(
      list(
        path([OPS.rectangle], [0, 0, 595, 842]),
        [OPS.clip, null],
        [OPS.endPath, null],
        path([OPS.rectangle], [50, 50, 200, 100]),
        [OPS.fill, null],
        path([OPS.moveTo, OPS.curveTo], [0, 0, 10, 10, 20, 10, 30, 0]),
        [OPS.stroke, null],
      ),
      OPS,
    );
    expect(rules).toEqual([]);
  });

  it('gives the four sides of a stroked rectangle', () => {
    expect(pageRules(list(path([OPS.rectangle], [10, 10, 100, 20]), [OPS.stroke, null]), OPS)).toHaveLength(4);
  });
});

describe('unspace(text)', () => {
  it('drops the spaces a justified line puts between Chinese characters, and keeps those between Latin words', () => {
    expect(unspace('4. 无 正 当 理 由 大 量')).toBe('4.无正当理由大量');
    expect(unspace('2023 年')).toBe('2023年');
    expect(unspace('- 2 -')).toBe('- 2 -');
  });
});

describe('uprightPage(view, items)', () => {
  const run = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 10, size: 10 });

  it('turns a page whose text is drawn a quarter turn (a landscape table on a portrait page) so it reads upright', () => {
    // Drawn turned 90° anticlockwise: the text runs up the page; a later line is further right.
    const { page: turned, turnRules } = uprightPage(
      [0, 0, 595, 842],
      [
        { turn: 1, text: run('第一行', 100, 100) },
        { turn: 1, text: run('第二行', 120, 100) },
        { turn: 0, text: run('页边注', 10, 10) },
      ],
    );
    const page = { ...turned, rules: turnRules([{ x1: 90, y1: 100, x2: 90, y2: 400 }]) };
    expect({ width: page.width, height: page.height }).toEqual({ width: 842, height: 595 });
    // Upright, the first line is above the second (y up) and both start at the same x.
    const [first, second] = page.texts;
    expect(page.texts.map((t) => t.text)).toEqual(['第一行', '第二行']);
    expect(first!.x).toBe(second!.x);
    expect(first!.y).toBeGreaterThan(second!.y);
    // A rule along the text's direction becomes horizontal.
    expect(page.rules[0]!.y1).toBe(page.rules[0]!.y2);
  });

  it('leaves an upright page as it is, less its page origin', () => {
    const { page } = uprightPage([0, 20, 595, 862], [{ turn: 0, text: run('正文', 60, 720) }]);
    expect(page.texts[0]).toMatchObject({ x: 60, y: 700 });
    expect(page.height).toBe(842);
  });
});
