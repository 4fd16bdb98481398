/**
 * Layouts wrap labels by an estimate of their width (layout/text.ts), without a DOM. Here the
 * estimate meets the browser: it must never be narrower than the drawn text (a label would run
 * past its chart), and for English sentences not much wider (labels would wrap early and leave
 * the line's end empty).
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/layout/text.js';
import '../../src/index.js';
import { drawn, mount, shadow } from './helpers.js';
import dongguan from '../../data/dongguan-hrss-2023.json';
import { MESSAGES } from '../../src/i18n/messages.js';

const SAMPLES = [
  ...Object.values(MESSAGES.en.reasons),
  ...Object.values(MESSAGES.en.groups),
  ...Object.values(MESSAGES.en.columns),
  'Administrative review · Upheld 1',
  'WWW MMM mmm www @@@ %%%',
  'iiii llll jjjj .... ,,,,',
  '1,582 · 12.3%',
  '4,820万次 · 303万',
];

describe('textWidth', () => {
  it('is never narrower than the text drawn in a widget, nor a fifth wider for English sentences', async () => {
    // Measured in the font a widget's SVG text really uses.
    const el = mount<HTMLElement & { report: unknown; updateComplete: Promise<boolean> }>('<disclosure-outcomes></disclosure-outcomes>', 800);
    el.report = structuredClone(dongguan);
    await drawn(el);
    const label = shadow(el).querySelector('svg text.label')!;
    const style = getComputedStyle(label);
    const fontSize = parseFloat(style.fontSize);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    let sentences = 0;
    for (const sample of SAMPLES) {
      const drawnWidth = context.measureText(sample).width;
      const estimate = textWidth(sample, fontSize);
      expect(estimate, sample).toBeGreaterThanOrEqual(drawnWidth);
      if (/^[A-Z][a-z ,;'-]{20,}$/.test(sample)) {
        sentences++;
        expect(estimate / drawnWidth, sample).toBeLessThan(1.2);
      }
    }
    expect(sentences).toBeGreaterThan(10);
  });
});
