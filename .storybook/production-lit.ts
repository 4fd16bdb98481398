import type { Plugin } from 'vite';

/**
 * Storybook's Vite plugin adds Vite's default client conditions, whose `development|production`
 * means `development` outside a production build: Lit's development build then loads beside the
 * production one ("Lit is in dev mode", "Multiple versions of Lit loaded" in every story and
 * every test run). This drops it, so stories run Lit as the bundles ship it.
 */
export const productionLit: Plugin = {
  name: 'production-lit',
  enforce: 'post',
  config(config) {
    const conditions = config.resolve?.conditions;
    if (conditions) config.resolve!.conditions = conditions.filter((c) => !c.startsWith('development'));
  },
};
