import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import busyAgency from '../data/fixtures/busy-agency.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import zero from '../data/fixtures/zero-applications.json';
import { agency, DONGGUAN, drawn, holdFetch, NARROW, noticed, sharedStates, shows, states, titled, unnoticed, variant, WIDE, widgetMeta, type WidgetArgs } from './support.js';

/**
 * Administrative reviews and lawsuits about information requests, each split by result, with the
 * correction rate. Every state, in zh-CN and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/review-litigation',
  ...widgetMeta('review-litigation'),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const TITLE = { 'zh-CN': '行政复议和行政诉讼', en: 'Administrative reviews and lawsuits' };
const title = titled(TITLE);
/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  dongguan: shows('svg', title, agency(DONGGUAN), drawn, unnoticed),
  busyAgency: shows('svg', title, agency('示例市人力资源和社会保障局（测试数据）'), drawn, unnoticed),
  checksFail: shows('[part~=notice]', title, drawn, noticed),
  zeroYear: shows('[part~=empty]', title, agency('示例县档案馆'), states({ 'zh-CN': '2023年没有因政府信息公开引发的行政复议和行政诉讼。', en: 'In 2023 no administrative review or lawsuit arose from information requests.' })),
  empty: shows('[part~=empty]', title, states({ 'zh-CN': '本报告未提供行政复议和行政诉讼数据。', en: 'This report gives no figures for administrative reviews and lawsuits.' })),
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

/** Review and lawsuit figures that do not add up: drawn as reported, with the notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: is.checksFail });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };

/** A year in which no review or lawsuit was brought: one sentence, not an empty chart. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: is.zeroYear });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };

/** A report without the review and litigation section. */
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
