// The script-tag bundles: one minified, self-registering file of every widget for pages that
// cannot run a build step, and the parser for the builder page. Both are bundled from tsc's ES
// module output (dist/), so the TypeScript compiler runs once per build and no stray
// declaration files land next to the bundles. Then the Word and PDF readers: ES modules the
// builder page imports only when such a file is chosen, so neither bundle carries them.
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import type { Plugin, RollupOptions } from 'rollup';

const bundle = (input: string, file: string, name: string): RollupOptions => ({
  input,
  output: { file, format: 'iife', name, sourcemap: true },
  onwarn(warning, warn) {
    // tsc's inlined __decorate helper reads a top-level `this`; undefined there is correct.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    // Lit's html`` and css`` templates keep their indentation and comments; terser does not
    // touch template text. This removes them (about 2 KB gzip across the widgets).
    minifyHTML(),
    // The production build of Lit, not its development build with warnings.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
});

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * mammoth's browser build is one UMD file (browserify's): given a `module` of its own, it
 * puts its API there, which the wrapper then exports. No CommonJS plugin is needed for one file.
 */
const umdModule = (suffix: string): Plugin => ({
  name: 'umd-module',
  transform(code, id) {
    if (!id.endsWith(suffix)) return null;
    return {
      code: `const module = { exports: {} };\n(function (module, exports, define) {\n${code}\n}).call(undefined, module, module.exports, undefined);\nexport default module.exports;\n`,
      map: { mappings: '' },
    };
  },
});

/** pdf.js's worker, character maps and standard fonts, copied beside the reader that points at them. */
const pdfjsFiles = (dir: string): Plugin => ({
  name: 'pdfjs-files',
  async writeBundle() {
    await cp(join(pdfjsRoot, 'legacy/build/pdf.worker.min.mjs'), join(dir, 'pdf.worker.js'));
    await cp(join(pdfjsRoot, 'cmaps'), join(dir, 'cmaps'), { recursive: true });
    await cp(join(pdfjsRoot, 'standard_fonts'), join(dir, 'standard_fonts'), { recursive: true });
  },
});

/**
 * The readers, bundled from tsc's output of src/readers/ (docx.js, pdf.js, which import the
 * packages) into self-contained modules beside it (docx.min.js, pdf.min.js): a name of their
 * own, so that tsc run alone never overwrites a bundle the page loads. The libraries' own
 * minified builds go in as they are: minifying 800 KB again would slow every build for
 * nothing, and pdf.js keeps its licence header.
 */
const readers: RollupOptions = {
  input: { docx: 'dist/readers/docx.js', pdf: 'dist/readers/pdf.js' },
  output: { dir: 'dist/readers', format: 'es', entryFileNames: '[name].min.js', sourcemap: false },
  plugins: [umdModule('/mammoth/mammoth.browser.min.js'), nodeResolve({ browser: true }), pdfjsFiles('dist/readers')],
};

export default [
  bundle('dist/index.js', 'dist/disclosure-charts.min.js', 'DisclosureCharts'),
  // The widgets and the page reader (from="…"): for pages that carry their report themselves.
  bundle('dist/page.js', 'dist/disclosure-charts.page.min.js', 'DisclosureCharts'),
  // Years and agencies side by side: <disclosure-trend> and <disclosure-compare>.
  bundle('dist/collections.js', 'dist/disclosure-charts.collections.min.js', 'DisclosureCollections'),
  // 一图读懂: <disclosure-poster>.
  bundle('dist/poster.js', 'dist/disclosure-charts.poster.min.js', 'DisclosurePoster'),
  bundle('dist/parse/index.js', 'dist/disclosure-parse.min.js', 'DisclosureParse'),
  readers,
];
