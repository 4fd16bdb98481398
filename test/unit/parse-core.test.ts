/**
 * The parser's core on small hand-made fragments laid out like the national form: a report as
 * blocks (text, HTML, the live page's DOM), report files told by their bytes, and the report's
 * title, sections, prose and figures read from them.
 */
import { parseDocument as parseMarkup } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { collapse, documentText, expandSpans, htmlDocument, normalize, textDocument, type Doc, type RawCell } from '../../src/parse/document.js';
import { domDocument } from '../../src/parse/dom.js';
import { decodeText, fileKind, FileError, parseFile, readDocx, type Mammoth, type Readers } from '../../src/parse/file.js';
import type { PdfJs } from '../../src/parse/pdf.js';
import { htmlToText, parseDocument, parseReportHtml, parseReportSource, parseReportText, readTitle } from '../../src/parse/parse.js';

const line = (text: string) => ({ kind: 'line' as const, text });
const cells = (...texts: string[]) => texts.map((text) => ({ text }));

describe('normalize(text) and collapse(text)', () => {
  it('normalize writes full-width digits, commas and brackets in ASCII and drops zero-width spaces', () => {
    expect(normalize('１２，３４５．６（一）')).toBe('12,345.6(一)');
    expect(normalize('予以\u200b公\u200c开\u200d\u2060\ufeff')).toBe('予以公开');
  });

  it('normalize turns no-break and ideographic spaces into plain spaces', () => {
    expect(normalize('规章\u00a01\u30002')).toBe('规章 1 2');
  });

  it('collapse gives runs of white space as one space and none at the ends', () => {
    expect(collapse('  一、\n\t总体   情况 ')).toBe('一、 总体 情况');
  });
});

describe('textDocument(text)', () => {
  it('reads lines with tabs as table rows, their cells trimmed, and other lines as lines', () => {
    expect(textDocument('一、总体情况\n 规章 \t 1 \t2\n行政许可\t3\n二、其他').blocks).toEqual([
      line('一、总体情况'),
      { kind: 'table', rows: [cells('规章', '1', '2'), cells('行政许可', '3')] },
      line('二、其他'),
    ]);
  });

  it('reads a line with two or more pipes (any of | │ ┃) as a row, and a line with one as a line', () => {
    expect(textDocument('规章 │ 1 ┃ 2\n甲 | 乙').blocks).toEqual([{ kind: 'table', rows: [cells('规章', '1', '2')] }, line('甲 | 乙')]);
  });

  it('reads Markdown pipe rows, with outer pipes, without the rule under the header', () => {
    expect(textDocument('| 信息内容 | 本年制发件数 |\n| --- | :---: |\n| 规章 | 1 |').blocks).toEqual([
      { kind: 'table', rows: [cells('信息内容', '本年制发件数'), cells('规章', '1')] },
    ]);
    expect(textDocument('|---|---|\n一、总体情况').blocks).toEqual([line('一、总体情况')]);
  });

  it('reads pipe rows without outer pipes, a line starting with a pipe having a blank first cell', () => {
    expect(textDocument('信息内容 | 本年制发件数 | 现行有效件数\n| 规章 | 1').blocks).toEqual([
      { kind: 'table', rows: [cells('信息内容', '本年制发件数', '现行有效件数'), cells('', '规章', '1')] },
    ]);
  });

  it('decides the pipe style on the pipe rows only, not on the tab rows beside them', () => {
    expect(textDocument('| 规章 | 1 |\n行政许可\t2').blocks).toEqual([{ kind: 'table', rows: [cells('规章', '1'), cells('行政许可', '2')] }]);
  });

  it('splits a row that has both tabs and two pipes at its pipes, keeping its first and last cells', () => {
    expect(textDocument('规章|1|2\t3').blocks).toEqual([{ kind: 'table', rows: [cells('规章', '1', '2\t3')] }]);
  });

  it('reads a <br> in a pipe cell as a space', () => {
    expect(textDocument('| 行政<br>许可 | 1<br/>2 | 3<BR />4 |').blocks).toEqual([{ kind: 'table', rows: [cells('行政 许可', '1 2', '3 4')] }]);
  });

  it('keeps a table open over blank lines between its rows, and keeps a blank line elsewhere as a line', () => {
    expect(textDocument('规章\t1\n\n  \n行政许可\t2\n\n完').blocks).toEqual([
      { kind: 'table', rows: [cells('规章', '1'), cells('行政许可', '2')] },
      line('完'),
    ]);
    expect(textDocument('甲\n\n乙').blocks).toEqual([line('甲'), line(''), line('乙')]);
  });

  it('reads Windows and old Mac line ends as line ends', () => {
    expect(textDocument('甲\r\n乙\r丙').blocks).toEqual([line('甲'), line('乙'), line('丙')]);
  });
});

describe('expandSpans(rows)', () => {
  const raw = (text: string, rowspan = 1, colspan = 1): RawCell => ({ text, rowspan, colspan });

  it('copies a cell spanning rows into the rows below, and one spanning columns beside it', () => {
    expect(expandSpans([[raw('三、本年度办理结果', 2), raw('(一)', 1, 2)], [raw('(二)'), raw('4')]])).toEqual([
      [{ text: '三、本年度办理结果' }, { text: '(一)' }, { text: '(一)', copy: 'col' }],
      [{ text: '三、本年度办理结果', copy: 'row' }, { text: '(二)' }, { text: '4' }],
    ]);
  });

  it('copies a cell spanning rows and columns as a row copy below and a column copy beside', () => {
    expect(expandSpans([[raw('甲', 2, 2), raw('1')], [raw('2')]])).toEqual([
      [{ text: '甲' }, { text: '甲', copy: 'col' }, { text: '1' }],
      [{ text: '甲', copy: 'row' }, { text: '甲', copy: 'row' }, { text: '2' }],
    ]);
  });

  it('fills a position no cell reaches with an empty cell', () => {
    expect(expandSpans([[raw('a'), raw('b'), raw('c', 2)], [raw('d')]])).toEqual([cells('a', 'b', 'c'), [{ text: 'd' }, { text: '' }, { text: 'c', copy: 'row' }]]);
  });

  it('reads a span of zero or less as one', () => {
    expect(expandSpans([[raw('a', 0, 0), raw('b', -2, -1)], [raw('c')]])).toEqual([cells('a', 'b'), cells('c')]);
  });

  it('stops a row span at the last row of the table', () => {
    expect(expandSpans([[raw('a', 5)], [raw('b')]])).toEqual([cells('a'), [{ text: 'a', copy: 'row' }, { text: 'b' }]]);
  });

  it('caps a row span at 100 rows and a column span at 50 columns', () => {
    const rows = [[raw('a', 1000)], ...Array.from({ length: 149 }, () => [raw('x')])];
    const grid = expandSpans(rows);
    expect(grid).toHaveLength(150);
    expect(grid[99]).toEqual([{ text: 'a', copy: 'row' }, { text: 'x' }]);
    expect(grid[100]).toEqual([{ text: 'x' }]);
    expect(expandSpans([[raw('a', 1, 1000), raw('b')]])[0]).toHaveLength(51);
  });
});

describe('htmlDocument(html)', () => {
  it('gives a line per block element and each table as rows of cells', () => {
    expect(htmlDocument('<div>一、总体情况<p>概况 <b>良好</b></p>尾</div><table><tr><td>规章</td><td>1</td></tr></table>后').blocks).toEqual([
      line('一、总体情况'),
      line('概况 良好'),
      line('尾'),
      { kind: 'table', rows: [cells('规章', '1')] },
      line('后'),
    ]);
  });

  it('takes the <title> and the first <h1>, their white space collapsed', () => {
    const doc = htmlDocument('<html><head><title> 某局\n2023年 报告 </title></head><body><h1> 某局 <br>年报 </h1><h1>第二</h1></body></html>');
    expect(doc.title).toBe('某局 2023年 报告');
    expect(doc.heading).toBe('某局 年报');
  });

  it('gives no title or heading when the page has none, or only white space in them', () => {
    const doc = htmlDocument('<title> </title><h1> </h1><p>正文</p>');
    expect(doc).not.toHaveProperty('title');
    expect(doc).not.toHaveProperty('heading');
  });

  it('leaves out scripts, styles, templates and the head, nested or not, and recovers from a stray closing tag', () => {
    const doc = htmlDocument('<head><style>p{}</style><meta charset="utf-8"></head><noscript>无</noscript><template><p>模板</p></template><script>var a = 1;</script><p>甲</p></style><p>乙</p>');
    expect(doc.blocks).toEqual([line('甲'), line('乙')]);
  });

  it('reads the paragraphs in a cell as one cell text with spaces between them', () => {
    expect(htmlDocument('<table><tr><td><p>行政</p><p>许可</p></td><td>&nbsp;3&nbsp;</td></tr></table>').blocks).toEqual([{ kind: 'table', rows: [cells('行政 许可', '3')] }]);
    expect(htmlDocument('<table><tr><td>前<p>中</p>后</td><td>甲<br>乙</td></tr></table>').blocks).toEqual([{ kind: 'table', rows: [cells('前 中 后', '甲 乙')] }]);
  });

  it('gives a table nested in a cell to that cell as its text, row by row', () => {
    const html = '<table><tr><td>甲<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table></td><td>乙</td></tr></table>';
    expect(htmlDocument(html).blocks).toEqual([{ kind: 'table', rows: [cells('甲 1 2 3', '乙')] }]);
  });

  it('reads a cell outside any row as the start of a row, and leaves out text between cells', () => {
    expect(htmlDocument('<table>表外<td>规章</td>间<td>1</td></table>').blocks).toEqual([{ kind: 'table', rows: [cells('规章', '1')] }]);
  });

  it('reads a row or a cell outside any table, and a stray </table>, as text', () => {
    expect(htmlDocument('<p>甲</p></table><tr><td>规章</td><td>1</td></tr><th>乙</th>').blocks).toEqual([line('甲'), line('规章1'), line('乙')]);
  });

  it('drops a table without cells and the empty rows of a table', () => {
    expect(htmlDocument('<p>甲</p><table><tr></tr></table><table><tr></tr><tr><td>1</td></tr></table>').blocks).toEqual([line('甲'), { kind: 'table', rows: [cells('1')] }]);
  });

  it('expands rowspan and colspan, reading a span that is not a positive number as one', () => {
    const html = '<table><tr><td rowspan="2">甲</td><td colspan="x">1</td><td colspan="0">2</td></tr><tr><td colspan="2">3</td></tr></table>';
    expect(htmlDocument(html).blocks).toEqual([
      {
        kind: 'table',
        rows: [cells('甲', '1', '2'), [{ text: '甲', copy: 'row' }, { text: '3' }, { text: '3', copy: 'col' }]],
      },
    ]);
  });

  it('decodes entities', () => {
    expect(htmlDocument('<p>&lt;一&gt;&amp;&#x4e8c;</p>').blocks).toEqual([line('<一>&二')]);
  });
});

describe('documentText(doc)', () => {
  it('gives lines, and table rows with tab-separated cells, leaving out spanned copies', () => {
    const doc: Doc = {
      blocks: [line('一、总体情况'), { kind: 'table', rows: [[{ text: '规章' }, { text: '规章', copy: 'col' }, { text: '1' }], [{ text: '规章', copy: 'row' }, { text: '2' }]] }, line('完')],
    };
    expect(documentText(doc)).toBe('一、总体情况\n规章\t1\n2\n完');
  });
});

/**
 * A DOM stand-in over htmlparser2's tree, with the members `domDocument` reads and the DOM's
 * rules for them: a table's `rows` are its own (not a nested table's), a span is 1 unless given,
 * `document.title` strips and collapses ASCII white space only, comments have node type 8.
 */
type Raw = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: Raw[]; parent?: Raw | null; next?: Raw | null };
function standIn(html: string): { body: Element } {
  const root = parseMarkup(html) as unknown as Raw;
  const made = new Map<Raw, unknown>();
  const all = (node: Raw): Raw[] => [node, ...(node.children ?? []).flatMap(all)];
  const text = (node: Raw): string => (node.type === 'text' ? node.data! : (node.children ?? []).map(text).join(''));
  const isElement = (node: Raw) => ['tag', 'script', 'style'].includes(node.type);
  const kids = (node: Raw, ...names: string[]) => (node.children ?? []).filter((c) => isElement(c) && names.includes(c.name!));
  const number = (value: string | undefined, least: number) => {
    const n = Number.parseInt(value ?? '', 10);
    return Number.isNaN(n) || n < least ? 1 : n;
  };
  const titleNode = all(root).find((n) => n.name === 'title');
  const page = {
    title: titleNode ? text(titleNode).replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '') : '',
    querySelector: (selector: string) => {
      const found = all(root).find((n) => isElement(n) && n.name === selector);
      return found ? { textContent: text(found) } : null;
    },
  };
  const wrap = (node: Raw | null | undefined): any => {
    if (!node) return null;
    if (!made.has(node)) {
      const siblings = node.parent?.children ?? [];
      const view = {
        nodeType: isElement(node) ? 1 : node.type === 'text' ? 3 : node.type === 'comment' ? 8 : 10,
        data: node.data,
        localName: isElement(node) ? node.name : undefined,
        ownerDocument: page,
        get firstChild() {
          return wrap(node.children?.[0]);
        },
        get nextSibling() {
          return wrap(siblings[siblings.indexOf(node) + 1]);
        },
        // Only elements have attributes: a comment has no hasAttribute.
        hasAttribute: isElement(node) ? (name: string) => name in node.attribs! : undefined,
        get rows() {
          return [...kids(node, 'tr'), ...kids(node, 'thead', 'tbody', 'tfoot').flatMap((s) => kids(s, 'tr'))].map(wrap);
        },
        get cells() {
          return kids(node, 'td', 'th').map(wrap);
        },
        rowSpan: number(node.attribs?.rowspan, 0),
        colSpan: number(node.attribs?.colspan, 1),
        closest: (name: string) => {
          for (let n: Raw | null | undefined = node; n; n = n.parent) if (n.name === name) return wrap(n);
          return null;
        },
      };
      made.set(node, view);
    }
    return made.get(node);
  };
  const body = all(root).find((n) => n.name === 'body');
  return { body: wrap(body) as Element };
}

describe('domDocument(element), on a DOM stand-in', () => {
  const both = (inner: string, head = '') => {
    const html = `<html><head>${head}</head><body>${inner}</body></html>`;
    return { dom: domDocument(standIn(html).body), html: htmlDocument(html) };
  };

  it('reads a page as htmlDocument reads its markup: lines per block, tables with spans, title and heading', () => {
    const { dom, html } = both(
      '\n  <h1>\n 某局 2023年\n 年报 </h1>\n  <div>一、总体情况<p> 概况 <b>良好</b> </p>尾<br>行</div>\n' +
        '<table><tbody><tr><td rowspan="2"><p>行政</p><p>许可</p></td><td colspan="2">1</td></tr><tr><th>2</th><td>甲<table><tr><td>3</td><td>4</td></tr></table></td></tr></tbody></table>后记',
      '<title> 某局\u00a0年报 </title>',
    );
    expect(dom).toStrictEqual(html);
    expect(dom).toStrictEqual({
      blocks: [
        line('某局 2023年\n 年报'),
        line('一、总体情况'),
        line('概况 良好'),
        line('尾'),
        line('行'),
        { kind: 'table', rows: [[{ text: '行政 许可' }, { text: '1' }, { text: '1', copy: 'col' }], [{ text: '行政 许可', copy: 'row' }, { text: '2' }, { text: '甲 3 4' }]] },
        line('后记'),
      ],
      title: '某局 年报',
      heading: '某局 2023年 年报',
    });
  });

  it('reads the paragraphs in a cell as one cell text, a space where each block begins and ends', () => {
    const { dom, html } = both('<table><tr><td>前<p>中</p>后</td><td><div>甲</div>乙</td><td>行政<b>许可</b>事项</td></tr></table>');
    expect(dom.blocks).toEqual([{ kind: 'table', rows: [cells('前 中 后', '甲 乙', '行政许可事项')] }]);
    expect(dom).toStrictEqual(html);
  });

  it('gives no title or heading when the page has none', () => {
    const { dom } = both('<p>正文</p>');
    expect(dom).toStrictEqual({ blocks: [line('正文')] });
  });

  it('keeps the text of inline elements in the line around them', () => {
    const { dom, html } = both('<p>概况<b>良好</b>平稳<span>有序</span></p>');
    expect(dom.blocks).toEqual([line('概况良好平稳有序')]);
    expect(dom).toStrictEqual(html);
  });

  it('reads the text of text nodes only, not of comments', () => {
    const { dom } = both('<p>甲<!-- 注释 -->乙</p><table><tr><td>规<!-- 注 -->章</td></tr></table>');
    expect(dom.blocks).toEqual([line('甲乙'), { kind: 'table', rows: [cells('规章')] }]);
  });

  it('leaves out what `skip` names, hidden elements, scripts and styles, in cells too', () => {
    const { body } = standIn(
      '<html><body><p>一、总体情况</p><div hidden>不读</div><script>var x = 1;</script><my-widget><p>不读</p></my-widget>' +
        '<table><tr><td>规章<span hidden>不读</span><style>td{}</style><my-widget>不读</my-widget></td><td>0</td></tr></table></body></html>',
    );
    expect(domDocument(body, (el) => el.localName === 'my-widget').blocks).toEqual([line('一、总体情况'), { kind: 'table', rows: [cells('规章', '0')] }]);
    expect(domDocument(body).blocks).toContainEqual(line('不读'));
  });

  it('drops a table without cells and the rows of a table that have none', () => {
    const { dom } = both('<p>甲</p><table></table><table><tr></tr><tr><td>1</td></tr></table>');
    expect(dom.blocks).toEqual([line('甲'), { kind: 'table', rows: [cells('1')] }]);
  });

  it('takes a nested table’s rows into its cell only, not as rows of the outer table', () => {
    const { dom } = both('<table><tr><td><table><tr><th>1</th><th>2</th></tr><tr><td>3</td></tr></table></td><td>4</td></tr></table>');
    expect(dom.blocks).toEqual([{ kind: 'table', rows: [cells('1 2 3', '4')] }]);
  });
});

/** The bytes of text, in UTF-8. */
const bytes = (text: string) => new TextEncoder().encode(text);
const zip = (...parts: (string | Uint8Array)[]) =>
  new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...parts.flatMap((p) => [...(typeof p === 'string' ? bytes(p) : p)])]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const thrown = (run: () => unknown): FileError => {
  try {
    run();
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
};

describe('fileKind(name, bytes)', () => {
  it('finds the PDF marker anywhere in the first kilobyte, not after it', () => {
    expect(fileKind('r', bytes(`${' '.repeat(1000)}%PDF-1.4`))).toBe('pdf');
    expect(fileKind('r.txt', bytes(`${' '.repeat(1030)}%PDF-1.4`))).toBe('text');
  });

  it('names an OLE file as .doc unless it is named .wps, with a message for each', () => {
    expect(thrown(() => fileKind('报告.bin', OLE))).toMatchObject({ problem: 'doc', name: 'FileError', message: expect.stringContaining('报告.bin: a Word 97–2003 (.doc) file') });
    expect(thrown(() => fileKind('报告.WPS', OLE))).toMatchObject({ problem: 'wps', message: expect.stringContaining('a WPS (.wps) file') });
  });

  it('tells a Word file among zip archives by its word/ part in the first 64 KB, or by its name', () => {
    expect(fileKind('a.zip', zip('..word/document.xml'))).toBe('docx');
    const late = zip(new Uint8Array(70000), 'word/document.xml');
    expect(fileKind('a.docx', late)).toBe('docx');
    expect(thrown(() => fileKind('a.zip', late))).toMatchObject({ problem: 'unknown', message: 'a.zip: a zip archive that is not a Word (.docx) file' });
  });

  it('names a .pdf or .docx (in any case) whose bytes are not one as damaged, saying which it should be', () => {
    expect(thrown(() => fileKind('R.PDF', bytes('<html>')))).toMatchObject({ problem: 'damaged', message: expect.stringContaining('R.PDF: not a PDF file') });
    expect(thrown(() => fileKind('r.docx', bytes('<html>')))).toMatchObject({ problem: 'damaged', message: expect.stringContaining('not a Word (.docx) file') });
  });

  it('names a .doc or .wps that is not an OLE file by its name', () => {
    expect(thrown(() => fileKind('r.doc', bytes('文本')))).toMatchObject({ problem: 'doc', message: 'r.doc: a .doc file, which this reader cannot open; save it as .docx and read that' });
    expect(thrown(() => fileKind('r.wps', bytes('文本')))).toMatchObject({ problem: 'wps' });
  });

  it('tells HTML by the markup at the head of the file, or by an .html or .htm name', () => {
    for (const tag of ['<!DOCTYPE html>', '<html lang="zh">', '<body>', '<TABLE border="1">', '<p>', '<div class="a">']) expect(fileKind('r', bytes(`报告${tag}`)), tag).toBe('html');
    for (const markup of ['<span>', '<pre>', '<tablet>', '<p']) expect(fileKind('r', bytes(`报告${markup}`)), markup).toBe('text');
    expect(fileKind('r.HTML', bytes('报告'))).toBe('html');
    expect(fileKind('r.txt', bytes('<p>报告</p>'))).toBe('text');
    expect(fileKind('r', bytes(`${'报告\n'.repeat(1000)}<p>`))).toBe('text');
  });
});

describe('decodeText(bytes)', () => {
  it('reads UTF-16 text by its byte-order mark, little- or big-endian', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e]))).toBe('政府');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x65, 0x3f, 0x5e, 0x9c]))).toBe('政府');
  });

  it('follows a page that declares gbk or gb18030 even where its bytes would pass as UTF-8', () => {
    for (const declared of ['<meta charset=gbk>', '<META http-equiv="Content-Type" content="text/html; charset = GB18030">'])
      expect(decodeText(bytes(`${declared}政府`)), declared).not.toContain('政府');
    expect(decodeText(bytes(`<meta charset="gb2312">政府`))).not.toContain('政府');
    expect(decodeText(bytes(`<meta charset='gbk'>政府`))).not.toContain('政府');
  });

  it('reads a declaration only in the first 2 KB', () => {
    expect(decodeText(bytes(`${' '.repeat(2100)}<meta charset="gbk">政府`))).toContain('政府');
  });

  it('leaves no byte-order mark in UTF-8 text', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('政府')]))).toBe('政府');
  });
});

/** A mammoth stand-in that gives the HTML given, and keeps what it was called with. */
const fakeMammoth = (html: string | (() => never), calls: { input?: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }; options?: any } = {}): Mammoth => ({
  convertToHtml: async (input, options) => {
    calls.input = input;
    calls.options = options;
    return { value: typeof html === 'string' ? html : html() };
  },
  images: { imgElement: (f) => ({ convert: f }) },
});

describe('readDocx(bytes, mammoth)', () => {
  it('gives mammoth the file’s own bytes as a buffer and an ArrayBuffer, and reads its HTML', async () => {
    const file = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    const calls: Parameters<typeof fakeMammoth>[1] = {};
    const doc = await readDocx(file, fakeMammoth('<p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table>', calls));
    expect(doc.blocks).toEqual([line('一、总体情况'), { kind: 'table', rows: [cells('规章', '1')] }]);
    expect([...new Uint8Array(calls.input!.arrayBuffer)]).toEqual([1, 2, 3]);
    expect(calls.input!.buffer).toBe(file);
  });

  it('leaves pictures out: every image becomes an empty source', async () => {
    const calls: Parameters<typeof fakeMammoth>[1] = {};
    await readDocx(bytes('x'), fakeMammoth('', calls));
    await expect(calls.options.convertImage.convert({})).resolves.toEqual({ src: '' });
  });

  it('names a file mammoth cannot open as damaged, with mammoth’s reason', async () => {
    await expect(readDocx(bytes('x'), fakeMammoth(() => { throw new Error('end of central directory not found'); }))).rejects.toMatchObject({
      problem: 'damaged',
      message: 'cannot open the Word file: end of central directory not found',
    });
    await expect(readDocx(bytes('x'), fakeMammoth(() => { throw 'bad zip'; }))).rejects.toMatchObject({ message: 'cannot open the Word file: bad zip' });
  });
});

/** A pdf.js stand-in serving pages of text runs, one run a line, and no drawing. */
const fakePdfJs = (pages: string[][], fail?: unknown): PdfJs => ({
  OPS: {},
  getDocument: () => ({
    promise: fail === undefined
      ? Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => ({
            view: [0, 0, 595, 842],
            getTextContent: async () => ({ items: pages[n - 1]!.map((str, i) => ({ str, transform: [10, 0, 0, 10, 60, 780 - i * 20], width: str.length * 10 })) }),
            getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
            cleanup: () => undefined,
          }),
          destroy: async () => undefined,
        })
      : Promise.reject(fail),
    destroy: async () => undefined,
  }),
});
const pdfReaders = (pages: string[][], fail?: unknown): Readers => ({ pdfjs: async () => fakePdfJs(pages, fail) });
const PDF = bytes('%PDF-1.4');
const TITLE = '某某局2023年政府信息公开工作年度报告';

describe('parseFile(name, bytes, readers)', () => {
  it('parses an HTML page, a text file and a Word file, and says which kind each was', async () => {
    const html = await parseFile('r.html', bytes(`<h1>${TITLE}</h1>`));
    expect(html).toMatchObject({ kind: 'html', report: { year: 2023, agency: { name: '某某局' } } });
    const text = await parseFile('r.txt', bytes(`${TITLE}\n`));
    expect(text).toMatchObject({ kind: 'text', report: { year: 2023, agency: { name: '某某局' } } });
    const word = await parseFile('r.docx', zip('word/'), { mammoth: async () => fakeMammoth(`<p>${TITLE}</p>`) });
    expect(word).toMatchObject({ kind: 'docx', report: { year: 2023, agency: { name: '某某局' } } });
  });

  it('reads GBK text files as text', async () => {
    // 2023年某局政府信息公开工作年度报告, in GBK.
    const gbk = [50, 48, 50, 51, 196, 234, 196, 179, 190, 214, 213, 254, 184, 174, 208, 197, 207, 162, 185, 171, 191, 170, 185, 164, 215, 247, 196, 234, 182, 200, 177, 168, 184, 230];
    const { report } = await parseFile('r.txt', new Uint8Array(gbk));
    expect(report).toMatchObject({ year: 2023, agency: { name: '某局' } });
  });

  it('names a Word or PDF reader that fails to load, with its reason', async () => {
    await expect(parseFile('r.docx', zip('word/'), { mammoth: () => Promise.reject(new Error('offline')) })).rejects.toMatchObject({
      problem: 'reader',
      message: 'the Word reader could not be loaded (offline)',
    });
    await expect(parseFile('r.pdf', PDF, { pdfjs: () => Promise.reject('404') })).rejects.toMatchObject({ problem: 'reader', message: 'the PDF reader could not be loaded (404)' });
  });

  it('names why pdf.js could not open a PDF: a password, a missing worker, or damage', async () => {
    const locked = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    await expect(parseFile('r.pdf', PDF, pdfReaders([], locked))).rejects.toMatchObject({ problem: 'encrypted', message: expect.stringMatching(/^r\.pdf: the PDF is locked with a password/) });
    await expect(parseFile('r.pdf', PDF, pdfReaders([], new Error('No WORKER source')))).rejects.toMatchObject({
      problem: 'reader',
      message: 'r.pdf: the PDF reader could not start (Error: No WORKER source)',
    });
    await expect(parseFile('r.pdf', PDF, pdfReaders([], 'broken xref'))).rejects.toMatchObject({ problem: 'damaged', message: 'r.pdf: cannot open the PDF (broken xref)' });
  });

  it('names a scan of one page in the singular and of several in the plural', async () => {
    await expect(parseFile('s.pdf', PDF, pdfReaders([[]]))).rejects.toMatchObject({ problem: 'scan', message: expect.stringContaining('s.pdf: a scanned PDF (no text on any of its 1 page);') });
    await expect(parseFile('s.pdf', PDF, pdfReaders([[], [], []]))).rejects.toMatchObject({ message: expect.stringContaining('its 3 pages)') });
  });

  it('reads a text layer as garbled only when it has fewer than 20 Chinese characters and more than 50 accented Latin letters', async () => {
    const latin = (n: number) => 'æ'.repeat(n);
    const han = (n: number) => '政'.repeat(n);
    await expect(parseFile('g.pdf', PDF, pdfReaders([[latin(51), han(19)]]))).rejects.toMatchObject({ problem: 'garbled', message: expect.stringMatching(/^g\.pdf: the PDF's text layer is garbled/) });
    await expect(parseFile('g.pdf', PDF, pdfReaders([[latin(60)]]))).rejects.toMatchObject({ problem: 'garbled' });
    await expect(parseFile('g.pdf', PDF, pdfReaders([[latin(51), han(20)]]))).resolves.toMatchObject({ kind: 'pdf' });
    await expect(parseFile('g.pdf', PDF, pdfReaders([[latin(50), han(19)]]))).resolves.toMatchObject({ kind: 'pdf' });
  });

  it('notes the pages without text of a PDF that has some, and notes nothing when every page has text', async () => {
    const mixed = await parseFile('m.pdf', PDF, pdfReaders([[TITLE], [], []]));
    expect(mixed.notes).toContainEqual({ path: 'file', message: '2 of 3 pages have no text (scanned); their figures, if any, are not read' });
    const whole = await parseFile('m.pdf', PDF, pdfReaders([[TITLE]]));
    expect(whole.report).toMatchObject({ year: 2023, agency: { name: '某某局' } });
    expect(whole.notes.map((n) => n.path)).not.toContain('file');
  });
});

/** A report in the 2021 layout: the title, then sections 一, 五 and 六 with the prose given. */
const report = (one: string, five = '', six = '') =>
  `某局2023年政府信息公开工作年度报告\n一、总体情况\n${one}\n五、政府信息公开工作存在的主要问题及整改措施\n${five}\n六、其他需要报告的事项\n${six}`;
const narrative = (text: string) => parseReportText(text).report.narrative as Record<string, string> | undefined;
const platformsOf = (text: string) => parseReportText(report(text)).report.platforms as any;

describe('parseReportText: sections found by their headings', () => {
  it.each(['一、总体情况', '一.总体情况', '一．总体情况', '第一、总体情况', '## 一、总体情况', '一 、 总体情况', '  一、总体情况'])('a heading numbered or marked as %s still opens its section', (heading) => {
    expect(narrative(`某局2023年政府信息公开工作年度报告\n${heading}\n概况。`)).toEqual({ overview: '概况。' });
  });

  it('opens a section at a heading that says what the section is in the form’s other words', () => {
    expect(narrative('一、总体情况\n甲。\n五、存在问题及改进措施\n乙。\n六、其他需报告的事项\n丙。')).toEqual({ overview: '甲。', problems: '乙。', other: '丙。' });
    expect(narrative('一、总体情况\n甲。\n五、工作中的不足及改进\n乙。')).toEqual({ overview: '甲。', problems: '乙。' });
  });

  it('keeps a numbered line that names no section, or names one again, in the section it is in', () => {
    const text = '一、总体情况\n甲。\n三、工作亮点\n乙。\n五、存在的问题\n丙。\n一、总体情况\n丁。';
    expect(narrative(text)).toEqual({ overview: '甲。\n\n三、工作亮点乙。', problems: '丙。\n\n一、总体情况丁。' });
  });

  it('does not take a long line, a table row or an unnumbered mention of a section as its heading', () => {
    const long = '五、存在的问题在于人员不足，工作力量需要进一步加强，今后将持续改进各项工作并加强培训。';
    expect(long.length).toBeGreaterThan(40);
    expect(narrative(`一、总体情况\n甲。\n${long}`)).toEqual({ overview: `甲。\n\n${long}` });
    expect(narrative('一、总体情况\n甲。\n五、存在的问题\t1\n乙。')).toEqual({ overview: '甲。\n\n乙。' });
    expect(narrative('一、总体情况\n甲。\n存在的问题\n乙。')).toEqual({ overview: '甲。\n\n存在的问题乙。' });
    const padded = `${' '.repeat(27)}五、存在的问题${' '.repeat(27)}`;
    expect(padded.length).toBeGreaterThan(60);
    expect(narrative(`一、总体情况\n甲。\n${padded}\n乙。`)).toEqual({ overview: '甲。\n\n五、存在的问题乙。' });
  });

  it('knows the six sections by their headings, and keeps the lines under 二, 三 and 四 out of the prose', () => {
    const text = '一、总体情况\n甲。\n二、主动公开政府信息情况\n乙。\n三、收到和处理政府信息公开申请情况\n丙。\n四、政府信息公开行政复议、行政诉讼情况\n丁。\n五、存在的主要问题及改进情况\n戊。\n六、其他需要报告的事项\n己。';
    const { report, issues } = parseReportText(text);
    expect(report.narrative).toEqual({ overview: '甲。', problems: '戊。', other: '己。' });
    expect(issues.find((i) => i.path === 'proactive')?.seen).toBe('sections found: overview, proactive, applications, reviewLitigation, problems, other');
    const other = parseReportText('一、总体情况\n甲。\n三、依申请公开情况\n丙。\n四、行政复议情况\n丁。\n五、存在问题及整改\n戊。');
    expect(other.report.narrative).toEqual({ overview: '甲。', problems: '戊。' });
    expect(other.issues.find((i) => i.path === 'proactive')?.seen).toBe('sections found: overview, applications, reviewLitigation, problems');
    expect(narrative('一、总体情况\n甲。\n四、行政诉讼\n丁。')).toEqual({ overview: '甲。' });
  });

  it('names the sections it saw when a table is missing, or says it saw none', () => {
    const seen = (text: string) => parseReportText(text).issues.find((i) => i.path === 'proactive')?.seen;
    expect(seen(report('甲。', '乙。'))).toBe('sections found: overview, problems, other');
    expect(seen('某局2023年政府信息公开工作年度报告\n甲。')).toBe('no section headings found');
    expect(parseReportText('某局2023年政府信息公开工作年度报告\n甲。').issues.find((i) => i.path === 'applications')).toMatchObject({ kind: 'missing', seen: 'no section headings found' });
  });
});

describe('parseReportText: prose', () => {
  it('joins the lines a PDF broke mid-sentence and keeps paragraphs that end a sentence apart', () => {
    expect(narrative(report('本年度主动公开\n信息若干条。\n依申请公开工作\n平稳有序：\n答复及时！'))?.overview).toBe('本年度主动公开信息若干条。\n\n依申请公开工作平稳有序：\n\n答复及时！');
    for (const end of ['？', '；', '”', '）', ')', '"', '?', '!', ';', ':'])
      expect(narrative(report(`甲${end}\n乙`))?.overview, end).toBe(`甲${end}\n\n乙`);
  });

  it('keeps a short numbered sub-heading and a marked heading as lines of their own', () => {
    expect(narrative(report('（一）主动公开情况\n本年度公开信息\n若干条。\n### 平台建设\n网站运行平稳。'))?.overview).toBe('（一）主动公开情况\n\n本年度公开信息若干条。\n\n平台建设\n\n网站运行平稳。');
    expect(narrative(report('开头\n(二)依申请公开\n内容。'))?.overview).toBe('开头\n\n(二)依申请公开\n\n内容。');
  });

  it('joins a numbered line that is long or ends a clause to the text around it, as prose', () => {
    const long = '（一）主动公开情况方面本机关坚持以公开为常态不公开为例外的原则持续推进';
    expect(long.length).toBeGreaterThan(30);
    expect(narrative(report(`${long}\n各项工作。`))?.overview).toBe(`${long}各项工作。`);
    expect(narrative(report('开头\n（一）公开情况：\n内容。'))?.overview).toBe('开头（一）公开情况：\n\n内容。');
  });

  it('leaves out table rows, markdown marks and blank lines, and gives no text for a section with none', () => {
    expect(narrative(report('甲\t1\n  \n#  概况。', '', ''))).toEqual({ overview: '概况。' });
    expect(narrative(report('规章\t1', '', ''))).toBeUndefined();
  });

  it('leaves the closing agency name and date out of section 六', () => {
    expect(narrative(report('甲。', '', '无其他事项。\n某局\n2024年1月5日'))?.other).toBe('无其他事项。');
    expect(narrative(report('甲。', '', '无其他事项。\n某局\n２０２４年１月５日'))?.other).toBe('无其他事项。');
  });
});

describe('readTitle(text)', () => {
  it.each([
    ['2023年某县人民政府信息公开年报', '某县人民政府', 2023],
    ['2022年度某县人民政府政府信息公开工作年度报告', '某县人民政府', 2022],
    ['《某市财政局2023年政府信息公开工作年度报告》', '某市财政局', 2023],
    ['关于某市财政局2023年政府信息公开工作年度报告', '某市财政局', 2023],
    ['“某市财政局”2023年政府信息公开工作报告', '某市财政局', 2023],
    ['2023年政府信息公开工作年度报告', undefined, 2023],
    ['政府信息公开工作年度报告(2024年度)', undefined, 2024],
    ['某某街道办事处信息公开年度报告 2024年', '某某街道办事处', 2024],
  ])('readTitle(%s) gives agency %s and year %s', (title, agency, year) => {
    const read = readTitle(title);
    expect(read?.year).toBe(year);
    expect(read?.agency).toBe(agency);
  });

  it('readTitle gives the title as matched, squashed, and nothing for a text that is no report title', () => {
    expect(readTitle('标题： 某局 2023 年政府信息公开工作年度报告（全文）')?.title).toBe('标题:某局2023年政府信息公开工作年度报告');
    expect(readTitle('某局2023年工作总结')).toBeUndefined();
    expect(readTitle('某局政府信息公开工作年度报告')).toBeUndefined();
  });

  it('readTitle adds 政府 to an agency cut after 人民 by the title’s own 政府信息公开', () => {
    expect(readTitle('2023年某县人民政府信息公开工作年度报告')?.agency).toBe('某县人民政府');
  });
});

describe('parseReportText: the title, agency, year and date', () => {
  it('takes the title from the page’s <h1>, then its first lines, then its <title>', () => {
    const page = '<html><head><title>2021年乙局政府信息公开工作年度报告</title></head><body><h1>2022年甲局政府信息公开工作年度报告</h1><p>2020年丙局政府信息公开工作年度报告</p></body></html>';
    expect(parseReportHtml(page).report).toMatchObject({ agency: { name: '甲局' }, year: 2022 });
    expect(parseReportHtml(page.replace(/<h1>.*<\/h1>/, '')).report).toMatchObject({ agency: { name: '丙局' }, year: 2020 });
    expect(parseReportHtml('<title>2021年乙局政府信息公开工作年度报告</title><p>一、总体情况</p>').report).toMatchObject({ agency: { name: '乙局' }, year: 2021 });
  });

  it('prefers a title with an agency to one without, and takes the first one with a year otherwise', () => {
    expect(parseReportHtml('<h1>2023年政府信息公开工作年度报告</h1><p>2022年甲局政府信息公开工作年度报告</p>').report).toMatchObject({ agency: { name: '甲局' }, year: 2022 });
    const { report: noAgency, issues } = parseReportHtml('<h1>2023年政府信息公开工作年度报告</h1><p>2022年政府信息公开工作年度报告</p>');
    expect(noAgency.year).toBe(2023);
    expect(issues.find((i) => i.path === 'agency.name')).toMatchObject({ kind: 'missing', seen: '2023年政府信息公开工作年度报告' });
  });

  it('joins a title printed over two lines, the agency on the first', () => {
    expect(parseReportText('某市交通运输局\n2024年政府信息公开工作年度报告\n一、总体情况\n概况。').report).toMatchObject({ agency: { name: '某市交通运输局' }, year: 2024 });
    expect(parseReportText('某市交通运输局\n2024年政府信息公开工作年\n度报告\n一、总体情况\n概况。').report).toMatchObject({ agency: { name: '某市交通运输局' }, year: 2024 });
  });

  it('reads a title line marked as a Markdown heading, or ending in 年报 or 工作报告, and none over 60 characters', () => {
    expect(parseReportText('# 2023年甲局政府信息公开工作年度报告\n一、总体情况').report.agency).toEqual({ name: '甲局' });
    expect(parseReportText('2023年甲局政府信息公开年报\n一、总体情况').report.agency).toEqual({ name: '甲局' });
    expect(parseReportText('2023年甲局政府信息公开工作报告\n一、总体情况').report.agency).toEqual({ name: '甲局' });
    const agency = (n: number) => `${'某'.repeat(n)}局`;
    expect(parseReportText(`${agency(43)}2023年政府信息公开工作年度报告\n一、总体情况`).report).not.toHaveProperty('year');
    expect(parseReportText(`${agency(42)}2023年政府信息公开工作年度报告\n一、总体情况`).report).toMatchObject({ agency: { name: agency(42) }, year: 2023 });
  });

  it('joins a wrapped title only where its last line is short, and reads nothing before its first line', () => {
    expect(parseReportText('2023年甲局政府信息公开工作年\n度报告全文如下现予以公布请各单位认真学习\n一、总体情况').report).not.toHaveProperty('year');
    const { report } = parseReportText('2023年政府信息公开工作年\n度报告\n一、总体情况\n概况。');
    expect(report.year).toBe(2023);
    expect(report).not.toHaveProperty('agency');
  });

  it('takes the agency from the signature above the closing date when the title has none', () => {
    const text = '2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n六、其他需要报告的事项\n无。\n某市财政局\n2024年1月5日';
    const { report } = parseReportText(text);
    expect(report).toMatchObject({ agency: { name: '某市财政局' }, year: 2023, publishedOn: '2024-01-05' });
    expect(report.source).toEqual({ title: '2023年某市财政局政府信息公开工作年度报告' });
    expect((report.narrative as any).other).toBe('无。');
    const spaced = parseReportText(text.replace('某市财政局', '某 市 财 政 局')).report;
    expect(spaced.agency).toEqual({ name: '某市财政局' });
    // The signature is not prose of section 六, spaced or not.
    expect((spaced.narrative as any).other).toBe('无。');
  });

  it('takes no signature that is long, ends in no agency word, or has no date under it', () => {
    const agencyOf = (signature: string, date = '2024年1月5日') => parseReportText(`2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n${signature}\n${date}`).report.agency;
    for (const suffix of ['委', '办', '厅', '院', '会', '政府', '中心', '处', '所', '站', '街道', '办事处', '镇', '乡']) expect(agencyOf(`某某${suffix}`), suffix).toEqual({ name: `某某${suffix}` });
    expect(agencyOf('某某单位')).toBeUndefined();
    expect(agencyOf(`某${'某'.repeat(29)}局`)).toBeUndefined();
    expect(agencyOf(`某${'某'.repeat(28)}局`)).toEqual({ name: `某${'某'.repeat(28)}局` });
    expect(agencyOf('某某局', '2024年1月5日印发')).toBeUndefined();
    expect(parseReportText('2024年1月5日\n概况。').report.agency).toBeUndefined();
  });

  it('reads the agency from "本报告由…编制" before a signature, and cleans its marks', () => {
    const { report } = parseReportText('政府信息公开工作年度报告\n本报告由“某市财政局”根据条例编制。\n一、总体情况\n概况。\n某某局\n2024年1月5日');
    expect(report.agency).toEqual({ name: '某市财政局' });
    expect(parseReportText('政府信息公开工作年度报告\n本年度报告由某市财政局负责编写。').report.agency).toEqual({ name: '某市财政局' });
  });

  it('reads the year from the statistics period when the title has none', () => {
    for (const period of ['统计期限为2022年1月1日至12月31日', '统计时限自 2022 年 1 月 1 日起', '本报告中所列数据统计期是2022年1月1日'])
      expect(parseReportText(`某局政府信息公开工作年度报告\n${period}。`).report.year, period).toBe(2022);
    expect(parseReportText('某局政府信息公开工作年度报告\n统计期限为2022年2月1日至12月31日。').report.year).toBeUndefined();
  });

  it('names a missing year with the first line it saw, cut to 60 characters', () => {
    const first = `某局政府信息公开工作年度报告${'甲'.repeat(60)}`;
    const { issues } = parseReportText(`\n  \n${first}\n概况。`);
    expect(issues.find((i) => i.path === 'year')).toEqual({ path: 'year', kind: 'missing', seen: first.slice(0, 60), why: 'no year in the title or the statistics period' });
    expect(parseReportText('').issues.find((i) => i.path === 'year')?.seen).toBe('');
    expect(parseReportText('').issues.find((i) => i.path === 'agency.name')?.seen).toBe('');
  });

  it('gives no source title unless agency and year are both known', () => {
    expect(parseReportText('2023年政府信息公开工作年度报告\n概况。').report.source).toBeUndefined();
    expect(parseReportText(report('概况。')).report.source).toEqual({ title: '某局2023年政府信息公开工作年度报告' });
  });

  it('reads a closing date that is the document’s only line', () => {
    expect(parseReportText('2024年1月5日').report.publishedOn).toBe('2024-01-05');
  });

  it('reads the closing date among the last three lines, with its month and day in two digits', () => {
    expect(parseReportText(report('甲。', '', '无。\n某局\n2024 年 3 月 9 日\n\n')).report.publishedOn).toBe('2024-03-09');
    expect(parseReportText(report('甲。', '', '某局\n2024年12月25日\n附件一\n附件二')).report.publishedOn).toBe('2024-12-25');
    expect(parseReportText(report('甲。', '', '2024年12月25日\n附件一\n附件二\n附件三')).report.publishedOn).toBeUndefined();
    expect(parseReportText(report('甲。', '', '2024年12月25日印发')).report.publishedOn).toBeUndefined();
  });
});

describe('parseReportText: the format', () => {
  const note = (text: string) => parseReportText(text).notes.find((n) => n.path === 'format')?.message;

  it('names the markers it decided by, and any of the other format', () => {
    expect(note('2020年某局政府信息公开工作年度报告\n信息内容 本年制发件数 本年废止件数 现行有效件数\n信息内容 本年新制作数量')).toBe(
      '2021 format (2021 markers: 本年制发件数、本年废止件数、现行有效件数; conflicting 2019 markers: 本年新制作数量)',
    );
    expect(note('2023年某局政府信息公开工作年度报告\n上一年项目数量 本年增减')).toBe('2019 format (2019 markers: 上一年项目数量、本年增/减)');
  });

  it('decides by the year when the markers tie: 2020 and before is the 2019 format', () => {
    expect(note('2020年某局政府信息公开工作年度报告\n本年收费金额 政府集中采购')).toBe(
      '2019 format (as many markers of each format; decided by the year 2020; conflicting 2021 markers: 本年收费金额)',
    );
    expect(note('2021年某局政府信息公开工作年度报告\n概况。')).toBe('2021 format (no marker of either format; decided by the year 2021)');
    expect(note('某局政府信息公开工作年度报告\n概况。')).toBe('2021 format (no marker of either format; decided by the year unknown)');
    expect(parseReportText('2020年某局政府信息公开工作年度报告\n概况。').report.format).toBe('2019');
  });
});

describe('parseReportText: website and new-media figures in the overview', () => {
  it('reads page views with 万 or 亿, thousands separators or none, in 次 or 人次', () => {
    expect(platformsOf('门户网站全年访问量达12.5万次。')).toEqual({ website: { pageViews: 125000 } });
    expect(platformsOf('网站总访问量约1.2亿人次。')).toEqual({ website: { pageViews: 120000000 } });
    expect(platformsOf('网站浏览次数为1,234次。')).toEqual({ website: { pageViews: 1234 } });
    expect(platformsOf('网站点击量累计 560 次。')).toEqual({ website: { pageViews: 560 } });
  });

  it('takes the first page-view figure, and none that a new-media account’s sentence gives', () => {
    expect(platformsOf('网站访问量100次。网站访问量200次。')).toEqual({ website: { pageViews: 100 } });
    expect(platformsOf('微信公众号文章阅读访问量3000次。')).toBeUndefined();
    expect(platformsOf('政务微博浏览量3000次。网站访问量100次。')).toEqual({ website: { pageViews: 100 } });
  });

  it('looks for another platform only before the figure, and only in the figure’s own sentence', () => {
    expect(platformsOf('网站访问量100次，同步推送至微信公众号。')).toEqual({ website: { pageViews: 100 } });
    expect(platformsOf('网站发布信息100条，同步推送至微信公众号。')).toEqual({ website: { published: 100 } });
    for (const stop of ['。', '；', ';', '！', '!', '？', '?', '\n'])
      expect(platformsOf(`微信公众号运行平稳${stop}网站访问量100次，网站发布信息20条。`), JSON.stringify(stop)).toEqual({ website: { pageViews: 100, published: 20 } });
  });

  it('reads what the website published, with its name and each kind’s count, cleaned of joining words and 类信息', () => {
    expect(platformsOf('本年度在某局门户网站上发布政府信息共计120条，其中通知公告类信息50条、政策文件类30条和工作动态20条及人事信息10条以及其他10条。').website).toEqual({
      name: '某局门户网站',
      published: 120,
      breakdown: [
        { label: '通知公告', count: 50 },
        { label: '政策文件', count: 30 },
        { label: '工作动态', count: 20 },
        { label: '人事', count: 10 },
        { label: '其他', count: 10 },
      ],
    });
  });

  it('gives no breakdown where a kind has no name, and no name where the sentence gives none', () => {
    expect(platformsOf('网站发布信息1,200条，其中类信息30条。').website).toEqual({ published: 1200 });
  });

  it('takes the first website figure only, and none from a sentence about another platform', () => {
    expect(platformsOf('网站发布信息100条。网站发布信息200条。').website).toEqual({ published: 100 });
    for (const other of ['微博', '抖音', '头条', '新媒体', '公众号', '政务服务网', '政务服务平台', '客户端', 'app'])
      expect(platformsOf(`网站和${other}发布信息100条。`), other).toBeUndefined();
  });

  it('reads each named new-media account: platform, posts and followers', () => {
    expect(platformsOf('政务微博“某局发布”全年发布信息共1,200条，粉丝量达3.5万。政务抖音"某局"发布120条，粉丝数为1亿。政务头条号「某局号」累计发布30条，粉丝800。').newMedia).toEqual([
      { name: '某局发布', platform: 'weibo', posts: 1200, followers: 35000 },
      { name: '某局', platform: 'douyin', posts: 120, followers: 100000000 },
      { name: '某局号', platform: 'toutiao', posts: 30, followers: 800 },
    ]);
  });

  it('writes no platforms when the overview has no such figures', () => {
    expect(parseReportText(report('工作平稳。')).report).not.toHaveProperty('platforms');
  });
});

describe('parseReportText: the information-processing fee', () => {
  const fee = (sentence: string) => parseReportText(report('甲。', '', sentence)).report.informationFees;

  it.each(['本年度未收取信息处理费。', '本机关不收取任何信息处理费。', '全年零收取信息处理费。', '无产生信息处理费。', '信息处理费为零。', '信息处理费为0。', '信息处理费：0元。', '信息处理费均未收取。', '信息处理费：无。', '本年度信息处理费未收取。'])(
    'reads "%s" as 0',
    (sentence) => {
      expect(fee(sentence)).toBe(0);
    },
  );

  it('reads an amount charged, in 元 or 万元, with separators', () => {
    expect(fee('本年度计收信息处理费1,200元。')).toBe(1200);
    expect(fee('本年度收取信息处理费共计1.5万元。')).toBe(15000);
    expect(fee('收取信息处理费10.0元。')).toBe(10);
  });

  it('reads no fee from 10 元 or 20 元 written after the words, and none when the fee is not named', () => {
    expect(fee('信息处理费10元。')).toBeUndefined();
    expect(fee('工作平稳。')).toBeUndefined();
  });
});

describe('parseReportText: one （六）其他处理 row', () => {
  /** Rows by applicant type: 自然人 … 其他, then 总计. */
  const row = (label: string, n: number) => `${label}\t${n}\t0\t0\t0\t0\t0\t${n}`;
  const table = (year: number) =>
    [`${year}年甲局政府信息公开工作年度报告`, '三、收到和处理政府信息公开申请情况', row('一、本年新收政府信息公开申请数量', 5), row('二、上年结转政府信息公开申请数量', 0), row('（一）予以公开', 3), row('（六）其他处理', 2), row('（七）总计', 5), row('四、结转下年度继续办理', 0)].join('\n');
  const other = { naturalPerson: 2, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 2 };

  it('reads it as otherHandling.other, and notes so only in a 2021-format report', () => {
    const old = parseReportText(table(2020));
    expect(old.report).toMatchObject({ format: '2019', applications: { outcomes: { otherHandling: { other } } } });
    expect(old.notes.map((n) => n.path)).not.toContain('applications.outcomes.otherHandling');
    const recent = parseReportText(table(2023));
    expect(recent.report).toMatchObject({ format: '2021', applications: { outcomes: { otherHandling: { other } } } });
    expect(recent.notes.map((n) => n.path)).toContain('applications.outcomes.otherHandling');
  });

  it('notes it in a table of totals only too', () => {
    // One figure a row, by position unknown (a space, not a cell): a table of totals only.
    const totals = (label: string, n: number) => `${label} ${n}`;
    const text = ['2023年甲局政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', totals('一、本年新收政府信息公开申请数量', 5), totals('二、上年结转政府信息公开申请数量', 0), totals('（一）予以公开', 3), totals('（六）其他处理', 2), totals('（七）总计', 5), totals('四、结转下年度继续办理', 0)].join('\n');
    const { report, notes } = parseReportText(text);
    expect(report).toMatchObject({ format: '2021', applications: { outcomes: { otherHandling: { other: 2 } } } });
    expect(notes.map((n) => n.path)).toContain('applications.outcomes.otherHandling');
  });
});

describe('parseReportSource(source) and htmlToText(html)', () => {
  it('reads markup as HTML and anything else as text', () => {
    expect(parseReportSource('<td>2023年甲局政府信息公开工作年度报告</td>').report).toMatchObject({ agency: { name: '甲局' } });
    expect(parseReportSource('<P class="t">2023年甲局政府信息公开工作年度报告</P>').report).toMatchObject({ agency: { name: '甲局' } });
    // As text, the tags would be part of the agency's name.
    expect(parseReportSource('<b>2023年甲局政府信息公开工作年度报告').report.agency).toEqual({ name: '<b>' });
  });

  it('htmlToText gives a page as lines and tab-separated rows', () => {
    expect(htmlToText('<h1>标题</h1><table><tr><td>规章</td><td>1</td></tr></table>')).toBe('标题\n规章\t1');
  });
});

describe('parseDocument(doc)', () => {
  it('reads a document given as blocks, as the page and file readers give it', () => {
    const { report } = parseDocument({ blocks: [line('一、总体情况'), line('概况。')], heading: '2023年甲局政府信息公开工作年度报告' });
    expect(report).toMatchObject({ schemaVersion: 1, agency: { name: '甲局' }, year: 2023, narrative: { overview: '概况。' } });
  });
});
