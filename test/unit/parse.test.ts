import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseReportHtml, parseReportSource, parseReportText } from '../../src/parse/parse.js';
import { checkAccounts } from '../../src/report/checks.js';
import { validateReport } from '../../src/report/validate.js';
import { as2019, asCellPerLine, asHtml, asNoisy, asPipeTable, SEED } from '../parse-variants.js';

/** The 2021 application table's labels, one per line, as a total-only table prints them. */
const APPLICATION_LINES = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '（三）不予公开 1.属于国家秘密',
  '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
  '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供 1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确', '（五）不予处理 1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理',
];

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
    const { report, issues, notes } = parseReportText(as2019());
    expect(report.format).toBe('2019');
    expect(notes.find((n) => n.path === 'format')?.message).toMatch(/^2019 format \(2019 markers: 本年新制作数量/);
    expect(issues).toEqual([]);
    const apps = report.applications as any;
    expect(apps.received).toEqual(expected.applications.received);
    expect(apps.outcomes.withheld).toEqual(expected.applications.outcomes.withheld);
    expect(apps.outcomes.otherHandling).toEqual({ other: { naturalPerson: 5, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 5 } });
    expect(apps.outcomes.total).toEqual(expected.applications.outcomes.total);
    expect(report.proactive).toEqual({
      rules: { produced: 0, published: 0, publishedTotal: 0 },
      normativeDocuments: { produced: 4, published: 4, publishedTotal: 57 },
      licensing: 1582,
      otherServices: 0,
      penalties: 278,
      coercion: 63,
      itemCounts: {
        licensing: { lastYear: 35, change: -2 },
        otherServices: { lastYear: 0, change: 0 },
        penalties: { lastYear: 12, change: 0 },
        coercion: { lastYear: 5, change: 0 },
        fees: { lastYear: 3, change: 0 },
      },
      procurement: { projects: 2, amount: 35.6 },
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
      {
        path: 'applications.outcomes.withheld.thirdPartyRights.naturalPerson',
        kind: 'unreadable',
        seen: '壹',
        why: 'not a number',
        row: '（三）4.保护第三方合法权益',
        column: '自然人',
      },
    ]);
    expect((report.applications as any).outcomes.withheld.thirdPartyRights).toEqual({ commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 1 });
    // In a text without cell positions the whole row is named.
    const stream = parseReportText(asCellPerLine(broken));
    expect(stream.issues.map((i) => [i.path, i.kind])).toEqual([['applications.outcomes.withheld.thirdPartyRights', 'ambiguous']]);
    expect((report.applications as any).outcomes.withheld.internalAffairs).toEqual(expected.applications.outcomes.withheld.internalAffairs);
  });

  it('reads a blank cell between figures as 0, with one note for the table', () => {
    const blank = SEED.replace('二、上年结转政府信息公开申请数量\t\t1\t0\t0', '二、上年结转政府信息公开申请数量\t\t1\t\t0');
    const { report, issues, notes } = parseReportText(blank);
    expect(issues).toEqual([]);
    expect((report.applications as any).carriedOver).toEqual(expected.applications.carriedOver);
    expect(notes).toContainEqual({ path: 'applications', message: 'blank cells in this table read as 0' });
  });

  it('names a row with one figure in a table of seven-figure rows: which column it is cannot be told', () => {
    const lone = SEED.replace('四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1', '四、结转下年度继续办理\t\t1');
    const { report, issues } = parseReportText(lone);
    expect(issues).toEqual([expect.objectContaining({ path: 'applications.carriedForward', kind: 'ambiguous' })]);
    expect((report.applications as any).carriedForward).toBeUndefined();
  });

  it('reports what is missing', () => {
    const { issues } = parseReportText('2023年某某局政府信息公开工作年度报告\n一、总体情况\n今年工作平稳。');
    expect(issues.map((i) => i.path)).toEqual(['proactive', 'applications', 'reviewLitigation']);
  });

  it('reads "/" and "-" as none, and a table with one figure in every row as totals only', () => {
    const text = SEED.replace('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0', '(二) 部分公开\t/\t-\t—\t/\t/\t/\t0');
    const { report, issues } = parseReportText(text);
    expect(issues).toEqual([]);
    expect((report.applications as any).outcomes.partlyDisclosed).toEqual(expected.applications.outcomes.partlyDisclosed);
    const totals = parseReportText(
      APPLICATION_LINES.map((label, i) => `${label} ${i + 1}`).join('\n').replace(/^/, '2023年某局政府信息公开工作年度报告\n'),
    );
    expect(totals.issues.filter((i) => i.path.startsWith('applications'))).toEqual([]);
    expect((totals.report.applications as any).received).toBe(1);
    expect((totals.report.applications as any).carriedForward).toBe(25);
  });
});

describe('htmlToText', () => {
  it('turns rows into lines and cells into tabs, decodes entities, drops scripts and styles', () => {
    expect(htmlToText('<style>x{}</style><script>1 2 3</script><table><tr><td>a&nbsp;b</td><td>&lt;1&gt;</td></tr></table><p>c</p>')).toBe('a b\t<1>\nc');
  });
});
