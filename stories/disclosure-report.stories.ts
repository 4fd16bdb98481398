import type { Meta, StoryObj } from '@storybook/web-components-vite';
import dongguan from '../data/dongguan-hrss-2023.json';
import busyAgency from '../data/fixtures/busy-agency.json';
import checksFail from '../data/fixtures/checks-fail.json';
import empty from '../data/fixtures/empty.json';
import invalidTypes from '../data/fixtures/invalid-types.json';
import zero from '../data/fixtures/zero-applications.json';
import { holdFetch, NARROW, renderWidget, shows, variant, WIDE, widgetMeta, type WidgetArgs } from './support.js';

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

/** The default report: 东莞市人力资源和社会保障局, 2023. */
export const Dongguan: Story = variant({ report: dongguan }, 'zh-CN', WIDE, { play: shows('[part~=section]') });
export const DongguanEnglish: Story = { ...variant({ report: dongguan }, 'en', WIDE, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const DongguanNarrow: Story = { ...variant({ report: dongguan }, 'zh-CN', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const DongguanNarrowEnglish: Story = { ...variant({ report: dongguan }, 'en', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };

/** The same report fetched by URL, as a webmaster embeds it. */
export const FromSrc: Story = variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', WIDE, { play: shows('[part~=section]') });
export const FromSrcEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', WIDE, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const FromSrcNarrow: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'zh-CN', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const FromSrcNarrowEnglish: Story = { ...variant({ src: 'report-files/dongguan-hrss-2023.json' }, 'en', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };

/** A busy agency: 20 website categories, 5 new-media accounts, many review and lawsuit cases, 693,957 penalties. */
export const BusyAgency: Story = variant({ report: busyAgency }, 'zh-CN', WIDE, { play: shows('[part~=section]') });
export const BusyAgencyEnglish: Story = { ...variant({ report: busyAgency }, 'en', WIDE, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const BusyAgencyNarrow: Story = { ...variant({ report: busyAgency }, 'zh-CN', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const BusyAgencyNarrowEnglish: Story = { ...variant({ report: busyAgency }, 'en', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };

/** Figures that do not add up: every failing check gathered in one notice. */
export const ChecksFail: Story = variant({ report: checksFail }, 'zh-CN', WIDE, { play: shows('[part~=notice]') });
export const ChecksFailEnglish: Story = { ...variant({ report: checksFail }, 'en', WIDE, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };
export const ChecksFailNarrow: Story = { ...variant({ report: checksFail }, 'zh-CN', NARROW, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };
export const ChecksFailNarrowEnglish: Story = { ...variant({ report: checksFail }, 'en', NARROW, { play: shows('[part~=notice]') }), tags: ['!autodocs'] };

/** A year in which nobody asked: no platforms or proactive section, all-zero reviews and lawsuits; each section says so. */
export const ZeroYear: Story = variant({ report: zero }, 'zh-CN', WIDE, { play: shows('[part~=section]') });
export const ZeroYearEnglish: Story = { ...variant({ report: zero }, 'en', WIDE, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const ZeroYearNarrow: Story = { ...variant({ report: zero }, 'zh-CN', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const ZeroYearNarrowEnglish: Story = { ...variant({ report: zero }, 'en', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };

/** A report with no sections at all: each section says it was left out. */
export const Empty: Story = variant({ report: empty }, 'zh-CN', WIDE, { play: shows('[part~=section]') });
export const EmptyEnglish: Story = { ...variant({ report: empty }, 'en', WIDE, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const EmptyNarrow: Story = { ...variant({ report: empty }, 'zh-CN', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };
export const EmptyNarrowEnglish: Story = { ...variant({ report: empty }, 'en', NARROW, { play: shows('[part~=section]') }), tags: ['!autodocs'] };

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

/** A URL that answers 404. */
export const NotFound: Story = variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', WIDE, { play: shows('[part~=error]') });
export const NotFoundEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', WIDE, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const NotFoundNarrow: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'zh-CN', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };
export const NotFoundNarrowEnglish: Story = { ...variant({ src: 'report-files/no-such-report.json' }, 'en', NARROW, { play: shows('[part~=error]') }), tags: ['!autodocs'] };

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
