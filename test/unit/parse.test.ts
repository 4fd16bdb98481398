import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseReportHtml, parseReportSource, parseReportText, readTitle } from '../../src/parse/parse.js';
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

describe('readTitle', () => {
  it.each([
    ['某县发展和改革局2023年政府信息公开工作年度报告', '某县发展和改革局', 2023],
    ['2023年东莞市人力资源和社会保障局政府信息公开工作年度报告', '东莞市人力资源和社会保障局', 2023],
    ['某市生态环境局 2022 年政府信息公开年度报告', '某市生态环境局', 2022],
    ['某区人民政府2021年度政府信息公开工作年报', '某区人民政府', 2021],
    ['2020年某市人民政府信息公开工作年度报告', '某市人民政府', 2020],
    ['某某街道办事处政府信息公开工作年度报告（2024年）', '某某街道办事处', 2024],
    ['标题：某县审计局2023年政府信息公开工作年度报告', '某县审计局', 2023],
  ])('readTitle(%s) gives the agency and the year', (title, agency, year) => {
    expect(readTitle(title)).toMatchObject({ agency, year });
  });
});

describe('parseReportText: the title and agency where a PDF breaks the lines', () => {
  it('joins a title wrapped inside its last words (…工作年 / 度报告)', () => {
    const { report } = parseReportText('某市交通运输局2024年政府信息公开工作年\n度报告\n一、总体情况\n概况。');
    expect(report).toMatchObject({ agency: { name: '某市交通运输局' }, year: 2024 });
  });

  it('reads "本报告由…编写" over a line end, and the year from the statistics interval', () => {
    const { report } = parseReportText('政府信息公开工作年度报告\n本报告由某市交通运输局依照条例编\n写，所列数据的统计区间为2024年1月1日至12月31日。\n一、总体情况\n概况。');
    expect(report).toMatchObject({ agency: { name: '某市交通运输局' }, year: 2024 });
  });
});

describe('prose', () => {
  const wrap = (one: string, five = '', six = '') =>
    `某局2023年政府信息公开工作年度报告\n一、总体情况\n${one}\n五、政府信息公开工作存在的主要问题及整改措施\n${five}\n六、其他需要报告的事项\n${six}`;

  it('takes narrative.problems under a reworded heading', () => {
    const { report } = parseReportText(wrap('概况。', '人手不足，今后加强培训。'));
    expect((report.narrative as any).problems).toBe('人手不足，今后加强培训。');
  });

  it('reads informationFees 0 from the ways a report says none was charged, and an amount when one was', () => {
    for (const sentence of ['本年度未收取信息处理费。', '全年没有发生计收信息处理费的情况。', '本机关未产生信息处理费。', '信息处理费为0元。'])
      expect(parseReportText(wrap('概况。', '', sentence)).report.informationFees).toBe(0);
    expect(parseReportText(wrap('概况。', '', '本年度按规定收取信息处理费3940元。')).report.informationFees).toBe(3940);
    expect(parseReportText(wrap('概况。', '', '本年度收取信息处理费10元。')).report.informationFees).toBe(10);
  });

  it('counts the government website, not a new-media account or another portal, as website.published', () => {
    const own = parseReportText(wrap('本年度通过某局门户网站发布信息共120条，其中动态类80条，通知类40条。'));
    expect((own.report.platforms as any).website).toEqual({ name: '某局门户网站', published: 120, breakdown: [{ label: '动态', count: 80 }, { label: '通知', count: 40 }] });
    const other = parseReportText(wrap('本年度通过政务服务网发布信息共300条。政务微信“某局发布”发布信息共50条，粉丝2万人。'));
    expect((other.report.platforms as any).website).toBeUndefined();
    expect((other.report.platforms as any).newMedia).toEqual([{ name: '某局发布', platform: 'wechat', posts: 50, followers: 20000 }]);
  });
});

describe('parseReportText on a document it cannot place', () => {
  it('names a missing agency instead of writing an empty one, and says which headings it saw', () => {
    const { report, issues } = parseReportText('政府信息公开工作年度报告\n一、总体情况\n概况。');
    expect(report.agency).toBeUndefined();
    expect(issues.find((i) => i.path === 'agency.name')).toMatchObject({ kind: 'missing' });
    expect(issues.find((i) => i.path === 'applications')).toMatchObject({ kind: 'missing', seen: 'sections found: overview' });
  });
});

describe('parseReportText on a text layer read column by column', () => {
  // The application table as some PDF extractors give it: every label, then every figure (or
  // every figure, then every label). A label with no figure after it is not an all-blank row here.
  const rows = (['received', 'carriedOver'] as const).map((k) => expected.applications[k]);
  const figures = Array.from({ length: 25 }, (_, i) => (i < 2 ? Object.values(rows[i]!) : [0, 0, 0, 0, 0, 0, 0]).join('\n'));
  const head = '2023年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n';

  it.each([
    ['labels first, then the figures', head + [...APPLICATION_LINES, ...figures].join('\n')],
    ['the figures first, then the labels, the last with its own figures', head + [...figures.slice(0, 24), ...APPLICATION_LINES, figures[24]].join('\n')],
  ])('names every row and writes no figure: %s', (_name, text) => {
    const { report, issues } = parseReportText(text);
    // Only the last row, whose seven figures follow its label, may be read (all zeros, as printed).
    expect(Object.keys((report.applications as object | undefined) ?? {}).filter((k) => k !== 'carriedForward')).toEqual([]);
    const named = issues.filter((i) => i.path.startsWith('applications.'));
    expect(named.length).toBeGreaterThanOrEqual(24);
    expect(named.every((i) => i.kind === 'ambiguous' || i.kind === 'missing')).toBe(true);
  });
});

describe('parseReportText on a 2021 report that prints one （六）其他处理 row', () => {
  const lines = SEED.split('\n');
  const at = lines.findIndex((l) => l.includes('(六) 其他处理'));
  const single = [...lines.slice(0, at), '\t(六) 其他处理\t5\t0\t0\t0\t0\t0\t5', ...lines.slice(at + 3)].join('\n');

  it('reads the row as otherHandling.other and says so', () => {
    const { report, issues, notes } = parseReportText(single);
    expect(report.format).toBe('2021');
    expect(issues).toEqual([]);
    expect((report.applications as any).outcomes.otherHandling).toEqual({ other: { naturalPerson: 5, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 5 } });
    expect(notes).toContainEqual({ path: 'applications.outcomes.otherHandling', message: '（六）其他处理 is one row here, as in the 2019 form: read as otherHandling.other' });
  });

  it('says nothing of it when the table stops before （六）', () => {
    const cut = SEED.slice(0, SEED.indexOf('(五) 不予处理'));
    expect(parseReportText(cut).notes.map((n) => n.path)).not.toContain('applications.outcomes.otherHandling');
  });
});

describe('parseReportText on figures run into their labels (a narrow table’s text layer)', () => {
  const proactive = (fees: string) =>
    ['2023年某局政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第(一)项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', '行政规范性文件88 55 698', '第二十条第(五)项', '信息内容 本年处理决定数量', '行政许可 10690', '第二十条第(六)项', '信息内容 本年处理决定数量', '行政处罚 2113', '行政强制 0', '第二十条第(八)项', '信息内容 本年收费金额(单位:万元)', fees].join('\n');

  it('reads a figure printed hard against its label as that row’s figure', () => {
    const { report, issues } = parseReportText(proactive('行政事业性收费9116.36'));
    expect(issues.filter((i) => i.path.startsWith('proactive'))).toEqual([]);
    expect(report.proactive).toMatchObject({ normativeDocuments: { issued: 88, repealed: 55, inForce: 698 }, fees: 9116.36 });
  });

  it('never reads a label with digits in its words as an all-blank row', () => {
    const { report, issues } = parseReportText(proactive('行政事业性收费9116.36万'));
    expect((report.proactive as any).fees).toBeUndefined();
    expect(issues.find((i) => i.path === 'proactive.fees')).toMatchObject({ kind: 'ambiguous' });
  });
});
