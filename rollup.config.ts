// The script-tag bundle: one minified, self-registering file for pages that cannot run a
// build step. It is bundled from tsc's ES module output (dist/), so the TypeScript compiler
// runs once per build and no stray declaration files land next to the bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';

const config: RollupOptions = {
  input: 'dist/index.js',
  output: {
    file: 'dist/disclosure-charts.min.js',
    format: 'iife',
    name: 'DisclosureCharts',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // tsc's inlined __decorate helper reads a top-level \`this\`; undefined there is correct.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    // The production build of Lit, not its development build with warnings.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
};

export default config;
