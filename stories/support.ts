/**
 * Story helpers shared by every widget's stories: one render function that mounts an element
 * with a report, a URL or inline JSON, in a language and at a width.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';

export interface WidgetArgs {
  /** The report object (the `report` property). */
  report?: unknown;
  /** A URL to fetch (the `src` attribute). */
  src?: string;
  /** Inline JSON text, as a `<script type="application/json">` child. */
  inline?: string;
  lang: 'zh-CN' | 'en';
  width: number;
}

export const NARROW = 320;
export const WIDE = 960;

/** Mounts `tag` with the story's inputs inside a box of the story's width. */
export function renderWidget(tag: string) {
  return (args: WidgetArgs) => {
    const box = document.createElement('div');
    box.style.width = `${args.width}px`;
    box.style.maxWidth = '100%';
    box.lang = args.lang;
    const el = document.createElement(tag) as HTMLElement & { report?: unknown; src?: string };
    if (args.report !== undefined) el.report = structuredClone(args.report);
    if (args.src) el.setAttribute('src', args.src);
    if (args.inline !== undefined) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = args.inline;
      el.append(script);
    }
    box.append(el);
    return box;
  };
}

/**
 * A story of one state in zh-CN or en, wide or narrow. Only the Chinese, wide story of each
 * state goes on the element's Docs page (one story per state): the stories files tag the
 * English and narrow ones `!autodocs` where they are written, since Storybook reads tags from
 * the file's text. They stay in the sidebar and run as tests, like every story.
 */
export function variant(
  base: Partial<WidgetArgs>,
  lang: WidgetArgs['lang'],
  width: number,
  extra: Partial<StoryObj<WidgetArgs>> = {},
): StoryObj<WidgetArgs> {
  return { ...extra, args: { ...base, lang, width } };
}

/** Holds every fetch open while a story is shown, so the loading state stays on screen. */
export function holdFetch() {
  const original = globalThis.fetch;
  globalThis.fetch = () => new Promise<Response>(() => {});
  return () => {
    globalThis.fetch = original;
  };
}

type Lang = WidgetArgs['lang'];
type Expect = typeof import('storybook/test').expect;

/** Words as a story in each language must show them: the exact text, or a pattern. */
export type Words = Record<Lang, string | RegExp>;

/**
 * One claim about the widget a story shows, checked in its shadow root in the story's
 * language. It throws while the claim does not hold; `shows` checks again until it does.
 */
export type Check = (root: ShadowRoot, story: { expect: Expect; lang: Lang }) => void;

/** Every element matching `selector` in `root` and in the shadow roots inside it (<disclosure-report>'s sections). */
export function deepAll(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector), ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deepAll(el.shadowRoot, selector) : []))];
}

/** The text of an element and the shadow roots inside it, as a reader sees it: white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const inner = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    const text = [...((n as Element).shadowRoot?.childNodes ?? []), ...n.childNodes].map(inner).join('');
    // Blocks (paragraphs, list items, sections) are apart; inline text runs on.
    return n instanceof HTMLElement && n.matches('p, li, div, section, dt, dd, h3, figcaption') ? ` ${text} ` : text;
  };
  return inner(node).replace(/\s+/g, ' ').trim();
}

const matches = (expect: Expect, text: string, words: string | RegExp) => (typeof words === 'string' ? expect(text).toBe(words) : expect(text).toMatch(words));
export const contains = (expect: Expect, text: string, words: string | RegExp) => (typeof words === 'string' ? expect(text).toContain(words) : expect(text).toMatch(words));

/** The widget's title, in the story's language. */
export const titled = (words: Words): Check => (root, { expect, lang }) => matches(expect, textOf(root.querySelector('[part~=title]')), words[lang]);

/** The report shown is this agency's (the subtitle names it, in Chinese in either language). */
export const agency = (name: string): Check => (root, { expect }) => expect(textOf(root.querySelector('[part~=subtitle]'))).toContain(name);

/** The chart is drawn: marks, and no loading state, error or statement in its place. */
export const drawn: Check = (root, { expect }) => {
  expect(deepAll(root, '[part~=mark]').length).toBeGreaterThan(0);
  expect(root.querySelector('[part~=loading], [part~=error], [part~=empty]')).toBeNull();
  expect(root.querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
};

/** The figures do not add up: one notice says so, in the story's language. */
export const noticed: Check = (root, { expect, lang }) => {
  const notices = deepAll(root, '[part~=notice]');
  expect(notices).toHaveLength(1);
  contains(expect, textOf(notices[0]), lang === 'en' ? /^Data check: \d+ figures? do(es)? not add up/ : /^数据核对提示：有\d+处数字不相加/);
};

/** No notice: the figures this widget shows pass their checks (or its host shows the checks). */
export const unnoticed: Check = (root, { expect }) => expect(deepAll(root, '[part~=notice]')).toHaveLength(0);

/** While the report loads: the loading state, announced as busy, and nothing drawn yet. */
export const loading: Check = (root, { expect, lang }) => {
  matches(expect, textOf(root.querySelector('[part~=loading]')), lang === 'en' ? 'Loading data…' : '正在加载数据…');
  expect(root.querySelector('figure')?.getAttribute('aria-busy')).toBe('true');
  expect(deepAll(root, '[part~=mark]')).toHaveLength(0);
};

/** In place of the chart, the error, which says why (each of `why` in the story's language). */
export const failed = (...why: Words[]): Check => (root, { expect, lang }) => {
  const error = root.querySelector('[part~=error]');
  const text = textOf(error);
  contains(expect, text, lang === 'en' ? 'The chart cannot be shown' : '无法显示图表');
  for (const words of why) contains(expect, text, words[lang]);
  expect(deepAll(root, '[part~=mark]')).toHaveLength(0);
};

/** Every problem listed, each named by its path in the report (the same in either language). */
export const listsProblems = (paths: readonly string[]): Check => (root, { expect }) => {
  const items = [...root.querySelectorAll('[part~=error] li')].map(textOf);
  expect(items).toHaveLength(paths.length);
  paths.forEach((path, i) => expect(items[i]!.startsWith(path), `${items[i]} names ${path}`).toBe(true));
};

/** One sentence in place of the chart, and no chart. */
export const states = (words: Words): Check => (root, { expect, lang }) => {
  matches(expect, textOf(root.querySelector('[part~=empty]')), words[lang]);
  expect(root.querySelector('svg')).toBeNull();
};

/** The widget says this somewhere (through nested shadow roots). */
export const says = (words: Words): Check => (root, { expect, lang }) => contains(expect, textOf(root), words[lang]);

/** The key figures shown, by key, in order. */
export const figures = (keys: readonly string[]): Check => (root, { expect }) =>
  expect([...root.querySelectorAll('[part~=figures] [data-key]')].map((f) => f.getAttribute('data-key'))).toEqual(keys);

/**
 * A play function that waits until the widget shows `selector` in its shadow root and every
 * claim of `checks` holds, so that the story's accessibility check runs on the state the story
 * is about (not on its loading state) and the story fails when that state is not shown.
 */
export function shows(selector: string, ...checks: Check[]) {
  return async ({ canvasElement, args }: { canvasElement: HTMLElement; args?: object }) => {
    const { expect, waitFor } = await import('storybook/test');
    const lang: Lang = (args as Partial<WidgetArgs> | undefined)?.lang ?? 'zh-CN';
    await waitFor(
      () => {
        const widget = [...canvasElement.querySelectorAll('*')].find((el) => el.shadowRoot);
        const root = widget?.shadowRoot;
        expect(root?.querySelector(selector)).toBeTruthy();
        for (const check of checks) check(root!, { expect, lang });
      },
      { timeout: 5000 },
    );
    // Lit as the bundles ship it: one copy, its production build (the development build keeps
    // a set of the warnings it printed, "Lit is in dev mode" among them).
    const lit = globalThis as { litElementVersions?: string[]; litIssuedWarnings?: Set<string> };
    expect(lit.litElementVersions).toHaveLength(1);
    expect(lit.litIssuedWarnings).toBeUndefined();
  };
}

/** The agency of the Dongguan report (data/dongguan-hrss-2023.json) and the fixtures made from it. */
export const DONGGUAN = '东莞市人力资源和社会保障局';

/** The cells data/fixtures/invalid-types.json gets wrong (data/README.md), in the order of the report. */
const INVALID_PATHS = [
  'year',
  'applications.received.total',
  'applications.outcomes.disclosed.naturalPerson',
  'applications.outcomes.withheld.stateSecret',
  'platforms.newMedia[0].platform',
];

/** The play functions of the states every widget shows alike: loading, and each kind of error. */
export function sharedStates(title: Words) {
  const named = titled(title);
  return {
    loading: shows('[part~=loading]', named, loading),
    invalidTypes: shows('[part~=error]', named, failed(), listsProblems(INVALID_PATHS)),
    invalidVersion: shows('[part~=error]', named, failed(), listsProblems(['schemaVersion'])),
    malformed: shows('[part~=error]', named, failed({ 'zh-CN': '不是有效的 JSON', en: 'Not valid JSON' })),
    notFound: shows('[part~=error]', named, failed({ 'zh-CN': '服务器返回 HTTP 404', en: 'the server answered HTTP 404' })),
  };
}

/** What every widget's stories share: how to render it and the controls. */
export function widgetMeta(tag: string) {
  return {
    component: tag,
    render: renderWidget(tag),
    args: { lang: 'zh-CN', width: WIDE },
    argTypes: {
      lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
      width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
      report: { control: 'object' },
      src: { control: 'text' },
      inline: { control: false },
    },
  } satisfies Partial<Meta<WidgetArgs>>;
}

/* Collections (<disclosure-trend>, <disclosure-compare>): the same render and checks, with a
 * `reports` property in place of `report` and the collection elements' own attributes. */

export interface CollectionArgs extends Omit<WidgetArgs, 'report'> {
  /** The collection object (the `reports` property): an array of reports, or `{ reports: [ … ] }`. */
  reports?: unknown;
  /** <disclosure-trend>: the agency to draw. */
  agency?: string;
  /** <disclosure-compare>: the agency whose site this is. */
  highlight?: string;
  /** <disclosure-compare>: the measure agencies are ranked by. */
  sort?: 'received' | 'disclosureRate' | 'correctionRate';
  theme?: 'light' | 'dark' | 'auto';
  large?: boolean;
}

/** Mounts a collection element `tag` with the story's inputs inside a box of the story's width. */
export function renderCollection(tag: string) {
  const mount = renderWidget(tag);
  return (args: CollectionArgs) => {
    const { reports, agency, highlight, sort, theme, large, ...rest } = args;
    const box = mount(rest);
    const el = box.firstElementChild as HTMLElement & { reports?: unknown };
    for (const [name, value] of Object.entries({ agency, highlight, sort, theme })) if (value) el.setAttribute(name, value);
    if (large) el.setAttribute('large', '');
    if (reports !== undefined) el.reports = structuredClone(reports);
    return box;
  };
}

/** A collection story of one state in zh-CN or en, wide or narrow (as `variant`). */
export function collectionVariant(
  base: Partial<CollectionArgs>,
  lang: CollectionArgs['lang'],
  width: number,
  extra: Partial<StoryObj<CollectionArgs>> = {},
): StoryObj<CollectionArgs> {
  return { ...extra, args: { ...base, lang, width } };
}

/** What every collection element's stories share: how to render it and the controls. */
export function collectionMeta(tag: string) {
  return {
    component: tag,
    render: renderCollection(tag),
    args: { lang: 'zh-CN', width: WIDE },
    argTypes: {
      lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
      width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
      reports: { control: 'object' },
      src: { control: 'text' },
      inline: { control: false },
      theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
      large: { control: 'boolean' },
    },
  } satisfies Partial<Meta<CollectionArgs>>;
}

/** The cells data/fixtures/invalid-types.json gets wrong, in the order of the report (as INVALID_PATHS). */
export const INVALID_TYPES_PATHS: readonly string[] = INVALID_PATHS;

/**
 * The year-to-year check (check 6) fails: one notice, its heading counting the figures, and one
 * line for each, naming the agency, both years and both figures (each of `lines` in the story's language).
 */
export const crossYearNoticed = (lines: readonly Words[]): Check => (root, { expect, lang }) => {
  const notices = deepAll(root, '[part~=notice]');
  expect(notices).toHaveLength(1);
  const n = lines.length;
  contains(expect, textOf(notices[0]!.querySelector('p')), lang === 'en' ? `Year-to-year check: ${n} ${n === 1 ? 'figure does' : 'figures do'} not follow from the year before` : `跨年度核对提示：有${n}处数字前后不一致`);
  expect([...notices[0]!.querySelectorAll('li')].map(textOf)).toEqual(lines.map((line) => line[lang]));
};

/** Light text on a dark background (`theme="dark"`). */
export const darkTheme: Check = (root, { expect }) => {
  // Light or dark, from an rgb() colour: the mean of its channels, 0 (black) to 1 (white).
  const lightness = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3 / 255;
  const style = getComputedStyle(root.host);
  expect(lightness(style.backgroundColor)).toBeLessThan(0.2);
  expect(lightness(style.color)).toBeGreaterThan(0.8);
};

/** Every control on screen at least 44 px tall (适老化, `large`). */
export const largeTargets: Check = (root, { expect }) => {
  const targets = [...root.querySelectorAll('summary, button, fieldset label')].filter((el) => el.checkVisibility());
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) expect(target.getBoundingClientRect().height, textOf(target)).toBeGreaterThanOrEqual(44);
};

/** The rows of the chart `chart` (its `data-chart`), by their keys, in the order drawn. */
export const rowsOf = (root: ShadowRoot, chart: string) =>
  [...root.querySelectorAll<SVGGElement>('g.row')].filter((row) => row.querySelector(`[data-chart=${chart}]`));
