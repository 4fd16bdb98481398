/**
 * The widgets' pure layouts at the edges of what a report gives: a figure or a part missing,
 * a section with nothing in it, one account or several. (Mutation testing found these
 * branches unguarded.)
 */
import { describe, expect, it } from 'vitest';
import { applicantTone, summarizeOutcomes } from '../../src/elements/disclosure-outcomes/disclosure-outcomes.layout.js';
import { hasProactive, layoutEnforcement } from '../../src/elements/enforcement-counts/enforcement-counts.layout.js';
import { layoutReview } from '../../src/elements/review-litigation/review-litigation.layout.js';
import { hasTraffic, layoutAccounts, orderCategories } from '../../src/elements/site-traffic/site-traffic.layout.js';

const zh = { width: 400, locale: 'zh-CN' as const, year: 2023, fontSize: 10 };

describe('applicantTone', () => {
  it('names the colour of each applicant column, the applicants\' other its own', () => {
    expect(['naturalPerson', 'publicInterest', 'legalService', 'other'].map(applicantTone)).toEqual([
      'natural-person',
      'public-interest',
      'legal-service',
      'other-applicant',
    ]);
  });
});

describe('summarizeOutcomes with figures missing', () => {
  it('adds the groups given when the report has no total, and leaves what is not given undefined', () => {
    const f = summarizeOutcomes({ carriedOver: 2, outcomes: { disclosed: 5, partlyDisclosed: undefined, withheld: { stateSecret: 1 } } });
    expect(f.answered).toBe(6);
    expect(f.open).toBe(5);
    expect(f.handled).toBe(2);
    expect(f.received).toBeUndefined();
    expect(f.rate).toBeCloseTo(5 / 6);
  });

  it('takes partly disclosed alone as open, and knows nothing without any group', () => {
    expect(summarizeOutcomes({ outcomes: { partlyDisclosed: 3, total: 4 } }).open).toBe(3);
    const none = summarizeOutcomes({ received: 1, outcomes: {} });
    expect(none).toMatchObject({ answered: undefined, open: undefined, rate: undefined, handled: 1 });
  });
});

describe('hasProactive and hasTraffic', () => {
  it('tell a section with a figure from one with none', () => {
    expect([undefined, {}, { rules: undefined }].map((s) => hasProactive(s))).toEqual([false, false, false]);
    expect([{ fees: 0 }, { rules: { inForce: 1 } }].map((s) => hasProactive(s))).toEqual([true, true]);
    expect(hasTraffic({ newMedia: [{ name: '东莞人社' }] })).toBe(true);
    expect(hasTraffic({ website: { breakdown: [{ label: '公告', count: 1 }] } })).toBe(true);
    expect(hasTraffic({ website: { name: '网站' } })).toBe(true);
  });
});

describe('layoutEnforcement summaries', () => {
  it('says what is given and nothing else', () => {
    expect(layoutEnforcement({ fees: 12.5 }, zh).summary).toBe('2023年行政事业性收费12.5万元。');
    expect(layoutEnforcement({ penalties: 3 }, zh).summary).toBe('2023年作出行政处罚决定3件。');
    // Documents only when issued, repealed and in force are all given.
    expect(layoutEnforcement({ normativeDocuments: { issued: 1, inForce: 5 } }, zh).summary).toBe('');
    expect(layoutEnforcement({}, zh)).toMatchObject({ summary: '', fees: undefined, decisions: undefined });
  });
});

describe('layoutReview totals', () => {
  it('takes a block\'s total as reported, else the sum of its four results when all are given', () => {
    const g = layoutReview(
      {
        review: { upheld: 1, corrected: 2, other: 0, pending: 1 },
        directSuit: { upheld: 1, total: 9 },
        suitAfterReview: { upheld: 1 },
      },
      zh,
    );
    expect(g.rows.map((r) => r.total)).toEqual([4, 9, undefined]);
    expect(g.rows[0]!.parts.map((p) => [p.key, p.label, p.valueLabel])).toEqual([
      ['upheld', '结果维持', '1件'],
      ['corrected', '结果纠正', '2件'],
      ['other', '其他结果', '0件'],
      ['pending', '尚未审结', '1件'],
    ]);
    // Segments labelled in place with name and count where they fit (400 px: all but "other", which is 0).
    expect(g.rows[0]!.segments.map((s) => s.text)).toEqual(['结果维持 1件', '结果纠正 2件', '尚未审结 1件']);
    // Pending and corrected are added over the blocks that give them.
    expect(g).toMatchObject({ corrected: 2, pending: 1 });
  });
});

describe('layoutAccounts', () => {
  const accounts = [
    { name: '甲', platform: 'wechat' as const, followers: 1000, posts: 10 },
    { name: '乙', followers: 500 },
  ];

  it('puts the metric headings above the rows and the two columns side by side', () => {
    // Font 10 px: headings take 16 px; columns 150 px wide with 15 px between them.
    const a = layoutAccounts(accounts, { width: 315, locale: 'zh-CN', fontSize: 10 });
    expect(a.columns).toEqual([
      { metric: 'followers', x: 0, width: 150, label: '粉丝量' },
      { metric: 'posts', x: 165, width: 150, label: '发布信息' },
    ]);
    expect(a.rows.map((r) => [r.label, r.top, r.labelY, r.y])).toEqual([
      ['甲（微信）', 16, 26, 32],
      ['乙', 51, 66, 72],
    ]);
    expect(a.height).toBe(86);
    expect(a.rows.map((r) => r.followers!.width)).toEqual([a.rows[0]!.followers!.width, a.rows[0]!.followers!.width / 2]);
    expect(a.rows[1]!.posts).toMatchObject({ width: 0, valueLabel: '无数据' });
  });

  it('gives one account as a line of words, with the figures it has', () => {
    expect(layoutAccounts([accounts[1]!], { width: 315, locale: 'en', fontSize: 10 })).toMatchObject({ line: '乙: 500 followers', rows: [] });
  });
});

describe('orderCategories', () => {
  it('puts every "other" last, whatever its case or spacing, and gives each a key in order', () => {
    const items = orderCategories([{ label: ' Other ', count: 1 }, { label: '其它', count: 2 }, { label: '公告', count: 3 }], 'en');
    expect(items.map((c) => [c.key, c.label, c.color])).toEqual([
      ['c0', '公告', 'category-1'],
      ['c1', ' Other ', 'category-other-mid'],
      ['c2', '其它', 'category-other-dark'],
    ]);
    // A label merely containing "other" is a category of its own.
    expect(orderCategories([{ label: 'Another', count: 1 }], 'en')[0]!.color).toBe('category-1');
  });
});
