/**
 * `disclosure-charts/parse`: the published report (HTML, text or Markdown) to the report JSON.
 * Kept out of the widgets' bundle: only the builder page and the command line need it.
 */
export {
  htmlToText,
  parseDocument,
  parseReportHtml,
  parseReportSource,
  parseReportText,
  readTitle,
  type ParseIssue,
  type ParseNote,
  type ParseResult,
} from './parse.js';
export { htmlDocument, textDocument, type Block, type Cell, type Doc } from './document.js';
export { FileError, decodeText, parseFile, type FileKind, type FileProblem, type FileResult, type Mammoth, type Readers } from './file.js';
