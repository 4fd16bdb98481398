import { describe, expect, it } from 'vitest';
import { byAgency, collectionItems, crossYearChecks, describeCrossYear, validateCollection } from '../../src/report/collection.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const dongguan = loadFixture('dongguan-hrss-2023.json') as Report;

/** The Dongguan report moved to another year (and agency), its carried rows and stock set. */
function year(y: number, options: { over?: number; forward?: number; inForce?: number; agency?: string } = {}): Report {
  const report = structuredClone(dongguan);
  report.year = y;
  if (options.agency) report.agency = { name: options.agency };
  const apps = report.applications!;
  if (options.over !== undefined) apps.carriedOver = { ...(apps.carriedOver as object), naturalPerson: options.over, total: options.over };
  if (options.forward !== undefined)
    apps.carriedForward = { ...(apps.carriedForward as object), naturalPerson: options.forward, total: options.forward };
  // Dongguan's stock (4 issued, 3 repealed, 57 in force) does not follow from itself a year on.
  if (options.inForce === undefined) delete report.proactive!.normativeDocuments;
  else report.proactive!.normativeDocuments = { issued: 4, repealed: 3, inForce: options.inForce };
  return report;
}

describe('collectionItems', () => {
  it('takes an array, or the reports of an object', () => {
    expect(collectionItems([1, 2], 'zh-CN').items).toEqual([1, 2]);
    expect(collectionItems({ reports: ['a.json'] }, 'zh-CN').items).toEqual(['a.json']);
  });

  it.each([[{}], [{ reports: 'a.json' }], ['a.json'], [null], [7]])('refuses %j with the shape it expects, in the reader’s language', (input) => {
    const zh = collectionItems(input, 'zh-CN').problems!;
    expect(zh).toHaveLength(1);
    expect(zh[0]!.message).toContain('{ "reports": [ … ] }');
    expect(zh[0]!.message).toContain('报告根对象');
    expect(collectionItems(input, 'en').problems![0]!.message).toContain('an array of reports');
  });
});

describe('validateCollection', () => {
  it('gives the reports in the order given, each with its own accounting checks', () => {
    const broken = year(2022);
    (broken.reviewLitigation!.review as { total: number }).total = 5;
    const result = validateCollection([year(2023), broken], 'zh-CN');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.collection.reports.map((r) => r.year)).toEqual([2023, 2022]);
    expect(result.collection.checks[0]).toEqual([]);
    expect(result.collection.checks[1]).toEqual([{ check: 4, path: 'reviewLitigation.review.total', expected: 1, found: 5 }]);
  });

  it('names a bad item by its place in the collection', () => {
    const bad = { ...year(2022), year: '2022' };
    const plain = validateCollection([year(2023), bad], 'en');
    expect(plain.ok).toBe(false);
    expect(plain.problems?.map((p) => p.path)).toEqual(['[1].year']);
    expect(plain.problems?.[0]!.message).toMatch(/^\[1\]\.year: /);
    const wrapped = validateCollection([bad], 'zh-CN', 'reports');
    expect(wrapped.problems?.map((p) => p.path)).toEqual(['reports[0].year']);
    expect(validateCollection([7], 'en').problems?.map((p) => p.path)).toEqual(['[0]']);
  });

  it('refuses two reports of one agency for one year, naming both', () => {
    const result = validateCollection([year(2022), year(2023), year(2022)], 'zh-CN');
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems![0]!.message).toBe('[0]和[2]都是东莞市人力资源和社会保障局2022年的报告，无法确定使用哪一份');
    // The same year of two agencies is a comparison, not a duplicate.
    expect(validateCollection([year(2022), year(2022, { agency: '某县财政局' })], 'zh-CN').ok).toBe(true);
  });
});

describe('crossYearChecks (check 6)', () => {
  it('finds nothing where each year carries over what the year before carried forward', () => {
    expect(crossYearChecks([year(2021, { forward: 3 }), year(2022, { over: 3, forward: 1 }), year(2023, { over: 1 })])).toEqual([]);
  });

  it('flags a planted mismatch, in the column and the total, naming both years and both figures', () => {
    const warnings = crossYearChecks([year(2023, { over: 5 }), year(2022, { forward: 4 })]);
    expect(warnings).toEqual([
      {
        check: 6,
        agency: '东莞市人力资源和社会保障局',
        year: 2023,
        path: 'applications.carriedOver.naturalPerson',
        found: 5,
        previousYear: 2022,
        previousPath: 'applications.carriedForward.naturalPerson',
        expected: 4,
      },
      expect.objectContaining({ path: 'applications.carriedOver.total', found: 5, expected: 4 }),
    ]);
    expect(describeCrossYear(warnings[0]!, 'zh-CN')).toBe(
      '东莞市人力资源和社会保障局：2023年上年结转（自然人）为5，与2022年报告推算的4不符',
    );
    expect(describeCrossYear(warnings[1]!, 'en')).toBe(
      '东莞市人力资源和社会保障局: carried over from last year (total) is 5 in 2023, but the 2022 report makes it 4',
    );
  });

  it('does not compare across a missing year: a gap is not a zero', () => {
    expect(crossYearChecks([year(2021, { forward: 9 }), year(2023, { over: 1 })])).toEqual([]);
  });

  it('compares each agency with itself only', () => {
    expect(crossYearChecks([year(2022, { forward: 9 }), year(2023, { over: 1, agency: '某县财政局' })])).toEqual([]);
  });

  it('compares the totals of rows given as totals only, and no column', () => {
    const before = year(2022);
    before.applications!.carriedForward = 7;
    const after = year(2023, { over: 2 });
    expect(crossYearChecks([before, after]).map((w) => [w.path, w.found, w.expected])).toEqual([['applications.carriedOver.total', 2, 7]]);
  });

  it('checks the normative documents in force against last year’s plus issued less repealed', () => {
    // 2022: 56 in force; 2023 issues 4 and repeals 3: 57.
    expect(crossYearChecks([year(2022, { inForce: 56 }), year(2023, { inForce: 57 })])).toEqual([]);
    const [warning] = crossYearChecks([year(2022, { inForce: 50 }), year(2023, { inForce: 57 })]);
    expect(warning).toMatchObject({ path: 'proactive.normativeDocuments.inForce', found: 57, expected: 51, year: 2023, previousYear: 2022 });
    expect(describeCrossYear(warning!, 'zh-CN')).toBe('东莞市人力资源和社会保障局：2023年行政规范性文件现行有效件数为57，与2022年报告推算的51不符');
  });

  it('skips a check whose figures are not all given', () => {
    const before = year(2022);
    delete before.applications!.carriedForward;
    const after = year(2023, { inForce: 57 });
    delete after.proactive!.normativeDocuments!.repealed;
    expect(crossYearChecks([before, after])).toEqual([]);
  });
});

describe('byAgency', () => {
  it('groups reports by agency, each sorted by year', () => {
    const groups = byAgency([year(2023), year(2021, { agency: 'B' }), year(2019)]);
    expect([...groups.keys()]).toEqual(['东莞市人力资源和社会保障局', 'B']);
    expect(groups.get('东莞市人力资源和社会保障局')!.map((r) => r.year)).toEqual([2019, 2023]);
  });
});
