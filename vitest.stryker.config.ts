// The tests Stryker runs against each mutant (npm run mutation): the Node unit tests, which
// exercise src/report, src/layout, src/parse and the widgets' pure layouts directly.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
