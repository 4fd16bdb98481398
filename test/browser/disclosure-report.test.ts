import { describe, expect, it } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import busy from '../../data/fixtures/busy-agency.json';
import checksFail from '../../data/fixtures/checks-fail.json';
import empty from '../../data/fixtures/empty.json';
import '../../src/index.js';
import type { DisclosureReport } from '../../src/index.js';
import { drawn, expectNoAxeViolations, failOnPageErrors, mount, shadow, text } from './helpers.js';

const withReport = (report: unknown, lang?: string) => {
  const el = mount<DisclosureReport>('<disclosure-report heading-level="1"></disclosure-report>', 900, lang);
  el.report = structuredClone(report);
  return el;
};

/** The section widgets inside the report, once each has drawn. */
async function widgets(el: DisclosureReport) {
  const inner = [...shadow(el).querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation')];
  for (const w of inner) await drawn(w as HTMLElement & { updateComplete: Promise<boolean> }, '[part=figures], [part=empty]');
  return inner;
}

failOnPageErrors();

describe('<disclosure-report>', () => {
  it('says the checks pass with each language\'s own colon', async () => {
    for (const [lang, line] of [
      ['zh-CN', /^数据核对：全部数字/],
      ['en', /^Data check: Every figure/],
    ] as const) {
      const el = withReport(dongguan, lang);
      await drawn(el, '[part=checks]');
      expect(shadow(el).querySelector('[part=checks]')?.textContent).toMatch(line);
    }
  });

  it('shows every section of the national format, in order, with its widget', async () => {
    const el = withReport(dongguan);
    await drawn(el, '[part=section]');
    const sections = [...shadow(el).querySelectorAll('[part=section] .section-title')].map((h) => h.textContent);
    expect(sections).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const inner = await widgets(el);
    expect(inner.map((w) => w.localName)).toEqual(['site-traffic', 'enforcement-counts', 'disclosure-outcomes', 'review-litigation']);
    expect(shadow(el).querySelector('[role=heading]')?.textContent).toBe('2023年政府信息公开工作年度报告');
    expect(text(el)).toContain('发布日期：2024-01-19');
    // Section 六 says the fee once: in the report's own words, which speak of it here.
    expect(text(el)).toContain('2023年全年未发生计收信息处理费');
    expect(text(el)).not.toContain('本年未收取信息处理费。');
    expect(text(el)).toContain('全部数字符合年度报告格式规定的勾稽关系。');
    // Heading levels follow the page outline: report 1, sections 2, widgets 3.
    expect(shadow(el).querySelector('[part=section] [role=heading]')?.getAttribute('aria-level')).toBe('2');
    expect(shadow(inner[0]!).querySelector('[role=heading]')?.getAttribute('aria-level')).toBe('3');
    await expectNoAxeViolations(el);
  });

  it('shows the narrative as plain paragraphs', async () => {
    const el = withReport(dongguan);
    await drawn(el, '[part=section]');
    const overview = shadow(el).querySelector('[data-section=overview] [part=prose]')!;
    expect(overview.querySelectorAll('p').length).toBe(11);
    expect(overview.querySelector('p')?.textContent).toMatch(/^2023年，我局贯彻落实/);
  });

  it('links to the published source and gathers every accounting check in one place', async () => {
    const source = structuredClone(checksFail) as typeof checksFail & { source: { url?: string } };
    source.source.url = 'https://www.dg.gov.cn/report.html';
    const el = withReport(source);
    await drawn(el, '[part=section]');
    const link = shadow(el).querySelector('a[part=source]') as HTMLAnchorElement;
    expect(link.href).toBe('https://www.dg.gov.cn/report.html');
    // The header names the report once (its title); the link says what it leads to.
    expect(link.textContent).toBe('查看报告原文');
    expect(text(el)).not.toContain(source.source.title);
    const notices = shadow(el).querySelectorAll('[part=notice]');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.textContent).toContain('有5处数字不相加');
    for (const w of await widgets(el)) expect(shadow(w).querySelector('[part=notice]')).toBeNull();
  });

  it('says the information fee in words when the report\'s own words in section 六 do not', async () => {
    const report = structuredClone(dongguan) as typeof dongguan & { narrative: { other?: string } };
    report.narrative.other = '无其他需要报告的事项。';
    const el = withReport(report);
    await drawn(el, '[part=section]');
    const other = shadow(el).querySelector('[data-section=other]')!.textContent!;
    expect(other).toContain('无其他需要报告的事项。');
    expect(other).toContain('本年未收取信息处理费。');
  });

  it('draws each section widget inside its own frame: no second frame, agency line or repeated title', async () => {
    const el = withReport(dongguan);
    await drawn(el, '[part=section]');
    for (const w of await widgets(el)) {
      const root = shadow(w);
      expect(getComputedStyle(root.querySelector('figure')!).borderTopWidth, w.localName).toBe('0px');
      expect(root.querySelector('.subtitle')!.getBoundingClientRect().height, w.localName).toBe(0);
      // The title stays for assistive technology; only <site-traffic>'s differs from its section's heading.
      const title = root.querySelector('.title')!.getBoundingClientRect();
      expect(title.width > 1, w.localName).toBe(w.localName === 'site-traffic');
    }
  });

  it('leaves out a section with no data with a short note', async () => {
    const el = withReport(empty);
    await drawn(el, '[part=section]');
    const notes = [...shadow(el).querySelectorAll('[part=section] .note')].map((n) => n.textContent);
    expect(notes).toEqual(Array(6).fill('本报告未提供此部分。'));
    expect(shadow(el).querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation')).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('says a section listed in `unread` could not be read, and leaves the others as not in the report', async () => {
    const el = mount<DisclosureReport>('<disclosure-report unread="applications reviewLitigation"></disclosure-report>', 900);
    el.report = structuredClone(empty);
    await drawn(el, '[part=section]');
    const note = (key: string) => shadow(el).querySelector(`[data-section=${key}] .note`)?.textContent;
    expect(note('applications')).toBe('未能从报告原文读取此部分，请手工填写。');
    expect(note('reviewLitigation')).toBe('未能从报告原文读取此部分，请手工填写。');
    expect(note('proactive')).toBe('本报告未提供此部分。');
    // A section that is there is drawn whatever `unread` says.
    el.unread = ['proactive'];
    el.report = structuredClone(dongguan);
    await drawn(el, '[data-section=proactive] enforcement-counts');
    expect(note('proactive')).toBeUndefined();
  });

  it('passes its language to every widget inside it', async () => {
    const el = withReport(busy, 'en');
    await drawn(el, '[part=section]');
    expect(shadow(el).querySelector('[role=heading]')?.textContent).toBe('Government information disclosure report 2024');
    for (const w of await widgets(el)) expect(text(w)).toContain('Show data table');
    expect(text(el)).toContain('Information processing fees collected: ¥150.');
    await expectNoAxeViolations(el);
  });

  it('fires one dc-load of its own, not one per section', async () => {
    const el = mount<DisclosureReport>('<disclosure-report></disclosure-report>');
    const events: Event[] = [];
    el.parentElement!.addEventListener('dc-load', (e) => events.push(e));
    el.report = structuredClone(dongguan);
    await drawn(el, '[part=section]');
    await widgets(el);
    expect(events.map((e) => (e.target as Element).localName)).toEqual(['disclosure-report']);
  });
});
