import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import busyAgency from '../data/fixtures/busy-agency.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import zero from '../data/fixtures/zero-applications.json';
import huaian from '../data/huaian-city-2024.json';
import { DARK } from '../src/internal/palette.js';
// .storybook/preview.ts registers the elements of src/index.js only; the poster has its own bundle.
import '../src/poster.js';
import {
  agency,
  contains,
  darkTheme,
  holdFetch,
  largeTargets,
  NARROW,
  noticed,
  renderWidget,
  sharedStates,
  shows,
  states,
  titled,
  unnoticed,
  WIDE,
  widgetMeta,
  DONGGUAN,
  type Check,
  type WidgetArgs,
  type Words,
} from './support.js';

interface PosterArgs extends WidgetArgs {
  theme?: 'light' | 'dark' | 'auto';
  large?: boolean;
  /** The agency's colour, set as `--dc-accent` on the element. */
  accent?: string;
}

const mount = renderWidget('disclosure-poster');
/** Mounts the poster with the story's inputs, theme, large mode and accent. */
const render = ({ theme, large, accent, ...rest }: PosterArgs) => {
  const box = mount(rest);
  const el = box.firstElementChild as HTMLElement;
  if (theme) el.setAttribute('theme', theme);
  if (large) el.setAttribute('large', '');
  if (accent) el.style.setProperty('--dc-accent', accent);
  return box;
};

/**
 * 一图读懂: the report as one tall poster in the agency's colours, with its text for screen
 * readers, its table, and PNG (750 and 1080 px), SVG, CSV and print. Every state, in zh-CN and
 * en, wide (960 px: the poster at its 600 px) and narrow (320 px).
 */
const meta: Meta<PosterArgs> = {
  title: 'Widgets/disclosure-poster',
  ...widgetMeta('disclosure-poster'),
  render,
  argTypes: {
    ...widgetMeta('disclosure-poster').argTypes,
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    large: { control: 'boolean' },
    accent: { control: 'color' },
  },
};
export default meta;
type Story = StoryObj<PosterArgs>;

/** A story of one state in a language and at a width. */
const variant = (base: Partial<PosterArgs>, lang: PosterArgs['lang'], width: number, extra: Partial<Story> = {}): Story => ({ ...extra, args: { ...base, lang, width } });

const TITLE = { 'zh-CN': '一图读懂', en: 'The year at a glance' };
const title = titled(TITLE);
const HEADINGS = {
  'zh-CN': ['年度数字', '申请办理结果', '申请人', '规章和行政规范性文件', '行政许可、处罚和强制', '行政复议和行政诉讼', '网站发布信息的构成', '存在的问题和改进'],
  en: [
    'The year in figures',
    'How requests were answered',
    'Who applied',
    'Rules and normative documents',
    'Licensing, penalties and coercion',
    'Administrative reviews and lawsuits',
    'What the website published',
    'Problems and plans',
  ],
};

const svgOf = (root: ShadowRoot) => root.querySelector<SVGSVGElement>('svg[part~=poster]');
const wordsOf = (root: ShadowRoot) => [...(svgOf(root)?.querySelectorAll('text') ?? [])].map((t) => t.textContent ?? '');
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const bandOf = (root: ShadowRoot) => svgOf(root)!.querySelector('rect[y="0"]:not(.p-background)')!;

/** The poster is drawn: no loading state, error or statement in its place. */
const poster: Check = (root, { expect }) => {
  expect(svgOf(root)?.querySelectorAll('text').length).toBeGreaterThan(5);
  expect(root.querySelector('[part~=loading], [part~=error], [part~=empty]')).toBeNull();
  expect(root.querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
};

/** The poster's lines joined as the reader reads them (a wrapped English line broke at a space). */
const textOf = (root: ShadowRoot, lang: PosterArgs['lang']) => wordsOf(root).join(lang === 'en' ? ' ' : '');

/** The sections drawn, by their headings, in order: the first `count` of the poster's, and no other. */
const sections = (count: number): Check => (root, { expect, lang }) => {
  const text = textOf(root, lang);
  const at = HEADINGS[lang].slice(0, count).map((heading) => text.indexOf(heading));
  expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!)), `${HEADINGS[lang].slice(0, count)} in order`).toBe(true);
  for (const heading of HEADINGS[lang].slice(count)) expect(text).not.toContain(heading);
};

/** No text of the poster ends past its right edge. */
const fits: Check = (root, { expect }) => {
  const svg = svgOf(root)!;
  const width = svg.width.baseVal.value;
  const texts = [...svg.querySelectorAll('text')];
  expect(texts.length).toBeGreaterThan(5);
  for (const t of texts) expect(Number(t.getAttribute('x')) + t.getComputedTextLength(), t.textContent ?? '').toBeLessThanOrEqual(width);
};

/** The poster shows this text (each of `words` in the story's language). */
const draws = (...words: Words[]): Check => (root, { expect, lang }) => {
  for (const w of words) contains(expect, textOf(root, lang), w[lang]);
};

/** The title band is painted in this colour. */
const band = (colour: string): Check => (root, { expect }) => expect(getComputedStyle(bandOf(root)).fill).toBe(colour);

/** The text for screen readers says this. */
const reads = (words: Words): Check => (root, { expect, lang }) => contains(expect, root.querySelector('[part=poster-text]')?.textContent ?? '', words[lang]);

/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  dongguan: shows('svg[part~=poster]', title, agency(DONGGUAN), poster, unnoticed, sections(8), fits, draws({ 'zh-CN': '1,582件', en: '1,582' })),
  huaian: shows(
    'svg[part~=poster]',
    title,
    agency('淮安市人民政府'),
    poster,
    sections(6),
    fits,
    // 447,228 licences and 3,985,758 penalties, to three figures.
    draws({ 'zh-CN': '44.7万件', en: '447K' }, { 'zh-CN': '399万件', en: '3.99M' }),
  ),
  busyAgency: shows(
    'svg[part~=poster]',
    title,
    agency('示例市人力资源和社会保障局（测试数据）'),
    poster,
    sections(8),
    fits,
    (root, { expect }) => {
      for (const { label } of busyAgency.platforms.website.breakdown) expect(wordsOf(root).join(''), label).toContain(label);
    },
  ),
  zeroYear: shows(
    'svg[part~=poster]',
    title,
    agency('示例县档案馆'),
    poster,
    fits,
    draws({ 'zh-CN': '2023年未收到政府信息公开申请。', en: 'No information requests were received in 2023.' }),
    (root, { expect, lang }) => expect(textOf(root, lang)).not.toContain(HEADINGS[lang][2]),
  ),
  empty: shows('[part~=empty]', title, states({ 'zh-CN': '本报告没有可以绘入一图读懂的数据。', en: 'This report gives no figures for the poster.' })),
  checksFail: shows('[part~=notice]', title, poster, noticed),
  dark: shows('svg[part~=poster]', title, poster, darkTheme, band(rgb(DARK.accent!)), fits),
  large: shows('svg[part~=poster]', title, poster, largeTargets, fits),
  accent: shows('svg[part~=poster]', title, poster, band('rgb(0, 87, 157)'), reads({ 'zh-CN': '行政许可：1,582件', en: 'Licensing: 1,582' })),
};

/** The default report: 东莞市人力资源和社会保障局, 2023. Every section drawn. */
export const Dongguan: Story = variant({ report: dongguan }, 'zh-CN', WIDE, { play: is.dongguan });
export const DongguanEnglish: Story = { ...variant({ report: dongguan }, 'en', WIDE, { play: is.dongguan }), tags: ['!autodocs'] };
export const DongguanNarrow: Story = { ...variant({ report: dongguan }, 'zh-CN', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };
export const DongguanNarrowEnglish: Story = { ...variant({ report: dongguan }, 'en', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };

/** 淮安市人民政府, 2024: 447,228 licences and 3,985,758 penalties; no website figures, no section 五. */
export const Huaian: Story = variant({ report: huaian }, 'zh-CN', WIDE, { play: is.huaian });
export const HuaianEnglish: Story = { ...variant({ report: huaian }, 'en', WIDE, { play: is.huaian }), tags: ['!autodocs'] };
export const HuaianNarrow: Story = { ...variant({ report: huaian }, 'zh-CN', NARROW, { play: is.huaian }), tags: ['!autodocs'] };
export const HuaianNarrowEnglish: Story = { ...variant({ report: huaian }, 'en', NARROW, { play: is.huaian }), tags: ['!autodocs'] };

/** A busy agency: 20 website categories, a long name, a source URL. */
export const BusyAgency: Story = variant({ report: busyAgency }, 'zh-CN', WIDE, { play: is.busyAgency });
export const BusyAgencyEnglish: Story = { ...variant({ report: busyAgency }, 'en', WIDE, { play: is.busyAgency }), tags: ['!autodocs'] };
export const BusyAgencyNarrow: Story = { ...variant({ report: busyAgency }, 'zh-CN', NARROW, { play: is.busyAgency }), tags: ['!autodocs'] };
export const BusyAgencyNarrowEnglish: Story = { ...variant({ report: busyAgency }, 'en', NARROW, { play: is.busyAgency }), tags: ['!autodocs'] };

/** A year with no information requests: one line says so, and no applicants section. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: is.zeroYear });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };

/** A report with no section at all: a statement in place of the poster. */
export const Empty: Story = variant({ report: empty }, 'zh-CN', WIDE, { play: is.empty });
export const EmptyEnglish: Story = { ...variant({ report: empty }, 'en', WIDE, { play: is.empty }), tags: ['!autodocs'] };
export const EmptyNarrow: Story = { ...variant({ report: empty }, 'zh-CN', NARROW, { play: is.empty }), tags: ['!autodocs'] };
export const EmptyNarrowEnglish: Story = { ...variant({ report: empty }, 'en', NARROW, { play: is.empty }), tags: ['!autodocs'] };

/** Figures that do not add up: drawn as reported, with the notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: is.checksFail });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };

/** Values of the wrong type: every problem named with its path. */
export const InvalidTypes: Story = variant({ report: invalidTypes }, 'zh-CN', WIDE, { play: is.invalidTypes });
export const InvalidTypesEnglish: Story = { ...variant({ report: invalidTypes }, 'en', WIDE, { play: is.invalidTypes }), tags: ['!autodocs'] };
export const InvalidTypesNarrow: Story = { ...variant({ report: invalidTypes }, 'zh-CN', NARROW, { play: is.invalidTypes }), tags: ['!autodocs'] };
export const InvalidTypesNarrowEnglish: Story = { ...variant({ report: invalidTypes }, 'en', NARROW, { play: is.invalidTypes }), tags: ['!autodocs'] };

/** A file that is not JSON. */
export const Malformed: Story = variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', WIDE, { play: is.malformed });
export const MalformedEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', WIDE, { play: is.malformed }), tags: ['!autodocs'] };
export const MalformedNarrow: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', NARROW, { play: is.malformed }), tags: ['!autodocs'] };
export const MalformedNarrowEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', NARROW, { play: is.malformed }), tags: ['!autodocs'] };

/** While `src` is in flight (fetch held open for the story). */
export const Loading: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { beforeEach: holdFetch, play: is.loading });
export const LoadingEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };

/** `theme="dark"`: light text on a dark poster, the title band in the dark theme's accent. */
export const Dark: Story = variant({ report: dongguan, theme: 'dark' }, 'zh-CN', WIDE, { play: is.dark });
export const DarkEnglish: Story = { ...variant({ report: dongguan, theme: 'dark' }, 'en', WIDE, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrow: Story = { ...variant({ report: dongguan, theme: 'dark' }, 'zh-CN', NARROW, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrowEnglish: Story = { ...variant({ report: dongguan, theme: 'dark' }, 'en', NARROW, { play: is.dark }), tags: ['!autodocs'] };

/** `large` (适老化): every control at least 44 px tall. */
export const Large: Story = variant({ report: dongguan, large: true }, 'zh-CN', WIDE, { play: is.large });
export const LargeEnglish: Story = { ...variant({ report: dongguan, large: true }, 'en', WIDE, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrow: Story = { ...variant({ report: dongguan, large: true }, 'zh-CN', NARROW, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrowEnglish: Story = { ...variant({ report: dongguan, large: true }, 'en', NARROW, { play: is.large }), tags: ['!autodocs'] };

/** The agency's own colour, `--dc-accent: #00579d`: the title band, the big figures and the bars. */
export const CustomAccent: Story = variant({ report: dongguan, accent: '#00579d' }, 'zh-CN', WIDE, { play: is.accent });
export const CustomAccentEnglish: Story = { ...variant({ report: dongguan, accent: '#00579d' }, 'en', WIDE, { play: is.accent }), tags: ['!autodocs'] };
export const CustomAccentNarrow: Story = { ...variant({ report: dongguan, accent: '#00579d' }, 'zh-CN', NARROW, { play: is.accent }), tags: ['!autodocs'] };
export const CustomAccentNarrowEnglish: Story = { ...variant({ report: dongguan, accent: '#00579d' }, 'en', NARROW, { play: is.accent }), tags: ['!autodocs'] };
