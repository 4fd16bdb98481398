/**
 * The Word reader for the builder page: mammoth, bundled by rollup.config.ts into one ES module
 * (dist/readers/docx.min.js) that the page imports only when a .docx file is chosen. Its
 * browser build is taken (one file, no Node built-ins), turned from UMD into a module there.
 */
import mammoth from 'mammoth/mammoth.browser.min.js';
import type { Mammoth } from '../parse/file.js';

/**
 * mammoth, as `parseFile` uses it (`Readers.mammoth`). The browser build reads an ArrayBuffer
 * only (a `buffer` is a Node Buffer to mammoth), which is what `readDocx` passes.
 */
const reader: Mammoth = {
  convertToHtml(input, options) {
    if (!('arrayBuffer' in input)) return Promise.reject(new TypeError("mammoth's browser build reads an ArrayBuffer, not a buffer"));
    return mammoth.convertToHtml(input, options);
  },
  images: mammoth.images,
};
export default reader;
