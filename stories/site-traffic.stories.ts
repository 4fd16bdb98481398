import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import busyAgency from '../data/fixtures/busy-agency.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import platformsPartial from '../data/fixtures/platforms-partial.json';
import zero from '../data/fixtures/zero-applications.json';
import { agency, DONGGUAN, drawn, figures, holdFetch, NARROW, sharedStates, shows, states, titled, unnoticed, variant, WIDE, widgetMeta, type WidgetArgs } from './support.js';

/**
 * The agency's website and new-media figures: page views, items published by category, and
 * each account's posts and followers. Every state, in zh-CN and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/site-traffic',
  ...widgetMeta('site-traffic'),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const TITLE = { 'zh-CN': '网站和政务新媒体', en: 'Website and new media' };
const title = titled(TITLE);
const NO_PLATFORMS = { 'zh-CN': '本报告未提供网站和政务新媒体数据。', en: 'This report gives no website or new-media figures.' };
/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  dongguan: shows('svg', title, agency(DONGGUAN), drawn, unnoticed),
  busyAgency: shows('svg', title, agency('示例市人力资源和社会保障局（测试数据）'), drawn, unnoticed),
  partialPlatforms: shows('[part~=figures]', title, figures(['pageViews', 'followers'])),
  ownFiguresPass: shows('svg', title, drawn, unnoticed),
  noPlatforms: shows('[part~=empty]', title, states(NO_PLATFORMS)),
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

/** Platforms given in part (the website's page views, one account's followers): only the figures that are known. */
export const PartialPlatforms: Story = variant({ report: platformsPartial }, 'zh-CN', WIDE, { play: is.partialPlatforms });
export const PartialPlatformsEnglish: Story = { ...variant({ report: platformsPartial }, 'en', WIDE, { play: is.partialPlatforms }), tags: ['!autodocs'] };
export const PartialPlatformsNarrow: Story = { ...variant({ report: platformsPartial }, 'zh-CN', NARROW, { play: is.partialPlatforms }), tags: ['!autodocs'] };
export const PartialPlatformsNarrowEnglish: Story = { ...variant({ report: platformsPartial }, 'en', NARROW, { play: is.partialPlatforms }), tags: ['!autodocs'] };

/** Figures that do not add up elsewhere in the report: this section's own figures pass, so the chart is drawn. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: is.ownFiguresPass });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: is.ownFiguresPass }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: is.ownFiguresPass }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: is.ownFiguresPass }), tags: ['!autodocs'] };

/** A report with no platforms section: one sentence, not an empty chart. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: is.noPlatforms });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: is.noPlatforms }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: is.noPlatforms }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: is.noPlatforms }), tags: ['!autodocs'] };

/** A report without the platforms section. */
export const Empty: Story = variant({ report: empty }, 'zh-CN', WIDE, { play: is.noPlatforms });
export const EmptyEnglish: Story = { ...variant({ report: empty }, 'en', WIDE, { play: is.noPlatforms }), tags: ['!autodocs'] };
export const EmptyNarrow: Story = { ...variant({ report: empty }, 'zh-CN', NARROW, { play: is.noPlatforms }), tags: ['!autodocs'] };
export const EmptyNarrowEnglish: Story = { ...variant({ report: empty }, 'en', NARROW, { play: is.noPlatforms }), tags: ['!autodocs'] };

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
