import { describe, expect, it } from 'vitest';
import { layoutEnforcement } from '../../src/elements/enforcement-counts/enforcement-counts.layout.js';
import { layoutReview } from '../../src/elements/review-litigation/review-litigation.layout.js';
import { hasTraffic, layoutTraffic, orderCategories } from '../../src/elements/site-traffic/site-traffic.layout.js';
import { layoutLogDots } from '../../src/layout/log.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const report = (name: string) => loadFixture(name) as Report;
const dongguan = () => report('dongguan-hrss-2023.json');
const busy = () => report('fixtures/busy-agency.json');
const zh = { width: 600, locale: 'zh-CN' as const, year: 2023 };
const en = { ...zh, locale: 'en' as const };

describe('layoutLogDots', () => {
  const item = (key: string, value: number | undefined) => ({ key, label: key, value, valueLabel: String(value) });
  it('layoutLogDots puts each power of ten an equal step apart', () => {
    const g = layoutLogDots([item('a', 10), item('b', 1000)], { width: 306, radius: 3 });
    expect(g.ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000]);
    expect(g.ticks.map((t) => t.x)).toEqual([3, 103, 203, 303]);
    expect(g.rows.map((r) => r.cx)).toEqual([103, 303]);
  });
  it('layoutLogDots keeps 63 and 693,957 apart and readable', () => {
    const g = layoutLogDots([item('coercion', 63), item('penalties', 693957)], { width: 600 });
    expect(g.ticks.at(-1)!.value).toBe(1e6);
    const [small, large] = g.rows;
    expect(large!.cx! - small!.cx!).toBeGreaterThan(250);
    expect(small!.cx!).toBeGreaterThan(150);
  });
  it('layoutLogDots puts zero at the origin and a missing value nowhere', () => {
    const g = layoutLogDots([item('a', 0), item('b', undefined), item('c', 5)], { width: 200, radius: 6 });
    expect(g.rows[0]!.cx).toBe(6);
    expect(g.rows[1]!.cx).toBeUndefined();
    expect(g.ticks.map((t) => t.value)).toEqual([1, 10]);
  });
  it('layoutLogDots turns the value label inward at the right edge', () => {
    const g = layoutLogDots([item('a', 100), item('b', 1)], { width: 200 });
    expect(g.rows[0]!.anchor).toBe('end');
    expect(g.rows[1]!.anchor).toBe('start');
  });
  it('layoutLogDots([]) has one decade and no rows', () => {
    const g = layoutLogDots([], { width: 200 });
    expect(g.rows).toEqual([]);
    expect(Number.isFinite(g.height)).toBe(true);
  });
});

describe('layoutTraffic', () => {
  it('layoutTraffic(dongguan) gives the key figures and the category shares', () => {
    const g = layoutTraffic(dongguan().platforms!, zh);
    expect(g).toMatchObject({ pageViews: 3030000, published: 1502, followers: 1220000, accountCount: 1 });
    expect(g.categories!.items.map((c) => [c.label, c.valueLabel, c.color])).toEqual([
      ['政务动态', '522条 · 34.8%', 'category-1'],
      ['公告', '597条 · 39.7%', 'category-2'],
      ['其他', '383条 · 25.5%', 'category-other-dark'],
    ]);
    expect(g.categories!.bars).toBeUndefined();
    expect(g.summary).toBe('2023年网站访问量303万次；网站发布信息1,502条；其中公告最多，597条；政务新媒体1个账号，粉丝共122万。');
    // One account: its figures in a line, not two full-width bars of different quantities.
    expect(g.accounts).toMatchObject({ line: '东莞人社（微信）：粉丝122万，发布信息192条', rows: [] });
  });
  it('orderCategories puts "other" last whatever its place, and cycles six colours', () => {
    const items = orderCategories(
      [{ label: '其他', count: 1 }, ...Array.from({ length: 8 }, (_, i) => ({ label: `类${i}`, count: i }))],
      'zh-CN',
    );
    expect(items.at(-1)!.label).toBe('其他');
    expect(items.map((c) => c.color).slice(0, 8)).toEqual([
      'category-1', 'category-2', 'category-3', 'category-4', 'category-5', 'category-6', 'category-1', 'category-2',
    ]);
  });
  it('layoutTraffic(busy) copes with 20 categories and long labels at 320 px', () => {
    const g = layoutTraffic(busy().platforms!, { ...zh, width: 288 });
    expect(g.categories!.items).toHaveLength(20);
    expect(g.categories!.segments).toHaveLength(20);
    const long = g.accounts!.rows.find((r) => r.label.startsWith('示例社保经办'))!;
    expect(long.lines.length).toBeGreaterThan(1);
    for (const row of g.categories!.bars!.rows) expect(row.valueX).toBeLessThanOrEqual(288);
    expect(g.categories!.bars!.rows.map((r) => r.label).slice(0, 2)).toEqual(['行政许可公示', '行政处罚公示']);
    expect(g.categories!.bars!.rows.at(-1)!.label).toBe('其他');
    // Accounts: one row each, followers and posts side by side, each on its own scale (the
    // largest of each as long as its column allows); one without followers, one without posts.
    const a = g.accounts!;
    expect(a.columns.map((c) => [c.metric, c.label])).toEqual([['followers', '粉丝量'], ['posts', '发布信息']]);
    expect(a.columns[1]!.x).toBeGreaterThanOrEqual(a.columns[0]!.width);
    expect(a.rows.map((r) => r.followers!.value)).toEqual([2360000, 418000, 951000, undefined, 87300]);
    expect(a.rows[4]!.posts!.valueLabel).toBe('无数据');
    for (const column of a.columns) {
      const bars = a.rows.map((r) => r[column.metric]!);
      const widest = Math.max(...bars.map((b) => b.width));
      expect(widest, column.metric).toBeGreaterThan(column.width / 2);
      for (const b of bars) expect(b.valueX + 40, column.metric).toBeLessThanOrEqual(column.width + 1);
    }
    // Rows below the column headings, and never above one another.
    expect(a.rows[0]!.top).toBeGreaterThanOrEqual(a.fontSize);
    for (let i = 1; i < a.rows.length; i++) expect(a.rows[i]!.top).toBeGreaterThanOrEqual(a.rows[i - 1]!.y);
  });
  it('layoutTraffic(partial) leaves out what is missing and says nothing false', () => {
    const g = layoutTraffic(report('fixtures/platforms-partial.json').platforms!, en);
    expect(g.published).toBeUndefined();
    expect(g.categories).toBeUndefined();
    expect(g.followers).toBe(56000);
    // Neither account gives its posts: one column, followers only.
    expect(g.accounts!.columns.map((c) => c.metric)).toEqual(['followers']);
    expect(g.summary).toBe('In 2023 the website had 3.03M page views; 2 new-media accounts have 56K followers.');
  });
  it('hasTraffic tells a section with figures from none', () => {
    expect(hasTraffic(undefined)).toBe(false);
    expect(hasTraffic({})).toBe(false);
    expect(hasTraffic({ website: { breakdown: [] }, newMedia: [] })).toBe(false);
    expect(hasTraffic({ website: { pageViews: 0 } })).toBe(true);
  });
});

describe('layoutReview', () => {
  it('layoutReview(dongguan) counts one upheld review and no lawsuits', () => {
    const g = layoutReview(dongguan().reviewLitigation!, zh);
    expect(g).toMatchObject({ total: 1, corrected: 0, decided: 1, rate: 0, pending: 0, nothing: false });
    expect(g.rows.map((r) => [r.label, r.totalLabel])).toEqual([
      ['行政复议', '1件'],
      ['行政诉讼（未经复议直接起诉）', '无案件'],
      ['行政诉讼（复议后起诉）', '无案件'],
    ]);
    expect(g.rows[0]!.segments.map((s) => [s.key, s.width])).toEqual([['upheld', 600]]);
  });
  it('layoutReview(busy) gives the correction rate of decided cases', () => {
    const g = layoutReview(busy().reviewLitigation!, zh);
    // 29 cases, 3 pending: 26 decided, 4 corrected.
    expect(g).toMatchObject({ total: 29, pending: 3, decided: 26, corrected: 4 });
    expect(g.rate).toBeCloseTo(4 / 26);
    expect(g.summary).toBe('2023年因政府信息公开引发行政复议和行政诉讼共29件，结果纠正4件（纠错率15.4%），尚未审结3件。');
    expect(g.rows[0]!.segments.map((s) => s.key)).toEqual(['upheld', 'corrected', 'other', 'pending']);
  });
  it('layoutReview(no cases) is a statement', () => {
    expect(layoutReview(report('fixtures/zero-applications.json').reviewLitigation!, zh).nothing).toBe(true);
  });
  it('layoutReview derives a missing block total and leaves a missing block out of the sums', () => {
    const g = layoutReview({ review: { upheld: 2, corrected: 1, other: 0, pending: 0 } }, en);
    expect(g.total).toBe(3);
    expect(g.rows[1]!.total).toBeUndefined();
    expect(g.rows[1]!.segments).toEqual([]);
  });
});

describe('layoutEnforcement', () => {
  it('layoutEnforcement(dongguan) shows stock and flow, decisions on a log axis, and fees apart', () => {
    const g = layoutEnforcement(dongguan().proactive!, zh);
    expect(g.stocks.map((s) => [s.label, s.inForce, s.flow])).toEqual([
      ['规章', '0件', '本年制发0件 · 废止0件'],
      ['行政规范性文件', '57件', '本年制发4件 · 废止3件'],
    ]);
    expect(g.decisions!.rows.map((r) => [r.label, r.valueLabel])).toEqual([
      ['行政许可', '1,582件'],
      ['行政处罚', '278件'],
      ['行政强制', '63件'],
    ]);
    expect(g.decisions!.tickLabels).toEqual(['1', '10', '100', '1,000', '1万']);
    expect(g.fees).toBe('498.8万元');
    expect(g.summary).toBe(
      '2023年制发行政规范性文件4件、废止3件，现行有效57件；作出行政许可决定1,582件、行政处罚决定278件、行政强制决定63件；行政事业性收费498.8万元。',
    );
  });
  it('layoutEnforcement(busy) keeps 63 readable beside 693,957 and the fee decimals', () => {
    const g = layoutEnforcement(busy().proactive!, en);
    const cx = Object.fromEntries(g.decisions!.rows.map((r) => [r.key, r.cx!]));
    // On one linear axis 63 would sit 0.05 px from zero; here it is a quarter of the way along.
    expect(cx.coercion).toBeGreaterThan(g.decisions!.width * 0.25);
    expect(cx.penalties).toBeLessThanOrEqual(g.decisions!.width);
    // One form per axis: 1, 10, 100, 1K, 10K, 100K, 1M (not "1,000" beside "10K").
    expect(g.decisions!.tickLabels).toEqual(['1', '10', '100', '1K', '10K', '100K', '1M']);
    expect(g.fees).toBe('¥40,682,080');
    expect(g.summary).toContain('made 152,340 licensing, 693,957 penalty, 63 coercion decisions');
  });
  it('layoutEnforcement of a section with fees only has no decisions chart', () => {
    const g = layoutEnforcement({ fees: 0 }, zh);
    expect(g.decisions).toBeUndefined();
    expect(g.stocks).toEqual([]);
    expect(g.fees).toBe('0万元');
  });
});
