import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import invalidVersion from '../data/fixtures/invalid-version.json';
import totalsOnly from '../data/fixtures/totals-only.json';
import zero from '../data/fixtures/zero-applications.json';
import { holdFetch, NARROW, shows, variant, WIDE, widgetMeta, type WidgetArgs } from './support.js';

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


/** The default report: 东莞市人力资源和社会保障局, 2023. */
export const Dongguan: Story = variant({ report: dongguan }, 'zh-CN', WIDE, { play: shows('svg') });
export const DongguanEnglish: Story = { ...variant({ report: dongguan }, 'en', WIDE, { play: shows('svg') }), tags: ['!autodocs'] };
export const DongguanNarrow: Story = { ...variant({ report: dongguan }, 'zh-CN', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };
export const DongguanNarrowEnglish: Story = { ...variant({ report: dongguan }, 'en', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };

/** The same report fetched by URL, as a webmaster embeds it. */
export const FromSrc: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { play: shows('svg') });
export const FromSrcEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { play: shows('svg') }), tags: ['!autodocs'] };
export const FromSrcNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };
export const FromSrcNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };

/** The report as an inline `<script type="application/json">` child. */
export const InlineJson: Story = variant({ inline: JSON.stringify(dongguan) }, 'zh-CN', WIDE, { play: shows('svg') });
export const InlineJsonEnglish: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'en', WIDE, { play: shows('svg') }), tags: ['!autodocs'] };
export const InlineJsonNarrow: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'zh-CN', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };
export const InlineJsonNarrowEnglish: Story = { ...variant({ inline: JSON.stringify(dongguan) }, 'en', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };

/** Every row a plain integer: the agency published the 总计 column only. */
export const TotalsOnly: Story = variant({ report: totalsOnly }, 'zh-CN', WIDE, { play: shows('svg') });
export const TotalsOnlyEnglish: Story = { ...variant({ report: totalsOnly }, 'en', WIDE, { play: shows('svg') }), tags: ['!autodocs'] };
export const TotalsOnlyNarrow: Story = { ...variant({ report: totalsOnly }, 'zh-CN', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };
export const TotalsOnlyNarrowEnglish: Story = { ...variant({ report: totalsOnly }, 'en', NARROW, { play: shows('svg') }), tags: ['!autodocs'] };

/** Figures that do not add up: drawn as reported, with the notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: shows('[part~=notice]') });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };

/** A year in which nobody asked: one sentence, not an empty chart. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: shows('[part~=empty]') });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };

/** A report without the application section. */
export const Empty: Story = variant({ report: empty }, 'zh-CN', WIDE, { play: shows('[part~=empty]') });
export const EmptyEnglish: Story = { ...variant({ report: empty }, 'en', WIDE, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };
export const EmptyNarrow: Story = { ...variant({ report: empty }, 'zh-CN', NARROW, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };
export const EmptyNarrowEnglish: Story = { ...variant({ report: empty }, 'en', NARROW, { play: shows('[part~=empty]') }), tags: ['!autodocs'] };

/** While `src` is in flight (fetch held open for the story). */
export const Loading: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { beforeEach: holdFetch, play: shows('[part~=loading]') });
export const LoadingEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { beforeEach: holdFetch, play: shows('[part~=loading]') }), tags: ['!autodocs'] };
export const LoadingNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { beforeEach: holdFetch, play: shows('[part~=loading]') }), tags: ['!autodocs'] };
export const LoadingNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { beforeEach: holdFetch, play: shows('[part~=loading]') }), tags: ['!autodocs'] };

/** Values of the wrong type: every problem named with its path. */
export const InvalidTypes: Story = variant({ report: invalidTypes }, 'zh-CN', WIDE, { play: shows('[part~=error]') });
export const InvalidTypesEnglish: Story = { ...variant({ report: invalidTypes }, 'en', WIDE, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const InvalidTypesNarrow: Story = { ...variant({ report: invalidTypes }, 'zh-CN', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const InvalidTypesNarrowEnglish: Story = { ...variant({ report: invalidTypes }, 'en', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };

/** An unknown schemaVersion. */
export const InvalidVersion: Story = variant({ report: invalidVersion }, 'zh-CN', WIDE, { play: shows('[part~=error]') });
export const InvalidVersionEnglish: Story = { ...variant({ report: invalidVersion }, 'en', WIDE, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const InvalidVersionNarrow: Story = { ...variant({ report: invalidVersion }, 'zh-CN', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const InvalidVersionNarrowEnglish: Story = { ...variant({ report: invalidVersion }, 'en', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };

/** A file that is not JSON. */
export const Malformed: Story = variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', WIDE, { play: shows('[part~=error]') });
export const MalformedEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', WIDE, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const MalformedNarrow: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'zh-CN', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const MalformedNarrowEnglish: Story = { ...variant({ src: 'report-files/fixtures/malformed.json' }, 'en', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };

/** A URL that answers 404. */
export const NotFound: Story = variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', WIDE, { play: shows('[part~=error]') });
export const NotFoundEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', WIDE, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const NotFoundNarrow: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const NotFoundNarrowEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
