/**
 * What the widgets' layouts decide besides geometry: each mark's spoken name, the report cell
 * behind it (`dc-select`), and the data tables in the layout of the national form. These were
 * in the Lit classes and tested only in the browser; here they are plain data.
 */
import { describe, expect, it } from 'vitest';
import { layoutOutcomes, outcomeMarks, outcomeTables } from '../../src/elements/disclosure-outcomes/disclosure-outcomes.layout.js';
import { enforcementMarks, enforcementTables, layoutEnforcement } from '../../src/elements/enforcement-counts/enforcement-counts.layout.js';
import { layoutReview, reviewMarks, reviewTables } from '../../src/elements/review-litigation/review-litigation.layout.js';
import { layoutTraffic, trafficMarks, trafficTables } from '../../src/elements/site-traffic/site-traffic.layout.js';
import type { MarkInfo } from '../../src/layout/mark.js';
import type { TableSpec } from '../../src/layout/table.js';
import { cell } from '../../src/report/rows.js';
import type { Report, Row } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const report = (name: string) => loadFixture(name) as Report;
const dongguan = () => report('dongguan-hrss-2023.json');
const busy = () => report('fixtures/busy-agency.json');
const size = (locale: 'zh-CN' | 'en') => ({ width: 600, locale, year: 2023, fontSize: 14 });

/** The value at a JSON path as `dc-select` writes it (`a.b[2].c`), read as the form's cell. */
function at(report: Report, path: string): number | undefined {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const column = keys.at(-1)!;
  let node: unknown = report;
  for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[key];
  // A row of the application table may be a total-only number.
  if (path.startsWith('applications.') && (typeof node === 'number' || typeof node === 'object'))
    return cell(node as Row, column as never);
  return (node as Record<string, number> | undefined)?.[column];
}

/** Every mark of every chart of the four widgets, laid out from one report. */
function allMarks(r: Report, locale: 'zh-CN' | 'en'): [chart: string, MarkInfo][] {
  const out: [string, MarkInfo][] = [];
  const add = (chart: string, marks: readonly MarkInfo[] | undefined) => marks?.forEach((m) => out.push([chart, m]));
  const o = layoutOutcomes(r.applications!, size(locale));
  for (const chart of ['outcomes', 'reasons', 'applicants']) add(chart, outcomeMarks(o, chart));
  const t = layoutTraffic(r.platforms!, size(locale));
  for (const chart of ['categories', 'ranked', 'followers', 'posts']) add(chart, trafficMarks(t, chart));
  const v = layoutReview(r.reviewLitigation!, size(locale));
  for (const chart of ['review', 'directSuit', 'suitAfterReview']) add(chart, reviewMarks(v, chart));
  add('decisions', enforcementMarks(layoutEnforcement(r.proactive!, size(locale)), 'decisions'));
  return out;
}

/** The table's cells as a grid of text, spans spread out (as a reader or a CSV sees it). */
function grid(table: TableSpec): string[][] {
  const rows: string[][] = [];
  [...table.head, ...table.body].forEach((row, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const cellSpec of row) {
      while (rows[r]![c] !== undefined) c++;
      for (let dr = 0; dr < (cellSpec.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cellSpec.colspan ?? 1); dc++) (rows[r + dr] ??= [])[c + dc] = cellSpec.text;
      c += cellSpec.colspan ?? 1;
    }
  });
  return rows;
}

describe('the report cell behind each mark', () => {
  for (const [name, load] of [['Dongguan', dongguan], ['busy agency', busy]] as const) {
    it(`points at the figure it shows, in the report (${name})`, () => {
      const r = load();
      const marks = allMarks(r, 'zh-CN').filter(([, m]) => m.select);
      expect(marks.length).toBeGreaterThan(15);
      for (const [chart, { select }] of marks) {
        const group = /^applications\.outcomes\.(withheld|unavailable|notProcessed|otherHandling)\.total$/.test(select!.path);
        // A reason group's bar is the sum of its reasons; every other mark is one cell.
        if (!group) expect(at(r, select!.path), `${chart} ${select!.path}`).toBe(select!.value);
        expect(select!.path).toBe(`${select!.section}.${select!.row}.${select!.column}`.replace(/^proactive\.(\w+)\.decisions$/, 'proactive.$1'));
      }
    });
  }

  it('finds a category by its place in the report, wherever it is drawn', () => {
    // 其他 is drawn last whatever its place; two categories have the same label and count.
    const platforms = {
      website: {
        breakdown: [
          { label: '其他', count: 5 },
          { label: '通知公告', count: 9 },
          { label: '通知公告', count: 9 },
        ],
      },
    };
    const g = layoutTraffic(platforms, size('zh-CN'));
    const paths = trafficMarks(g, 'categories')!.map((m) => m.select!.path);
    expect(paths).toEqual([
      'platforms.website.breakdown[1].count',
      'platforms.website.breakdown[2].count',
      'platforms.website.breakdown[0].count',
    ]);
  });

  it('gives each account its own row and metric', () => {
    const r = busy();
    const g = layoutTraffic(r.platforms!, size('en'));
    const posts = trafficMarks(g, 'posts')!;
    expect(posts.map((m) => m.select?.path)).toEqual(r.platforms!.newMedia!.map((_, i) => `platforms.newMedia[${i}].posts`));
    expect(posts.map((m) => m.select?.value)).toEqual(r.platforms!.newMedia!.map((a) => a.posts));
    expect(trafficMarks(g, 'nothing')).toBeUndefined();
  });
});

describe('what each mark says', () => {
  it('names the label, the exact figure and its share of the requests answered', () => {
    const g = layoutOutcomes(dongguan().applications!, size('zh-CN'));
    const said = outcomeMarks(g, 'outcomes')!.map((m) => m.announce);
    expect(said[0]).toBe('予以公开：56件，占76.7%');
    // Carried forward is not a share of the requests answered.
    expect(said.at(-1)).toBe('结转下年度：1件');
    expect(outcomeMarks(g, 'applicants')!.map((m) => m.announce)).toEqual(['自然人：71件，占97.3%', '商业企业：2件，占2.7%']);
  });

  it('says exact figures where the chart shows rounded ones, in English too', () => {
    const r = dongguan();
    const t = layoutTraffic(r.platforms!, size('en'));
    expect(trafficMarks(t, 'categories')!.map((m) => m.announce)).toEqual([
      '政务动态: 522, 34.8%',
      '公告: 597, 39.7%',
      '其他: 383, 25.5%',
    ]);
    const e = layoutEnforcement({ penalties: 693957, coercion: 63 }, size('en'));
    expect(enforcementMarks(e, 'decisions')!.map((m) => m.announce)).toEqual(['Penalties: 693,957', 'Coercive measures: 63']);
  });

  it('names the block and the result of a review or lawsuit, with its share of the block', () => {
    const g = layoutReview({ review: { upheld: 3, corrected: 1, other: 0, pending: 0, total: 4 } }, size('zh-CN'));
    expect(reviewMarks(g, 'review')!.map((m) => m.announce)).toEqual(['行政复议 · 结果维持：3件，占75.0%', '行政复议 · 结果纠正：1件，占25.0%']);
    expect(reviewMarks(g, 'directSuit')).toEqual([]);
    expect(reviewMarks(g, 'nothing')).toBeUndefined();
  });
});

describe('the data tables, in the layout of the national form', () => {
  it('section 三: seven columns of figures, every row of the form, each cell from the report', () => {
    const r = dongguan();
    const [table] = outcomeTables(r.applications!, 'zh-CN');
    const rows = grid(table!);
    // Three header rows, then 收到, 上年结转, 21 outcome rows, 总计, 结转下年度.
    expect(rows).toHaveLength(3 + 2 + 21 + 1 + 1);
    for (const row of rows) expect(row).toHaveLength(10);
    expect(rows[2]!.slice(3)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const figures = (label: RegExp) => rows.find((row) => row.slice(0, 3).some((c) => label.test(c)))!.slice(3);
    expect(figures(/本年新收/)).toEqual(['71', '2', '0', '0', '0', '0', '73']);
    expect(figures(/上年结转/)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(figures(/本机关不掌握/)).toEqual(['9', '0', '0', '0', '0', '0', '9']);
    expect(figures(/结转下年度/)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('section 三 of a report of totals only: the total column, dashes elsewhere', () => {
    const [table] = outcomeTables({ received: 12, outcomes: { disclosed: 5 } }, 'en');
    const rows = grid(table!);
    expect(rows[3]!.slice(3)).toEqual(['—', '—', '—', '—', '—', '—', '12']);
    expect(rows.find((row) => row.some((c) => /Disclosed/.test(c)))!.slice(3)).toEqual(['—', '—', '—', '—', '—', '—', '5']);
  });

  it('section 四: fifteen cells in one row under the three blocks', () => {
    const [table] = reviewTables({ review: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 }, suitAfterReview: { total: 7 } }, 'zh-CN');
    const rows = grid(table!);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([...Array(5).fill('行政复议'), ...Array(10).fill('行政诉讼')]);
    expect(rows[3]).toEqual(['1', '2', '3', '4', '10', '—', '—', '—', '—', '—', '—', '—', '—', '—', '7']);
  });

  it('section 二: stocks by figure, one count per decision, fees in 万元 as given', () => {
    const [table] = enforcementTables({ rules: { issued: 1, repealed: 2, inForce: 3 }, coercion: 63, fees: 498.8 }, 'zh-CN');
    const rows = grid(table!);
    expect(rows.find((row) => row[0] === '规章')).toEqual(['规章', '1', '2', '3']);
    expect(rows.find((row) => row[0] === '行政规范性文件')).toEqual(['行政规范性文件', '—', '—', '—']);
    expect(rows.find((row) => row[0] === '行政强制')).toEqual(['行政强制', '63', '63', '63']);
    expect(rows.at(-1)).toEqual(['行政事业性收费', '498.8', '498.8', '498.8']);
  });

  it('website and accounts: a table each, a category per row in the report order', () => {
    const r = dongguan();
    const [website, accounts] = trafficTables(r.platforms!, 'zh-CN');
    expect(website!.caption).toBe('东莞市人力资源和社会保障局网站');
    expect(grid(website!).slice(3).map((row) => row.slice(1))).toEqual([['政务动态', '522'], ['公告', '597'], ['其他', '383']]);
    expect(grid(accounts!)[1]).toEqual(['东莞人社', '微信', '192', '1,220,000']);
    expect(trafficTables({}, 'zh-CN')).toEqual([]);
    // A website without a breakdown: its two figures, no category rows.
    expect(trafficTables({ website: { pageViews: 9 } }, 'zh-CN')[0]!.body).toHaveLength(2);
  });
});

/** Each cell as `text|kind|colspan×rowspan`, `td` for a value: the form's layout, spans and all. */
const cells = (rows: TableSpec['head']) =>
  rows.map((row) => row.map((c) => `${c.text}|${c.header ?? 'td'}|${c.colspan ?? 1}×${c.rowspan ?? 1}`));

describe('the header cells of each table, as a screen reader walks them', () => {
  it('section 二: a heading row per article, column headings, a row heading per figure', () => {
    const [table] = enforcementTables({ licensing: 5, penalties: 6, coercion: 7 }, 'zh-CN');
    expect(table!.caption).toBe('主动公开的行政决定和收费');
    expect(table!.head).toEqual([]);
    expect(cells(table!.body)).toEqual([
      ['第二十条第（一）项|colgroup|4×1'],
      ['信息内容|col|1×1', '本年制发件数|col|1×1', '本年废止件数|col|1×1', '现行有效件数|col|1×1'],
      ['规章|row|1×1', '—|td|1×1', '—|td|1×1', '—|td|1×1'],
      ['行政规范性文件|row|1×1', '—|td|1×1', '—|td|1×1', '—|td|1×1'],
      ['第二十条第（五）项|colgroup|4×1'],
      ['信息内容|col|1×1', '本年处理决定数量|col|3×1'],
      ['行政许可|row|1×1', '5|td|3×1'],
      ['第二十条第（六）项|colgroup|4×1'],
      ['信息内容|col|1×1', '本年处理决定数量|col|3×1'],
      ['行政处罚|row|1×1', '6|td|3×1'],
      ['行政强制|row|1×1', '7|td|3×1'],
      ['第二十条第（八）项|colgroup|4×1'],
      ['信息内容|col|1×1', '本年收费金额（单位：万元）|col|3×1'],
      ['行政事业性收费|row|1×1', '—|td|3×1'],
    ]);
  });

  it('website and accounts: the item headings span the category column; a missing figure or platform is a dash', () => {
    const tables = trafficTables(
      { website: { published: 3, breakdown: [{ label: '通知', count: 3 }] }, newMedia: [{ name: '某号', posts: 2 }] },
      'en',
    );
    expect(tables.map((t) => t.caption)).toEqual(['Website', 'New-media accounts']);
    expect(cells(tables[0]!.head)).toEqual([['Item|col|2×1', 'Value|col|1×1']]);
    expect(cells(tables[0]!.body)).toEqual([
      ['Page views|row|2×1', '—|td|1×1'],
      ['Items published|row|2×1', '3|td|1×1'],
      ['Category|rowgroup|1×1', '通知|row|1×1', '3|td|1×1'],
    ]);
    expect(cells(tables[1]!.head)).toEqual([['Account|col|1×1', 'Platform|col|1×1', 'Posts|col|1×1', 'Followers|col|1×1']]);
    expect(cells(tables[1]!.body)).toEqual([['某号|row|1×1', '—|td|1×1', '2|td|1×1', '—|td|1×1']]);
  });

  it('section 三: the groups head their reasons, numbered from 1, and every figure is a value cell', () => {
    const [table] = outcomeTables({ received: 1 }, 'zh-CN');
    expect(cells(table!.head)).toEqual([
      ['项目|col|3×3', '申请人情况|colgroup|7×1'],
      ['自然人|col|1×2', '法人或其他组织|colgroup|5×1', '总计|col|1×2'],
      ['商业企业|col|1×1', '科研机构|col|1×1', '社会公益组织|col|1×1', '法律服务机构|col|1×1', '其他|col|1×1'],
    ]);
    const body = cells(table!.body);
    expect(body[0]!.slice(0, 1)).toEqual(['一、本年新收政府信息公开申请数量|row|3×1']);
    expect(body[1]![0]).toBe('二、上年结转政府信息公开申请数量|row|3×1');
    expect(body[2]!.slice(0, 2)).toEqual(['三、本年度办理结果|rowgroup|1×22', '（一）予以公开|row|2×1']);
    expect(body[4]!.slice(0, 2)).toEqual(['（三）不予公开|rowgroup|1×8', '1. 属于国家秘密|row|1×1']);
    expect(body[5]![0]).toBe('2. 其他法律行政法规禁止公开|row|1×1');
    expect(body.at(-2)![0]).toBe('（七）总计|row|2×1');
    expect(body.at(-1)![0]).toBe('四、结转下年度继续办理|row|3×1');
    for (const row of body) expect(row.slice(-7).every((c) => c.includes('|td|'))).toBe(true);
  });

  it('section 四: results under each block, the two lawsuits under 行政诉讼', () => {
    const [table] = reviewTables({}, 'zh-CN');
    const head = cells(table!.head);
    expect(head[0]).toEqual(['行政复议|colgroup|5×1', '行政诉讼|colgroup|10×1']);
    expect(head[1]).toEqual([
      '结果维持|col|1×2', '结果纠正|col|1×2', '其他结果|col|1×2', '尚未审结|col|1×2', '总计|col|1×2',
      '未经复议直接起诉|colgroup|5×1', '复议后起诉|colgroup|5×1',
    ]);
    expect(head[2]).toHaveLength(10);
    expect(cells(table!.body)[0]!.every((c) => c === '—|td|1×1')).toBe(true);
  });
});

describe('the marks of each chart', () => {
  it('outcomes: the group bars, the chosen group\'s reasons, the applicants\' segments; no other chart', () => {
    const g = layoutOutcomes(dongguan().applications!, size('zh-CN'));
    expect(outcomeMarks(g, 'outcomes')).toBe(g.bars.rows);
    expect(outcomeMarks(g, 'reasons')).toBe(g.reasons!.bars.rows);
    expect(outcomeMarks(g, 'applicants')).toBe(g.applicants.segments);
    expect(outcomeMarks(g, 'nothing')).toBeUndefined();
    const none = layoutOutcomes(dongguan().applications!, { ...size('zh-CN'), selected: null });
    expect(outcomeMarks(none, 'reasons')).toBeUndefined();
  });

  it('site traffic: the ranked bars when there are too many categories for a legend; none without a breakdown', () => {
    const g = layoutTraffic(busy().platforms!, size('zh-CN'));
    expect(trafficMarks(g, 'ranked')).toBe(g.categories!.bars!.rows);
    expect(trafficMarks(g, 'categories')).toBe(g.categories!.segments);
    expect(trafficMarks(g, 'followers')!.map((m) => m.select?.column)).toEqual(busy().platforms!.newMedia!.map(() => 'followers'));
    const bare = layoutTraffic({ website: { pageViews: 5 } }, size('zh-CN'));
    expect(trafficMarks(bare, 'categories')).toBeUndefined();
    expect(trafficMarks(bare, 'ranked')).toBeUndefined();
    expect(trafficMarks(bare, 'posts')).toBeUndefined();
  });

  it('enforcement: the decisions, only on the decisions chart', () => {
    const g = layoutEnforcement({ penalties: 3 }, size('zh-CN'));
    expect(enforcementMarks(g, 'decisions')).toBe(g.decisions!.rows);
    expect(enforcementMarks(g, 'stocks')).toBeUndefined();
    expect(enforcementMarks(layoutEnforcement({ fees: 1 }, size('zh-CN')), 'decisions')).toBeUndefined();
  });

  it('a review segment names its block and result for dc-select', () => {
    const g = layoutReview({ directSuit: { corrected: 2 } }, size('en'));
    expect(reviewMarks(g, 'directSuit')!.map((m) => m.select)).toEqual([
      { section: 'reviewLitigation', row: 'directSuit', column: 'corrected', path: 'reviewLitigation.directSuit.corrected', value: 2, label: 'Lawsuit without prior review · Corrected' },
    ]);
  });
});
