import type { StorybookConfig } from '@storybook/web-components-vite';
import { productionLit } from './production-lit.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Government intranets: the static build must make no outside connection.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The fixtures in data/ are fetched by URL in the `src` stories. Not served at /data:
  // there Vite's own `import … from '../data/x.json'` requests would get the raw file.
  staticDirs: [{ from: '../data', to: '/report-files' }],
  // One copy of Lit and d3 for every story (else Lit warns "Multiple versions of Lit loaded").
  // Lit's production build, as the bundles ship it (production-lit.ts says why).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), productionLit],
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'd3-array',
        'valibot',
      ],
    },
  }),
};

export default config;
