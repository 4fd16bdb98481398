import { describe, expect, it } from 'vitest';
import { ADJACENT, contrast, PALETTES, SERIES, SOFT, STRONG } from '../../src/internal/palette.js';

const grounds = ['background', 'surface'] as const;

describe.each(Object.entries(PALETTES))('the %s theme', (_theme, palette) => {
  it.each(['text', 'text-muted', 'focus', 'error', 'accent'])('%s text is at least 4.5:1 on the background and the surface', (token) => {
    for (const ground of grounds) expect(contrast(palette[token]!, palette[ground]!), ground).toBeGreaterThanOrEqual(4.5);
  });

  it('text is at least 4.5:1 on the warning notice', () => {
    expect(contrast(palette.text!, palette['warning-surface']!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(SERIES)('series %s is at least 3:1 on the background and the surface', (token) => {
    for (const ground of grounds) expect(contrast(palette[token]!, palette[ground]!), ground).toBeGreaterThanOrEqual(3);
  });

  it.each(ADJACENT.map((run) => [run.join(' → '), run] as const))('touching series %s are at least 3:1 apart', (_name, run) => {
    for (let i = 1; i < run.length; i++)
      expect(contrast(palette[run[i - 1]!]!, palette[run[i]!]!), `${run[i - 1]} / ${run[i]}`).toBeGreaterThanOrEqual(3);
  });

  const labelled: [string, string][] = [...[...STRONG].map((t): [string, string] => ['on-strong', t]), ...[...SOFT].map((t): [string, string] => ['on-soft', t])];
  it.each(labelled)(
    'labels in segments (%s on %s) are at least 4.5:1',
    (text, series) => {
      expect(contrast(palette[text]!, palette[series]!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the focus ring is at least 3:1 against the background', () => {
    expect(contrast(palette.focus!, palette.background!)).toBeGreaterThanOrEqual(3);
  });

  it('defines every token the other themes define', () => {
    expect(Object.keys(palette).sort()).toEqual(Object.keys(PALETTES.light).sort());
  });
});

describe('contrast', () => {
  it('contrast of black and white is 21, of a colour with itself 1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#1d5fa8', '#1d5fa8')).toBe(1);
  });
});
