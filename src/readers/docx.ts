/**
 * The Word reader for the builder page: mammoth, bundled by rollup.config.ts into one ES module
 * (dist/readers/docx.min.js) that the page imports only when a .docx file is chosen. Its
 * browser build is taken (one file, no Node built-ins), turned from UMD into a module there;
 * it reads the `arrayBuffer` that `readDocx` passes.
 */
import mammoth from 'mammoth/mammoth.browser.min.js';
import type { Mammoth } from '../parse/file.js';

/** mammoth, as `parseFile` uses it (`Readers.mammoth`). */
const reader: Mammoth = mammoth;
export default reader;
