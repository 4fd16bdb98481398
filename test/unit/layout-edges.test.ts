/**
 * The widgets' pure layouts at the edges of what a report gives: a figure or a part missing,
 * a section with nothing in it, one account or several. (Mutation testing found these
 * branches unguarded.)
 */
import { describe, expect, it } from 'vitest';
import { applicantTone, layoutOutcomes, summarizeOutcomes } from '../../src/elements/disclosure-outcomes/disclosure-outcomes.layout.js';
import { hasProactive, layoutEnforcement } from '../../src/elements/enforcement-counts/enforcement-counts.layout.js';
import { layoutReview } from '../../src/elements/review-litigation/review-litigation.layout.js';
import { hasTraffic, layoutAccounts, layoutTraffic, orderCategories, trafficMarks } from '../../src/elements/site-traffic/site-traffic.layout.js';

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

describe('layoutOutcomes at the edges', () => {
  const wide = { ...zh, width: 600, fontSize: 14 };

  it('writes a value without a share when nothing was answered, and says so in the summary', () => {
    // Two requests came in and both were carried forward: none answered, so no share and no rate.
    const g = layoutOutcomes({ received: 2, outcomes: { disclosed: 0, total: 0 }, carriedForward: 2 }, wide);
    expect(g.nothing).toBe(false);
    expect(g.bars.rows[0]!.valueLabel).toBe('0件');
    expect(g.summary).toBe('2023年办结政府信息公开申请0件，其中予以公开和部分公开0件，公开率无数据；结转下年度2件。');
  });

  it('is a year with nothing only when nothing came in, was answered or carried forward', () => {
    expect(layoutOutcomes({ received: 0, carriedOver: 0, outcomes: { total: 0 }, carriedForward: 0 }, wide).nothing).toBe(true);
    expect(layoutOutcomes({ received: 0, carriedOver: 0, outcomes: { total: 0 }, carriedForward: 1 }, wide).nothing).toBe(false);
    expect(layoutOutcomes({ received: 0, carriedOver: 0, outcomes: { total: 5 }, carriedForward: 0 }, wide).nothing).toBe(false);
    // Nothing given at all is not a year with nothing in it: it is a year we know nothing of.
    expect(layoutOutcomes({}, wide).nothing).toBe(false);
  });

  it('has no summary without the requests answered', () => {
    expect(layoutOutcomes({ received: 3 }, wide).summary).toBe('');
    expect(layoutOutcomes({ received: 0, carriedOver: 0, outcomes: { total: 0 }, carriedForward: 0 }, wide).summary).toBe('');
  });

  it('sets 结转下年度 apart from the outcome groups', () => {
    const rows = layoutOutcomes({ outcomes: { disclosed: 1 }, carriedForward: 1 }, wide).bars.rows;
    expect(rows[1]!.top).toBe(rows[0]!.bottom);
    expect(rows[6]!.top).toBeGreaterThan(rows[5]!.bottom);
  });

  it('ranks reasons by count, ties in the form\'s order, a reason not given after a zero', () => {
    const g = layoutOutcomes(
      { outcomes: { unavailable: { needsCreation: 0, stillUnclear: 2 }, withheld: { endangersSecurity: 1, stateSecret: 1, internalAffairs: 1 } } },
      { ...wide, selected: 'unavailable' },
    );
    expect(g.reasons!.bars.rows.map((r) => r.key)).toEqual(['stillUnclear', 'needsCreation', 'notHeld']);
    const later = layoutOutcomes({ outcomes: { unavailable: { notHeld: 0, stillUnclear: 1 } } }, { ...wide, selected: 'unavailable' });
    expect(later.reasons!.bars.rows.map((r) => r.key)).toEqual(['stillUnclear', 'notHeld', 'needsCreation']);
    const w = layoutOutcomes({ outcomes: { withheld: { internalAffairs: 1, stateSecret: 1, endangersSecurity: 1 } } }, { ...wide, selected: 'withheld' });
    expect(w.reasons!.bars.rows.slice(0, 3).map((r) => r.key)).toEqual(['stateSecret', 'endangersSecurity', 'internalAffairs']);
  });

  it('draws the reasons inside their panel, on the scale of the outcome groups', () => {
    const g = layoutOutcomes({ outcomes: { disclosed: 90, unavailable: { notHeld: 10 } } }, { ...wide, selected: 'unavailable' });
    expect(g.reasons!.bars.width).toBe(600 - 24);
    // 10 of the largest group's 90: a short bar, not one across the panel.
    expect(g.reasons!.bars.rows[0]!.width).toBeLessThan(g.reasons!.bars.width / 5);
  });

  it('labels an applicant segment with its name and count where it fits', () => {
    const g = layoutOutcomes({ received: { naturalPerson: 71, commercial: 2, research: 0, publicInterest: 0, legalService: 0, other: 0 } }, wide);
    expect(g.applicants.segments[0]!.text).toBe('自然人 71件');
  });
});

describe('layoutReview at the edges', () => {
  it('knows nothing of decided cases or a summary when the report gives no block', () => {
    const g = layoutReview({}, { ...zh, locale: 'en' });
    expect([g.total, g.decided, g.rate, g.summary]).toEqual([undefined, undefined, undefined, '']);
  });

  it('says the rate is unknown while every case is pending', () => {
    expect(layoutReview({ review: { pending: 2, total: 2 } }, zh).summary).toContain('纠错率无数据');
  });

  it('has no summary in a year with no cases', () => {
    expect(layoutReview({ review: { total: 0 } }, zh).summary).toBe('');
  });
});

describe('layoutEnforcement at the edges', () => {
  it('sums up normative documents only when all three figures are given', () => {
    expect(layoutEnforcement({ normativeDocuments: { issued: 1, repealed: 2 }, penalties: 3 }, zh).summary).not.toContain('制发');
    expect(layoutEnforcement({ normativeDocuments: { issued: 1, repealed: 2, inForce: 9 } }, zh).summary).toContain('制发行政规范性文件1');
  });
});

describe('layoutTraffic at the edges', () => {
  const categories = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `类${i}`, count: i + 1 }));

  it('ranks categories as bars from seven on; six read as a legend', () => {
    expect(layoutTraffic({ website: { breakdown: categories(6) } }, zh).categories!.bars).toBeUndefined();
    expect(layoutTraffic({ website: { breakdown: categories(7) } }, zh).categories!.bars!.rows).toHaveLength(7);
  });

  it('ranks "other" last even when it is the largest, whatever its spacing', () => {
    const g = layoutTraffic({ website: { breakdown: [...categories(6), { label: ' 其他 ', count: 99 }] } }, zh);
    expect(g.categories!.bars!.rows.map((r) => r.label)).toEqual(['类5', '类4', '类3', '类2', '类1', '类0', ' 其他 ']);
    expect(g.categories!.total).toBe(21 + 99);
  });

  it('writes no share when every category is zero', () => {
    const g = layoutTraffic({ website: { breakdown: [{ label: '通知', count: 0 }] } }, zh);
    expect(g.categories!.items[0]!.valueLabel).toBe('0条');
  });

  it('adds followers only of the accounts that give them; no accounts, no count', () => {
    const g = layoutTraffic({ newMedia: [{ name: '甲', followers: 5 }, { name: '乙', posts: 2 }] }, zh);
    expect(g.followers).toBe(5);
    expect(g.accountCount).toBe(2);
    const none = layoutTraffic({ website: { pageViews: 1 } }, zh);
    expect([none.accountCount, none.accounts, none.followers]).toEqual([0, undefined, undefined]);
  });

  it('says in the summary what is given, the largest category only among several, and nothing else', () => {
    expect(layoutTraffic({}, zh).summary).toBe('');
    const one = layoutTraffic({ website: { published: 4, breakdown: [{ label: '通知', count: 4 }] } }, zh).summary;
    expect(one).toBe('网站发布信息4条。');
    const tie = layoutTraffic({ website: { breakdown: [{ label: '通知', count: 4 }, { label: '公告', count: 4 }] } }, zh).summary;
    expect(tie).toBe('其中通知最多，4条。');
    const accounts = layoutTraffic({ newMedia: [{ name: '甲', followers: 5 }, { name: '乙' }] }, zh).summary;
    expect(accounts).toBe('政务新媒体2个账号，粉丝共5。');
    expect(layoutTraffic({ newMedia: [{ name: '甲', posts: 5 }, { name: '乙' }] }, zh).summary).toBe('');
  });

  it('speaks each account\'s figure with its platform, and has no marks for a figure no account gives', () => {
    const g = layoutTraffic({ newMedia: [{ name: '甲', platform: 'wechat', followers: 1200 }, { name: '乙', followers: 3 }] }, zh);
    expect(trafficMarks(g, 'followers')!.map((m) => m.announce)).toEqual(['甲（微信） · 粉丝量：1,200', '乙 · 粉丝量：3']);
    expect(trafficMarks(g, 'posts')).toEqual([]);
    expect(g.accounts!.rows.map((r) => r.key)).toEqual(['a0', 'a1']);
    expect(layoutAccounts([{ name: '甲', followers: 1 }], { width: 300, locale: 'zh-CN', fontSize: 10 }).columns).toEqual([]);
  });

  it('speaks a category with its unit and share', () => {
    const g = layoutTraffic({ website: { breakdown: [{ label: '通知', count: 3 }, { label: '公告', count: 1 }] } }, zh);
    expect(trafficMarks(g, 'categories')!.map((m) => m.announce)).toEqual(['通知：3条，占75.0%', '公告：1条，占25.0%']);
  });

  it('counts a website breakdown only when it lists something, and a figure only when it is there', () => {
    expect(hasTraffic({ website: { breakdown: [] } })).toBe(false);
    expect(hasTraffic({ website: { pageViews: undefined } })).toBe(false);
  });

  it('gives one metric the whole width, and the rows of accounts no gaps between them', () => {
    const a = layoutAccounts([{ name: '甲', posts: 1 }, { name: '乙', posts: 2 }], { width: 300, locale: 'zh-CN', fontSize: 10 });
    expect(a.columns).toEqual([{ metric: 'posts', x: 0, width: 300, label: '发布信息' }]);
    expect(a.rows[0]!.bottom).toBe(a.rows[1]!.top);
    expect(a.rows[1]!.bottom).toBeGreaterThan(a.rows[1]!.y + a.barHeight);
  });
});
