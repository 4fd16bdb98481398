import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/chromium.js';

// Each browser project needs its own options object (vitest: "project name already defined").
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

// Lit's production build in the browser tests, as the bundles ship it: no "dev mode" warning
// in every test file, and no second copy of Lit (its development build beside it).
const resolve = { conditions: ['module', 'browser', 'production'] };

// Pre-bundle Lit and d3 once, so every test file and story shares one copy of each.
const optimizeDeps = {
  include: [
    'lit',
    'lit/decorators.js',
    'lit/directives/class-map.js',
    'd3-array',
    'valibot',
    'axe-core',
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        optimizeDeps,
        resolve,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], browser: browser() },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        optimizeDeps,
        resolve,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
