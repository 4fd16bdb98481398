import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import invalidVersion from '../data/fixtures/invalid-version.json';
import totalsOnly from '../data/fixtures/totals-only.json';
import zero from '../data/fixtures/zero-applications.json';
import { agency, DONGGUAN, drawn, holdFetch, NARROW, noticed, says, sharedStates, shows, states, titled, unnoticed, variant, WIDE, widgetMeta, type WidgetArgs } from './support.js';

/**
 * How the year's requests for government information were answered. Every fixture in
 * `data/` and every state, in zh-CN and en, wide (960 px) and narrow (320 px).
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/disclosure-outcomes',
  ...widgetMeta('disclosure-outcomes'),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const TITLE = { 'zh-CN': '政府信息公开申请办理情况', en: 'Requests for government information' };
const title = titled(TITLE);
/** What each state's stories show, as their names claim. */
const is = {
  ...sharedStates(TITLE),
  dongguan: shows('svg', title, agency(DONGGUAN), drawn, unnoticed),
  totalsOnly: shows('svg', title, drawn, unnoticed, says({ 'zh-CN': '报告未按申请人类型分列。', en: 'The report does not break requests down by applicant.' })),
  checksFail: shows('[part~=notice]', title, drawn, noticed),
  zeroYear: shows('[part~=empty]', title, agency('示例县档案馆'), states({ 'zh-CN': '2023年未收到政府信息公开申请。', en: 'No requests for government information were received in 2023.' })),
  empty: shows('[part~=empty]', title, states({ 'zh-CN': '本报告未提供政府信息公开申请数据。', en: 'This report gives no figures for information requests.' })),
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

/** The report as an inline `<script type="application/json">` child. */
export const InlineJson: Story = variant({ inline: JSON.stringify(dongguan) }, 'zh-CN', WIDE, { play: is.dongguan });
export const InlineJsonEnglish: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'en', WIDE, { play: is.dongguan }), tags: ['!autodocs'] };
export const InlineJsonNarrow: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'zh-CN', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };
export const InlineJsonNarrowEnglish: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'en', NARROW, { play: is.dongguan }), tags: ['!autodocs'] };

/** Every row a plain integer: the agency published the 总计 column only. */
export const TotalsOnly: Story = variant({ report: totalsOnly }, 'zh-CN', WIDE, { play: is.totalsOnly });
export const TotalsOnlyEnglish: Story = { ...variant({ report: totalsOnly }, 'en', WIDE, { play: is.totalsOnly }), tags: ['!autodocs'] };
export const TotalsOnlyNarrow: Story = { ...variant({ report: totalsOnly }, 'zh-CN', NARROW, { play: is.totalsOnly }), tags: ['!autodocs'] };
export const TotalsOnlyNarrowEnglish: Story = { ...variant({ report: totalsOnly }, 'en', NARROW, { play: is.totalsOnly }), tags: ['!autodocs'] };

/** Figures that do not add up: drawn as reported, with the notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: is.checksFail });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: is.checksFail }), tags: ['!autodocs'] };

/** A year in which nobody asked: one sentence, not an empty chart. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: is.zeroYear });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: is.zeroYear }), tags: ['!autodocs'] };

/** A report without the application section. */
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

/** An unknown schemaVersion. */
export const InvalidVersion: Story = variant({ report: invalidVersion }, 'zh-CN', WIDE, { play: is.invalidVersion });
export const InvalidVersionEnglish: Story = { ...variant({ report: invalidVersion }, 'en', WIDE, { play: is.invalidVersion }), tags: ['!autodocs'] };
export const InvalidVersionNarrow: Story = { ...variant({ report: invalidVersion }, 'zh-CN', NARROW, { play: is.invalidVersion }), tags: ['!autodocs'] };
export const InvalidVersionNarrowEnglish: Story = { ...variant({ report: invalidVersion }, 'en', NARROW, { play: is.invalidVersion }), tags: ['!autodocs'] };

/** A file that is not JSON. */
export const Malformed: Story = variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', WIDE, { play: is.malformed });
export const MalformedEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', WIDE, { play: is.malformed }), tags: ['!autodocs'] };
export const MalformedNarrow: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', NARROW, { play: is.malformed }), tags: ['!autodocs'] };
export const MalformedNarrowEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', NARROW, { play: is.malformed }), tags: ['!autodocs'] };

/** A URL that answers 404. */
export const NotFound: Story = variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', WIDE, { play: is.notFound });
export const NotFoundEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', WIDE, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrow: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', NARROW, { play: is.notFound }), tags: ['!autodocs'] };
export const NotFoundNarrowEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', NARROW, { play: is.notFound }), tags: ['!autodocs'] };
