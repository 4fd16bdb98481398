/**
 * The layouts of the collection elements, against real reports: seven years of 平潭综合实验区
 * (2019–2020 in the 2019 format), five agencies' reports for 2023, and the invented county of
 * 60 departments and 15 years. Expected figures are read off the reports by hand.
 */
import { describe, expect, it } from 'vitest';
import { agencyFigures, compareMarks, compareTables, layoutCompare, SMALL_N } from '../../src/elements/disclosure-compare/disclosure-compare.layout.js';
import { layoutTrend, MAX_YEARS, trendMarks, trendTables, trendYears } from '../../src/elements/disclosure-trend/disclosure-trend.layout.js';
import { COLLECTION_WORDS } from '../../src/i18n/collection.js';
import type { TableSpec } from '../../src/layout/table.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const PINGTAN_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const pingtan = (skip?: number) =>
  PINGTAN_YEARS.filter((y) => y !== skip).map((y) => loadFixture(`collections/pingtan/${y}.json`) as Report);
const agencies2023 = () => loadFixture('collections/agencies-2023.json') as Report[];
const county60 = () => loadFixture('fixtures/county-departments-60.json') as Report[];
const county15 = () => loadFixture('fixtures/trend-15-years.json') as Report[];
const zh = { width: 600, locale: 'zh-CN' as const };
const en = { width: 600, locale: 'en' as const };

/** The table's cells as a grid of text, spans spread out (as a reader or a CSV sees it). */
function grid(table: TableSpec): string[][] {
  const rows: string[][] = [];
  [...table.head, ...table.body].forEach((row, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (rows[r]![c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) (rows[r + dr] ??= [])[c + dc] = cell.text;
      c += cell.colspan ?? 1;
    }
  });
  return rows;
}

describe('trendYears', () => {
  it('trendYears(reports) gives every year from the first report to the last, in order, whatever the order given', () => {
    expect(trendYears(pingtan().reverse()).map((y) => y.year)).toEqual(PINGTAN_YEARS);
    expect(trendYears([])).toEqual([]);
  });

  it('trendYears keeps a year without a report as a gap with no figures, not zeros', () => {
    const years = trendYears(pingtan(2022));
    expect(years.map((y) => y.year)).toEqual(PINGTAN_YEARS);
    expect(years[3]).toEqual({ year: 2022 });
  });

  it('trendYears reads the 2019 format and the 2021 format alike (平潭 2020 and 2025)', () => {
    const years = trendYears(pingtan());
    // 2020: 21 received; 予以公开 7 + 部分公开 6 of 21 answered; no cases at all.
    expect(years[1]).toMatchObject({ year: 2020, received: 21, carriedOver: 0, answered: 21, open: 13, carriedForward: 0, cases: 0, decided: 0 });
    expect(years[1]!.disclosureRate).toBeCloseTo(13 / 21, 12);
    expect(years[1]!.correctionRate).toBeUndefined();
    // 2025: 复议 36 + 直接起诉 6 + 复议后起诉 3 = 45 cases, 3 + 3 corrected, none pending.
    expect(years[6]).toMatchObject({ received: 154, answered: 148, open: 71, carriedForward: 6, cases: 45, corrected: 6, pending: 0, decided: 45, blocks: [36, 6, 3] });
    expect(years[6]!.results).toEqual({ upheld: 31, corrected: 6, other: 8, pending: 0 });
    expect(years[6]!.groups!.map((g) => g.value)).toEqual([33, 38, 11, 53, 2, 11]);
  });
});

describe('layoutTrend: a year without a report', () => {
  const g = layoutTrend(pingtan(2022), zh);

  it('layoutTrend draws 2022 as a gap: no bar, "无报告", never a zero', () => {
    expect(g.gaps).toEqual([2022]);
    const row = g.requests.rows.find((r) => r.key === '2022')!;
    expect(row).toMatchObject({ absent: true, value: undefined, width: 0, valueLabel: '无报告', segments: [] });
    expect(g.outcomes!.rows.find((r) => r.key === '2022')).toMatchObject({ absent: true, valueLabel: '无报告' });
    expect(g.cases!.rows.find((r) => r.key === '2022')).toMatchObject({ absent: true, value: undefined, valueLabel: '无报告' });
    // The years beside it are drawn.
    expect(g.requests.rows.filter((r) => r.absent).map((r) => r.key)).toEqual(['2022']);
    expect(layoutTrend(pingtan(2022), en).requests.rows[3]!.valueLabel).toBe('no report');
  });

  it('layoutTrend breaks both rate lines at 2022 and puts no point there', () => {
    const lines = g.rates!.series;
    expect(lines.map((s) => s.key)).toEqual(['disclosureRate', 'correctionRate']);
    // Disclosure: 2019–2021, then 2023–2025. Correction: no decided cases until 2021, then 2023–2025.
    for (const line of lines) expect(line.path.match(/M/g), line.key).toHaveLength(2);
    expect(lines[0]!.path.match(/L/g)).toHaveLength(4);
    expect(lines[1]!.path.match(/L/g)).toHaveLength(2);
    expect(g.ratePoints.some((p) => p.slot === 3)).toBe(false);
    expect(g.ratePoints.filter((p) => p.series === 'correctionRate').map((p) => p.slot)).toEqual([2, 4, 5, 6]);
  });

  it('layoutTrend does not compare a year with a missing year before it', () => {
    const without2024 = layoutTrend(pingtan(2024), zh);
    expect(without2024.figures[0]).toEqual({ key: 'received', label: '2025年新收申请', value: '154件', note: '上年无可比数据' });
    expect(without2024.summary).not.toContain('比上年');
    expect(without2024.summary).toBe('2019年至2025年，新收申请从23件变为154件（增加569.6%）；公开率最高的是2020年（61.9%），最低的是2019年（34.8%）。');
  });

  it('trendTables gives the gap one cell that spans every column after the year', () => {
    const tables = trendTables(g, 'zh-CN');
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const cells = grid(table);
      const columns = cells[0]!.length;
      expect(cells.length).toBe(1 + 7);
      for (const row of cells) expect(row, row[0]).toHaveLength(columns);
      const gap = table.body[3]!;
      expect(gap).toEqual([{ text: '2022年', header: 'row' }, { text: '无报告', colspan: columns - 1 }]);
    }
  });
});

describe('layoutTrend: the figures of 平潭, 2019–2025', () => {
  it('layoutTrend gives the latest year’s requests with the change on the year before (218 → 154), and its rates', () => {
    expect(layoutTrend(pingtan(), zh).figures).toEqual([
      { key: 'received', label: '2025年新收申请', value: '154件', note: '比上年减少29.4%' },
      // (33 + 38) ÷ 148; 6 corrected of 45 decided.
      { key: 'disclosureRate', label: '2025年公开率', value: '48.0%' },
      { key: 'correctionRate', label: '2025年纠错率', value: '13.3%' },
    ]);
    expect(layoutTrend(pingtan(), en).figures).toEqual([
      { key: 'received', label: 'New requests, 2025', value: '154', note: 'down 29.4% on the year before' },
      { key: 'disclosureRate', label: 'Disclosure rate, 2025', value: '48.0%' },
      { key: 'correctionRate', label: 'Correction rate, 2025', value: '13.3%' },
    ]);
  });

  it('layoutTrend says the change over the period and on the year before, and names the best and worst year', () => {
    // 23 → 154 is up 131/23 = 569.6%; 218 → 154 down 64/218 = 29.4%; 13/21 = 61.9% in 2020, 8/23 = 34.8% in 2019.
    expect(layoutTrend(pingtan(), zh).summary).toBe(
      '2019年至2025年，新收申请从23件变为154件（增加569.6%）；2025年比上年减少29.4%；公开率最高的是2020年（61.9%），最低的是2019年（34.8%）。',
    );
    expect(layoutTrend(pingtan(), en).summary).toBe(
      'From 2019 to 2025, new requests went from 23 to 154 (up 569.6%); in 2025 they were down 29.4% on the year before; the disclosure rate was highest in 2020 (61.9%) and lowest in 2019 (34.8%).',
    );
  });

  it('layoutTrend says a rise, and "the same" for no change', () => {
    // 2023 → 2024: 81 → 218, up 137/81 = 169.1%.
    expect(layoutTrend(pingtan().slice(0, 6), zh).figures[0]!.note).toBe('比上年增加169.1%');
    const same = pingtan().slice(5);
    same[1] = { ...same[1]!, applications: { ...same[1]!.applications!, received: 218 } };
    expect(layoutTrend(same, zh).figures[0]!.note).toBe('与上年持平');
    expect(layoutTrend(same, en).figures[0]!.note).toBe('the same as the year before');
  });

  it('layoutTrend stacks each year’s new and carried-over requests end to end, skipping a zero part', () => {
    const rows = layoutTrend(pingtan(), zh).requests.rows;
    // 2022: 74 new and 1 carried over; 2023: 81 new, none carried over.
    const y2022 = rows.find((r) => r.key === '2022')!;
    expect(y2022.value).toBe(75);
    expect(y2022.segments!.map((s) => s.key)).toEqual(['received', 'carried-over']);
    expect(y2022.segments![0]!.width + y2022.segments![1]!.width).toBeCloseTo(y2022.width, 9);
    expect(y2022.segments![1]!.width / y2022.width).toBeCloseTo(1 / 75, 9);
    const y2023 = rows.find((r) => r.key === '2023')!;
    expect(y2023.segments).toEqual([{ key: 'received', x: 0, width: y2023.width }]);
    // 2024's 218 is the longest bar; 2025's 154 is 154/218 of it.
    expect(y2023.width / rows[5]!.width).toBeCloseTo(81 / 218, 9);
    expect(rows.map((r) => r.valueLabel)).toEqual(['23件', '21件', '70件', '75件', '81件', '218件', '154件']);
  });

  it('trendMarks gives the marks of each chart, in the order drawn', () => {
    const g = layoutTrend(pingtan(), zh);
    expect(trendMarks(g, 'requests')).toBe(g.requests.rows);
    // 7 disclosure rates; correction rates only from 2021, when there were decided cases.
    expect(trendMarks(g, 'rates')!.length).toBe(7 + 5);
    expect(trendMarks(g, 'outcomes')).toHaveLength(7);
    expect(trendMarks(g, 'cases')).toHaveLength(7);
    expect(trendMarks(g, 'nothing')).toBeUndefined();
    const last = g.ratePoints.find((p) => p.series === 'disclosureRate' && p.slot === 6)!;
    expect(last.announce).toBe('2025年 公开率：48.0%（71件 ÷ 148件）');
  });

  it('trendTables gives every year’s figures, as the reports give them', () => {
    const [requests, cases] = trendTables(layoutTrend(pingtan(), zh), 'zh-CN').map(grid);
    expect(requests![0]).toEqual(['年度', '本年新收', '上年结转', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '总计', '结转下年度', '公开率']);
    expect(requests![1]).toEqual(['2019年', '23', '0', '7', '1', '0', '12', '3', '0', '23', '0', '34.8%']);
    expect(requests![7]).toEqual(['2025年', '154', '0', '33', '38', '11', '53', '2', '11', '148', '6', '48.0%']);
    expect(cases![1]).toEqual(['2019年', '0', '0', '0', '0', '0', '0', '0', '—']);
    expect(cases![7]).toEqual(['2025年', '36', '6', '3', '45', '6', '0', '45', '13.3%']);
  });
});

describe('layoutTrend: more than 15 years', () => {
  /** The invented county's 2011–2025 and one more year, 2026 (its 2025 report a year on). */
  const sixteen = () => {
    const years = county15();
    return [...years, { ...structuredClone(years.at(-1)!), year: 2026 }];
  };

  it('layoutTrend draws 15 years exactly, and counts none as earlier', () => {
    const g = layoutTrend(county15(), zh);
    expect(MAX_YEARS).toBe(15);
    expect(g.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2011 + i));
    expect(g.earlier).toBe(0);
  });

  it('layoutTrend draws the latest 15 of 16 years, counts the one before as earlier, and tables all 16', () => {
    const g = layoutTrend(sixteen(), zh);
    expect(g.earlier).toBe(1);
    expect(g.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2012 + i));
    expect(g.requests.rows.map((r) => r.key)).toEqual(g.years.map((y) => String(y.year)));
    expect(g.rates!.xs).toHaveLength(15);
    expect(g.rates!.xTicks.at(-1)!.label).toBe('2026');
    expect(g.all.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2011 + i));
    const [requests] = trendTables(g, 'zh-CN');
    expect(requests!.body.map((row) => row[0]!.text)).toEqual(Array.from({ length: 16 }, (_, i) => `${2011 + i}年`));
    // The period in the summary is the one drawn: 2012's 104 to 2026's 210.
    expect(g.summary.startsWith('2012年至2026年，新收申请从104件变为210件')).toBe(true);
  });
});

describe('agencyFigures', () => {
  it('agencyFigures(report) reads the requests and the cases of one report, and nothing a report leaves out', () => {
    const [dongguan, hongze, , changtu] = agencies2023();
    // 东莞: 予以公开 56 of 73 answered; one review, upheld.
    expect(agencyFigures(dongguan!)).toMatchObject({ agency: '东莞市人力资源和社会保障局', received: 73, carriedOver: 1, answered: 73, open: 56, cases: 1, corrected: 0, decided: 1, correctionRate: 0 });
    // 洪泽 reports 总计 0 in each block beside 1 corrected: the totals are kept as reported, so no case is decided.
    expect(agencyFigures(hongze!)).toMatchObject({ received: 21, open: 4, cases: 0, corrected: 1, decided: 0, correctionRate: undefined });
    const none = agencyFigures(changtu!);
    expect(none.agency).toBe('昌图县七家子镇');
    for (const key of ['received', 'answered', 'disclosureRate', 'cases', 'correctionRate'] as const) expect(none[key], key).toBeUndefined();
  });
});

describe('layoutCompare: ranks', () => {
  it('layoutCompare(reports) ranks by value, largest first; equal values share a rank and go by name', () => {
    const g = layoutCompare(county60(), zh);
    expect(g.ranked).toHaveLength(60);
    expect(g.ranked.slice(0, 2).map((r) => [r.rank, r.agency, r.value])).toEqual([
      [1, '示例县生态环境分局', 412],
      [2, '示例县住房和城乡建设局', 173],
    ]);
    // Three departments with 12 requests share 18th place, in the order of their names
    // (东 dōng, 供 gōng, 司 sī); the five with 11 come 21st, not 19th.
    expect(g.ranked.slice(17, 22).map((r) => [r.rank, r.agency, r.value])).toEqual([
      [18, '示例县东城街道办事处', 12],
      [18, '示例县供销合作社联合社', 12],
      [18, '示例县司法局', 12],
      [21, '示例县柳林镇人民政府', 11],
      [21, '示例县民政局', 11],
    ]);
    // Six departments received none: all 55th.
    expect(g.ranked.slice(54).map((r) => [r.rank, r.value])).toEqual(Array.from({ length: 6 }, () => [55, 0]));
    expect(g.without).toEqual([]);
  });

  it('layoutCompare leaves agencies without applications unranked, in `without`', () => {
    const g = layoutCompare(agencies2023(), zh);
    expect(g.ranked.map((r) => [r.rank, r.agency, r.value])).toEqual([
      [1, '平潭综合实验区', 81],
      [2, '东莞市人力资源和社会保障局', 73],
      [3, '洪泽区人民政府', 21],
    ]);
    expect(g.without.map((f) => f.agency)).toEqual(['昌图县七家子镇', '仪陇县新政镇']);
  });
});

describe('layoutCompare: many agencies', () => {
  const top5 = [
    '1. 示例县生态环境分局',
    '2. 示例县住房和城乡建设局',
    '3. 示例县人力资源和社会保障局',
    '4. 示例县人民政府办公室',
    '5. 示例县经济技术开发区管理委员会规划建设和生态环境局（测试）',
  ];
  const bottom3 = ['55. 示例县水利局', '55. 示例县统计局', '55. 示例县西城街道办事处'];

  it('layoutCompare shows the top 5, the highlighted agency and the bottom 3 of 60, and counts the rest as hidden', () => {
    const g = layoutCompare(county60(), { ...zh, highlight: '示例县司法局' });
    expect(g.bars.rows.map((r) => r.label)).toEqual([...top5, '18. 示例县司法局', ...bottom3]);
    expect(g.hidden).toBe(51);
    expect(g.bars.rows.map((r) => r.highlight)).toEqual([false, false, false, false, false, true, false, false, false]);
    // The rows after a skipped run are set apart.
    const [, , , fourth, fifth, highlighted] = g.bars.rows;
    expect(highlighted!.top - fifth!.bottom).toBeGreaterThan(fifth!.top - fourth!.bottom);
  });

  it('layoutCompare without a highlight shows the top 5 and the bottom 3', () => {
    const g = layoutCompare(county60(), zh);
    expect(g.bars.rows.map((r) => r.label)).toEqual([...top5, ...bottom3]);
    expect(g.hidden).toBe(52);
    expect(g.bars.rows.some((r) => r.highlight)).toBe(false);
  });

  it('layoutCompare shows all 60 when expanded', () => {
    const g = layoutCompare(county60(), { ...zh, highlight: '示例县司法局', expanded: true });
    expect(g.bars.rows).toHaveLength(60);
    expect(g.hidden).toBe(0);
    expect(g.bars.rows.filter((r) => r.highlight).map((r) => r.key)).toEqual(['示例县司法局']);
  });

  it('layoutCompare shows every one of 12 agencies or fewer, expanded or not', () => {
    const twelve = county60().slice(0, 12);
    const g = layoutCompare(twelve, zh);
    expect(g.bars.rows).toHaveLength(12);
    expect(g.hidden).toBe(0);
    expect(layoutCompare(county60().slice(0, 13), zh).bars.rows).toHaveLength(8);
  });

  it('layoutCompare gives the highlighted agency’s rank in the figures and the summary', () => {
    const g = layoutCompare(county60(), { ...zh, highlight: '示例县司法局' });
    expect(g.figures).toEqual([
      { key: 'agencies', label: '机关数', value: '60' },
      { key: 'total', label: '新收申请合计', value: '1,461件', note: undefined },
      { key: 'rate', label: '公开率中位数', value: '50.0%' },
      { key: 'highlight', label: '新收申请排名', value: '第18/60名', note: '示例县司法局' },
    ]);
    expect(g.summary).toBe('2024年共60个机关，新收申请排第一的是示例县生态环境分局（412件），中位数为10件。示例县司法局排第18/60名（12件）。');
    const e = layoutCompare(county60(), { ...en, highlight: '示例县司法局' });
    expect(e.figures.at(-1)).toEqual({ key: 'highlight', label: 'Rank by new requests', value: '18 of 60', note: '示例县司法局' });
    expect(e.summary).toBe('Of 60 agencies in 2024, 示例县生态环境分局 ranks first by new requests (412); the median is 10. 示例县司法局 ranks 18th of 60 (12).');
  });

  it('layoutCompare names a highlighted agency without the figure, but gives it no rank', () => {
    const g = layoutCompare(agencies2023(), { ...zh, highlight: '昌图县七家子镇' });
    expect(g.highlighted?.agency).toBe('昌图县七家子镇');
    expect(g.figures.map((f) => f.key)).toEqual(['agencies', 'total', 'rate']);
    expect(g.summary).toBe('2023年共5个机关，新收申请排第一的是平潭综合实验区（81件），中位数为73件。');
    expect(g.bars.rows.some((r) => r.highlight)).toBe(false);
  });
});

describe('layoutCompare: rates', () => {
  it(`layoutCompare mutes a disclosure rate from fewer than ${SMALL_N} requests answered, and shows the n`, () => {
    const g = layoutCompare(county60(), { ...zh, measure: 'disclosureRate', expanded: true });
    const row = (name: string) => g.bars.rows.find((r) => r.key === `示例县${name}`)!;
    // 财政局: 7 of 10 answered; 城关镇: 5 of 9.
    expect(row('财政局')).toMatchObject({ small: false, valueLabel: '70.0%（n=10）' });
    expect(row('城关镇人民政府')).toMatchObject({ small: true, valueLabel: '55.6%（n=9）' });
    expect(row('城关镇人民政府').announce).toContain('比率仅供参考');
    expect(row('财政局').announce).not.toContain('比率仅供参考');
    const e = layoutCompare(county60(), { ...en, measure: 'disclosureRate', expanded: true });
    expect(e.bars.rows.find((r) => r.key === '示例县城关镇人民政府')!.valueLabel).toBe('55.6% (n=9)');
    // Three departments answered nothing: no rate to rank. They stay in the order of the collection.
    expect(g.without.map((f) => f.agency)).toEqual(['示例县水利局', '示例县公共资源交易中心', '示例县西城街道办事处']);
    expect(g.ranked).toHaveLength(57);
  });

  it('layoutCompare never mutes a count', () => {
    const g = layoutCompare(county60(), { ...zh, expanded: true });
    expect(g.bars.rows.some((r) => r.small)).toBe(false);
    expect(g.bars.rows.find((r) => r.key === '示例县城关镇人民政府')!.valueLabel).toBe('10件');
  });

  it('layoutCompare by correction rate leaves agencies without decided cases in `without`', () => {
    const g = layoutCompare(agencies2023(), { ...zh, measure: 'correctionRate' });
    // 平潭: 1 corrected of 8 decided (9 cases, 1 pending); 东莞: 0 of 1; 洪泽's blocks total 0.
    expect(g.ranked.map((r) => [r.rank, r.agency, r.value])).toEqual([
      [1, '平潭综合实验区', 1 / 8],
      [2, '东莞市人力资源和社会保障局', 0],
    ]);
    expect(g.bars.rows.map((r) => [r.valueLabel, r.small])).toEqual([
      ['12.5%（n=8）', true],
      ['0.0%（n=1）', true],
    ]);
    expect(g.without.map((f) => f.agency)).toEqual(['洪泽区人民政府', '昌图县七家子镇', '仪陇县新政镇']);
    // 60 departments: 21 with decided cases, 13 of them with every decided case corrected.
    const county = layoutCompare(county60(), { ...zh, measure: 'correctionRate', expanded: true });
    expect(county.ranked).toHaveLength(21);
    expect(county.without).toHaveLength(39);
    expect(county.ranked.map((r) => r.rank)).toEqual([...Array(13).fill(1), 14, 14, 16, 17, 18, 18, 18, 18]);
  });
});

describe('layoutCompare: the median', () => {
  it('layoutCompare puts the median of 60 departments’ requests (10) where a bar of 10 ends', () => {
    const g = layoutCompare(county60(), zh);
    expect(g.median).toBe(10);
    expect(g.medianLabel).toBe('中位数 10件');
    const [first] = g.bars.rows;
    expect(first!.value).toBe(412);
    expect(g.medianX).toBeCloseTo((first!.width * 10) / 412, 9);
    const all = layoutCompare(county60(), { ...zh, expanded: true });
    expect(all.medianX).toBeCloseTo(all.bars.rows.find((r) => r.key === '示例县财政局')!.width, 9);
  });

  it('layoutCompare puts the median disclosure rate of three agencies at the middle one’s bar', () => {
    // 东莞 56/73 = 76.7%, 平潭 42/81 = 51.9%, 洪泽 4/21 = 19.0%.
    const g = layoutCompare(agencies2023(), { ...zh, measure: 'disclosureRate' });
    expect(g.ranked.map((r) => r.agency)).toEqual(['东莞市人力资源和社会保障局', '平潭综合实验区', '洪泽区人民政府']);
    expect(g.median).toBeCloseTo(42 / 81, 12);
    expect(g.medianLabel).toBe('中位数 51.9%');
    expect(g.medianX).toBeCloseTo(g.bars.rows[1]!.width, 9);
  });

  it('layoutCompare has no median when no agency has the figure, and draws nothing', () => {
    const g = layoutCompare(agencies2023().slice(3), zh);
    expect(g).toMatchObject({ ranked: [], median: undefined, medianX: undefined, medianLabel: '', summary: '', hidden: 0 });
    expect(g.bars.rows).toEqual([]);
  });
});

describe('compareMarks and compareTables', () => {
  it('compareMarks gives the bars drawn', () => {
    const g = layoutCompare(county60(), zh);
    expect(compareMarks(g, 'ranks')).toBe(g.bars.rows);
    expect(compareMarks(g, 'nothing')).toBeUndefined();
  });

  it('compareTables lists every agency, ranked ones first, those without the figure last', () => {
    const [table] = compareTables(layoutCompare(agencies2023(), zh), 'zh-CN');
    const cells = grid(table!);
    expect(cells[0]).toEqual(['排名', '机关', '本年新收', '上年结转', '办结', '予以公开和部分公开', '公开率', '复议诉讼案件', '结果纠正', '已审结', '纠错率']);
    expect(cells.slice(1)).toEqual([
      ['1', '平潭综合实验区', '81', '0', '81', '42', '51.9%', '9', '1', '8', '12.5%'],
      ['2', '东莞市人力资源和社会保障局', '73', '1', '73', '56', '76.7%', '1', '0', '1', '0.0%'],
      ['3', '洪泽区人民政府', '21', '0', '21', '4', '19.0%', '0', '1', '0', '—'],
      ['—', '昌图县七家子镇', '—', '—', '—', '—', '—', '—', '—', '—', '—'],
      ['—', '仪陇县新政镇', '—', '—', '—', '—', '—', '—', '—', '—', '—'],
    ]);
  });

  it('compareTables lists all 60 departments even when the chart shows 8', () => {
    const g = layoutCompare(county60(), zh);
    expect(g.bars.rows).toHaveLength(8);
    const [table] = compareTables(g, 'zh-CN');
    const names = table!.body.map((row) => row[1]!.text);
    expect(names).toHaveLength(60);
    expect(new Set(names)).toEqual(new Set(county60().map((r) => r.agency.name)));
  });
});

describe('the words of the collection charts', () => {
  const words = COLLECTION_WORDS.en.compare;

  it('COLLECTION_WORDS.en gives a highlighted agency’s rank as an ordinal: 11th to 13th, but 21st', () => {
    const rank = (n: number) => words.highlight('X', n, 200, '5').match(/ranks (\w+) of/)![1];
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(rank)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });

  it('COLLECTION_WORDS says agencies without a figure have none given, not none received', () => {
    expect(words.noValue(2, 'New requests')).toBe('2 agencies give no figure for new requests');
    expect(words.noValue(1, 'Correction rate')).toBe('1 agency gives no figure for correction rate');
    expect(COLLECTION_WORDS['zh-CN'].compare.noValue(2, '新收申请')).toBe('2个机关无新收申请数据');
  });

  it('layoutCompare says why a correction rate is muted in words that fit cases, not only requests', () => {
    const g = layoutCompare(agencies2023(), { ...en, measure: 'correctionRate' });
    expect(g.bars.rows[0]!.announce).toBe('1 of 2 平潭综合实验区: Correction rate 12.5% (n=8) (fewer than 10 requests or decided cases; for reference only)');
  });
});
