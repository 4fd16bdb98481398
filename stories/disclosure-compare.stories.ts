import type { Meta, StoryObj } from '@storybook/web-components-vite';
import agencies2023 from '../data/collections/agencies-2023.json';
import pingtan2024 from '../data/collections/pingtan/2024.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import sixty from '../data/fixtures/county-departments-60.json';
import {
  collectionMeta,
  collectionVariant,
  darkTheme,
  deepAll,
  drawn,
  failed,
  holdFetch,
  INVALID_TYPES_PATHS,
  largeTargets,
  listsProblems,
  NARROW,
  rowsOf,
  sharedStates,
  shows,
  textOf,
  titled,
  unnoticed,
  WIDE,
  type Check,
  type CollectionArgs,
} from './support.js';
// The collection elements are registered by their own entry point (and bundle), not by src/index.ts.
import '../src/collections.js';

/**
 * Agencies side by side in one year, ranked by requests, disclosure rate or correction rate,
 * with the median; many agencies collapsed to the top, the bottom and the highlighted one.
 * Every state, in zh-CN and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<CollectionArgs> = {
  title: 'Collections/disclosure-compare',
  ...collectionMeta('disclosure-compare'),
};
export default meta;
type Story = StoryObj<CollectionArgs>;

type Measure = NonNullable<CollectionArgs['sort']>;

/** A county department of the invented 60 (data/fixtures/county-departments-60.json), in the middle of every ranking. */
const HIGHLIGHT = '示例县司法局';

/** Five agencies' real reports of 2023, mixed with 平潭's of 2024: two years, refused. */
const MIXED = [...agencies2023, pingtan2024];

/** A collection whose third report has values of the wrong type. */
const INVALID_ITEM = { reports: [sixty[0], sixty[1], invalidTypes] };

/** Just what the stories read of a report. */
interface Figures {
  agency: { name: string };
  applications?: { received?: { total?: number }; outcomes?: Partial<Record<'disclosed' | 'partlyDisclosed' | 'total', { total?: number }>> };
  reviewLitigation?: Partial<Record<'review' | 'directSuit' | 'suitAfterReview', { corrected?: number; pending?: number; total?: number }>>;
}

/**
 * A report's figure for a measure, by the definitions of the national form: 新收 is the row's
 * total; 公开率 is (予以公开 + 部分公开) ÷ 办理结果总计; 纠错率 is 结果纠正 ÷ (总计 − 尚未审结),
 * over the three blocks of reviews and lawsuits. With its n (the requests answered, the cases
 * decided); none where the report gives nothing to divide.
 */
function figureOf(report: Figures, measure: Measure): { value?: number; n?: number } {
  if (measure === 'received') return { value: report.applications?.received?.total };
  if (measure === 'disclosureRate') {
    const o = report.applications?.outcomes;
    const n = o?.total?.total;
    return n ? { value: ((o!.disclosed?.total ?? 0) + (o!.partlyDisclosed?.total ?? 0)) / n, n } : {};
  }
  const blocks = Object.values(report.reviewLitigation ?? {});
  const n = blocks.reduce((sum, b) => sum + (b?.total ?? 0) - (b?.pending ?? 0), 0);
  return n ? { value: blocks.reduce((sum, b) => sum + (b?.corrected ?? 0), 0) / n, n } : {};
}

/** The agencies of a collection with a figure for the measure, and their rank: 1 + the number with a larger one. */
function standings(reports: readonly Figures[], measure: Measure) {
  const rated = reports.flatMap((r) => {
    const { value, n } = figureOf(r, measure);
    return value === undefined ? [] : [{ name: r.agency.name, value, n }];
  });
  return rated.map((a) => ({ ...a, rank: 1 + rated.filter((b) => b.value > a.value).length }));
}

const TITLE = { 'zh-CN': '各机关政府信息公开申请办理情况比较', en: 'Information requests compared across agencies' };
const title = titled(TITLE);

/** The subtitle names the year and counts the agencies. */
const yearOf = (year: number, n: number): Check => (root, { expect, lang }) =>
  expect(textOf(root.querySelector('[part~=subtitle]'))).toBe(lang === 'en' ? `${year} · ${n} agencies` : `${year}年 · ${n}个机关`);

/** The agencies drawn, as the rows of the ranking, in order. */
const drawnAgencies = (root: ShadowRoot) => rowsOf(root, 'ranks').map((row) => row.dataset.key!);

/**
 * The ranking by `measure` of `reports`: the radio of the measure checked; the rows in order of
 * the figure, largest first, each labelled with its rank; every agency drawn (or, collapsed, the
 * top five, the highlighted one and the bottom three); rates from fewer than 10 muted with the
 * note; a note counting the agencies without the figure.
 */
const ranked = (reports: readonly Figures[], measure: Measure, options: { collapsed?: boolean; highlight?: string } = {}): Check => (root, { expect, lang }) => {
  const checked = [...root.querySelectorAll<HTMLInputElement>('[part~=sort] input')].filter((input) => input.checked);
  expect(checked.map((input) => input.value)).toEqual([measure]);
  const all = standings(reports, measure);
  const byName = new Map(all.map((a) => [a.name, a]));
  const rows = rowsOf(root, 'ranks');
  const names = rows.map((row) => row.dataset.key!);
  // Collapsed: the top five and the bottom three, and the highlighted agency if it is neither.
  const apart = options.highlight && !names.slice(0, 5).includes(options.highlight) && !names.slice(-3).includes(options.highlight) ? 1 : 0;
  expect(names.length).toBe(options.collapsed ? 5 + 3 + apart : all.length);
  expect(new Set(names).size).toBe(names.length);
  const shown = names.map((name) => byName.get(name)!);
  expect(shown.every(Boolean), `${names.join()} are agencies with a figure`).toBe(true);
  // Largest first; the first row the largest of all, the last the smallest.
  shown.forEach((a, i) => i && expect(a.value, `${a.name} after ${shown[i - 1]!.name}`).toBeLessThanOrEqual(shown[i - 1]!.value));
  expect(shown[0]!.value).toBe(Math.max(...all.map((a) => a.value)));
  expect(shown.at(-1)!.value).toBe(Math.min(...all.map((a) => a.value)));
  rows.forEach((row, i) => {
    const a = shown[i]!;
    expect(textOf(row.querySelector('.label'))).toBe(`${a.rank}. ${a.name}`);
    expect(row.classList.contains('highlight'), `${a.name} highlighted`).toBe(a.name === options.highlight);
    expect(row.classList.contains('muted'), `${a.name} muted (n=${a.n})`).toBe(a.n !== undefined && a.n < 10);
  });
  if (options.collapsed) {
    const top = [...all].sort((a, b) => b.value - a.value).slice(0, 5);
    // The top five, unless a tie at the fifth place lets the order of names decide.
    if (top.at(-1)!.value > ([...all].sort((a, b) => b.value - a.value)[5]?.value ?? -1)) expect(names.slice(0, 5).sort()).toEqual(top.map((a) => a.name).sort());
    if (options.highlight) expect(names).toContain(options.highlight);
  }
  const notes = [...root.querySelectorAll('.note')].map(textOf);
  const small = shown.some((a) => a.n !== undefined && a.n < 10);
  expect(notes.some((n) => n.startsWith(lang === 'en' ? 'Pale bars:' : '浅色条：')), 'the note of pale bars').toBe(small);
  const without = reports.length - all.length;
  const what = { received: ['新收申请', 'new requests'], disclosureRate: ['公开率', 'disclosure rate'], correctionRate: ['纠错率', 'correction rate'] }[measure];
  // The note's wording may change; it counts the agencies and names the measure.
  const noValue = lang === 'en' ? new RegExp(`^${without} agenc(y|ies)\\b.*\\b${what[1]}`, 'i') : new RegExp(`^${without}个机关.*${what[0]}`);
  expect(notes.some((n) => noValue.test(n)), `a note ${noValue} in ${notes.join(' | ')}`).toBe(without > 0);
};

/**
 * The ranking is collapsed (`collapsed`) or shows every agency: the note of how many more, and
 * the button that shows them all, or the top few again, with its state.
 */
const more = (total: number, collapsed: boolean): Check => (root, { expect, lang }) => {
  const button = root.querySelector('[part~=more]');
  expect(button?.getAttribute('aria-expanded')).toBe(collapsed ? 'false' : 'true');
  // Showing all, the button offers every agency, counted; after, fewer again (in words that may change).
  const showAll = lang === 'en' ? `Show all ${total} agencies` : `显示全部${total}个机关`;
  if (collapsed) expect(textOf(button)).toBe(showAll);
  else expect(textOf(button)).not.toMatch(new RegExp(`^$|${showAll}`));
  const hidden = total - drawnAgencies(root).length;
  const note = lang === 'en' ? `${hidden} more ${hidden === 1 ? 'agency' : 'agencies'}` : `另有${hidden}个机关`;
  expect([...root.querySelectorAll('.note')].map(textOf).includes(note)).toBe(collapsed);
};

/** The highlighted agency's rank among all, in the key figures. */
const rankFigure = (reports: readonly Figures[], measure: Measure, name: string): Check => (root, { expect, lang }) => {
  const all = standings(reports, measure);
  const rank = all.find((a) => a.name === name)!.rank;
  expect(textOf(root.querySelector('[part~=figures] [data-key=highlight] .value'))).toBe(lang === 'en' ? `${rank} of ${all.length}` : `第${rank}/${all.length}名`);
};

/** The one report of the five whose own figures do not add up (洪泽区's 2023 report) is named in the notice, with its year. */
const ownChecksNoticed: Check = (root, { expect, lang }) => {
  const notices = deepAll(root, '[part~=notice]');
  expect(notices).toHaveLength(1);
  const items = [...notices[0]!.querySelectorAll('li')].map(textOf);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatch(lang === 'en' ? /^洪泽区人民政府[：:] ?the 2023 report has \d+ figures? that do not add up$/ : /^洪泽区人民政府：2023年报告内有\d+处数字不相加$/);
};

/** The reports of the mixed collection, by year, as the refusal lists them. */
const mixedYears = (lang: 'zh-CN' | 'en') => {
  const names = agencies2023.map((r) => r.agency.name);
  return lang === 'en'
    ? `A comparison needs reports of one year; the collection holds reports of different years: 2023: ${names.join(', ')}; 2024: ${pingtan2024.agency.name}.`
    : `比较需同一年度的报告，集合中的年度不同：2023年：${names.join('、')}；2024年：${pingtan2024.agency.name}。`;
};

/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  agencies2023: shows('svg', title, yearOf(2023, 5), drawn, ranked(agencies2023, 'received'), ownChecksNoticed),
  collapsed: shows('[part~=more]', title, yearOf(2024, 60), drawn, ranked(sixty, 'received', { collapsed: true, highlight: HIGHLIGHT }), more(60, true), rankFigure(sixty, 'received', HIGHLIGHT), unnoticed),
  expanded: shows('[part~=more][aria-expanded=true]', title, drawn, ranked(sixty, 'received', { highlight: HIGHLIGHT }), more(60, false), rankFigure(sixty, 'received', HIGHLIGHT)),
  disclosureRate: shows('[part~=more]', title, drawn, ranked(sixty, 'disclosureRate', { collapsed: true, highlight: HIGHLIGHT }), rankFigure(sixty, 'disclosureRate', HIGHLIGHT)),
  correctionRate: shows('[part~=more]', title, drawn, ranked(sixty, 'correctionRate', { collapsed: true, highlight: HIGHLIGHT }), rankFigure(sixty, 'correctionRate', HIGHLIGHT)),
  mixedYears: shows('[part~=error]', title, failed({ 'zh-CN': mixedYears('zh-CN'), en: mixedYears('en') })),
  invalidItem: shows('[part~=error]', title, failed(), listsProblems(INVALID_TYPES_PATHS.map((path) => `reports[2].${path}`))),
  dark: shows('svg', title, drawn, darkTheme),
  large: shows('[part~=more]', title, drawn, largeTargets),
};

/** The collapsed ranking, then the reader asks for every agency. */
async function expand(context: Parameters<typeof is.collapsed>[0]) {
  await is.collapsed(context);
  const { userEvent } = await import('storybook/test');
  const button = context.canvasElement.querySelector('disclosure-compare')!.shadowRoot!.querySelector<HTMLElement>('[part~=more]')!;
  await userEvent.click(button);
  await is.expanded(context);
}

/** Five agencies' real reports of 2023, ranked by new requests: two give no request figures and are counted apart; 洪泽区's own figures that do not add up are noticed. */
export const Agencies2023: Story = collectionVariant({ reports: agencies2023 }, 'zh-CN', WIDE, { play: is.agencies2023 });
export const Agencies2023English: Story = { ...collectionVariant({ reports: agencies2023 }, 'en', WIDE, { play: is.agencies2023 }), tags: ['!autodocs'] };
export const Agencies2023Narrow: Story = { ...collectionVariant({ reports: agencies2023 }, 'zh-CN', NARROW, { play: is.agencies2023 }), tags: ['!autodocs'] };
export const Agencies2023NarrowEnglish: Story = { ...collectionVariant({ reports: agencies2023 }, 'en', NARROW, { play: is.agencies2023 }), tags: ['!autodocs'] };

/** The same five reports by URL. */
export const FromSrc: Story = collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'zh-CN', WIDE, { play: is.agencies2023 });
export const FromSrcEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'en', WIDE, { play: is.agencies2023 }), tags: ['!autodocs'] };
export const FromSrcNarrow: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'zh-CN', NARROW, { play: is.agencies2023 }), tags: ['!autodocs'] };
export const FromSrcNarrowEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'en', NARROW, { play: is.agencies2023 }), tags: ['!autodocs'] };

/** A county's 60 departments (invented), one of them highlighted as the site's own: the top five, the highlighted one and the bottom three, the rest a click away. */
export const SixtyCollapsed: Story = collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'zh-CN', WIDE, { play: is.collapsed });
export const SixtyCollapsedEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'en', WIDE, { play: is.collapsed }), tags: ['!autodocs'] };
export const SixtyCollapsedNarrow: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'zh-CN', NARROW, { play: is.collapsed }), tags: ['!autodocs'] };
export const SixtyCollapsedNarrowEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'en', NARROW, { play: is.collapsed }), tags: ['!autodocs'] };

/** The 60 departments after the reader asks for all of them. */
export const SixtyExpanded: Story = collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'zh-CN', WIDE, { play: expand });
export const SixtyExpandedEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'en', WIDE, { play: expand }), tags: ['!autodocs'] };
export const SixtyExpandedNarrow: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'zh-CN', NARROW, { play: expand }), tags: ['!autodocs'] };
export const SixtyExpandedNarrowEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT }, 'en', NARROW, { play: expand }), tags: ['!autodocs'] };

/** Ranked by disclosure rate (`sort="disclosureRate"`): rates from fewer than 10 requests pale, with their n. */
export const ByDisclosureRate: Story = collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'disclosureRate' }, 'zh-CN', WIDE, { play: is.disclosureRate });
export const ByDisclosureRateEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'disclosureRate' }, 'en', WIDE, { play: is.disclosureRate }), tags: ['!autodocs'] };
export const ByDisclosureRateNarrow: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'disclosureRate' }, 'zh-CN', NARROW, { play: is.disclosureRate }), tags: ['!autodocs'] };
export const ByDisclosureRateNarrowEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'disclosureRate' }, 'en', NARROW, { play: is.disclosureRate }), tags: ['!autodocs'] };

/** Ranked by correction rate (`sort="correctionRate"`): few agencies decided any case; ties share a rank. */
export const ByCorrectionRate: Story = collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'correctionRate' }, 'zh-CN', WIDE, { play: is.correctionRate });
export const ByCorrectionRateEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'correctionRate' }, 'en', WIDE, { play: is.correctionRate }), tags: ['!autodocs'] };
export const ByCorrectionRateNarrow: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'correctionRate' }, 'zh-CN', NARROW, { play: is.correctionRate }), tags: ['!autodocs'] };
export const ByCorrectionRateNarrowEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, sort: 'correctionRate' }, 'en', NARROW, { play: is.correctionRate }), tags: ['!autodocs'] };

/** Reports of two years: refused, the error listing the agencies of each year. */
export const MixedYears: Story = collectionVariant({ reports: MIXED }, 'zh-CN', WIDE, { play: is.mixedYears });
export const MixedYearsEnglish: Story = { ...collectionVariant({ reports: MIXED }, 'en', WIDE, { play: is.mixedYears }), tags: ['!autodocs'] };
export const MixedYearsNarrow: Story = { ...collectionVariant({ reports: MIXED }, 'zh-CN', NARROW, { play: is.mixedYears }), tags: ['!autodocs'] };
export const MixedYearsNarrowEnglish: Story = { ...collectionVariant({ reports: MIXED }, 'en', NARROW, { play: is.mixedYears }), tags: ['!autodocs'] };

/** While `src` is in flight (fetch held open for the story). */
export const Loading: Story = collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'zh-CN', WIDE, { beforeEach: holdFetch, play: is.loading });
export const LoadingEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'en', WIDE, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrow: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'zh-CN', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrowEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/agencies-2023.json' }, 'en', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };

/** Inline JSON that is not JSON. */
export const NotJson: Story = collectionVariant({ inline: '[{ "schemaVersion": 1,' }, 'zh-CN', WIDE, { play: is.malformed });
export const NotJsonEnglish: Story = { ...collectionVariant({ inline: '[{ "schemaVersion": 1,' }, 'en', WIDE, { play: is.malformed }), tags: ['!autodocs'] };
export const NotJsonNarrow: Story = { ...collectionVariant({ inline: '[{ "schemaVersion": 1,' }, 'zh-CN', NARROW, { play: is.malformed }), tags: ['!autodocs'] };
export const NotJsonNarrowEnglish: Story = { ...collectionVariant({ inline: '[{ "schemaVersion": 1,' }, 'en', NARROW, { play: is.malformed }), tags: ['!autodocs'] };

/** A collection whose third report has values of the wrong type: every problem named by its path in the collection. */
export const InvalidItem: Story = collectionVariant({ reports: INVALID_ITEM }, 'zh-CN', WIDE, { play: is.invalidItem });
export const InvalidItemEnglish: Story = { ...collectionVariant({ reports: INVALID_ITEM }, 'en', WIDE, { play: is.invalidItem }), tags: ['!autodocs'] };
export const InvalidItemNarrow: Story = { ...collectionVariant({ reports: INVALID_ITEM }, 'zh-CN', NARROW, { play: is.invalidItem }), tags: ['!autodocs'] };
export const InvalidItemNarrowEnglish: Story = { ...collectionVariant({ reports: INVALID_ITEM }, 'en', NARROW, { play: is.invalidItem }), tags: ['!autodocs'] };

/** A collection URL that answers 404. */
export const NotFound: Story = collectionVariant({ src: 'report-files/collections/no-such-collection.json' }, 'zh-CN', WIDE, { play: is.notFound });
export const NotFoundEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/no-such-collection.json' }, 'en', WIDE, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrow: Story = { ...collectionVariant({ src: 'report-files/collections/no-such-collection.json' }, 'zh-CN', NARROW, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrowEnglish: Story = { ...collectionVariant({ src: 'report-files/collections/no-such-collection.json' }, 'en', NARROW, { play: is.notFound }), tags: ['!autodocs'] };

/** The dark theme (`theme="dark"`). */
export const Dark: Story = collectionVariant({ reports: agencies2023, theme: 'dark' }, 'zh-CN', WIDE, { play: is.dark });
export const DarkEnglish: Story = { ...collectionVariant({ reports: agencies2023, theme: 'dark' }, 'en', WIDE, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrow: Story = { ...collectionVariant({ reports: agencies2023, theme: 'dark' }, 'zh-CN', NARROW, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrowEnglish: Story = { ...collectionVariant({ reports: agencies2023, theme: 'dark' }, 'en', NARROW, { play: is.dark }), tags: ['!autodocs'] };

/** The elder-friendly large mode (适老化, `large`): every control at least 44 px tall. */
export const Large: Story = collectionVariant({ reports: sixty, highlight: HIGHLIGHT, large: true }, 'zh-CN', WIDE, { play: is.large });
export const LargeEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, large: true }, 'en', WIDE, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrow: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, large: true }, 'zh-CN', NARROW, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrowEnglish: Story = { ...collectionVariant({ reports: sixty, highlight: HIGHLIGHT, large: true }, 'en', NARROW, { play: is.large }), tags: ['!autodocs'] };
