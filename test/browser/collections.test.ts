/**
 * <disclosure-trend> and <disclosure-compare>, as a reader and a developer meet them: their
 * states, charts, tables, keyboard walks, summaries, languages, modes, downloads and events,
 * and what they say of a collection they cannot draw.
 */
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import agencies from '../../data/collections/agencies-2023.json';
import pingtan2019 from '../../data/collections/pingtan/2019.json';
import pingtan2022 from '../../data/collections/pingtan/2022.json';
import pingtan2023 from '../../data/collections/pingtan/2023.json';
import pingtan2024 from '../../data/collections/pingtan/2024.json';
import pingtan2025 from '../../data/collections/pingtan/2025.json';
import county from '../../data/fixtures/county-departments-60.json';
import fifteen from '../../data/fixtures/trend-15-years.json';
import type { DcSelectEvent } from '../../src/events.js';
import '../../src/collections.js';
import { DARK, LIGHT } from '../../src/internal/palette.js';
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

type Widget = HTMLElement & {
  reports?: unknown;
  src?: string;
  toCSV(): string;
  toSVG(): string;
  toPNG(): Promise<Blob | null>;
  updateComplete: Promise<boolean>;
};
type Report = (typeof fifteen)[number];

const TAGS = ['disclosure-trend', 'disclosure-compare'] as const;
const PINGTAN = '/data/collections/pingtan-zone.json';
const PINGTAN_NAME = '平潭综合实验区';
/** A collection each element draws: Pingtan's seven years, five agencies' 2023. */
const DRAWS: Record<(typeof TAGS)[number], unknown> = { 'disclosure-trend': fifteen, 'disclosure-compare': agencies };

/** The element `tag`, in a container of `width` px (with `lang`), given `reports`. */
function withReports(tag: string, reports: unknown, options: { width?: number; lang?: string; attrs?: string } = {}) {
  const el = mount<Widget>(`<${tag} ${options.attrs ?? ''}></${tag}>`, options.width ?? 800, options.lang);
  el.reports = structuredClone(reports);
  return el;
}

/** Resolves with the next `type` event the element fires. */
const next = <T = CustomEvent>(el: Element, type: string) =>
  new Promise<T>((resolve) => el.addEventListener(type, (e) => resolve(e as T), { once: true }));

const marks = (el: Element, chart?: string) => [...shadow(el).querySelectorAll(chart ? `[data-chart="${chart}"]` : '[data-chart]')];
const labels = (el: Element, chart?: string) => marks(el, chart).map((m) => m.getAttribute('aria-label'));
const active = (el: Element) => shadow(el).activeElement;
const errorText = (el: Element) => (shadow(el).querySelector('[part=error][role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hex = (color: string) =>
  '#' + color.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('');

/**
 * Whether anything is drawn in the row of a bar chart's mark `index`: a bar or a zero's stub,
 * however drawn (a rect per row, or a path per series), at any point of the row's band.
 */
function barIn(el: Element, chart: string, index: number) {
  const hit = shadow(el).querySelector<SVGRectElement>(`[data-chart="${chart}"][data-index="${index}"]`)!;
  const svg = hit.ownerSVGElement!;
  const top = hit.y.baseVal.value;
  const bottom = top + hit.height.baseVal.value;
  const width = hit.width.baseVal.value;
  const shapes = [...svg.querySelectorAll<SVGGeometryElement>('.bar, .zero')];
  for (let y = top; y <= bottom; y += 1)
    for (let x = 0; x <= width; x += 1) if (shapes.some((s) => s.isPointInFill(new DOMPoint(x, y)))) return true;
  return false;
}

/** Fifteen years without 2018. */
const withGap = () => fifteen.filter((r) => r.year !== 2018);
/** A report's received total, as the form gives it. */
const received = (r: { applications?: { received: { total: number } } }) => r.applications?.received.total;

/** Ends each test's listeners on the document. */
let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
  vi.restoreAllMocks();
});

failOnPageErrors();

describe('both elements', () => {
  it.each(TAGS)('<%s> says it is loading while the collection is fetched, then draws and fires dc-load', async (tag) => {
    const el = mount<Widget>(`<${tag} src="${tag === 'disclosure-trend' ? PINGTAN : '/data/collections/agencies-2023.json'}"></${tag}>`);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = next<CustomEvent>(el, 'dc-load');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=loading][role=status]')?.textContent).toBe('正在加载数据…');
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('true');
    const { detail } = await loaded;
    expect(detail.collection.reports.length).toBe(tag === 'disclosure-trend' ? 7 : 5);
    await drawn(el, '[part~=mark]');
    expect(shadow(el).querySelector('[part=loading]')).toBeNull();
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
  });

  it.each(TAGS)('<%s> with an empty collection says there is nothing to draw, and passes axe', async (tag) => {
    const el = withReports(tag, []);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe(
      tag === 'disclosure-trend' ? '至少需要两个年度的报告才能比较。' : '无数据',
    );
    expect(marks(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> passes axe drawn, with its table open, and in English', async (tag) => {
    const el = withReports(tag, DRAWS[tag], { attrs: tag === 'disclosure-compare' ? `highlight="${PINGTAN_NAME}"` : '' });
    await drawn(el, '[part~=mark]');
    await expectNoAxeViolations(el);
    await openTable(el);
    expect(shadow(el).querySelectorAll('table').length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
    el.parentElement!.lang = 'en';
    await vi.waitFor(() => expect(shadow(el).querySelector('[part=title]')?.textContent).toMatch(/^Information requests/));
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s> speaks English with lang="en" on an ancestor: only the reports’ own words stay Chinese, marked lang="zh-CN"', async (tag) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Both draw a notice naming an agency: Pingtan's cross-year mismatches, Hongze's own sums.
    const src = tag === 'disclosure-trend' ? PINGTAN : '/data/collections/agencies-2023.json';
    const el = mount<Widget>(`<${tag} src="${src}"></${tag}>`, 800, 'en');
    await drawn(el, '[part=notice]');
    await drawn(el, '[part~=mark]');
    await openTable(el);
    expect(shadow(el).querySelector('[part=title]')?.textContent).toMatch(/^[^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*$/);
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    const chinese: Text[] = [];
    while (walker.nextNode()) if (/[\u3400-\u9fff]/.test((walker.currentNode as Text).data)) chinese.push(walker.currentNode as Text);
    expect(chinese.filter((node) => node.parentElement!.closest('[part=notice]')).length).toBeGreaterThan(0);
    for (const node of chinese) expect(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? 'no lang', node.data.trim()).toMatch(/^zh/);
    for (const li of shadow(el).querySelectorAll('[part=notice] li')) expect(li.textContent, 'a Chinese colon in English').not.toContain('：');
  });

  it.each(TAGS)('<%s> opens its tables for print, and closes them after', async (tag) => {
    const el = withReports(tag, DRAWS[tag]);
    await drawn(el, '[part~=mark]');
    expect(shadow(el).querySelector('details')!.open).toBe(false);
    expect(shadow(el).querySelector('table')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('details')!.open).toBe(true);
    // The first table: a row per year, or per agency.
    const rows = shadow(el).querySelectorAll('table')[0]!.querySelectorAll('tbody tr');
    expect(rows.length).toBe(tag === 'disclosure-trend' ? 15 : 5);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    // Opening for print was not the reader's choice: it is not remembered.
    expect(shadow(el).querySelector('details')!.open).toBe(false);
  });

  it.each(TAGS)('<%s> gives its data as CSV, its charts as SVG and PNG', async (tag) => {
    const el = withReports(tag, DRAWS[tag], { width: 600 });
    await drawn(el, '[part~=mark]');
    const csv = el.toCSV();
    expect(csv.startsWith('\ufeff')).toBe(true);
    const svg = el.toSVG();
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    if (tag === 'disclosure-trend') {
      // A line per year, with the requests its report received.
      for (const report of fifteen) expect(csv).toMatch(new RegExp(`^${report.year}年,${received(report)},`, 'm'));
      expect(svg).toContain('2011年');
      expect(svg).toContain('2025年');
    } else {
      for (const report of agencies) expect(csv).toContain(report.agency.name);
      expect(svg).toContain(PINGTAN_NAME);
    }
    // The PNG draws the paths too: the trend's bars and rate lines, the median's notches.
    const fill = vi.spyOn(CanvasRenderingContext2D.prototype, 'fill');
    const stroke = vi.spyOn(CanvasRenderingContext2D.prototype, 'stroke');
    const png = await el.toPNG();
    const paths = [...fill.mock.calls, ...stroke.mock.calls].filter(([path]) => path instanceof Path2D).length;
    fill.mockRestore();
    stroke.mockRestore();
    expect(paths).toBe(shadow(el).querySelectorAll('svg[part~=svg] path:not([d=""])').length);
    expect(paths).toBeGreaterThan(0);
    expect(png?.type).toBe('image/png');
    expect(png!.size).toBeGreaterThan(5000);
  });

  it.each(TAGS)('<%s large> has larger text and targets of at least 44 px', async (tag) => {
    const el = withReports(tag, DRAWS[tag], { width: 900 });
    await drawn(el, '[part~=mark]');
    const size = () => parseFloat(shadow(el).querySelector('svg')!.getAttribute('font-size')!);
    const normal = size();
    el.setAttribute('large', '');
    await vi.waitFor(() => expect(size()).toBeGreaterThanOrEqual(18));
    await el.updateComplete;
    expect(size()).toBeGreaterThan(normal);
    const targets = [...shadow(el).querySelectorAll('.hit, button, summary, fieldset label')];
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets)
      expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(el);
  });

  it.each(TAGS)('<%s theme="dark"> draws in the dark palette and passes axe', async (tag) => {
    const el = withReports(tag, DRAWS[tag], { attrs: tag === 'disclosure-compare' ? `highlight="${PINGTAN_NAME}"` : '' });
    await drawn(el, '[part~=mark]');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(hex(getComputedStyle(el).backgroundColor)).toBe(DARK.background);
    expect(hex(getComputedStyle(shadow(el).querySelector('[part=title]')!).color)).toBe(DARK.text);
    const dark = new Set(Object.values(DARK));
    const drawnMarks = [...shadow(el).querySelectorAll('[part~=mark]')];
    expect(drawnMarks.length).toBeGreaterThan(0);
    for (const mark of drawnMarks) expect(dark, mark.getAttribute('class')!).toContain(hex(getComputedStyle(mark).fill));
    for (const line of shadow(el).querySelectorAll('path.line')) expect(dark, line.getAttribute('class')!).toContain(hex(getComputedStyle(line).stroke));
    await expectNoAxeViolations(el);
  });
});

describe('what both say of a collection they cannot read', () => {
  /** Each bad input, and the words its message must hold in Chinese and in English. */
  const CASES: [name: string, set: (el: Widget) => void, zh: RegExp, en: RegExp][] = [
    [
      'a collection that is not JSON',
      (el) => (el.src = '/data/fixtures/malformed.json'),
      /不是有效的 JSON/,
      /Not valid JSON/,
    ],
    [
      'a collection of the wrong shape',
      (el) => (el.reports = { items: [] }),
      /报告数组 \[ … \]，或 \{ "reports": \[ … \] \}/,
      /an array of reports \[ … \], or \{ "reports": \[ … \] \}/,
    ],
    [
      'an invalid report inside, named by its place',
      (el) => (el.reports = agencies.map((r, i) => (i === 2 ? { ...r, year: 'last year' } : r))),
      /\[2\]\.year/,
      /\[2\]\.year/,
    ],
    [
      'an invalid report inside the "reports" of an object, named by its place',
      (el) => (el.reports = { reports: [pingtan2022, { ...pingtan2023, agency: 7 }] }),
      /reports\[1\]\.agency/,
      /reports\[1\]\.agency/,
    ],
    [
      'a report URL that is not found, named in full',
      (el) => (el.reports = ['/data/collections/pingtan/2019.json', '/data/collections/pingtan/1999.json']),
      new RegExp(`无法读取集合中的报告 ${location.origin}/data/collections/pingtan/1999\\.json`),
      new RegExp(`Could not load the report ${location.origin}/data/collections/pingtan/1999\\.json`),
    ],
    [
      'a report URL that is no URL at all, named as given',
      (el) => (el.reports = ['/data/collections/pingtan/2019.json', 'http://[']),
      /无法读取集合中的报告 http:\/\/\[：/,
      /Could not load the report http:\/\/\[ of the collection/,
    ],
    [
      'a collection URL that is not found, named',
      (el) => (el.src = '/data/collections/nowhere.json'),
      /无法读取 \/data\/collections\/nowhere\.json：.*404/,
      /Could not load \/data\/collections\/nowhere\.json: .*404/,
    ],
    [
      'a report URL that is not JSON, named in full',
      (el) => (el.reports = ['/data/collections/pingtan/2019.json', '/data/fixtures/malformed.json']),
      new RegExp(`${location.origin}/data/fixtures/malformed\\.json.*不是有效的 JSON`),
      new RegExp(`${location.origin}/data/fixtures/malformed\\.json.*Not valid JSON`),
    ],
  ];

  describe.each(TAGS)('<%s>', (tag) => {
    it.each(CASES)('%s: a clear error in the page’s language, and dc-error', async (_name, set, zh, en) => {
      for (const [lang, words] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const el = mount<Widget>(`<${tag}></${tag}>`, 600, lang);
        const failed = next<CustomEvent>(el, 'dc-error');
        set(el);
        expect((await failed).detail.problems.length).toBeGreaterThan(0);
        await drawn(el, '[part=error]');
        expect(errorText(el)).toMatch(words);
        expect(errorText(el).startsWith(lang === 'en' ? 'The chart cannot be shown' : '无法显示图表')).toBe(true);
        expect(marks(el)).toHaveLength(0);
        await expectNoAxeViolations(el);
      }
    });

    it('reads inline JSON that is not JSON as an error, not an exception', async () => {
      const el = mount<Widget>(`<${tag}><script type="application/json">{"reports": [</script></${tag}>`);
      await drawn(el, '[part=error]');
      expect(errorText(el)).toMatch(/不是有效的 JSON/);
    });
  });
});

describe('<disclosure-trend>', () => {
  it('fetches each report of a collection of URLs against the collection’s own URL', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount<Widget>(`<disclosure-trend src="${PINGTAN}"></disclosure-trend>`);
    await drawn(el, '[part~=mark]');
    expect(shadow(el).querySelector('[part=subtitle]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`${PINGTAN_NAME} · 2019年—2025年`);
    // Each year's bar says what its own report received.
    expect(labels(el, 'requests')[0]).toBe(`2019年：本年新收 ${received(pingtan2019)}件、上年结转 0件`);
    expect(labels(el, 'requests')[6]).toBe(`2025年：本年新收 ${received(pingtan2025)}件、上年结转 0件`);
  });

  it('names both years and both figures of each cross-year mismatch, and logs the paths', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount<Widget>(`<disclosure-trend src="${PINGTAN}"></disclosure-trend>`);
    const loaded = next<CustomEvent>(el, 'dc-load');
    await drawn(el, '[part=notice]');
    const docs = (r: typeof pingtan2023) => r.proactive!.normativeDocuments!;
    // 现行有效 of year N should be N−1's, plus those issued in N, less those repealed in N.
    const expected = [
      [pingtan2022, pingtan2023],
      [pingtan2023, pingtan2024],
      [pingtan2024, pingtan2025],
    ].map(([before, now]) => [before!.year, docs(before!).inForce + docs(now!).issued - docs(now!).repealed, now!.year, docs(now!).inForce] as const);
    const items = [...shadow(el).querySelectorAll('[part=notice] li')].map((li) => li.textContent!.trim());
    expect(items).toHaveLength(3);
    expected.forEach(([before, should, now, is], i) => {
      expect(should).not.toBe(is);
      expect(items[i]).toBe(`${PINGTAN_NAME}：${now}年行政规范性文件现行有效件数为${is}，与${before}年报告推算的${should}不符`);
    });
    expect(shadow(el).querySelector('[part=notice] strong')?.textContent).toBe('跨年度核对提示：有3处数字前后不一致');
    expect((await loaded).detail.warnings.map((w: { year: number }) => w.year)).toEqual([2023, 2024, 2025]);
    expect(warn.mock.calls.map((call) => (call[1] as { year: number }[]).map((w) => w.year))).toEqual([[2023, 2024, 2025]]);
    await expectNoAxeViolations(el);
  });

  it('shows no cross-year notice when every year follows from the one before', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = withReports('disclosure-trend', fifteen);
    await drawn(el, '[part~=mark]');
    expect(shadow(el).querySelector('[part=notice]')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('draws a year without a report as a gap, never as a zero', async () => {
    const el = withReports('disclosure-trend', withGap());
    await drawn(el, '[part~=mark]');
    // Every year from the first to the last has a row; 2018's says it has no report.
    const requests = labels(el, 'requests');
    expect(requests).toHaveLength(15);
    expect(requests[7]).toBe('2018年：无报告');
    // No bar, not even a zero's stub, in 2018's row of any chart; 2017's and 2019's have theirs.
    for (const chart of ['requests', 'outcomes']) expect([6, 7, 8].map((i) => barIn(el, chart, i)), chart).toEqual([true, false, true]);
    expect(barIn(el, 'cases', 7)).toBe(false);
    const row2018 = shadow(el).querySelector('[data-chart=requests][data-index="7"]')!.closest('g')!;
    expect(row2018.querySelector('.value')?.textContent).toBe('无报告');
    expect(shadow(el).querySelector('p.note')?.textContent).toBe('缺少2018年的报告：图中留空，不按0计。');
    // The rate lines break at the gap: no point for 2018, and each line is two runs.
    expect(labels(el, 'rates').filter((l) => l!.startsWith('2018年'))).toEqual([]);
    const disclosure = shadow(el).querySelector('path.line.k-disclosed')!.getAttribute('d')!;
    expect(disclosure.match(/M/g)).toHaveLength(2);
    for (const chart of ['outcomes', 'cases']) expect(labels(el, chart)[7]).toBe('2018年：无报告');
    const rows = await tableRows(el);
    expect(rows[7]).toEqual(['2018年', '无报告']);
    expect(rows[6]![1]).toBe(String(received(fifteen[6]!)));
  });

  it('draws fifteen years, the first and last named; a sixteenth earlier year goes to the table', async () => {
    const el = withReports('disclosure-trend', fifteen);
    await drawn(el, '[part~=mark]');
    expect(labels(el, 'requests')).toHaveLength(15);
    expect(shadow(el).querySelector('[part=subtitle]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('示例县人民政府（测试数据） · 2011年—2025年');
    // 2010's report: 2011's figures a year earlier (its carried forward is 2011's carried over).
    const earlier = { ...structuredClone(fifteen[0]!), year: 2010 } as Report;
    earlier.applications.carriedForward = structuredClone(fifteen[0]!.applications.carriedOver);
    el.reports = [earlier, ...structuredClone(fifteen)];
    await vi.waitFor(() => expect(text(el)).toContain('另有1个更早年度（始于2010年）未绘出，见数据表。'));
    expect(labels(el, 'requests')).toHaveLength(15);
    expect(labels(el, 'requests')[0]).toMatch(/^2011年/);
    expect((await tableRows(el)).map((r) => r[0])).toEqual(Array.from({ length: 16 }, (_, i) => `${2010 + i}年`));
  });

  it('says one year cannot be compared, rather than drawing it', async () => {
    const el = withReports('disclosure-trend', [pingtan2023]);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('至少需要两个年度的报告才能比较。');
    expect(marks(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('refuses several agencies without an agency attribute, naming them, and fires dc-error', async () => {
    const el = mount<Widget>('<disclosure-trend></disclosure-trend>');
    const failed = next<CustomEvent>(el, 'dc-error');
    el.reports = structuredClone(agencies);
    const { detail } = await failed;
    await drawn(el, '[part=error]');
    for (const report of agencies) {
      expect(errorText(el)).toContain(report.agency.name);
      expect(detail.problems[0].message).toContain(report.agency.name);
    }
    expect(errorText(el)).toContain('agency');
    expect(marks(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('draws the agency its agency attribute names, of several', async () => {
    const el = withReports('disclosure-trend', [...agencies, pingtan2022], { attrs: `agency="${PINGTAN_NAME}"` });
    await drawn(el, '[part~=mark]');
    expect(labels(el, 'requests')).toEqual([
      `2022年：本年新收 ${received(pingtan2022)}件、上年结转 ${pingtan2022.applications.carriedOver.total}件`,
      `2023年：本年新收 ${received(pingtan2023)}件、上年结转 ${pingtan2023.applications.carriedOver.total}件`,
    ]);
    // Every chart keeps one Tab stop when another agency's years replace those walked.
    el.setAttribute('agency', '示例县人民政府（测试数据）');
    el.reports = [...structuredClone(agencies), pingtan2022, ...structuredClone(fifteen)];
    await drawn(el, '[data-chart=requests][data-index="14"]');
    (shadow(el).querySelector('[data-chart=requests]') as SVGElement).focus();
    await userEvent.keyboard('{End}');
    expect(active(el)?.getAttribute('data-index')).toBe('14');
    el.setAttribute('agency', PINGTAN_NAME);
    await vi.waitFor(() => expect(labels(el, 'requests')).toHaveLength(2));
    const charts = new Set(marks(el).map((m) => m.getAttribute('data-chart')));
    expect(charts.size).toBe(4);
    expect(shadow(el).querySelectorAll('[data-chart][tabindex="0"]')).toHaveLength(charts.size);
    // A name not in the collection is an error naming it, announced as the input's errors are;
    // a name in it again draws, announced as a load.
    const failed = next<CustomEvent>(el, 'dc-error');
    el.setAttribute('agency', '不存在的局');
    await drawn(el, '[part=error]');
    expect(errorText(el)).toContain('集合中没有“不存在的局”的报告。');
    expect((await failed).detail.problems[0].message).toBe('集合中没有“不存在的局”的报告。');
    const loaded = next<CustomEvent>(el, 'dc-load');
    el.setAttribute('agency', PINGTAN_NAME);
    expect((await loaded).detail.collection.reports).toHaveLength(agencies.length + 1 + fifteen.length);
  });

  it('Tab reaches each chart once, at its first mark, and arrows walk the years', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = mount<HTMLButtonElement>(`<button>before</button><disclosure-trend src="${PINGTAN}"></disclosure-trend>`);
    const el = before.nextElementSibling as Widget;
    await drawn(el, '[part~=mark]');
    before.focus();
    await userEvent.tab();
    expect(active(el)?.getAttribute('aria-label')).toBe('2019年：本年新收 23件、上年结转 0件');
    await userEvent.keyboard('{ArrowRight}');
    expect(active(el)?.getAttribute('aria-label')).toBe('2020年：本年新收 21件、上年结转 0件');
    await userEvent.keyboard('{End}');
    expect(active(el)?.getAttribute('aria-label')).toBe('2025年：本年新收 154件、上年结转 0件');
    await userEvent.keyboard('{ArrowDown}');
    expect(active(el)?.getAttribute('aria-label')).toBe('2025年：本年新收 154件、上年结转 0件');
    await userEvent.keyboard('{ArrowLeft}');
    expect(active(el)?.getAttribute('aria-label')).toBe('2024年：本年新收 218件、上年结转 0件');
    // The tooltip says what the mark says.
    expect(shadow(el).querySelector('[role=tooltip]')?.textContent?.trim()).toBe('2024年：本年新收 218件、上年结转 0件');
    // Each chart is one Tab stop, entered at its first mark.
    const reached: [string | null | undefined, string | null | undefined][] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      reached.push([active(el)?.getAttribute('data-chart'), active(el)?.getAttribute('data-index')]);
    }
    expect(reached).toEqual([
      ['rates', '0'],
      ['outcomes', '0'],
      ['cases', '0'],
    ]);
    expect(active(el)?.getAttribute('aria-label')).toBe('2019年 复议诉讼案件：0件');
    expect(shadow(el).querySelectorAll('[data-chart][tabindex="0"]')).toHaveLength(4);
    // The rate points: the disclosure rate's years, then the correction rate's.
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(active(el)?.getAttribute('aria-label')).toBe('2019年 公开率：34.8%（8件 ÷ 23件）');
    await userEvent.tab();
    expect(active(el)?.getAttribute('data-chart')).not.toBe('rates');
  });

  it('summarises the period in Chinese and in English, from the reports', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount<Widget>(`<disclosure-trend src="${PINGTAN}"></disclosure-trend>`);
    await drawn(el, '[part~=mark]');
    const summary = () => {
      const figure = shadow(el).querySelector('figure')!;
      return shadow(el).getElementById(figure.getAttribute('aria-describedby')!)?.textContent ?? '';
    };
    // The first and last years' requests, and the best and worst disclosure rates: 2020's
    // 13 of 21 answered, 2019's 8 of 23.
    const [first, last] = [received(pingtan2019), received(pingtan2025)];
    for (const words of ['2019年', '2025年', `${first}件`, `${last}件`, '2020年（61.9%）', '2019年（34.8%）']) expect(summary()).toContain(words);
    el.parentElement!.lang = 'en';
    await vi.waitFor(() => expect(shadow(el).querySelector('[part=title]')?.textContent).toBe('Information requests over the years'));
    for (const words of ['2019', '2025', ` ${first} `, ` ${last}`, '2020 (61.9%)', '2019 (34.8%)']) expect(summary()).toContain(words);
    expect(summary()).not.toMatch(/[\u3400-\u9fff]/);
    // The notice speaks English too; the agency's name stays Chinese, marked so.
    expect(shadow(el).querySelector('[part=notice] li')?.textContent?.trim()).toBe(
      `${PINGTAN_NAME}: normative documents in force is 470 in 2023, but the 2022 report makes it 643`,
    );
    expect(shadow(el).querySelector('[part=subtitle] [lang=zh-CN]')?.textContent).toBe(PINGTAN_NAME);
    await expectNoAxeViolations(el);
  });

  it('fires dc-select with the agency and the year of the mark chosen', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount<Widget>(`<disclosure-trend src="${PINGTAN}"></disclosure-trend>`, 380);
    await drawn(el, '[part~=mark]');
    const heard: DcSelectEvent[] = [];
    document.addEventListener('dc-select', (e) => heard.push(e), { signal: listening.signal });
    await userEvent.click(shadow(el).querySelector('[data-chart=requests][data-index="4"]')!);
    (shadow(el).querySelector('[data-chart=rates][data-index="0"]') as SVGElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(heard.map((e) => e.target)).toEqual([el, el]);
    expect(heard[0]!.detail).toMatchObject({ agency: PINGTAN_NAME, year: 2023, value: received(pingtan2023), path: 'applications.received.total' });
    expect(heard[1]!.detail).toMatchObject({ agency: PINGTAN_NAME, year: 2019 });
  });

  it('fits 320 px', async () => {
    const el = withReports('disclosure-trend', withGap(), { width: 320 });
    await drawn(el, '[part~=mark]');
    expectNoOverflow(el);
  });
});

describe('<disclosure-compare>', () => {
  /** Names of the agencies drawn, in the order drawn. */
  const drawnNames = (el: Element) => labels(el, 'ranks').map((l) => l!.replace(/^第\d+\/\d+名 /, '').replace(/：.*$/, ''));

  it('reads inline JSON and ranks the agencies by requests received; every agency is in the table', async () => {
    const el = mount<Widget>(`<disclosure-compare><script type="application/json">${JSON.stringify(agencies)}</script></disclosure-compare>`);
    await drawn(el, '[part~=mark]');
    // Largest first, from each report's own received total; those without requests are not ranked.
    const ranked = agencies.filter((r) => received(r) !== undefined).sort((a, b) => received(b)! - received(a)!);
    expect(ranked.length).toBe(3);
    expect(drawnNames(el)).toEqual(ranked.map((r) => r.agency.name));
    expect(labels(el, 'ranks')[0]).toBe(`第1/3名 ${ranked[0]!.agency.name}：新收申请 ${received(ranked[0]!)}件`);
    expect(text(el)).toContain('2个机关无新收申请数据');
    const rows = await tableRows(el);
    expect(rows.map((r) => r[1]).sort()).toEqual(agencies.map((r) => r.agency.name).sort());
    expect(rows.filter((r) => r[0] === '—').map((r) => r[1])).toEqual(agencies.filter((r) => received(r) === undefined).map((r) => r.agency.name));
  });

  it('ranks by any measure from the keyboard, through a radio group', async () => {
    const before = mount<HTMLButtonElement>('<button>before</button><disclosure-compare></disclosure-compare>');
    const el = before.nextElementSibling as Widget;
    el.reports = structuredClone(agencies);
    await drawn(el, '[part~=mark]');
    expect(drawnNames(el)).toEqual(['平潭综合实验区', '东莞市人力资源和社会保障局', '洪泽区人民政府']);
    before.focus();
    await userEvent.tab();
    const radio = active(el) as HTMLInputElement;
    expect(radio.type).toBe('radio');
    expect(radio.checked).toBe(true);
    expect(radio.closest('fieldset')?.querySelector('legend')?.textContent).toBe('排序依据');
    expect(radio.parentElement?.textContent).toBe('新收申请');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect((active(el) as HTMLInputElement).parentElement?.textContent).toBe('公开率');
    expect((active(el) as HTMLInputElement).checked).toBe(true);
    // Disclosure rate: (予以公开 + 部分公开) ÷ 办结. Dongguan 56 of 73, Pingtan 42 of 81, Hongze 4 of 21.
    expect(drawnNames(el)).toEqual(['东莞市人力资源和社会保障局', '平潭综合实验区', '洪泽区人民政府']);
    expect(labels(el, 'ranks')[0]).toBe('第1/3名 东莞市人力资源和社会保障局：公开率 76.7%（n=73）');
    // The radio group is one Tab stop; the chart the next.
    await userEvent.tab();
    expect(active(el)?.getAttribute('data-chart')).toBe('ranks');
    expect(active(el)?.getAttribute('data-index')).toBe('0');
    await userEvent.keyboard('{ArrowDown}');
    expect(active(el)?.getAttribute('aria-label')).toBe('第2/3名 平潭综合实验区：公开率 51.9%（n=81）');
    expect(shadow(el).querySelectorAll('[data-chart=ranks][tabindex="0"]')).toHaveLength(1);
  });

  it('marks the highlighted agency in the accent colour, with its rank', async () => {
    const el = withReports('disclosure-compare', agencies, { attrs: 'highlight="洪泽区人民政府"' });
    await drawn(el, '[part~=mark]');
    const bars = [...shadow(el).querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(3);
    const fills = bars.map((b) => hex(getComputedStyle(b).fill));
    expect(fills).toEqual([LIGHT.received, LIGHT.received, LIGHT.accent]);
    expect(labels(el, 'ranks')[2]).toBe('第3/3名 洪泽区人民政府：新收申请 21件');
    expect(shadow(el).querySelector('.figure[data-key=highlight]')?.textContent?.replace(/\s+/g, '')).toBe('新收申请排名第3/3名洪泽区人民政府');
    expect(shadow(el).querySelector('[part=summary]')?.textContent).toContain('洪泽区人民政府排第3/3名（21件）。');
  });

  it('at 320 px with 60 agencies, draws the top, the highlighted and the bottom until “show all”', async () => {
    const el = withReports('disclosure-compare', county, { width: 320, attrs: 'highlight="示例县总工会"' });
    await drawn(el, '[part~=mark]');
    const byReceived = [...county].sort((a, b) => received(b)! - received(a)!);
    const ranks = () => labels(el, 'ranks').map((l) => Number(l!.match(/^第(\d+)\/60名/)![1]));
    // 示例县总工会 received 7: 35 agencies received more.
    expect(byReceived.filter((r) => received(r)! > 7)).toHaveLength(35);
    expect(ranks()).toEqual([1, 2, 3, 4, 5, 36, 55, 55, 55]);
    expect(drawnNames(el).slice(0, 5)).toEqual(byReceived.slice(0, 5).map((r) => r.agency.name));
    expect(drawnNames(el)[5]).toBe('示例县总工会');
    const last = drawnNames(el).slice(6);
    for (const name of last) expect(received(county.find((r) => r.agency.name === name)!)).toBe(Math.min(...county.map((r) => received(r)!)));
    const highlighted = shadow(el).querySelector('[data-chart=ranks][data-index="5"]')!.closest('g')!;
    expect(hex(getComputedStyle(highlighted.querySelector('rect.bar')!).fill)).toBe(LIGHT.accent);
    expectNoOverflow(el);
    const more = shadow(el).querySelector<HTMLButtonElement>('button[part=more]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent?.trim()).toBe('显示全部60个机关');
    await userEvent.click(more);
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(ranks()).toHaveLength(60);
    expect(new Set(drawnNames(el))).toEqual(new Set(county.map((r) => r.agency.name)));
    expectNoOverflow(el);
    await expectNoAxeViolations(el);
    // Walked to the last of all, then folded: the chart is still one Tab stop, at its first bar.
    (shadow(el).querySelector('[data-chart=ranks]') as SVGElement).focus();
    await userEvent.keyboard('{End}');
    expect(active(el)?.getAttribute('data-index')).toBe('59');
    await userEvent.click(more);
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(ranks()).toHaveLength(9);
    expect([...shadow(el).querySelectorAll('[data-chart=ranks][tabindex="0"]')].map((m) => m.getAttribute('data-index'))).toEqual(['0']);
    // Every agency is in the table, whatever is drawn.
    const rows = await tableRows(el);
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(county.map((r) => r.agency.name)));
  });

  it('refuses reports of different years with an error naming them, and fires dc-error', async () => {
    const el = mount<Widget>('<disclosure-compare></disclosure-compare>');
    const failed = next<CustomEvent>(el, 'dc-error');
    el.reports = [...structuredClone(agencies), structuredClone(county[0])];
    const { detail } = await failed;
    await drawn(el, '[part=error]');
    expect(detail.problems[0].message).toBe(errorText(el).replace(/^无法显示图表 /, ''));
    expect(errorText(el)).toContain(`2023年：${agencies.map((r) => r.agency.name).join('、')}`);
    expect(errorText(el)).toContain(`2024年：${county[0]!.agency.name}`);
    expect(marks(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('summarises the ranking in Chinese and in English: the top agency, the median and the highlighted one', async () => {
    const el = withReports('disclosure-compare', agencies, { attrs: 'highlight="洪泽区人民政府"' });
    await drawn(el, '[part~=mark]');
    const summary = () => {
      const figure = shadow(el).querySelector('figure')!;
      return shadow(el).getElementById(figure.getAttribute('aria-describedby')!)?.textContent ?? '';
    };
    // Received: Pingtan 81, Dongguan 73 (the median of three), Hongze 21, third of three.
    for (const words of ['2023年', '5个机关', '平潭综合实验区（81件）', '73件', '洪泽区人民政府排第3/3名（21件）']) expect(summary()).toContain(words);
    el.parentElement!.lang = 'en';
    await vi.waitFor(() => expect(shadow(el).querySelector('[part=title]')?.textContent).toBe('Information requests compared across agencies'));
    for (const words of ['2023', '5 agencies', '平潭综合实验区', '(81)', '73', '洪泽区人民政府 ranks', 'of 3 (21)']) expect(summary()).toContain(words);
    expect(summary().replace(/平潭综合实验区|洪泽区人民政府/g, '')).not.toMatch(/[\u3400-\u9fff]/);
    expect(shadow(el).querySelector('fieldset legend')?.textContent).toBe('Rank by');
  });

  it('fires dc-select with the agency and the year of the bar chosen', async () => {
    const el = withReports('disclosure-compare', county, { width: 380 });
    await drawn(el, '[part~=mark]');
    const heard: DcSelectEvent[] = [];
    document.addEventListener('dc-select', (e) => heard.push(e), { signal: listening.signal });
    await userEvent.click(shadow(el).querySelector('[data-chart=ranks][data-index="0"]')!);
    const top = [...county].sort((a, b) => received(b)! - received(a)!)[0]!;
    expect(heard).toHaveLength(1);
    expect(heard[0]!.target).toBe(el);
    expect(heard[0]!.detail).toMatchObject({ agency: top.agency.name, year: 2024, value: received(top) });
  });
});
