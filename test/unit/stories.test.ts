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
  it('has a stories file per widget', () => {
    expect(files.length).toBe(5);
  });

  for (const file of files)
    it(`${file}: every English or narrow variant is off the Docs page, every Chinese wide one on it`, () => {
      const stories = readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .filter((line) => /^export const \w+: Story = /.test(line));
      const matrix = stories.filter((line) => /, 'en',|NARROW/.test(line));
      expect(matrix.length).toBeGreaterThan(0);
      expect(matrix.filter((line) => !line.includes("tags: ['!autodocs']"))).toEqual([]);
      expect(stories.filter((line) => !matrix.includes(line) && line.includes('!autodocs'))).toEqual([]);
    });
});
