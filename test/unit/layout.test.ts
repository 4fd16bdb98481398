import { describe, expect, it } from 'vitest';
import { layoutOutcomes, summarizeOutcomes } from '../../src/elements/disclosure-outcomes/disclosure-outcomes.layout.js';
import { layoutBarList } from '../../src/layout/bars.js';
import { formatCompact, formatExact, formatPercent } from '../../src/layout/format.js';
import { scaleFromZero } from '../../src/layout/scale.js';
import { layoutStack } from '../../src/layout/stack.js';
import { textWidth, wrapText } from '../../src/layout/text.js';
import type { Applications, Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const apps = (name: string) => (loadFixture(name) as Report).applications as Applications;
const dongguan = () => apps('dongguan-hrss-2023.json');

describe('text', () => {
  it('textWidth counts a CJK character as one em', () => {
    expect(textWidth('予以公开', 14)).toBe(56);
    expect(textWidth('ab', 10)).toBeCloseTo(12);
    // Narrow and wide Latin letters by class (held to the drawn width in test/browser/text-measure.test.ts).
    expect(textWidth('il', 10)).toBeLessThan(textWidth('mw', 10) / 2);
  });
  it('wrapText breaks Chinese between characters, never before closing punctuation', () => {
    const lines = wrapText('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 14 * 12, 14);
    expect(lines).toEqual(['申请人无正当理由逾期不补', '正、行政机关不再处理其政', '府信息公开申请']);
    expect(wrapText('一二三，四五', 14 * 3, 14)).toEqual(['一二三，', '四五']);
  });
  it('wrapText takes an opening bracket down with what it opens, rather than running the line on', () => {
    // At 200 px the whole does not fit: the bracket may not end the first line, so it starts the second.
    expect(wrapText('予以公开 56件（76.7%）', 200, 23)).toEqual(['予以公开 56件', '（76.7%）']);
    expect(wrapText('（一二三四五六）', 14 * 3, 14)).toEqual(['（一二', '三四五', '六）']);
  });
  it('wrapText breaks English at spaces and keeps a long word whole', () => {
    expect(wrapText('Applicant did not pay the fee', 100, 10)).toEqual(['Applicant did not', 'pay the fee']);
    expect(wrapText('Supercalifragilistic', 30, 10)).toEqual(['Supercalifragilistic']);
  });
  it('wrapText of an empty string is one empty line', () => {
    expect(wrapText('', 100, 14)).toEqual(['']);
  });
});

describe('scaleFromZero', () => {
  it('scaleFromZero maps 0..max onto 0..range and clamps', () => {
    const x = scaleFromZero(50, 200);
    expect([x(0), x(25), x(50), x(100), x(-5)]).toEqual([0, 100, 200, 200, 0]);
  });
  it('scaleFromZero of an empty domain maps everything to 0', () => {
    expect(scaleFromZero(0, 200)(10)).toBe(0);
    expect(scaleFromZero(Number.POSITIVE_INFINITY, 200)(10)).toBe(0);
  });
});

describe('layoutBarList', () => {
  const item = (key: string, value: number | undefined, label = key) => ({ key, label, value, valueLabel: String(value ?? '—') });
  it('layoutBarList([]) is empty', () => {
    expect(layoutBarList([], { width: 300 })).toEqual({ width: 300, height: 0, fontSize: 14, barHeight: 20, rows: [] });
  });
  it('layoutBarList gives the largest bar the width left after its value label, and the others in proportion', () => {
    // Value labels "5" and "10" at 10 px: the widest is 2 digits, 12 px; 6 px between bar and label.
    const { rows } = layoutBarList([item('a', 5), item('b', 10)], { width: 300, fontSize: 10 });
    expect(rows[1]!.width).toBe(282);
    expect(rows[0]!.width).toBe(141);
    // Each value label starts just after its bar, and the longest ends at the right edge.
    expect(rows.map((r) => r.valueX)).toEqual([147, 288]);
  });
  it('layoutBarList(all zero or missing) draws no bar and no NaN', () => {
    const { rows, height } = layoutBarList([item('a', 0), item('b', undefined)], { width: 300 });
    expect(rows.map((r) => r.width)).toEqual([0, 0]);
    expect(Number.isFinite(height)).toBe(true);
  });
  it('layoutBarList(long label) wraps it and pushes the next row down', () => {
    const long = '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
    const { rows } = layoutBarList([item('a', 1, long), item('b', 2)], { width: 200, fontSize: 14 });
    expect(rows[0]!.lines.length).toBe(3);
    expect(rows[1]!.labelY).toBeGreaterThan(rows[0]!.y + 20);
  });
  it('layoutBarList keeps bars proportional', () => {
    const { rows } = layoutBarList([item('a', 10), item('b', 5)], { width: 300 });
    expect(rows[1]!.width * 2).toBeCloseTo(rows[0]!.width);
  });
});

describe('layoutStack', () => {
  it('layoutStack splits the width by share and skips zeros', () => {
    const segments = layoutStack([{ key: 'a', value: 3 }, { key: 'b', value: 0 }, { key: 'c', value: 1 }], 400);
    expect(segments.map((s) => [s.key, s.x, s.width])).toEqual([['a', 0, 300], ['c', 300, 100]]);
  });
  it('layoutStack keeps a tiny part visible', () => {
    const segments = layoutStack([{ key: 'a', value: 10000 }, { key: 'b', value: 1 }], 300, 3);
    expect(segments[1]!.width).toBe(3);
    expect(segments[0]!.width + segments[1]!.width).toBeCloseTo(300);
  });
  it('layoutStack of nothing is empty', () => {
    expect(layoutStack([{ key: 'a', value: 0 }], 300)).toEqual([]);
    expect(layoutStack([], 300)).toEqual([]);
  });
});

describe('format', () => {
  it('formatCompact reads the Chinese way', () => {
    expect(formatCompact(3030000, 'zh-CN')).toBe('303万');
    expect(formatCompact(1220000, 'zh-CN')).toBe('122万');
    expect(formatCompact(123456789, 'zh-CN')).toBe('1.23亿');
    expect(formatCompact(1582, 'zh-CN')).toBe('1,582');
    expect(formatCompact(3030000, 'en')).toBe('3.03M');
    expect(formatCompact(693957, 'zh-CN')).toBe('69.4万');
  });
  it('formatExact groups digits; formatPercent keeps one decimal', () => {
    expect(formatExact(3030000, 'zh-CN')).toBe('3,030,000');
    expect(formatPercent(56 / 73, 'zh-CN')).toBe('76.7%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
  });
});

describe('summarizeOutcomes', () => {
  it('summarizeOutcomes(dongguan) gives the headline figures', () => {
    const f = summarizeOutcomes(dongguan());
    expect(f).toMatchObject({ received: 73, carriedOver: 1, handled: 74, answered: 73, open: 56, carriedForward: 1 });
    expect(f.rate).toBeCloseTo(56 / 73);
    expect(f.groups.map((g) => g.value)).toEqual([56, 0, 3, 9, 0, 5]);
  });
  it('summarizeOutcomes(totals-only) gives the same figures from totals', () => {
    const f = summarizeOutcomes(apps('fixtures/totals-only.json'));
    expect(f).toMatchObject({ handled: 74, answered: 73, open: 56, carriedForward: 1 });
    expect(f.groups.map((g) => g.value)).toEqual([56, 0, 3, 9, 0, 5]);
  });
  it('summarizeOutcomes({}) says nothing rather than zero', () => {
    const f = summarizeOutcomes({});
    expect(f.handled).toBeUndefined();
    expect(f.answered).toBeUndefined();
    expect(f.rate).toBeUndefined();
  });
});

describe('layoutOutcomes', () => {
  const options = { width: 600, locale: 'zh-CN' as const, year: 2023 };
  it('layoutOutcomes(dongguan) labels each group with count and share', () => {
    const g = layoutOutcomes(dongguan(), options);
    expect(g.bars.rows.map((r) => [r.label, r.valueLabel])).toEqual([
      ['予以公开', '56件 · 76.7%'],
      ['部分公开', '0件 · 0.0%'],
      ['不予公开', '3件 · 4.1%'],
      ['无法提供', '9件 · 12.3%'],
      ['不予处理', '0件 · 0.0%'],
      ['其他处理', '5件 · 6.8%'],
      ['结转下年度', '1件'],
    ]);
    expect(g.summary).toBe('2023年办结政府信息公开申请73件，其中予以公开和部分公开56件，公开率76.7%；结转下年度1件。');
  });
  it('layoutOutcomes says one request in the singular in English', () => {
    const one = { received: 1, carriedOver: 0, outcomes: { disclosed: 1, total: 1 }, carriedForward: 0 };
    expect(layoutOutcomes(one, { ...options, locale: 'en' }).summary).toBe(
      'In 2023 the agency answered 1 request, disclosing 1 in full or in part (100.0%), with 0 carried forward to next year.',
    );
  });
  it('layoutOutcomes shows the largest group’s reasons first, ranked', () => {
    const g = layoutOutcomes(dongguan(), options);
    expect(g.reasons?.group).toBe('unavailable');
    expect(g.reasons?.bars.rows.map((r) => r.value)).toEqual([9, 0, 0]);
    const withheld = layoutOutcomes(dongguan(), { ...options, selected: 'withheld' });
    expect(withheld.reasons?.bars.rows.map((r) => r.label).slice(0, 3)).toEqual([
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于行政执法案卷',
    ]);
    expect(layoutOutcomes(dongguan(), { ...options, selected: null }).reasons).toBeUndefined();
  });
  it('layoutOutcomes lists the applicants, naming the ones with none', () => {
    const g = layoutOutcomes(dongguan(), options);
    expect(g.applicants.parts.map((p) => [p.label, p.valueLabel])).toEqual([
      ['自然人', '71件 · 97.3%'],
      ['商业企业', '2件 · 2.7%'],
    ]);
    expect(g.applicants.zeros).toEqual(['科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(g.applicants.segments.length).toBe(2);
  });
  it('layoutOutcomes(totals-only) has no applicant breakdown', () => {
    const g = layoutOutcomes(apps('fixtures/totals-only.json'), options);
    expect(g.applicants.breakdown).toBe(false);
    expect(g.applicants.segments).toEqual([]);
  });
  it('layoutOutcomes(zero year) is one statement', () => {
    expect(layoutOutcomes(apps('fixtures/zero-applications.json'), options).nothing).toBe(true);
    expect(layoutOutcomes(dongguan(), options).nothing).toBe(false);
  });
  it('layoutOutcomes in English', () => {
    const g = layoutOutcomes(dongguan(), { ...options, locale: 'en' });
    expect(g.bars.rows[0]!.valueLabel).toBe('56 · 76.7%');
    expect(g.reasons?.title).toBe('Unable to provide: reasons (9 in all)');
  });
  it('layoutOutcomes at 320 px keeps every bar inside the width', () => {
    const g = layoutOutcomes(dongguan(), { ...options, width: 280 });
    // The value label's estimated width is at least its drawn width (text-measure.test.ts).
    for (const row of g.bars.rows) expect(row.valueX + textWidth(row.valueLabel, g.bars.fontSize)).toBeLessThanOrEqual(280);
  });
});
