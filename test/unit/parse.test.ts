import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseReportHtml, parseReportSource, parseReportText } from '../../src/parse/parse.js';
import { checkAccounts } from '../../src/report/checks.js';
import { validateReport } from '../../src/report/validate.js';
import { as2019, asCellPerLine, asHtml, asNoisy, asPipeTable, SEED } from '../parse-variants.js';

const expected = JSON.parse(readFileSync(new URL('../../data/dongguan-hrss-2023.json', import.meta.url), 'utf8'));

/** Narrative texts compared without white space, as the issue allows. */
const squeeze = (report: Record<string, any>) =>
  JSON.parse(JSON.stringify(report, (k, v) => (typeof v === 'string' && ['overview', 'problems', 'other'].includes(k) ? v.replace(/\s+/g, '') : v)));

/** The figures only: what every layout must agree on. */
const figures = (report: Record<string, any>) => ({
  proactive: report.proactive,
  applications: report.applications,
  reviewLitigation: report.reviewLitigation,
  platforms: report.platforms,
  year: report.year,
  agency: report.agency?.name,
});

describe('parseReportText', () => {
  it('parseReportText(seed) gives exactly data/dongguan-hrss-2023.json, narrative white space aside', () => {
    const { report, issues } = parseReportText(SEED);
    expect(issues).toEqual([]);
    // The region is not in the text; the published file adds it.
    const withRegion = { ...report, agency: { ...(report.agency as object), region: '广东省东莞市' } };
    expect(squeeze(withRegion)).toEqual(squeeze(expected));
    // Paragraphs are kept: the overview has its eleven paragraphs and sub-headings.
    expect((report.narrative as any).overview.split('\n\n')).toHaveLength(11);
    expect((report.narrative as any).problems).toBe(expected.narrative.problems);
  });

  it('parses to a valid report whose accounts add up', () => {
    const result = validateReport(parseReportText(SEED).report);
    expect(result.ok).toBe(true);
    expect(checkAccounts(result.report!)).toEqual([]);
  });

  it.each([
    ['an HTML page with tables, spans and &nbsp;', () => parseReportHtml(asHtml())],
    ['a pipe table', () => parseReportText(asPipeTable())],
    ['a cell per line', () => parseReportText(asCellPerLine())],
    ['noisy spacing and full-width digits', () => parseReportText(asNoisy())],
    ['HTML, detected by parseReportSource', () => parseReportSource(asHtml())],
  ])('parses %s to the same figures', (_name, parse) => {
    const { report, issues } = parse();
    expect(issues).toEqual([]);
    expect(figures(report)).toEqual(figures(expected));
    expect(squeeze(report).narrative).toEqual(squeeze(expected).narrative);
  });

  it('parses the 2019 format: the same applications, one 其他处理 row, the 2019 columns of section 二', () => {
    const { report, issues } = parseReportText(as2019());
    expect(report.format).toBe('2019');
    expect(issues).toEqual([{ path: 'proactive.fees', kind: 'missing', seen: '2019 format: 行政事业性收费 gives item counts, not an amount' }]);
    const apps = report.applications as any;
    expect(apps.received).toEqual(expected.applications.received);
    expect(apps.outcomes.withheld).toEqual(expected.applications.outcomes.withheld);
    expect(apps.outcomes.otherHandling).toEqual({ other: { naturalPerson: 5, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 5 } });
    expect(apps.outcomes.total).toEqual(expected.applications.outcomes.total);
    expect(report.proactive).toEqual({
      rules: { produced: 0, published: 0, publishedTotal: 0 },
      normativeDocuments: { produced: 4, published: 4, publishedTotal: 57 },
      licensing: 1582,
      penalties: 278,
      coercion: 63,
    });
    expect(report.reviewLitigation).toEqual(expected.reviewLitigation);
    const valid = validateReport(report);
    expect(valid.ok).toBe(true);
    expect(checkAccounts(valid.report!)).toEqual([]);
  });

  it('reports a cell it cannot read, with the text it saw, and guesses nothing', () => {
    const broken = SEED.replace('4. 保护第三方合法权益\t1\t0', '4. 保护第三方合法权益\t壹\t0');
    const { report, issues } = parseReportText(broken);
    expect(issues).toEqual([
      { path: 'applications.outcomes.withheld.thirdPartyRights', kind: 'unreadable', seen: expect.stringContaining('保护第三方合法权益') },
    ]);
    expect((report.applications as any).outcomes.withheld.thirdPartyRights).toBeUndefined();
    expect((report.applications as any).outcomes.withheld.internalAffairs).toEqual(expected.applications.outcomes.withheld.internalAffairs);
  });

  it('reports a blank cell in a row instead of shifting the others', () => {
    const blank = SEED.replace('二、上年结转政府信息公开申请数量\t\t1\t0\t0', '二、上年结转政府信息公开申请数量\t\t1\t\t0');
    const { issues } = parseReportText(blank);
    expect(issues.map((i) => i.path)).toEqual(['applications.carriedOver']);
  });

  it('reports what is missing', () => {
    const { issues } = parseReportText('2023年某某局政府信息公开工作年度报告\n一、总体情况\n今年工作平稳。');
    expect(issues.map((i) => i.path)).toEqual(['proactive', 'applications', 'reviewLitigation']);
  });

  it('reads "/" and "-" as none, and a total-only row as a plain number', () => {
    const text = SEED.replace('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0', '(二) 部分公开\t/\t-\t—\t/\t/\t/\t0').replace(
      '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1',
      '四、结转下年度继续办理\t\t1',
    );
    const { report, issues } = parseReportText(text);
    expect(issues).toEqual([]);
    expect((report.applications as any).outcomes.partlyDisclosed).toEqual(expected.applications.outcomes.partlyDisclosed);
    expect((report.applications as any).carriedForward).toBe(1);
  });
});

describe('htmlToText', () => {
  it('turns rows into lines and cells into tabs, decodes entities, drops scripts and styles', () => {
    expect(htmlToText('<style>x{}</style><script>1 2 3</script><table><tr><td>a&nbsp;b</td><td>&lt;1&gt;</td></tr></table><p>c</p>')).toBe(
      '\n\na b\t\t<1>\n\nc\n',
    );
  });
});
