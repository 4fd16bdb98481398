/**
 * Golden SVGs, in the manner of Observable Plot's test/plots: every chart of each widget, for a
 * few reports, in both languages, at a phone's and a desktop's width, written to
 * test/browser/__svg__/. A change of geometry, colour class or label shows up in review as a
 * diff of these files; an unintended one fails `npm test` (`vitest -u` rewrites them after a
 * deliberate change).
 *
 * The SVG is normalised so that only what is drawn counts: Lit's comment markers go, numbers
 * are rounded to one decimal, attributes are sorted, and each element starts a line.
 */
import { describe, expect, it } from 'vitest';
import busy from '../../data/fixtures/busy-agency.json';
import totalsOnly from '../../data/fixtures/totals-only.json';
import dongguan from '../../data/dongguan-hrss-2023.json';
import '../../src/index.js';
import { drawn, failOnPageErrors, mount, shadow } from './helpers.js';

type Widget = HTMLElement & { report: unknown; updateComplete: Promise<boolean> };

failOnPageErrors();

const TAGS = ['disclosure-outcomes', 'site-traffic', 'enforcement-counts', 'review-litigation'] as const;
const REPORTS = { dongguan, busy, 'totals-only': totalsOnly } as const;
const WIDTHS = [375, 960] as const;
const LANGS = ['zh-CN', 'en'] as const;

const round = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** One element and its children as normalised text, one element a line. */
function normalise(el: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attributes = [...el.attributes]
    .map((a) => `${a.name}="${round(a.value)}"`)
    .sort()
    .join(' ');
  const open = `${pad}<${el.localName}${attributes ? ` ${attributes}` : ''}>`;
  const children = [...el.childNodes].flatMap((node) => {
    if (node instanceof Element) return [normalise(node, depth + 1)];
    const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
    return text ? [`${pad}  ${round(text)}`] : [];
  });
  return children.length ? [open, ...children, `${pad}</${el.localName}>`].join('\n') : `${open}</${el.localName}>`;
}

describe('golden SVGs', () => {
  for (const tag of TAGS)
    for (const [name, report] of Object.entries(REPORTS))
      it.each(LANGS.flatMap((lang) => WIDTHS.map((width) => [lang, width] as const)))(
        `<${tag}> · ${name} · %s · %i px`,
        async (lang, width) => {
          const el = mount<Widget>(`<${tag}></${tag}>`, width, lang);
          el.report = structuredClone(report);
          // Drawn at its width: the chart and its table, or the one sentence in place of a chart.
          await drawn(el, '[part=table-toggle], [part=empty]');
          const svgs = [...shadow(el).querySelectorAll('svg[part~=svg]')];
          const body = svgs.map((svg) => normalise(svg)).join('\n\n');
          // A widget with the report's section draws at least one chart; none only without it.
          if (name !== 'totals-only' || tag === 'disclosure-outcomes') expect(svgs.length, `${tag} drew no chart`).toBeGreaterThan(0);
          await expect(`${body}\n`).toMatchFileSnapshot(`./__svg__/${tag}.${name}.${lang}.${width}.svg.txt`);
        },
      );
});
