import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import busyAgency from '../data/fixtures/busy-agency.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import zero from '../data/fixtures/zero-applications.json';
import {
  agency,
  contains,
  DONGGUAN,
  drawn,
  holdFetch,
  NARROW,
  noticed,
  renderWidget,
  sharedStates,
  shows,
  textOf,
  titled,
  unnoticed,
  variant,
  WIDE,
  widgetMeta,
  type Check,
  type WidgetArgs,
  type Words,
} from './support.js';

/**
 * The whole annual report in one tag, section by section, with its narrative texts, source link
 * and every accounting check in one place. Every state, in zh-CN and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/disclosure-report',
  ...widgetMeta('disclosure-report'),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The title names the year once the report is read. */
const titleOf = (year = '') => ({ 'zh-CN': `${year && `${year}年`}政府信息公开工作年度报告`, en: `Government information disclosure report${year && ` ${year}`}` });
const NO_SECTION = { 'zh-CN': '本报告未提供此部分。', en: 'The report does not include this section.' };
const SECTIONS = ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'] as const;
/** The six sections of the national format, in order, each saying (at least) this. */
const sectionsSay = (said: Record<(typeof SECTIONS)[number], Words>): Check => (root, { expect, lang }) => {
  const sections = [...root.querySelectorAll('[part~=section]')];
  expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(SECTIONS);
  sections.forEach((section, i) => contains(expect, textOf(section), said[SECTIONS[i]!][lang]));
};
/** The six sections, each with its content: none says the report leaves it out. */
const sectionsFilled: Check = (root, { expect, lang }) => {
  const sections = [...root.querySelectorAll('[part~=section]')];
  expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(SECTIONS);
  for (const section of sections) expect(textOf(section)).not.toContain(NO_SECTION[lang]);
};
/** Every check passes, and the report says so in one line. */
const checksPass: Check = (root, { expect, lang }) =>
  expect(textOf(root.querySelector('[part~=checks]'))).toBe(
    lang === 'en' ? 'Data check: Every figure meets the accounting rules of the national report format.' : '数据核对：全部数字符合年度报告格式规定的勾稽关系。',
  );
/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(titleOf()),
  dongguan: shows('[part~=section]', titled(titleOf('2023')), agency(DONGGUAN), sectionsFilled, drawn, unnoticed, checksPass),
  busyAgency: shows('[part~=section]', titled(titleOf('2024')), agency('示例市人力资源和社会保障局（测试数据）'), sectionsFilled, drawn, unnoticed, checksPass),
  checksFail: shows('[part~=notice]', titled(titleOf('2023')), drawn, noticed, (root, { expect }) => expect(root.querySelector('[part~=checks]')).toBeNull()),
  zeroYear: shows(
    '[part~=section]',
    titled(titleOf('2023')),
    sectionsSay({
      overview: NO_SECTION,
      proactive: NO_SECTION,
      applications: { 'zh-CN': '2023年未收到政府信息公开申请。', en: 'No requests for government information were received in 2023.' },
      reviewLitigation: { 'zh-CN': '2023年没有因政府信息公开引发的行政复议和行政诉讼。', en: 'In 2023 no administrative review or lawsuit arose from information requests.' },
      problems: NO_SECTION,
      other: NO_SECTION,
    }),
  ),
  empty: shows(
    '[part~=section]',
    titled(titleOf('2023')),
    sectionsSay({ overview: NO_SECTION, proactive: NO_SECTION, applications: NO_SECTION, reviewLitigation: NO_SECTION, problems: NO_SECTION, other: NO_SECTION }),
  ),
};

/** The default report: 东莞市人力资源和社会保障局, 2023. */
export const Dongguan: Story = variant({ report: dongguan }, 'zh-CN', WIDE, { play: is.dongguan });
export const DongguanEnglish: Story = { ...variant({ report: dongguan }, 'en', WIDE, { play: is.dongguan }), tags: ['!autodocs'] };
export const DongguanNarrow: Story = { ...variant({ report: dongguan }, 'zh-CN', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };
export const DongguanNarrowEnglish: Story = { ...variant({ report: dongguan }, 'en', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };

/** The same report fetched by URL, as a webmaster embeds it. */
export const FromSrc: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { play: is.dongguan });
export const FromSrcEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { play: is.dongguan }), tags: ['!autodocs'] };
export const FromSrcNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };
export const FromSrcNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };

/** A busy agency: 20 website categories, 5 new-media accounts, many review and lawsuit cases, 693,957 penalties. */
export const BusyAgency: Story = variant({ report: busyAgency }, 'zh-CN', WIDE, { play: is.busyAgency });
export const BusyAgencyEnglish: Story = { ...variant({ report: busyAgency }, 'en', WIDE, { play: is.busyAgency }), tags: ['!autodocs'] };
export const BusyAgencyNarrow: Story = { ...variant({ report: busyAgency }, 'zh-CN', NARROW, { play: is.busyAgency }), tags: ['!autodocs'] };
export const BusyAgencyNarrowEnglish: Story = { ...variant({ report: busyAgency }, 'en', NARROW, { play: is.busyAgency }), tags: ['!autodocs'] };

/** Figures that do not add up: every failing check gathered in one notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: is.checksFail });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };

/** A year in which nobody asked: no platforms or proactive section, all-zero reviews and lawsuits; each section says so. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: is.zeroYear });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };

/** A report with no sections at all: each section says it was left out. */
export const Empty: Story = variant({ report: empty }, 'zh-CN', WIDE, { play: is.empty });
export const EmptyEnglish: Story = { ...variant({ report: empty }, 'en', WIDE, { play: is.empty }), tags: ['!autodocs'] };
export const EmptyNarrow: Story = { ...variant({ report: empty }, 'zh-CN', NARROW, { play: is.empty }), tags: ['!autodocs'] };
export const EmptyNarrowEnglish: Story = { ...variant({ report: empty }, 'en', NARROW, { play: is.empty }), tags: ['!autodocs'] };

/** While `src` is in flight (fetch held open for the story). */
export const Loading: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { beforeEach: holdFetch, play: is.loading });
export const LoadingEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };
export const LoadingNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { beforeEach: holdFetch, play: is.loading }), tags: ['!autodocs'] };

/** Values of the wrong type: every problem named with its path. */
export const InvalidTypes: Story = variant({ report: invalidTypes }, 'zh-CN', WIDE, { play: is.invalidTypes });
export const InvalidTypesEnglish: Story = { ...variant({ report: invalidTypes }, 'en', WIDE, { play: is.invalidTypes }), tags: ['!autodocs'] };
export const InvalidTypesNarrow: Story = { ...variant({ report: invalidTypes }, 'zh-CN', NARROW, { play: is.invalidTypes }), tags: ['!autodocs'] };
export const InvalidTypesNarrowEnglish: Story = { ...variant({ report: invalidTypes }, 'en', NARROW, { play: is.invalidTypes }), tags: ['!autodocs'] };

/** A URL that answers 404. */
export const NotFound: Story = variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', WIDE, { play: is.notFound });
export const NotFoundEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', WIDE, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrow: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', NARROW, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrowEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', NARROW, { play: is.notFound }), tags: ['!autodocs'] };

/** What the builder page shows while sections could not be read from the published report. */
const partlyRead = { ...structuredClone(dongguan), applications: undefined, reviewLitigation: undefined };
const unreadRender = (args: WidgetArgs) => {
  const box = renderWidget('disclosure-report')(args);
  box.querySelector('disclosure-report')!.setAttribute('unread', 'applications reviewLitigation');
  return box;
};
/** Asserts the state the story's name claims: the unread sections say so. */
const saysNotRead = (expected: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const { expect, waitFor } = await import('storybook/test');
  await waitFor(() => {
    const root = canvasElement.querySelector('disclosure-report')?.shadowRoot;
    expect(root?.querySelector('[data-section=applications] .note')?.textContent).toBe(expected);
    expect(root?.querySelector('[data-section=reviewLitigation] .note')?.textContent).toBe(expected);
  }, { timeout: 5000 });
};
export const UnreadSections: Story = variant({ report: partlyRead }, 'zh-CN', WIDE, { render: unreadRender, play: saysNotRead('未能从报告原文读取此部分，请手工填写。') });
export const UnreadSectionsEnglish: Story = {
  ...variant({ report: partlyRead }, 'en', WIDE, {
    render: unreadRender,
    play: saysNotRead('This section could not be read from the published report: fill it in by hand.'),
  }),
  tags: ['!autodocs'],
};
