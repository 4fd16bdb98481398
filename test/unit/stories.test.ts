/**
 * The stories files: each element's Docs page shows one story per state (the Chinese, wide
 * one); every English or narrow variant is tagged `!autodocs` where it is written, since
 * Storybook reads tags from the file's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../stories/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.stories.ts') && f !== 'theming.stories.ts');

describe('stories', () => {
  it('has a stories file per element', () => {
    expect(files.sort()).toEqual(
      ['disclosure-compare', 'disclosure-outcomes', 'disclosure-poster', 'disclosure-report', 'disclosure-trend', 'enforcement-counts', 'review-litigation', 'site-traffic'].map(
        (tag) => `${tag}.stories.ts`,
      ),
    );
  });

  for (const file of files)
    it(`${file}: every English or narrow variant is off the Docs page, every Chinese wide one on it`, () => {
      // Each story's text, from its export to the next (a story may take several lines).
      const stories = readFileSync(new URL(file, dir), 'utf8')
        .split(/\n(?=export const )/)
        .filter((text) => /^export const \w+: Story = /.test(text));
      const matrix = stories.filter((text) => /, 'en',|NARROW/.test(text));
      expect(matrix.length).toBeGreaterThan(0);
      expect(matrix.filter((text) => !text.includes("tags: ['!autodocs']"))).toEqual([]);
      expect(stories.filter((text) => !matrix.includes(text) && text.includes('!autodocs'))).toEqual([]);
    });
});
