/**
 * A PDF file's pages as `pdf-layout.ts` reads them: each page's text runs with their
 * positions (pdf.js `getTextContent`) and its rules (the straight lines and thin rectangles
 * its drawing operators paint, through the transforms in force). pdf.js is passed in, so the
 * command line gives it the Node build and the builder page the one it loads on demand.
 */
import { mayHoldTable, pdfDocument, type PdfPage, type PdfRule, type PdfText } from './pdf-layout.js';
import type { Doc } from './document.js';

/** The part of pdf.js this reader uses (`pdfjs-dist`'s module). */
export interface PdfJs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfFile>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}
interface PdfFile {
  numPages: number;
  getPage(n: number): Promise<PdfFilePage>;
  destroy(): Promise<void>;
}
interface PdfFilePage {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): void;
}

/** Where pdf.js finds its character maps and standard fonts (URLs in a page, paths in Node). */
export interface PdfOptions {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

/** What was read: the document, and how much of the file had text (a scan has none). */
export interface PdfRead {
  doc: Doc;
  pages: number;
  /** Pages with no text at all: scanned pages, which this reader cannot read (no OCR). */
  imagePages: number;
}

/**
 * CJK Radicals Supplement characters that PDF fonts map simplified characters to (⻔ for 门),
 * and a character a shared glyph maps to.
 * The Kangxi Radicals block (⼀ for 一) is mapped by NFKC, which the parser applies.
 */
const RADICALS: Record<string, string> = {
  '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻋': '车', '⻓': '长', '⻔': '门', '⻘': '青',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻯': '龙', '⻳': '龟',
  // A glyph the simplified font shares with a traditional character, whose code point the
  // text layer gives (Noto CJK SC printed by Chromium: 门戶 for 门户).
  '戶': '户',
};
const RADICAL = new RegExp(`[${Object.keys(RADICALS).join('')}]`, 'g');
export const fixRadicals = (text: string) => text.replace(RADICAL, (c) => RADICALS[c]!);

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;

/**
 * The rules a page paints: the straight segments of stroked paths and the edges of thin filled
 * rectangles (Word draws borders as those), through the transforms in force. Paths that only
 * clip are not drawn and are left out.
 */
export function pageRules(ops: { fnArray: number[]; argsArray: unknown[][] }, OPS: Record<string, number>): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: { lines: PdfRule[]; rects: PdfRule[] } | undefined;
  const paint = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [kinds, values] = args as [number[], number[]];
      pending = { lines: [], rects: [] };
      let at = 0;
      let x = 0;
      let y = 0;
      let startX = 0;
      let startY = 0;
      for (const kind of kinds) {
        if (kind === OPS.rectangle) {
          const [rx, ry, w, h] = values.slice(at, (at += 4)) as [number, number, number, number];
          const corners = [apply(ctm, rx, ry), apply(ctm, rx + w, ry + h)] as const;
          pending.rects.push({ x1: corners[0][0], y1: corners[0][1], x2: corners[1][0], y2: corners[1][1] });
        } else if (kind === OPS.moveTo) {
          [x, y] = values.slice(at, (at += 2)) as [number, number];
          [startX, startY] = [x, y];
        } else if (kind === OPS.lineTo) {
          const [nx, ny] = values.slice(at, (at += 2)) as [number, number];
          const a = apply(ctm, x, y);
          const b = apply(ctm, nx, ny);
          pending.lines.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
          [x, y] = [nx, ny];
        } else if (kind === OPS.curveTo) {
          [x, y] = values.slice((at += 6) - 2, at) as [number, number];
        } else if (kind === OPS.curveTo2 || kind === OPS.curveTo3) {
          [x, y] = values.slice((at += 4) - 2, at) as [number, number];
        } else if (kind === OPS.closePath) {
          const a = apply(ctm, x, y);
          const b = apply(ctm, startX, startY);
          pending.lines.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
          [x, y] = [startX, startY];
        }
      }
    } else if (pending && paint.has(fn)) {
      const stroked = strokes.has(fn);
      // A stroked path's segments are rules; a filled one's only where it is a thin bar.
      if (stroked) rules.push(...pending.lines);
      for (const r of pending.rects) {
        const w = Math.abs(r.x2 - r.x1);
        const h = Math.abs(r.y2 - r.y1);
        if (w <= 2.5 || h <= 2.5) rules.push(h <= 2.5 ? { x1: r.x1, y1: (r.y1 + r.y2) / 2, x2: r.x2, y2: (r.y1 + r.y2) / 2 } : { x1: (r.x1 + r.x2) / 2, y1: r.y1, x2: (r.x1 + r.x2) / 2, y2: r.y2 });
        else if (stroked)
          rules.push(
            { x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y1 },
            { x1: r.x1, y1: r.y2, x2: r.x2, y2: r.y2 },
            { x1: r.x1, y1: r.y1, x2: r.x1, y2: r.y2 },
            { x1: r.x2, y1: r.y1, x2: r.x2, y2: r.y2 },
          );
      }
      if (!stroked) {
        // A filled thin path drawn with lines (a border as a polygon) is a rule too.
        const xs = pending.lines.flatMap((l) => [l.x1, l.x2]);
        const ys = pending.lines.flatMap((l) => [l.y1, l.y2]);
        if (xs.length) {
          const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y2 - y1 <= 2.5 && x2 - x1 > 2.5) rules.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
          else if (x2 - x1 <= 2.5 && y2 - y1 > 2.5) rules.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
        }
      }
      pending = undefined;
    } else if (pending && fn === OPS.endPath) pending = undefined;
  }
  return rules;
}

/** A text item of pdf.js: its text, the quarter turn of its direction (0 upright … 3), and its run. */
function textOf(item: unknown): { turn: number; text: PdfText } | undefined {
  const it = item as { str?: string; transform?: number[]; width?: number };
  if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) return undefined;
  const [a, b, c, d, e, f] = it.transform as Matrix;
  const angle = Math.atan2(b, a) / (Math.PI / 2);
  // Slanted text (a stamp at an angle) has no place in a row.
  if (Math.abs(angle - Math.round(angle)) > 0.02) return undefined;
  return { turn: (Math.round(angle) + 4) % 4, text: { text: unspace(fixRadicals(it.str.normalize('NFKC'))), x: e, y: f, width: it.width ?? 0, size: Math.hypot(c, d) || 10 } };
}

/**
 * A run's text without the spaces beside its Chinese characters: a justified or letter-spaced
 * line ("4. 无 正 当 理 由") comes out of pdf.js with spaces that Chinese does not write, and a
 * lone 无 would read as a cell that says "none". Gaps between runs (cells) are not touched.
 */
export const unspace = (text: string) => text.replace(/\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+/g, '');

/** A point turned back by `turn` quarter turns, so that text drawn at that turn reads upright. */
const unturn = (turn: number, x: number, y: number): [number, number] => (turn === 1 ? [y, -x] : turn === 2 ? [-x, -y] : turn === 3 ? [-y, x] : [x, y]);

/**
 * A page in the frame where its text reads upright: a landscape table drawn sideways on a
 * portrait page (or a page turned by /Rotate) has all its text at one quarter turn. Text at
 * another turn than most of the page's (a vertical note in the margin) is left out. The page
 * comes without rules; `turnRules` puts rules in the same frame, for the pages whose drawing
 * is read.
 */
export function uprightPage(view: number[], items: { turn: number; text: PdfText }[]): { page: PdfPage; turnRules(rules: PdfRule[]): PdfRule[] } {
  const counts = [0, 0, 0, 0];
  for (const item of items) counts[item.turn]! += item.text.text.length;
  const turn = counts.indexOf(Math.max(...counts));
  const [vx0 = 0, vy0 = 0, vx1 = 595, vy1 = 842] = view;
  const corners = [unturn(turn, vx0, vy0), unturn(turn, vx1, vy1)];
  const x0 = Math.min(corners[0]![0], corners[1]![0]);
  const y0 = Math.min(corners[0]![1], corners[1]![1]);
  const at = (x: number, y: number) => {
    const [ux, uy] = unturn(turn, x, y);
    return [ux - x0, uy - y0] as const;
  };
  const page: PdfPage = {
    width: Math.abs(corners[1]![0] - corners[0]![0]),
    height: Math.abs(corners[1]![1] - corners[0]![1]),
    texts: items
      .filter((item) => item.turn === turn)
      .map(({ text }) => {
        const [x, y] = at(text.x, text.y);
        return { ...text, x, y };
      }),
    rules: [],
  };
  const turnRules = (rules: PdfRule[]) =>
    rules.map((r) => {
      const [x1, y1] = at(r.x1, r.y1);
      const [x2, y2] = at(r.x2, r.y2);
      return { x1, y1, x2, y2 };
    });
  return { page, turnRules };
}

/** Reads a PDF file's text layer and rules with pdf.js, and rebuilds its lines and tables. */
export async function readPdf(data: Uint8Array, pdfjs: PdfJs, options: PdfOptions = {}): Promise<PdfRead> {
  const task = pdfjs.getDocument({
    data,
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    ...options,
  });
  const file = await task.promise;
  try {
    const pages: PdfPage[] = [];
    let imagePages = 0;
    let tableBefore = false;
    for (let n = 1; n <= file.numPages; n++) {
      const page = await file.getPage(n);
      const items = (await page.getTextContent()).items.map(textOf).filter((t) => t !== undefined);
      const { page: upright, turnRules } = uprightPage(page.view, items);
      // The rules of pages that may hold a table, and of the page after one (where a table
      // may go on with blank cells only).
      const tabular = upright.texts.length > 0 && mayHoldTable(upright.texts);
      if (tabular || (tableBefore && upright.texts.length)) upright.rules = turnRules(pageRules(await page.getOperatorList(), pdfjs.OPS));
      tableBefore = tabular;
      if (!upright.texts.length) imagePages++;
      pages.push(upright);
      page.cleanup();
    }
    return { doc: pdfDocument(pages), pages: file.numPages, imagePages };
  } finally {
    await task.destroy();
  }
}
