import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import { drawn, shows, type Check } from './support.js';

/**
 * Theming. Every colour, the font and the corner radius are CSS custom properties
 * (`--dc-text`, `--dc-background`, `--dc-color-disclosed`, … — the full list, per element, is
 * in each widget's Docs page, read from custom-elements.json); every region is a `::part`
 * (`title`, `summary`, `figures`, `mark`, `bar`, `segment`, `legend`, `table`, `tooltip`, …).
 * `theme="dark"` switches the defaults to the dark palette, `theme="auto"` follows the
 * reader's system, and `large` is the elder-friendly (适老化) mode a site's toolbar can set.
 *
 * The palettes are data (src/internal/palette.ts): a unit test checks every contrast of every
 * theme, which axe cannot do for SVG fills. A site that overrides colours takes that check on.
 */
interface ThemingArgs {
  css: string;
  attributes: Record<string, string>;
  page: string;
}

/** Each story's box, numbered: its styles are scoped to it (the Docs page shows every story in one document). */
let boxes = 0;

const meta: Meta<ThemingArgs> = {
  title: 'Guides/Theming',
  render: ({ css, attributes, page }) => {
    const box = document.createElement('div');
    box.id = `theming-${++boxes}`;
    box.lang = 'zh-CN';
    box.style.cssText = `max-width: 760px; padding: 16px; background: ${page}`;
    const style = document.createElement('style');
    // Scoped to this story's box, so one story's red titles never reach the others on the Docs page.
    style.textContent = css ? `@scope (#${box.id}) {\n${css}\n}` : '';
    const el = document.createElement('disclosure-outcomes') as HTMLElement & { report?: unknown };
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.report = structuredClone(dongguan);
    box.append(style, el);
    return box;
  },
  args: { css: '', attributes: {}, page: '#ffffff' },
  play: shows('svg'),
};
export default meta;
type Story = StoryObj<ThemingArgs>;

/** The fill of the bar of requests disclosed in full. */
const disclosedIn = (colour: string): Check => (root, { expect }) =>
  expect(getComputedStyle(root.querySelector('[data-key=disclosed] > [part~=bar]')!).fill).toBe(colour);

/** Light or dark, from an rgb() colour: the mean of its channels, 0 (black) to 1 (white). */
const lightness = (colour: string) => (colour.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3) / 255;

/** Light text on a dark background. */
const dark: Check = (root, { expect }) => {
  const style = getComputedStyle(root.host);
  expect(lightness(style.backgroundColor)).toBeLessThan(0.2);
  expect(lightness(style.color)).toBeGreaterThan(0.8);
};

/** Every control on screen at least 44 px tall (适老化). */
const largeTargets: Check = (root, { expect }) => {
  const targets = [...root.querySelectorAll('summary, button')].filter((el) => el.checkVisibility());
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) expect(target.getBoundingClientRect().height, target.textContent ?? '').toBeGreaterThanOrEqual(44);
};

/** The defaults: calm blues, amber and greys that sit beside a red-and-gold site header. */
export const Default: Story = { play: shows('svg', drawn) };

/**
 * A site's own colours, through the custom properties. The site is then responsible for
 * their contrast: each of these is at least 3:1 on white.
 */
export const SiteColours: Story = {
  args: {
    css: `disclosure-outcomes {
  --dc-font: 'Microsoft YaHei', 'PingFang SC', sans-serif;
  --dc-color-disclosed: #a61b1b;
  --dc-color-partly-disclosed: #c0392b;
  --dc-color-withheld: #8a6d00;
  --dc-focus: #a61b1b;
  --dc-surface: #fbf7ef;
  --dc-border: #e0cfa8;
  --dc-radius: 2px;
}`,
  },
  play: shows('svg', drawn, disclosedIn('rgb(166, 27, 27)')),
};

/** Parts style single regions, here the title and the key figures. */
export const Parts: Story = {
  args: {
    css: `disclosure-outcomes::part(title) { color: #a61b1b; font-size: 1.5rem; }
disclosure-outcomes::part(figures) { gap: 4px; }
disclosure-outcomes::part(figure) { border-width: 2px; }`,
  },
  play: shows('svg', drawn, (root, { expect }) => {
    const title = getComputedStyle(root.querySelector('[part~=title]')!);
    expect([title.color, title.fontSize]).toEqual(['rgb(166, 27, 27)', '24px']);
    expect(getComputedStyle(root.querySelector('[part~=figures]')!).rowGap).toBe('4px');
    expect(getComputedStyle(root.querySelector('[part~=figure]')!).borderTopWidth).toBe('2px');
  }),
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { attributes: { theme: 'dark' }, page: '#0d1117' }, play: shows('svg', drawn, dark) };

/** `large`: bigger text and marks, every target at least 44 px tall (适老化). */
export const Large: Story = { args: { attributes: { large: '' } }, play: shows('svg', drawn, largeTargets) };

/** `large` and `theme="dark"` together. */
export const LargeDark: Story = { args: { attributes: { large: '', theme: 'dark' }, page: '#0d1117' }, play: shows('svg', drawn, largeTargets, dark) };
