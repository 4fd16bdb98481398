import { describe, expect, it, vi } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import busy from '../../data/fixtures/busy-agency.json';
import checksFail from '../../data/fixtures/checks-fail.json';
import empty from '../../data/fixtures/empty.json';
import invalidTypes from '../../data/fixtures/invalid-types.json';
import partial from '../../data/fixtures/platforms-partial.json';
import zero from '../../data/fixtures/zero-applications.json';
import '../../src/index.js';
import {
  drawn,
  expectNoAxeViolations,
  expectNoOverflow,
  failOnPageErrors,
  mount,
  openTable,
  shadow,
  tableRows,
  text,
} from './helpers.js';

type Widget = HTMLElement & { report?: unknown; src?: string; updateComplete: Promise<boolean> };
const TAGS = ['site-traffic', 'review-litigation', 'enforcement-counts'] as const;

const withReport = (tag: string, report: unknown, width = 800) => {
  const el = mount<Widget>(`<${tag}></${tag}>`, width);
  el.report = structuredClone(report);
  return el;
};

failOnPageErrors();

describe('every section widget', () => {
  it.each(TAGS)('<%s> loads src, fires dc-load, draws and passes axe', async (tag) => {
    const el = mount<Widget>(`<${tag}></${tag}>`);
    const loaded = new Promise((resolve) => el.addEventListener('dc-load', resolve));
    el.src = '/data/dongguan-hrss-2023.json';
    await loaded;
    await drawn(el);
    expect(text(el)).toContain('东莞市人力资源和社会保障局 · 2023年');
    await expectNoAxeViolations(el);
    await openTable(el);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> shows the problems of an invalid report and fires dc-error', async (tag) => {
    const el = mount<Widget>(`<${tag}></${tag}>`);
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('dc-error', (e) => resolve(e as CustomEvent)));
    el.report = structuredClone(invalidTypes);
    expect((await failed).detail.problems.length).toBe(5);
    await drawn(el, '[part=error]');
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('year：应为2008至2100之间的年份');
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> says its section is missing from an empty report', async (tag) => {
    const el = withReport(tag, empty);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toMatch(/^本报告未提供.+。$/);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> speaks English with lang="en": only the report\'s own words stay Chinese, marked lang="zh-CN"', async (tag) => {
    const el = withReport(tag, dongguan);
    el.lang = 'en';
    await drawn(el);
    expect(shadow(el).querySelector('[part=title]')?.textContent).toMatch(/^[^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*$/);
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    const chinese: Text[] = [];
    while (walker.nextNode()) if (/[\u3400-\u9fff]/.test((walker.currentNode as Text).data)) chinese.push(walker.currentNode as Text);
    // The agency's name at least, in every widget.
    expect(chinese.length).toBeGreaterThan(0);
    for (const node of chinese) expect(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? 'no lang', node.data.trim()).toMatch(/^zh/);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> fits 320 px with the busy agency', async (tag) => {
    const el = withReport(tag, busy, 320);
    await drawn(el);
    expectNoOverflow(el);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> shows a report whose other sections fail their checks without a notice of theirs', async (tag) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = new Promise((resolve) => document.addEventListener('dc-load', resolve, { once: true }));
    const el = withReport(tag, checksFail);
    await drawn(el, '[part=figure]');
    await vi.waitFor(() => expect(shadow(el).querySelector('[part=summary], [part=empty]')).not.toBeNull());
    await loaded;
    const notice = shadow(el).querySelector('[part=notice]');
    // Only review-litigation's section fails in this fixture (行政复议 total 2 ≠ 1); the
    // console names the paths of the same checks as the notice, and only those.
    expect(notice !== null).toBe(tag === 'review-litigation');
    expect(warn.mock.calls.map((call) => (call[1] as { path: string }[]).map((w) => w.path))).toEqual(
      tag === 'review-litigation' ? [['reviewLitigation.review.total']] : [],
    );
    warn.mockRestore();
  });
});

describe('<site-traffic>', () => {
  it('shows page views the Chinese way, items published and their make-up', async () => {
    const el = withReport('site-traffic', dongguan);
    await drawn(el);
    const figures = [...shadow(el).querySelectorAll('.figure')].map((f) => f.querySelector('.value')?.textContent);
    expect(figures).toEqual(['303万次', '1,502条', '122万']);
    expect([...shadow(el).querySelectorAll('.legend li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '政务动态 522条 · 34.8%',
      '公告 597条 · 39.7%',
      '其他 383条 · 25.5%',
    ]);
    // The three segments split the bar by count.
    const widths = [...shadow(el).querySelectorAll('rect[part~=segment]')].map((r) => Number(r.getAttribute('width')) + 1);
    expect(widths[1]! / widths[0]!).toBeCloseTo(597 / 522, 1);
    expect(await tableRows(el, 0)).toEqual([
      ['网站访问量', '3,030,000'],
      ['网站发布信息', '1,502'],
      ['类别', '政务动态', '522'],
      ['公告', '597'],
      ['其他', '383'],
    ]);
    expect(await tableRows(el, 1)).toEqual([['东莞人社', '微信', '192', '1,220,000']]);
  });

  it('copes with 20 categories, ranked with "other" last, and five accounts', async () => {
    const el = withReport('site-traffic', busy);
    await drawn(el);
    // Too many for a legend: the categories become a ranked bar list beside the stacked bar.
    expect(shadow(el).querySelector('.legend')).toBeNull();
    const ranked = [...shadow(el).querySelectorAll('.ranked g.row text.label')].map((t) => t.textContent);
    expect(ranked).toHaveLength(20);
    expect(ranked[0]).toBe('行政许可公示');
    expect(ranked.at(-1)).toBe('其他');
    expect(shadow(el).querySelectorAll('rect[part~=segment]')).toHaveLength(20);
    expect(await tableRows(el, 1)).toHaveLength(5);
  });

  it('draws what a partial report gives and leaves out the rest', async () => {
    const el = withReport('site-traffic', partial);
    await drawn(el, '[part=figures]');
    const labels = [...shadow(el).querySelectorAll('.figure dt')].map((d) => d.textContent);
    expect(labels).toEqual(['网站访问量', '新媒体粉丝']);
    expect(text(el)).not.toContain('发布信息的构成');
    await expectNoAxeViolations(el);
  });
});

describe('<review-litigation>', () => {
  it('compares the three kinds of case by result, with totals and the correction rate', async () => {
    const el = withReport('review-litigation', busy);
    await drawn(el);
    const rows = [...shadow(el).querySelectorAll('.case-row')].map((r) => r.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['行政复议 18件', '行政诉讼（未经复议直接起诉） 8件', '行政诉讼（复议后起诉） 3件']);
    const rate = [...shadow(el).querySelectorAll('.figure')].find((f) => f.textContent?.includes('纠错率'))!;
    expect(rate.querySelector('.value')?.textContent).toBe('15.4%');
    // The same colour for a result in every row.
    const fills = [...shadow(el).querySelectorAll('rect[data-key=corrected]')].map((r) => getComputedStyle(r).fill);
    expect(new Set(fills).size).toBe(1);
    expect((await tableRows(el))[0]).toEqual(['12', '3', '2', '1', '18', '5', '1', '0', '2', '8', '2', '0', '1', '0', '3']);
  });

  it('states a year with no cases as one sentence', async () => {
    const el = withReport('review-litigation', zero);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('2023年没有因政府信息公开引发的行政复议和行政诉讼。');
    expect(shadow(el).querySelector('svg')).toBeNull();
    // Nothing to tabulate or download: no empty table, no download menu.
    expect(shadow(el).querySelector('[part=table-toggle]')).toBeNull();
    expect(shadow(el).querySelector('[part=downloads]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('shows its own accounting notice', async () => {
    const el = withReport('review-litigation', checksFail);
    await drawn(el);
    expect(shadow(el).querySelector('[part=notice]')?.textContent).toContain('行政复议 · 总计');
    await expectNoAxeViolations(el);
  });
});

describe('<enforcement-counts>', () => {
  it('keeps small and huge counts readable on a log scale, every value labelled', async () => {
    const el = withReport('enforcement-counts', busy);
    await drawn(el);
    const labels = [...shadow(el).querySelectorAll('g.row text.value')].map((t) => t.textContent);
    expect(labels).toEqual(['152,340件', '693,957件', '63件']);
    const x = (key: string) => Number(shadow(el).querySelector(`g[data-key=${key}] circle`)!.getAttribute('cx'));
    const width = Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(x('coercion')).toBeGreaterThan(width / 4);
    expect(x('penalties')).toBeGreaterThan(x('licensing'));
    expect([...shadow(el).querySelectorAll('.axis text')].map((t) => t.textContent)).toEqual([
      '1', '10', '100', '1,000', '1万', '10万', '100万',
    ]);
  });

  it('shows rules as a stock and a flow, and fees in 万元 apart from counts', async () => {
    const el = withReport('enforcement-counts', dongguan);
    await drawn(el);
    const tiles = [...shadow(el).querySelectorAll('.figure')].map((f) =>
      [...f.querySelectorAll('dt, .value, .note')].map((n) => n.textContent),
    );
    expect(tiles).toContainEqual(['行政规范性文件 · 现行有效', '57件', '本年制发4件 · 废止3件']);
    expect(tiles).toContainEqual(['本年收费金额', '498.8万元']);
    const rows = await tableRows(el);
    expect(rows).toContainEqual(['行政规范性文件', '4', '3', '57']);
    expect(rows).toContainEqual(['行政处罚', '278']);
    expect(rows).toContainEqual(['行政事业性收费', '498.8']);
  });
});

describe('key figures', () => {
  // 2 + 1 with the lone card stretched read as a mistake: one row, or one card per row.
  it.each([320, 375, 480, 600, 768, 1280])('lie evenly at %i px, in one row or one per row', async (width) => {
    let rows = 0;
    for (const tag of [...TAGS, 'disclosure-outcomes']) {
      const el = withReport(tag, busy, width);
      await drawn(el, '.figure');
      const boxes = [...shadow(el).querySelectorAll('.figures')].flatMap((group) =>
        [[...group.querySelectorAll('.figure')].map((f) => f.getBoundingClientRect())],
      );
      for (const cards of boxes) {
        if (cards.length < 2) continue;
        const tops = new Set(cards.map((c) => Math.round(c.top)));
        const widths = cards.map((c) => c.width);
        expect(Math.max(...widths) - Math.min(...widths), `${tag} at ${width}: card widths`).toBeLessThan(1);
        expect([1, cards.length], `${tag} at ${width}: rows of ${cards.length} cards`).toContain(tops.size);
        rows += tops.size;
      }
    }
    expect(rows).toBeGreaterThan(3);
  });
});

describe('the data tables in English', () => {
  it('<site-traffic> marks the report\'s Chinese names (website, categories, accounts) lang="zh-CN"', async () => {
    const el = mount<Widget>('<site-traffic lang="en"></site-traffic>', 800);
    el.report = structuredClone(busy);
    await drawn(el);
    shadow(el).querySelector<HTMLDetailsElement>('details.table')!.open = true;
    await vi.waitFor(() => expect(shadow(el).querySelector('table')).not.toBeNull());
    const cells = [...shadow(el).querySelectorAll('table caption, table th, table td')];
    const chinese = cells.filter((c) => /[\u3400-\u9fff]/.test(c.textContent ?? ''));
    expect(chinese.length).toBeGreaterThan(20);
    for (const cell of chinese) expect(cell.closest('[lang]')?.getAttribute('lang'), cell.textContent!).toMatch(/^zh/);
  });
});
