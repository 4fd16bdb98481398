import { describe, expect, it } from 'vitest';
import { layoutPoster, sentences, shortLines, type PosterGeometry } from '../../src/elements/disclosure-poster/disclosure-poster.layout.js';
import { textWidth } from '../../src/layout/text.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const report = (name: string) => loadFixture(name) as Report;
const dongguan = report('dongguan-hrss-2023.json');
const huaian = report('huaian-city-2024.json');
const busy = report('fixtures/busy-agency.json');
const texts = (g: PosterGeometry) => g.shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));

describe('sentences and shortLines', () => {
  it('splits a text into whole sentences, each ending with its stop', () => {
    expect(sentences('一是公开不够。二是时效不足！下一步？最后')).toEqual(['一是公开不够。', '二是时效不足！', '下一步？', '最后']);
  });

  it('keeps whole sentences of at most the length given, in order, never a part of one', () => {
    const text = dongguan.narrative!.problems!;
    const kept = shortLines(text, 90, 4);
    expect(kept.length).toBeGreaterThan(0);
    for (const line of kept) {
      expect(text).toContain(line);
      expect(line).toMatch(/。$/);
      expect([...line].length).toBeLessThanOrEqual(90);
    }
    // In the report's order.
    expect(kept.map((line) => text.indexOf(line))).toEqual([...kept.map((line) => text.indexOf(line))].sort((a, b) => a - b));
    // A sentence longer than the limit is left out whole, not cut.
    expect(shortLines('短句。这一句非常非常非常长，超过了限制。', 8)).toEqual(['短句。']);
    expect(shortLines(undefined)).toEqual([]);
  });
});

describe('layoutPoster', () => {
  it('draws the Dongguan report’s sections in the national order, with its headline figures', () => {
    const g = layoutPoster(dongguan, { width: 375, locale: 'zh-CN' });
    expect(g.sections).toEqual(['headline', 'outcomes', 'applicants', 'documents', 'decisions', 'reviews', 'website', 'problems']);
    const said = g.lines.map((l) => l.text);
    for (const figure of ['新收政府信息公开申请：73件', '公开率：76.7%', '网站发布信息：1,502条', '网站访问量：303万次', '政务新媒体粉丝：122万'])
      expect(said).toContain(figure);
    expect(g.summary).toBe('2023年新收政府信息公开申请73件，公开率76.7%。');
  });

  it('leaves out every section the report does not give', () => {
    const g = layoutPoster(report('fixtures/empty.json'), { width: 375, locale: 'zh-CN' });
    expect(g.sections).toEqual([]);
    const partial = layoutPoster({ ...dongguan, applications: undefined, platforms: undefined, narrative: undefined }, { width: 375, locale: 'en' });
    expect(partial.sections).toEqual(['headline', 'documents', 'decisions', 'reviews']);
  });

  it('says a year with no requests in one line, and draws no applicants', () => {
    const g = layoutPoster(report('fixtures/zero-applications.json'), { width: 375, locale: 'zh-CN' });
    expect(g.sections).toContain('outcomes');
    expect(g.sections).not.toContain('applicants');
    expect(g.lines.map((l) => l.text)).toContain('2023年未收到政府信息公开申请。');
  });

  const longName = { ...dongguan, agency: { name: '示例省示例市示例县经济技术开发区管理委员会规划建设生态环境局' } };
  it.each([
    ['Dongguan', dongguan],
    ['Huai’an (seven-figure counts)', huaian],
    ['a busy agency (20 categories)', busy],
    ['an agency of 30 characters', longName],
  ] as const)('fits %s at 375 and 540 px, in both languages: no text passes the edge', (_name, r) => {
    expect([...longName.agency.name].length).toBe(30);
    for (const width of [375, 540])
      for (const locale of ['zh-CN', 'en'] as const) {
        const g = layoutPoster(r, { width, locale });
        for (const t of texts(g)) {
          expect(t.x + textWidth(t.text, t.size), `${t.text} at ${width} (${locale})`).toBeLessThanOrEqual(width);
          expect(t.y).toBeLessThanOrEqual(g.height);
        }
      }
  });

  it('sets no text under 12 px on the page, so none under 24 px in the 1080 px image (540 px drawn twice as dense)', () => {
    for (const width of [320, 375, 540]) {
      const sizes = texts(layoutPoster(busy, { width, locale: 'zh-CN' })).map((t) => t.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
    expect(Math.min(...texts(layoutPoster(busy, { width: 540, locale: 'zh-CN' })).map((t) => t.size))).toBeGreaterThanOrEqual(14);
  });

  it('sets the big figures of a row at one size, smaller only as much as the widest needs', () => {
    const g = layoutPoster(huaian, { width: 375, locale: 'zh-CN' });
    const decisions = texts(g).filter((t) => ['44.7万件', '399万件', '8.83万件'].includes(t.text));
    expect(decisions).toHaveLength(3);
    expect(new Set(decisions.map((t) => t.size)).size).toBe(1);
  });

  it('gives the whole poster as text in reading order: title, then each section under its heading', () => {
    const g = layoutPoster(dongguan, { width: 375, locale: 'en' });
    const headings = g.lines.filter((l) => l.role === 'heading').map((l) => l.text);
    expect(headings).toEqual([
      '东莞市人力资源和社会保障局 Government information disclosure report, 2023',
      'The year in figures',
      'How requests were answered',
      'Who applied',
      'Rules and normative documents',
      'Licensing, penalties and coercion',
      'Administrative reviews and lawsuits',
      'What the website published',
      'Problems and plans',
    ]);
    // Every text drawn is said, except the repeated title band.
    const said = g.lines.map((l) => l.text).join('\n');
    for (const sentence of shortLines(dongguan.narrative!.problems)) expect(said).toContain(sentence);
    expect(said).toContain('Source: 2023年东莞市人力资源和社会保障局政府信息公开工作年度报告');
    expect(said).toContain('2024-01-19');
  });

  it('never sets one line of text over another: lines that start at one x follow at least a line apart', () => {
    for (const r of [dongguan, huaian, busy])
      for (const width of [375, 540]) {
        const byX = new Map<number, { y: number; size: number; text: string }[]>();
        for (const t of texts(layoutPoster(r, { width, locale: 'zh-CN' }))) byX.set(Math.round(t.x), [...(byX.get(Math.round(t.x)) ?? []), t]);
        for (const column of byX.values()) {
          column.sort((a, b) => a.y - b.y);
          for (let i = 1; i < column.length; i++)
            expect(column[i]!.y - column[i - 1]!.y, `${column[i - 1]!.text} / ${column[i]!.text}`).toBeGreaterThanOrEqual(column[i]!.size * 0.9);
        }
      }
  });
});
