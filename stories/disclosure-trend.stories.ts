import type { Meta, StoryObj } from '@storybook/web-components-vite';
import agencies2023 from '../data/collections/agencies-2023.json';
import pingtan2019 from '../data/collections/pingtan/2019.json';
import pingtan2020 from '../data/collections/pingtan/2020.json';
import pingtan2021 from '../data/collections/pingtan/2021.json';
import pingtan2022 from '../data/collections/pingtan/2022.json';
import pingtan2023 from '../data/collections/pingtan/2023.json';
import pingtan2024 from '../data/collections/pingtan/2024.json';
import pingtan2025 from '../data/collections/pingtan/2025.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import fifteenYears from '../data/fixtures/trend-15-years.json';
import {
  agency,
  collectionMeta,
  collectionVariant,
  crossYearNoticed,
  darkTheme,
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
  states,
  textOf,
  titled,
  unnoticed,
  WIDE,
  type Check,
  type CollectionArgs,
  type Words,
} from './support.js';
// The collection elements are registered by their own entry point (and bundle), not by src/index.ts.
import '../src/collections.js';

/**
 * One agency over the years: requests, the disclosure and correction rates, how requests were
 * answered, reviews and lawsuits, and the year-to-year check (check 6). Every state, in zh-CN
 * and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<CollectionArgs> = {
  title: 'Collections/disclosure-trend',
  ...collectionMeta('disclosure-trend'),
};
export default meta;
type Story = StoryObj<CollectionArgs>;

/** 平潭综合实验区's real reports, 2019–2025 (data/collections/pingtan/). */
const PINGTAN = [pingtan2019, pingtan2020, pingtan2021, pingtan2022, pingtan2023, pingtan2024, pingtan2025];
const PINGTAN_NAME = '平潭综合实验区';
/** The collection of their URLs, as a site publishes it; its items resolve against its own URL. */
const PINGTAN_SRC = 'report-files/collections/pingtan-zone.json';
const INVENTED = '示例县人民政府（测试数据）';

/**
 * The three real mismatches of the Pingtan reports: the normative documents in force of one
 * year against the year before's in force + issued − repealed (2022: 698 + 77 − 132 = 643;
 * 2023: 470 + 62 − 33 = 499; 2024: 440 + 58 − 45 = 453).
 */
const PINGTAN_MISMATCHES: Words[] = [
  [2023, 470, 2022, 643],
  [2024, 440, 2023, 499],
  [2025, 546, 2024, 453],
].map(([year, found, before, expected]) => ({
  'zh-CN': `${PINGTAN_NAME}：${year}年行政规范性文件现行有效件数为${found}，与${before}年报告推算的${expected}不符`,
  en: `${PINGTAN_NAME}: normative documents in force is ${found} in ${year}, but the ${before} report makes it ${expected}`,
}));

/** The invented 15 years without 2018: a gap. 2017's 126 in force + 1 − 1 is not 2019's 129, so comparing across the gap would be noticed. */
const GAP_YEAR = 2018;
const WITH_GAP = fifteenYears.filter((r) => r.year !== GAP_YEAR);

/** The invented 15 years with one planted mismatch: 150 in force in 2025, where 2024's 137 + 3 − 3 makes 137. */
const PLANTED = fifteenYears.map((r) =>
  r.year === 2025 ? { ...r, proactive: { normativeDocuments: { ...r.proactive.normativeDocuments, inForce: 150 } } } : r,
);

/** Several agencies of one year, and 平潭's other years: the trend of the one chosen with `agency`. */
const SEVERAL = [...agencies2023, ...PINGTAN.filter((r) => r.year !== 2023)];

/** A collection whose second item has values of the wrong type. */
const INVALID_ITEM = { reports: [pingtan2019, invalidTypes] };

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

const TITLE = { 'zh-CN': '历年政府信息公开申请办理情况', en: 'Information requests over the years' };
const title = titled(TITLE);

/** The subtitle names the agency and the first and last year drawn. */
const period = (name: string, first: number, last: number): Check => (root, { expect, lang }) =>
  expect(textOf(root.querySelector('[part~=subtitle]'))).toBe(lang === 'en' ? `${name} · ${first}–${last}` : `${name} · ${first}年—${last}年`);

/**
 * The requests chart has one row for each year of `years`, in order; each year of `gaps` is a
 * gap (no bar, "no report"), never a zero, and every other year has its bar.
 */
const yearRows = (years: readonly number[], gaps: readonly number[] = []): Check => (root, { expect, lang }) => {
  const rows = rowsOf(root, 'requests');
  expect(rows.map((row) => row.dataset.key)).toEqual(years.map(String));
  // The bars' parts are drawn as one path per part across the years; a row says what it holds.
  expect(rows[0]!.closest('svg')!.querySelectorAll('path[part~=mark]').length, 'bars drawn').toBeGreaterThan(0);
  for (const row of rows) {
    const gap = gaps.includes(Number(row.dataset.key));
    const said = row.querySelector('.hit')!.getAttribute('aria-label')!;
    expect(said.includes(lang === 'en' ? 'New' : '本年新收'), `${row.dataset.key} has a bar`).toBe(!gap);
    if (gap) expect(textOf(row.querySelector('.value'))).toBe(lang === 'en' ? 'no report' : '无报告');
  }
};

/** The note under the requests says which years have no report (or there is none). */
const gapNote = (years: readonly number[]): Check => (root, { expect, lang }) => {
  const notes = [...root.querySelectorAll('.note')].map(textOf);
  const words = lang === 'en' ? 'No report for' : '缺少';
  if (!years.length) return expect(notes.filter((n) => n.includes(words))).toEqual([]);
  const list = years.map((y) => (lang === 'en' ? String(y) : `${y}年`)).join(lang === 'en' ? ', ' : '、');
  expect(notes).toContain(lang === 'en' ? `No report for ${list}: left blank in the charts, not counted as zero.` : `缺少${list}的报告：图中留空，不按0计。`);
};

/**
 * The disclosure-rate line breaks at each year without a report: a line of n stretches of years
 * is n subpaths. (Every year of these reports answers requests; the correction rate has years
 * without a decided case, where that line breaks as well.)
 */
const rateLine = (stretches: number): Check => (root, { expect }) => {
  const line = root.querySelector('path.line.k-disclosed');
  expect(line).toBeTruthy();
  expect(line!.getAttribute('d')?.match(/M/g) ?? []).toHaveLength(stretches);
};

/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  pingtan: shows('svg', title, agency(PINGTAN_NAME), period(PINGTAN_NAME, 2019, 2025), drawn, yearRows(range(2019, 2025)), gapNote([]), crossYearNoticed(PINGTAN_MISMATCHES)),
  fifteen: shows('svg', title, period(INVENTED, 2011, 2025), drawn, yearRows(range(2011, 2025)), gapNote([]), rateLine(1), unnoticed),
  gap: shows('svg', title, period(INVENTED, 2011, 2025), drawn, yearRows(range(2011, 2025), [GAP_YEAR]), gapNote([GAP_YEAR]), rateLine(2), unnoticed),
  planted: shows(
    '[part~=notice]',
    title,
    drawn,
    yearRows(range(2011, 2025)),
    crossYearNoticed([
      {
        'zh-CN': `${INVENTED}：2025年行政规范性文件现行有效件数为150，与2024年报告推算的137不符`,
        en: `${INVENTED}: normative documents in force is 150 in 2025, but the 2024 report makes it 137`,
      },
    ]),
  ),
  oneYear: shows('[part~=empty]', title, agency(PINGTAN_NAME), states({ 'zh-CN': '至少需要两个年度的报告才能比较。', en: 'At least two years of reports are needed for a comparison.' })),
  chosen: shows('svg', title, agency(PINGTAN_NAME), period(PINGTAN_NAME, 2019, 2025), drawn, yearRows(range(2019, 2025)), crossYearNoticed(PINGTAN_MISMATCHES)),
  severalAgencies: shows(
    '[part~=error]',
    title,
    failed({
      'zh-CN': `集合中有多个机关（${agencies2023.map((r) => r.agency.name).join('、')}），请用 agency 属性指定一个。`,
      en: `The collection holds several agencies (${agencies2023.map((r) => r.agency.name).join(', ')}); choose one with the agency attribute.`,
    }),
  ),
  unknownAgency: shows('[part~=error]', title, failed({ 'zh-CN': '集合中没有“示例县人民政府”的报告。', en: 'The collection has no report of “示例县人民政府”.' })),
  invalidItem: shows('[part~=error]', title, failed(), listsProblems(INVALID_TYPES_PATHS.map((path) => `reports[1].${path}`))),
  itemNotJson: shows(
    '[part~=error]',
    title,
    failed({ 'zh-CN': '无法读取集合中的报告', en: 'Could not load the report' }, { 'zh-CN': /report-files\/fixtures\/malformed\.json：不是有效的 JSON/, en: /report-files\/fixtures\/malformed\.json of the collection: Not valid JSON/ }),
  ),
  dark: shows('svg', title, agency(PINGTAN_NAME), drawn, darkTheme),
  large: shows('svg', title, agency(PINGTAN_NAME), drawn, largeTargets),
};

/** 平潭综合实验区's real reports 2019–2025 (the `reports` property): drawn as reported, with the three year-to-year mismatches they hold. */
export const Pingtan: Story = collectionVariant({ reports: PINGTAN }, 'zh-CN', WIDE, { play: is.pingtan });
export const PingtanEnglish: Story = { ...collectionVariant({ reports: PINGTAN }, 'en', WIDE, { play: is.pingtan }), tags: ['!autodocs'] };
export const PingtanNarrow: Story = { ...collectionVariant({ reports: PINGTAN }, 'zh-CN', NARROW, { play: is.pingtan }), tags: ['!autodocs'] };
export const PingtanNarrowEnglish: Story = { ...collectionVariant({ reports: PINGTAN }, 'en', NARROW, { play: is.pingtan }), tags: ['!autodocs'] };

/** The same reports by URL: a collection of report URLs, as a site publishes it, each resolved against the collection's own URL. */
export const FromSrc: Story = collectionVariant({ src: PINGTAN_SRC }, 'zh-CN', WIDE, { play: is.pingtan });
export const FromSrcEnglish: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'en', WIDE, { play: is.pingtan }), tags: ['!autodocs'] };
export const FromSrcNarrow: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'zh-CN', NARROW, { play: is.pingtan }), tags: ['!autodocs'] };
export const FromSrcNarrowEnglish: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'en', NARROW, { play: is.pingtan }), tags: ['!autodocs'] };

/** Fifteen years of one county (invented, data/fixtures/trend-15-years.json): every year drawn, the figures consistent from year to year. */
export const FifteenYears: Story = collectionVariant({ reports: fifteenYears }, 'zh-CN', WIDE, { play: is.fifteen });
export const FifteenYearsEnglish: Story = { ...collectionVariant({ reports: fifteenYears }, 'en', WIDE, { play: is.fifteen }), tags: ['!autodocs'] };
export const FifteenYearsNarrow: Story = { ...collectionVariant({ reports: fifteenYears }, 'zh-CN', NARROW, { play: is.fifteen }), tags: ['!autodocs'] };
export const FifteenYearsNarrowEnglish: Story = { ...collectionVariant({ reports: fifteenYears }, 'en', NARROW, { play: is.fifteen }), tags: ['!autodocs'] };

/** The fifteen years without 2018: a gap in every chart and a break in the rate lines, never a zero, and no year-to-year check across it. */
export const GapYear: Story = collectionVariant({ reports: WITH_GAP }, 'zh-CN', WIDE, { play: is.gap });
export const GapYearEnglish: Story = { ...collectionVariant({ reports: WITH_GAP }, 'en', WIDE, { play: is.gap }), tags: ['!autodocs'] };
export const GapYearNarrow: Story = { ...collectionVariant({ reports: WITH_GAP }, 'zh-CN', NARROW, { play: is.gap }), tags: ['!autodocs'] };
export const GapYearNarrowEnglish: Story = { ...collectionVariant({ reports: WITH_GAP }, 'en', NARROW, { play: is.gap }), tags: ['!autodocs'] };

/** The fifteen years with one planted mismatch: the notice names the agency, both years and both figures. */
export const PlantedMismatch: Story = collectionVariant({ reports: PLANTED }, 'zh-CN', WIDE, { play: is.planted });
export const PlantedMismatchEnglish: Story = { ...collectionVariant({ reports: PLANTED }, 'en', WIDE, { play: is.planted }), tags: ['!autodocs'] };
export const PlantedMismatchNarrow: Story = { ...collectionVariant({ reports: PLANTED }, 'zh-CN', NARROW, { play: is.planted }), tags: ['!autodocs'] };
export const PlantedMismatchNarrowEnglish: Story = { ...collectionVariant({ reports: PLANTED }, 'en', NARROW, { play: is.planted }), tags: ['!autodocs'] };

/** One year only: a sentence, not a trend. */
export const OneYear: Story = collectionVariant({ reports: [pingtan2023] }, 'zh-CN', WIDE, { play: is.oneYear });
export const OneYearEnglish: Story = { ...collectionVariant({ reports: [pingtan2023] }, 'en', WIDE, { play: is.oneYear }), tags: ['!autodocs'] };
export const OneYearNarrow: Story = { ...collectionVariant({ reports: [pingtan2023] }, 'zh-CN', NARROW, { play: is.oneYear }), tags: ['!autodocs'] };
export const OneYearNarrowEnglish: Story = { ...collectionVariant({ reports: [pingtan2023] }, 'en', NARROW, { play: is.oneYear }), tags: ['!autodocs'] };

/** A collection of several agencies, the one to draw chosen with the `agency` attribute. */
export const ChosenAgency: Story = collectionVariant({ reports: SEVERAL, agency: PINGTAN_NAME }, 'zh-CN', WIDE, { play: is.chosen });
export const ChosenAgencyEnglish: Story = { ...collectionVariant({ reports: SEVERAL, agency: PINGTAN_NAME }, 'en', WIDE, { play: is.chosen }), tags: ['!autodocs'] };
export const ChosenAgencyNarrow: Story = { ...collectionVariant({ reports: SEVERAL, agency: PINGTAN_NAME }, 'zh-CN', NARROW, { play: is.chosen }), tags: ['!autodocs'] };
export const ChosenAgencyNarrowEnglish: Story = { ...collectionVariant({ reports: SEVERAL, agency: PINGTAN_NAME }, 'en', NARROW, { play: is.chosen }), tags: ['!autodocs'] };

/** Several agencies and no `agency` attribute: which one to draw cannot be told; the error names them. */
export const SeveralAgencies: Story = collectionVariant({ reports: agencies2023 }, 'zh-CN', WIDE, { play: is.severalAgencies });
export const SeveralAgenciesEnglish: Story = { ...collectionVariant({ reports: agencies2023 }, 'en', WIDE, { play: is.severalAgencies }), tags: ['!autodocs'] };
export const SeveralAgenciesNarrow: Story = { ...collectionVariant({ reports: agencies2023 }, 'zh-CN', NARROW, { play: is.severalAgencies }), tags: ['!autodocs'] };
export const SeveralAgenciesNarrowEnglish: Story = { ...collectionVariant({ reports: agencies2023 }, 'en', NARROW, { play: is.severalAgencies }), tags: ['!autodocs'] };

/** An `agency` the collection has no report of. */
export const UnknownAgency: Story = collectionVariant({ reports: agencies2023, agency: '示例县人民政府' }, 'zh-CN', WIDE, { play: is.unknownAgency });
export const UnknownAgencyEnglish: Story = { ...collectionVariant({ reports: agencies2023, agency: '示例县人民政府' }, 'en', WIDE, { play: is.unknownAgency }), tags: ['!autodocs'] };
export const UnknownAgencyNarrow: Story = { ...collectionVariant({ reports: agencies2023, agency: '示例县人民政府' }, 'zh-CN', NARROW, { play: is.unknownAgency }), tags: ['!autodocs'] };
export const UnknownAgencyNarrowEnglish: Story = { ...collectionVariant({ reports: agencies2023, agency: '示例县人民政府' }, 'en', NARROW, { play: is.unknownAgency }), tags: ['!autodocs'] };

/** While `src` is in flight (fetch held open for the story). */
export const Loading: Story = collectionVariant({ src: PINGTAN_SRC }, 'zh-CN', WIDE, { beforeEach: holdFetch, play: is.loading });
export const LoadingEnglish: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'en', WIDE, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrow: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'zh-CN', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrowEnglish: Story = { ...collectionVariant({ src: PINGTAN_SRC }, 'en', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };

/** Inline JSON that is not JSON. */
export const NotJson: Story = collectionVariant({ inline: '{ "reports": [' }, 'zh-CN', WIDE, { play: is.malformed });
export const NotJsonEnglish: Story = { ...collectionVariant({ inline: '{ "reports": [' }, 'en', WIDE, { play: is.malformed }), tags: ['!autodocs'] };
export const NotJsonNarrow: Story = { ...collectionVariant({ inline: '{ "reports": [' }, 'zh-CN', NARROW, { play: is.malformed }), tags: ['!autodocs'] };
export const NotJsonNarrowEnglish: Story = { ...collectionVariant({ inline: '{ "reports": [' }, 'en', NARROW, { play: is.malformed }), tags: ['!autodocs'] };

/** A report URL of the collection whose file is not JSON: the error names the URL. */
export const ItemNotJson: Story = collectionVariant({ reports: { reports: ['report-files/fixtures/malformed.json', 'report-files/collections/pingtan/2020.json'] } }, 'zh-CN', WIDE, { play: is.itemNotJson });
export const ItemNotJsonEnglish: Story = { ...collectionVariant({ reports: { reports: ['report-files/fixtures/malformed.json', 'report-files/collections/pingtan/2020.json'] } }, 'en', WIDE, { play: is.itemNotJson }), tags: ['!autodocs'] };
export const ItemNotJsonNarrow: Story = { ...collectionVariant({ reports: { reports: ['report-files/fixtures/malformed.json', 'report-files/collections/pingtan/2020.json'] } }, 'zh-CN', NARROW, { play: is.itemNotJson }), tags: ['!autodocs'] };
export const ItemNotJsonNarrowEnglish: Story = { ...collectionVariant({ reports: { reports: ['report-files/fixtures/malformed.json', 'report-files/collections/pingtan/2020.json'] } }, 'en', NARROW, { play: is.itemNotJson }), tags: ['!autodocs'] };

/** A collection whose second report has values of the wrong type: every problem named by its path in the collection. */
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
export const Dark: Story = collectionVariant({ reports: PINGTAN, theme: 'dark' }, 'zh-CN', WIDE, { play: is.dark });
export const DarkEnglish: Story = { ...collectionVariant({ reports: PINGTAN, theme: 'dark' }, 'en', WIDE, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrow: Story = { ...collectionVariant({ reports: PINGTAN, theme: 'dark' }, 'zh-CN', NARROW, { play: is.dark }), tags: ['!autodocs'] };
export const DarkNarrowEnglish: Story = { ...collectionVariant({ reports: PINGTAN, theme: 'dark' }, 'en', NARROW, { play: is.dark }), tags: ['!autodocs'] };

/** The elder-friendly large mode (适老化, `large`): every control at least 44 px tall. */
export const Large: Story = collectionVariant({ reports: PINGTAN, large: true }, 'zh-CN', WIDE, { play: is.large });
export const LargeEnglish: Story = { ...collectionVariant({ reports: PINGTAN, large: true }, 'en', WIDE, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrow: Story = { ...collectionVariant({ reports: PINGTAN, large: true }, 'zh-CN', NARROW, { play: is.large }), tags: ['!autodocs'] };
export const LargeNarrowEnglish: Story = { ...collectionVariant({ reports: PINGTAN, large: true }, 'en', NARROW, { play: is.large }), tags: ['!autodocs'] };
