import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import checksFail from '../../data/fixtures/checks-fail.json';
import empty from '../../data/fixtures/empty.json';
import invalidTypes from '../../data/fixtures/invalid-types.json';
import totalsOnly from '../../data/fixtures/totals-only.json';
import zero from '../../data/fixtures/zero-applications.json';
import '../../src/index.js';
import type { DisclosureOutcomes } from '../../src/index.js';
import { drawn, expectNoAxeViolations, expectNoOverflow, failOnPageErrors, mount, openTable, shadow, tableRows, text } from './helpers.js';

const withReport = (report: unknown, width = 800, lang?: string) => {
  const el = mount<DisclosureOutcomes>('<disclosure-outcomes></disclosure-outcomes>', width, lang);
  el.report = structuredClone(report);
  return el;
};


failOnPageErrors();
afterEach(async () => {
  await page.viewport(1024, 768);
});

describe('<disclosure-outcomes> with the Dongguan report', () => {
  it('shows the title, key figures and summary a reader needs first', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    const t = text(el);
    expect(shadow(el).querySelector('[role=heading]')?.textContent).toBe('政府信息公开申请办理情况');
    expect(t).toContain('东莞市人力资源和社会保障局 · 2023年');
    const figures = [...shadow(el).querySelectorAll('.figure')].map((f) =>
      [...f.querySelectorAll('dt, .value, .note')].map((n) => n.textContent),
    );
    expect(figures).toEqual([
      ['本年新收', '73件', '另有上年结转1件'],
      ['公开率', '76.7%', '予以公开和部分公开56件 ÷ 办结73件'],
      ['结转下年度', '1件', '继续办理'],
    ]);
    expect(t).toContain('2023年办结政府信息公开申请73件，其中予以公开和部分公开56件，公开率76.7%；结转下年度1件。');
  });

  it('draws a bar for each outcome group, sized by its count, and labels it', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    const rows = [...shadow(el).querySelectorAll('svg')[0]!.querySelectorAll('g.row')];
    expect(rows.map((g) => g.getAttribute('data-key'))).toEqual([
      'disclosed', 'partlyDisclosed', 'withheld', 'unavailable', 'notProcessed', 'otherHandling', 'carriedForward',
    ]);
    const width = (key: string) =>
      Number(shadow(el).querySelector(`g[data-key=${key}] rect.bar`)?.getAttribute('width') ?? 0);
    expect(width('disclosed') / width('unavailable')).toBeCloseTo(56 / 9, 1);
    expect(rows[0]!.textContent).toContain('56件 · 76.7%');
    // Colour is filled in from the tokens, not left black.
    const fill = getComputedStyle(shadow(el).querySelector('g[data-key=disclosed] rect.bar')!).fill;
    expect(fill).toBe('rgb(29, 95, 168)');
  });

  it('shows the largest group’s reasons and drills into another group on request', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    expect(shadow(el).querySelector('.reasons')?.textContent).toContain('本机关不掌握相关政府信息');
    const withheld = [...shadow(el).querySelectorAll('.choices button')].find((b) => b.textContent?.includes('不予公开'))!;
    await userEvent.click(withheld);
    await el.updateComplete;
    expect(withheld.getAttribute('aria-pressed')).toBe('true');
    const reasons = shadow(el).querySelector('.reasons')!.textContent!;
    expect(reasons).toContain('不予公开的原因（共3件）');
    expect(reasons.indexOf('保护第三方合法权益')).toBeLessThan(reasons.indexOf('属于国家秘密'));
  });

  it('says who applied, naming the applicant types with none', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    expect(shadow(el).querySelector('.legend')?.textContent?.replace(/\s+/g, ' ')).toContain('自然人 71件 · 97.3%');
    expect(text(el)).toContain('科研机构、社会公益组织、法律服务机构、其他：0');
  });

  it('has a data table in the layout of the national form, with header cells', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    const rows = await tableRows(el);
    expect(rows[0]).toEqual(['一、本年新收政府信息公开申请数量', '71', '2', '0', '0', '0', '0', '73']);
    expect(rows[1]).toEqual(['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']);
    expect(rows[2]).toEqual(['三、本年度办理结果', '（一）予以公开', '54', '2', '0', '0', '0', '0', '56']);
    expect(rows.find((r) => r.includes('1. 本机关不掌握相关政府信息'))).toEqual([
      '（四）无法提供', '1. 本机关不掌握相关政府信息', '9', '0', '0', '0', '0', '0', '9',
    ]);
    expect(rows.at(-2)).toEqual(['（七）总计', '71', '2', '0', '0', '0', '0', '73']);
    expect(rows.at(-1)).toEqual(['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1']);
    // 一 and 二, the 21 outcome rows, （七）总计 and 四.
    expect(rows.length).toBe(2 + 21 + 1 + 1);
    const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.getAttribute('scope'));
    expect(headers).toContain('colgroup');
    expect(shadow(el).querySelectorAll('tbody th[scope=row]').length).toBe(2 + 21 + 1 + 1);
  });

  it('opens the table from the keyboard', async () => {
    const before = mount<HTMLButtonElement>('<button>before</button><disclosure-outcomes></disclosure-outcomes>');
    const el = before.nextElementSibling as DisclosureOutcomes;
    el.report = structuredClone(dongguan);
    await drawn(el);
    before.focus();
    // Closed, the table is not built at all.
    expect(shadow(el).querySelector('table')).toBeNull();
    // Tab through the reason buttons to the table toggle.
    const stops: string[] = [];
    for (let i = 0; i < 12 && shadow(el).activeElement?.tagName !== 'SUMMARY'; i++) {
      await userEvent.tab();
      const active = shadow(el).activeElement;
      stops.push(active?.getAttribute('data-chart') ?? active?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }
    // Each chart is one Tab stop; the reason buttons and the table toggle are stops of their own.
    expect(stops).toEqual([
      'outcomes',
      '不予公开 3件',
      '无法提供 9件',
      '不予处理 0件',
      '其他处理 5件',
      'reasons',
      'applicants',
      '查看数据表',
    ]);
    expect(shadow(el).activeElement?.textContent).toBe('查看数据表');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadow(el).querySelector('table')?.checkVisibility()).toBe(true));
  });

  it('has no axe violations', async () => {
    const el = withReport(dongguan);
    await drawn(el);
    await expectNoAxeViolations(el);
    await openTable(el);
    await expectNoAxeViolations(el);
  });

  it('redraws to the width it is given, down to 320 px', async () => {
    const el = withReport(dongguan, 900);
    await drawn(el);
    const svgWidth = () => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(svgWidth()).toBeGreaterThan(800);
    el.parentElement!.style.width = '320px';
    await vi.waitFor(() => expect(svgWidth()).toBeLessThan(300));
    expectNoOverflow(el);
  });
});

describe('<disclosure-outcomes> inputs', () => {
  it('shows the loading state at once when src changes after a load, never the old report', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes src="/data/dongguan-hrss-2023.json"></disclosure-outcomes>');
    await drawn(el);
    const figure = () => shadow(el).querySelector('[part=figure]')!;
    expect(figure().getAttribute('aria-busy')).toBe('false');
    el.src = '/data/fixtures/busy-agency.json';
    await el.updateComplete;
    // The first update after the change: the new report cannot have arrived yet.
    expect(figure().getAttribute('aria-busy')).toBe('true');
    expect(shadow(el).querySelector('[part=loading]')).not.toBeNull();
    expect(text(el)).not.toContain('东莞市人力资源和社会保障局');
    await vi.waitFor(() => expect(text(el)).toContain('示例市人力资源和社会保障局'));
    expect(figure().getAttribute('aria-busy')).toBe('false');
  });

  it('loads the report from src, relative to the page, and fires dc-load', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes></disclosure-outcomes>');
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('dc-load', (e) => resolve(e as CustomEvent)));
    el.src = '/data/dongguan-hrss-2023.json';
    const event = await loaded;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.report.agency.name).toBe('东莞市人力资源和社会保障局');
    expect(event.detail.warnings).toEqual([]);
    await drawn(el);
    expect(text(el)).toContain('本年新收 73件');
  });

  it('shows the loading state while src is in flight', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes src="/data/dongguan-hrss-2023.json"></disclosure-outcomes>');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=loading]')?.textContent).toBe('正在加载数据…');
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('true');
    await drawn(el);
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(dongguan).replace(/</g, '\\u003c');
    const el = mount<DisclosureOutcomes>(
      `<disclosure-outcomes><script type="application/json">${json}</script><p>fallback</p></disclosure-outcomes>`,
    );
    await drawn(el);
    expect(text(el)).toContain('其中予以公开和部分公开56件，公开率76.7%');
    // Fallback content written for old browsers is not shown once the element runs.
    expect(el.querySelector('p')!.checkVisibility()).toBe(false);
  });

  it('says what failed when src answers 404, and fires dc-error', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes></disclosure-outcomes>');
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('dc-error', (e) => resolve(e as CustomEvent)));
    el.src = '/data/no-such-report.json';
    const event = await failed;
    expect(event.detail.problems[0].message).toBe('无法读取 /data/no-such-report.json：服务器返回 HTTP 404');
    await drawn(el, '[part=error]');
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('HTTP 404');
  });

  it('says the file is not JSON for malformed text, in the widget\'s language and where', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes src="/data/fixtures/malformed.json" lang="en"></disclosure-outcomes>');
    await drawn(el, '[part=error]');
    expect(text(el)).toMatch(/Not valid JSON \(a mistake near character \d+\)/);
    // In a Chinese widget, no word of the browser's English message.
    const zh = mount<DisclosureOutcomes>('<disclosure-outcomes src="/data/fixtures/malformed.json"></disclosure-outcomes>');
    await drawn(zh, '[part=error]');
    const alert = shadow(zh).querySelector('[role=alert]')!.textContent!;
    expect(alert).toMatch(/不是有效的 JSON（第\d+个字符附近有误）/);
    expect(alert.replaceAll('JSON', '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('says a network failure in the widget\'s language, not the browser\'s', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes src="http://127.0.0.1:9/report.json"></disclosure-outcomes>');
    await drawn(el, '[part=error]');
    const alert = shadow(el).querySelector('[role=alert]')!.textContent!;
    expect(alert).toContain('网络错误，或服务器不允许本网站读取该文件');
    expect(alert).not.toContain('Failed to fetch');
  });
});

describe('<disclosure-outcomes> states', () => {
  it('shows a notice when the accounting checks fail, and still draws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = withReport(checksFail);
    await drawn(el);
    // The paths go to the console (and dc-load), once.
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]![1]).toContainEqual(expect.objectContaining({ path: 'applications.carriedForward.total' }));
    warn.mockRestore();
    const notice = shadow(el).querySelector('[part=notice]')!;
    // Four of the fixture's five failures concern applications; the fifth (行政复议) belongs
    // to <review-litigation>.
    expect(notice.textContent).toContain('数据核对提示：有4处数字不相加');
    expect(notice.textContent).not.toContain('reviewLitigation');
    expect(notice.textContent).toContain('结转下年度 · 总计：新收申请 + 上年结转 = 办理结果总计 + 结转下年度，应为1，实为2');
    // The public reads the rows in words; the paths are for whoever fixes the data (dc-load).
    expect(notice.textContent).not.toContain('applications.');
    expect(shadow(el).querySelector('svg')).not.toBeNull();
    await expectNoAxeViolations(el);
  });

  it('shows every problem of an invalid report in place of the chart, and fires dc-error', async () => {
    const el = mount<DisclosureOutcomes>('<disclosure-outcomes></disclosure-outcomes>');
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('dc-error', (e) => resolve(e as CustomEvent)));
    el.report = structuredClone(invalidTypes);
    expect((await failed).detail.problems).toHaveLength(5);
    await drawn(el, '[part=error]');
    expect(shadow(el).querySelector('svg')).toBeNull();
    const alert = shadow(el).querySelector('[role=alert]')!.textContent!;
    expect(alert).toContain('无法显示图表');
    expect(alert).toContain('applications.received.total：应为非负整数，实际为 "73"');
    await expectNoAxeViolations(el);
  });

  it('states that the report has no application figures', async () => {
    const el = withReport(empty);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('本报告未提供政府信息公开申请数据。');
    await expectNoAxeViolations(el);
  });

  it('states a year with no requests in one sentence, not an empty chart', async () => {
    const el = withReport(zero);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('2023年未收到政府信息公开申请。');
    expect(shadow(el).querySelector('svg')).toBeNull();
    // Nothing to tabulate or download: no empty table, no download menu.
    expect(shadow(el).querySelector('[part=table-toggle]')).toBeNull();
    expect(shadow(el).querySelector('[part=downloads]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('draws a totals-only report and leaves the applicant columns blank', async () => {
    const el = withReport(totalsOnly);
    await drawn(el);
    expect((await tableRows(el))[0]).toEqual(['一、本年新收政府信息公开申请数量', '—', '—', '—', '—', '—', '—', '73']);
    expect(text(el)).toContain('报告未按申请人类型分列。');
    await expectNoAxeViolations(el);
  });
});

describe('<disclosure-outcomes> language', () => {
  it('switches every word with lang="en" on the element', async () => {
    const el = withReport(dongguan);
    el.lang = 'en';
    await drawn(el);
    const t = text(el);
    expect(t).toContain('Requests for government information');
    expect(t).toContain('In 2023 the agency answered 73 requests, disclosing 56 in full or in part (76.7%), with 1 carried forward to next year.');
    expect(t).toContain('Individuals 71 · 97.3%');
    expect(t).toContain('Show data table');
    // No Chinese left but the agency's name, which is data.
    expect(t.replace('东莞市人力资源和社会保障局', '')).not.toMatch(/[\u4e00-\u9fff]/);
    await expectNoAxeViolations(el);
  });

  it('inherits lang from any ancestor and follows each change of it', async () => {
    const el = withReport(dongguan, 800, 'en');
    await drawn(el);
    expect(text(el)).toContain('How requests were answered');
    // A parent's lang changes (not the element's, not <html>'s).
    el.parentElement!.lang = 'zh-CN';
    await vi.waitFor(() => expect(text(el)).toContain('办理结果'));
    // The parent's lang goes: <html>'s applies, and a site's switch there is followed too.
    document.documentElement.lang = 'en';
    el.parentElement!.removeAttribute('lang');
    await vi.waitFor(() => expect(text(el)).toContain('How requests were answered'));
    document.documentElement.lang = 'zh-CN';
    await vi.waitFor(() => expect(text(el)).toContain('办理结果'));
  });

  it('shows large numbers the Chinese way in labels and exactly in the table', async () => {
    const big = structuredClone(dongguan) as typeof dongguan;
    big.applications.received = { ...big.applications.received, naturalPerson: 3029998, total: 3030000 };
    big.applications.outcomes.disclosed = { ...big.applications.outcomes.disclosed, naturalPerson: 3029981, total: 3029983 };
    big.applications.outcomes.total = { ...big.applications.outcomes.total, naturalPerson: 3029998, total: 3030000 };
    const el = withReport(big);
    await drawn(el);
    expect(shadow(el).querySelector('g[data-key=disclosed]')?.textContent).toContain('303万件');
    expect((await tableRows(el))[0]).toContain('3,030,000');
  });
});
