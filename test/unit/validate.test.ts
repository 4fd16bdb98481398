import { describe, expect, it } from 'vitest';
import { formatPath, parseReport, validateReport } from '../../src/report/validate.js';
import { loadFixture, readFixture } from '../fixtures.js';

const dongguan = () => loadFixture('dongguan-hrss-2023.json') as Record<string, any>;

describe('validateReport', () => {
  it('validateReport(dongguan) accepts the default report and keeps every figure', () => {
    const result = validateReport(dongguan());
    expect(result.ok).toBe(true);
    expect(result.report?.applications?.received).toEqual({
      naturalPerson: 71, commercial: 2, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 73,
    });
    expect(result.report?.proactive?.fees).toBe(498.8);
    expect(result.report?.platforms?.website?.breakdown?.map((b) => b.count)).toEqual([522, 597, 383]);
  });

  it.each(['empty.json', 'zero-applications.json', 'totals-only.json', 'checks-fail.json'])(
    'validateReport(%s) accepts the fixture',
    (name) => expect(validateReport(loadFixture(`fixtures/${name}`)).ok).toBe(true),
  );

  it('validateReport(invalid-types) names every wrong value with its path, in zh-CN', () => {
    const result = validateReport(loadFixture('fixtures/invalid-types.json'));
    expect(result.ok).toBe(false);
    const byPath = Object.fromEntries(result.problems!.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual([
      'applications.outcomes.disclosed.naturalPerson',
      'applications.outcomes.withheld.stateSecret',
      'applications.received.total',
      'platforms.newMedia[0].platform',
      'year',
    ]);
    expect(byPath['applications.received.total']!.message).toBe(
      'applications.received.total：应为非负整数，实际为 "73"',
    );
    expect(byPath['applications.outcomes.disclosed.naturalPerson']!.found).toBe('-1');
    // 1.5 is a number, so the row is read as a count and the count rule is named.
    expect(byPath['applications.outcomes.withheld.stateSecret']!.expected).toBe('非负整数');
    expect(byPath['year']!.expected).toBe('2008至2100之间的年份');
  });

  it('validateReport(invalid-types, "en") speaks English', () => {
    const result = validateReport(loadFixture('fixtures/invalid-types.json'), 'en');
    const received = result.problems!.find((p) => p.path === 'applications.received.total')!;
    expect(received.message).toBe('applications.received.total: expected a non-negative whole number, found "73"');
    const platform = result.problems!.find((p) => p.path === 'platforms.newMedia[0].platform')!;
    expect(platform.expected).toBe('"wechat", "weibo", "douyin", "toutiao" or "other"');
  });

  it('validateReport rejects an unknown schemaVersion and format', () => {
    const result = validateReport({ ...dongguan(), schemaVersion: 2, format: '2024' }, 'en');
    expect(result.problems!.map((p) => p.message)).toEqual([
      'schemaVersion: expected the number 1, found 2',
      'format: expected "2021" or "2019", found "2024"',
    ]);
  });

  it('validateReport says what a missing required key should hold', () => {
    const report = dongguan();
    delete report.agency.name;
    const [problem] = validateReport(report, 'en').problems!;
    expect(problem!.message).toBe('agency.name: expected a text string, found nothing');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-1', -1],
    ['0.5', 0.5],
    ['9007199254740992', 2 ** 53],
    ['null', null],
    ['"5"', '5'],
    ['true', true],
  ])('validateReport rejects a count of %s', (found, value) => {
    const report = dongguan();
    report.proactive.licensing = value;
    const result = validateReport(report, 'en');
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'proactive.licensing', found, expected: 'a non-negative whole number' }),
    ]);
  });

  it('validateReport accepts decimal money but not negative money', () => {
    const report = dongguan();
    report.proactive.fees = 4068.208;
    expect(validateReport(report).ok).toBe(true);
    report.proactive.fees = -1;
    expect(validateReport(report, 'en').problems![0]!.message).toBe(
      'proactive.fees: expected a non-negative number, found -1',
    );
  });

  it('validateReport rejects source urls that are not http or https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.cn/r.pdf', 'https://x.cn/a b']) {
      const report = { ...dongguan(), source: { url } };
      expect(validateReport(report).problems?.[0]?.path, url).toBe('source.url');
    }
    expect(validateReport({ ...dongguan(), source: { url: 'https://www.dg.gov.cn/r.html' } }).ok).toBe(true);
  });

  it('validateReport of a non-object names the document itself', () => {
    for (const input of [null, 42, 'report', [1, 2]]) {
      const [problem] = validateReport(input, 'en').problems!;
      expect(problem!.path).toBe('');
      expect(problem!.message).toMatch(/^the report: expected an object/);
    }
  });

  it('validateReport ignores unknown keys and never copies __proto__ or constructor', () => {
    const text = readFixture('dongguan-hrss-2023.json').replace(
      '"schemaVersion": 1,',
      '"schemaVersion": 1, "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "extra": 1,',
    );
    const result = parseReport(text);
    expect(result.ok).toBe(true);
    expect(Object.keys(result.report!)).not.toContain('extra');
    expect(Object.prototype.hasOwnProperty.call(result.report, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
  });

  it('validateReport accepts a row object without total, and rows left out', () => {
    const report = dongguan();
    delete report.applications.received.total;
    delete report.applications.outcomes.withheld;
    expect(validateReport(report).ok).toBe(true);
  });
});

describe('parseReport', () => {
  it('parseReport(malformed) says the text is not JSON', () => {
    const result = parseReport(readFixture('fixtures/malformed.json'), 'en');
    expect(result.ok).toBe(false);
    expect(result.problems![0]!.message).toMatch(/^Not valid JSON \(a mistake near character \d+\)$/);
    // The place only, never the engine's English words.
    expect(parseReport('{', 'zh-CN').problems![0]!.message).toBe('不是有效的 JSON（第2个字符附近有误）');
  });
});

describe('validateReport at scale', () => {
  it('names each of 20,000 bad items, each problem once', () => {
    const report = loadFixture('dongguan-hrss-2023.json') as Record<string, any>;
    report.platforms.website.breakdown = Array.from({ length: 20_000 }, () => ({ label: 1, count: -1 }));
    const { problems } = validateReport(report, 'en');
    // Two problems an item (label and count), none repeated. (No timing here: deduplicating
    // through a Set keeps this linear; it took seconds when each was compared with all before.)
    expect(problems).toHaveLength(40_000);
    expect(new Set(problems!.map((p) => p.message)).size).toBe(40_000);
  });
});

describe('validateReport at its boundaries', () => {
  const problemsOf = (patch: (r: Record<string, any>) => void) => {
    const report = loadFixture('dongguan-hrss-2023.json') as Record<string, any>;
    patch(report);
    return validateReport(report, 'en').problems ?? [];
  };

  it.each([
    ['money up to 1e15', (r: Record<string, any>) => (r.proactive.fees = 1e15), 0],
    ['money over 1e15', (r: Record<string, any>) => (r.proactive.fees = 1.5e15), 1],
    ['the year 2008', (r: Record<string, any>) => (r.year = 2008), 0],
    ['the year 2100', (r: Record<string, any>) => (r.year = 2100), 0],
    ['the year 2007', (r: Record<string, any>) => (r.year = 2007), 1],
    ['the year 2101', (r: Record<string, any>) => (r.year = 2101), 1],
    ['a date without its zeros', (r: Record<string, any>) => (r.publishedOn = '2024-1-19'), 1],
    ['a date with text after it', (r: Record<string, any>) => (r.publishedOn = '2024-01-19 ok'), 1],
    ['a date with text before it', (r: Record<string, any>) => (r.publishedOn = 'on 2024-01-19'), 1],
    ['a day 00', (r: Record<string, any>) => (r.publishedOn = '2024-01-00'), 1],
    ['an address in capitals', (r: Record<string, any>) => (r.source = { url: 'HTTPS://WWW.DG.GOV.CN/' }), 0],
    ['an address without its scheme\'s start', (r: Record<string, any>) => (r.source = { url: 'xhttp://a.cn' }), 1],
    ['http without s', (r: Record<string, any>) => (r.source = { url: 'http://a.cn' }), 0],
  ])('%s', (_, patch, count) => {
    expect(problemsOf(patch)).toHaveLength(count);
  });

  it('says a date or an address that is not text is not text', () => {
    expect(problemsOf((r) => (r.publishedOn = 20240119))[0]!.expected).toBe('a text string');
    expect(problemsOf((r) => (r.source = { url: 1 }))[0]!.expected).toBe('a text string');
    expect(problemsOf((r) => (r.publishedOn = '2024'))[0]!.expected).toBe('a date as YYYY-MM-DD');
  });

  it('shows what was found briefly and safely', () => {
    const found = (value: unknown) => problemsOf((r) => (r.year = value))[0]!.found;
    expect(found('x'.repeat(38))).toBe(`"${'x'.repeat(38)}"`);
    expect(found('x'.repeat(39))).toBe(`"${'x'.repeat(37)}…"`);
    expect(found({ a: 1 })).toBe('{…}');
    expect(found([1])).toBe('[…]');
    expect(found(() => 1)).toBe('function');
    expect(found(null)).toBe('null');
  });

  it('writes a path as JavaScript would', () => {
    expect(formatPath([{ key: 'platforms' }, { key: 'newMedia' }, { key: 0 }, { key: 'name' }])).toBe('platforms.newMedia[0].name');
    expect(formatPath([{ key: 'a' }, { key: 'b-c' }, { key: '1x' }])).toBe('a["b-c"]["1x"]');
    expect(formatPath(undefined)).toBe('');
    const report = loadFixture('dongguan-hrss-2023.json') as Record<string, any>;
    report.platforms.newMedia[0].name = 5;
    expect(validateReport(report, 'en').problems![0]!.path).toBe('platforms.newMedia[0].name');
  });

  it('names the place of a JSON mistake past the first ten characters', () => {
    expect(parseReport('{"abc": 12,}', 'zh-CN').problems![0]).toMatchObject({
      message: '不是有效的 JSON（第12个字符附近有误）',
      expected: 'JSON',
    });
  });
});
