// The script-tag bundles: one minified, self-registering file of every widget for pages that
// cannot run a build step, and the parser for the builder page. Both are bundled from tsc's ES
// module output (dist/), so the TypeScript compiler runs once per build and no stray
// declaration files land next to the bundles.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';

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

export default [
  bundle('dist/index.js', 'dist/disclosure-charts.min.js', 'DisclosureCharts'),
  bundle('dist/parse/index.js', 'dist/disclosure-parse.min.js', 'DisclosureParse'),
];
