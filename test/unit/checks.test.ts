import { describe, expect, it } from 'vitest';
import { checkAccounts, describeWarning, placeOf } from '../../src/report/checks.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const report = (name: string) => loadFixture(name) as Report;

describe('checkAccounts', () => {
  it('checkAccounts(dongguan) finds nothing wrong', () => {
    expect(checkAccounts(report('dongguan-hrss-2023.json'))).toEqual([]);
  });

  it('checkAccounts(totals-only) checks the total column and finds nothing wrong', () => {
    expect(checkAccounts(report('fixtures/totals-only.json'))).toEqual([]);
  });

  it('checkAccounts(checks-fail) reports each failure with path, expected and found', () => {
    expect(checkAccounts(report('fixtures/checks-fail.json'))).toEqual([
      // 1. 71 + 1 new and carried over = 71 answered + ? carried forward → expected 1, found 2.
      { check: 1, path: 'applications.carriedForward.naturalPerson', expected: 1, found: 2 },
      // 2. The outcomes of natural persons add up to 70, but the total row says 71.
      { check: 2, path: 'applications.outcomes.total.naturalPerson', expected: 70, found: 71 },
      { check: 1, path: 'applications.carriedForward.total', expected: 1, found: 2 },
      // 3. disclosed: 53 + 2 = 55, total kept at 56.
      { check: 3, path: 'applications.outcomes.disclosed.total', expected: 55, found: 56 },
      { check: 4, path: 'reviewLitigation.review.total', expected: 1, found: 2 },
    ]);
  });

  it('checkAccounts check 5 compares items published with their breakdown', () => {
    const r = report('dongguan-hrss-2023.json');
    r.platforms!.website!.published = 1500;
    expect(checkAccounts(r)).toEqual([{ check: 5, path: 'platforms.website.published', expected: 1502, found: 1500 }]);
  });

  it('checkAccounts skips a check when a figure it needs is missing', () => {
    const r = report('dongguan-hrss-2023.json');
    delete r.applications!.carriedForward;
    delete r.applications!.outcomes!.withheld;
    r.applications!.outcomes!.total = 999;
    // Check 1 needs carriedForward; check 2 needs all 21 rows: neither runs.
    expect(checkAccounts(r)).toEqual([]);
  });

  it('checkAccounts derives a missing total from the six columns', () => {
    const r = report('dongguan-hrss-2023.json');
    const received = r.applications!.received as Record<string, number>;
    delete received.total;
    received.naturalPerson = 72;
    expect(checkAccounts(r).map((w) => w.path)).toEqual([
      'applications.carriedForward.naturalPerson',
      'applications.carriedForward.total',
    ]);
  });

  it('checkAccounts of an empty report is empty', () => {
    expect(checkAccounts(report('fixtures/empty.json'))).toEqual([]);
  });
});

describe('describeWarning', () => {
  const warning = { check: 4, path: 'reviewLitigation.review.total', expected: 1, found: 2 } as const;
  it('describeWarning(w, "zh-CN") states the rule and both figures, the figure named in words', () => {
    expect(describeWarning(warning, 'zh-CN')).toBe('行政复议 · 总计：总计 = 维持 + 纠正 + 其他 + 尚未审结，应为1，实为2');
  });
  it('describeWarning(w, "en") states it in English', () => {
    expect(describeWarning(warning, 'en')).toBe(
      'Administrative review · Total: total = upheld + corrected + other + pending; expected 1, found 2',
    );
  });
});

describe('placeOf', () => {
  it.each([
    ['applications.carriedForward.naturalPerson', 'zh-CN', '结转下年度 · 自然人'],
    ['applications.carriedForward.naturalPerson', 'en', 'Carried forward · Individuals'],
    ['applications.outcomes.total.commercial', 'zh-CN', '办理结果总计 · 商业企业'],
    ['applications.outcomes.disclosed.total', 'zh-CN', '予以公开 · 总计'],
    ['applications.outcomes.withheld.stateSecret.total', 'zh-CN', '不予公开 · 属于国家秘密 · 总计'],
    ['applications.received.total', 'en', 'New requests · Total'],
    ['platforms.website.published', 'zh-CN', '网站发布信息'],
  ] as const)('placeOf(%s, %s) is "%s"', (path, locale, words) => {
    expect(placeOf(path, locale)).toBe(words);
  });

  it('names in words every figure a check can point at, in both languages', () => {
    // Every row's total one too many: check 3 fires on every row of the table, checks 1 and 2
    // on their balancing figures, check 4 on every block and check 5 on the website.
    const r = report('dongguan-hrss-2023.json') as Report & Record<string, any>;
    const bump = (row: Record<string, number>) => (row.total! += 1);
    const apps = r.applications!;
    for (const row of [apps.received, apps.carriedOver, apps.carriedForward, apps.outcomes!.total]) bump(row as never);
    for (const group of Object.values(apps.outcomes!)) {
      if (typeof group !== 'object') continue;
      if ('total' in group) bump(group as never);
      else for (const row of Object.values(group)) bump(row as never);
    }
    for (const block of Object.values(r.reviewLitigation!)) block!.total! += 1;
    r.platforms!.website!.published! += 1;
    const paths = checkAccounts(r).map((w) => w.path);
    expect(new Set(paths.map((p) => p.split('.').slice(0, 3).join('.'))).size).toBeGreaterThan(10);
    for (const locale of ['zh-CN', 'en'] as const)
      for (const path of paths) {
        const place = placeOf(path, locale);
        // Words, not a path: no dots, no camelCase keys, nothing missing.
        expect(place, path).toMatch(/^[^.]+$/);
        expect(place, path).not.toMatch(/undefined|[a-z][A-Z]/);
      }
  });
});

describe('checkAccounts, row by row', () => {
  const row = (total: number, naturalPerson = total) => ({ naturalPerson, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total });

  it.each(['received', 'carriedOver', 'carriedForward'] as const)('points check 3 at applications.%s.total when its columns do not add up', (key) => {
    const apps = { received: row(3), carriedOver: row(1), outcomes: { disclosed: row(4), total: row(4) }, carriedForward: row(0) };
    apps[key] = row(apps[key].total, apps[key].total + 1);
    const paths = checkAccounts({ applications: apps } as unknown as Report).filter((w) => w.check === 3).map((w) => w.path);
    expect(paths).toEqual([`applications.${key}.total`]);
  });

  it('points check 3 at the outcomes total row too', () => {
    const apps = { received: row(3), carriedOver: row(1), outcomes: { disclosed: row(4), total: row(4, 5) }, carriedForward: row(0) };
    expect(checkAccounts({ applications: apps } as unknown as Report).filter((w) => w.check === 3).map((w) => w.path)).toEqual([
      'applications.outcomes.total.total',
    ]);
  });

  it('runs check 1 only where new, carried over and the outcomes total are all given', () => {
    const apps = { received: 3, carriedForward: 9 };
    expect(checkAccounts({ applications: apps } as unknown as Report)).toEqual([]);
    const withTotal = { received: 3, carriedOver: 1, outcomes: { total: 4 }, carriedForward: 9 };
    expect(checkAccounts({ applications: withTotal } as unknown as Report)).toEqual([
      { check: 1, path: 'applications.carriedForward.total', expected: 0, found: 9 },
    ]);
  });
});
