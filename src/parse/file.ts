/**
 * A report file, whatever its kind, to the report JSON: an HTML page, text or Markdown, a
 * Word file (.docx) or a PDF with a text layer. The kind is told by the file's first bytes
 * (then its name); the Word and PDF readers are libraries loaded only when such a file comes,
 * passed in by the caller (the command line loads them from node_modules, the builder page
 * from its own bundles), so nothing here pulls them into a bundle.
 */
import { documentText, htmlDocument, textDocument, type Doc } from './document.js';
import { parseDocument, type ParseResult } from './parse.js';
import { readPdf, type PdfJs, type PdfOptions } from './pdf.js';

export type FileKind = 'html' | 'text' | 'docx' | 'pdf';

/**
 * Why a file cannot be read: an old Word or WPS file, a scan, a garbled text layer, a PDF
 * locked with a password, an empty or damaged file; or `reader`: the Word or PDF reader could
 * not be loaded (offline, files missing), which is not the file's fault.
 */
export type FileProblem = 'doc' | 'wps' | 'scan' | 'garbled' | 'encrypted' | 'empty' | 'damaged' | 'reader' | 'unknown';

/** A file this library cannot read, with the reason as a code and an English sentence. */
export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** The part of mammoth this reader uses. */
export interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }, options?: Record<string, unknown>): Promise<{ value: string }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

/** The readers for Word and PDF files, loaded on demand. */
export interface Readers {
  mammoth?: () => Promise<Mammoth>;
  pdfjs?: () => Promise<PdfJs>;
  pdfOptions?: PdfOptions;
}

export interface FileResult extends ParseResult {
  kind: FileKind;
}

const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((v, i) => bytes[i] === v);
/** Bytes as one character each, to look for ASCII markers (no spread: 64 KB of arguments is a browser's limit). */
const latin = (bytes: Uint8Array, from: number, to: number) => new TextDecoder('latin1').decode(bytes.subarray(from, to));

/**
 * The file's kind by its content; the name is the tie-breaker between HTML and text. An OLE
 * compound file is a Word 97–2003 .doc or a WPS .wps; they are named, not guessed at.
 */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!bytes.length) throw new FileError('empty', `${name}: the file is empty`);
  if (latin(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    const kind = ext === 'wps' ? 'wps' : 'doc';
    throw new FileError(kind, `${name}: a ${kind === 'wps' ? 'WPS (.wps)' : 'Word 97–2003 (.doc)'} file, which this reader cannot open; save it as .docx (Word or WPS: 文件 → 另存为 → .docx) and read that`);
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (latin(bytes, 0, Math.min(bytes.length, 65536)).includes('word/')) return 'docx';
    if (ext === 'docx') return 'docx';
    throw new FileError('unknown', `${name}: a zip archive that is not a Word (.docx) file`);
  }
  if (['pdf', 'docx'].includes(ext)) throw new FileError('damaged', `${name}: not a ${ext === 'pdf' ? 'PDF' : 'Word (.docx)'} file (its first bytes are not one); it may be damaged or misnamed`);
  if (ext === 'doc' || ext === 'wps') throw new FileError(ext, `${name}: a .${ext} file, which this reader cannot open; save it as .docx and read that`);
  const head = decodeText(bytes.subarray(0, 4096));
  if (ext === 'html' || ext === 'htm' || ((ext !== 'txt' && ext !== 'md') && /<(?:!doctype|html|body|table|p|div)[\s>]/i.test(head))) return 'html';
  return 'text';
}

/**
 * Bytes as text: UTF-8 (with or without a byte-order mark), or GB18030 where the bytes are not
 * UTF-8 or an HTML page declares gb2312, gbk or gb18030 (older government sites do).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/i.test(latin(bytes, 0, Math.min(bytes.length, 2048)));
  if (!declared) {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // not UTF-8: fall through to GB18030
    }
  }
  return new TextDecoder('gb18030').decode(bytes);
}

/** A Word file's paragraphs and tables (merged cells kept as spans), through mammoth's HTML. */
export async function readDocx(bytes: Uint8Array, mammoth: Mammoth): Promise<Doc> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // Pictures are left out: the report's figures are text, and a seal image is not.
    // Its Node build takes `buffer`, its browser build `arrayBuffer`: both are given.
    ({ value: html } = await mammoth.convertToHtml({ arrayBuffer, buffer: bytes }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }));
  } catch (error) {
    throw new FileError('damaged', `cannot open the Word file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return htmlDocument(html);
}

/**
 * A text layer that is not text: UTF-8 bytes shown as Latin letters ("æ¿å”ä¿¡æ"), as a PDF
 * made with a wrongly encoded font gives. A Chinese report has Chinese characters.
 */
function garbled(doc: Doc): boolean {
  const text = documentText(doc);
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[\u00c0-\u00ff]/g)?.length ?? 0;
  return cjk < 20 && latin > 50;
}

/** The Word or PDF reader, loaded; one that was not given or cannot be loaded is named as such. */
async function load<T>(what: string, loader: (() => Promise<T>) | undefined): Promise<T> {
  if (!loader) throw new FileError('reader', `no ${what} reader was given for this file`);
  try {
    return await loader();
  } catch (error) {
    throw new FileError('reader', `the ${what} reader could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads a report file of any kind the library knows and parses it. Throws a `FileError` for
 * a file it cannot read (an old .doc or .wps, a scan, an empty or damaged file); a PDF of
 * which only some pages are scans is read, with a note naming them.
 */
export async function parseFile(name: string, bytes: Uint8Array, readers: Readers = {}): Promise<FileResult> {
  const kind = fileKind(name, bytes);
  if (kind === 'html') return { kind, ...parseDocument(htmlDocument(decodeText(bytes))) };
  if (kind === 'text') return { kind, ...parseDocument(textDocument(decodeText(bytes))) };
  if (kind === 'docx') return { kind, ...parseDocument(await readDocx(bytes, await load('Word', readers.mammoth))) };
  const pdfjs = await load('PDF', readers.pdfjs);
  let read;
  try {
    read = await readPdf(bytes, pdfjs, readers.pdfOptions);
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (/PasswordException/.test(text)) throw new FileError('encrypted', `${name}: the PDF is locked with a password; open it, save or print it without one, and read that`);
    // pdf.js names its worker when it cannot start one: the reader's files are missing.
    if (/worker/i.test(text)) throw new FileError('reader', `${name}: the PDF reader could not start (${text})`);
    throw new FileError('damaged', `${name}: cannot open the PDF (${text})`);
  }
  if (read.imagePages === read.pages)
    throw new FileError('scan', `${name}: a scanned PDF (no text on any of its ${read.pages} page${read.pages > 1 ? 's' : ''}); nothing can be read from it without OCR, which this reader does not do`);
  if (garbled(read.doc))
    throw new FileError('garbled', `${name}: the PDF's text layer is garbled (its fonts map the characters to the wrong letters: no Chinese text, only accented Latin letters); read the Word file it was made from instead`);
  const result = parseDocument(read.doc);
  if (read.imagePages) result.notes.push({ path: 'file', message: `${read.imagePages} of ${read.pages} pages have no text (scanned); their figures, if any, are not read` });
  return { kind, ...result };
}
