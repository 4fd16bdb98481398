// The tests Stryker runs against each mutant (npm run mutation): the Node unit tests, which
// exercise src/report, src/layout, src/parse and the widgets' pure layouts directly.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Not the ones that start processes or generate thousands of reports per run (CLI, batch
    // workers, property-based fuzzing): per mutant they cost seconds, and the code they reach
    // is covered by the direct tests.
    exclude: ['test/unit/cli.test.ts', 'test/unit/batch.test.ts', 'test/unit/fuzz.test.ts'],
    environment: 'node',
  },
});
