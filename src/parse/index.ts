/**
 * `disclosure-charts/parse`: the published report (text or HTML) to the report JSON. Kept out
 * of the widgets' bundle: only the builder page and the command line need it.
 */
export { htmlToText, parseReportHtml, parseReportSource, parseReportText, type ParseIssue, type ParseResult } from './parse.js';
