/**
 * Property tests over arbitrary, mutated and extreme reports: the model and every layout
 * either accept a report and give finite geometry, or refuse it with problems that name
 * their path. Nothing throws, nothing pollutes Object.prototype.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutOutcomes } from '../../src/elements/disclosure-outcomes/disclosure-outcomes.layout.js';
import { layoutEnforcement } from '../../src/elements/enforcement-counts/enforcement-counts.layout.js';
import { layoutReview } from '../../src/elements/review-litigation/review-litigation.layout.js';
import { layoutTraffic } from '../../src/elements/site-traffic/site-traffic.layout.js';
import { checkAccounts } from '../../src/report/checks.js';
import type { Report } from '../../src/report/types.js';
import { parseReport, validateReport } from '../../src/report/validate.js';
import { loadFixture } from '../fixtures.js';
import { assertFinite, mutatedReport, validReport } from '../mutations.js';

const dongguan = loadFixture('dongguan-hrss-2023.json');
const busy = loadFixture('fixtures/busy-agency.json');
const size = fc.record({
  width: fc.integer({ min: 1, max: 2400 }),
  locale: fc.constantFrom('zh-CN' as const, 'en' as const),
  fontSize: fc.integer({ min: 8, max: 40 }),
});

/** Lays out every section a report has, as the widgets would. */
function layoutAll(report: Report, s: Size) {
  const options = { ...s, year: report.year };
  return [
    report.applications && layoutOutcomes(report.applications, options),
    report.platforms && layoutTraffic(report.platforms, options),
    report.reviewLitigation && layoutReview(report.reviewLitigation, options),
    report.proactive && layoutEnforcement(report.proactive, options),
  ];
}

/** What every outcome must satisfy: a valid report lays out finite; an invalid one is explained. */
type Size = { width: number; locale: 'zh-CN' | 'en'; fontSize: number };

function judge(input: unknown, s: Size) {
  const result = validateReport(input, s.locale);
  if (result.ok) {
    for (const w of checkAccounts(result.report)) assertFinite(w);
    assertFinite(layoutAll(result.report, s));
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.length).toBeGreaterThan(p.path.length);
      if (p.path) expect(p.message.startsWith(p.path)).toBe(true);
    }
  }
  return result.ok;
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// Thousands of runs: generous time on a loaded two-core machine.
vi.setConfig({ testTimeout: 120_000 });

describe('property tests of the report model and the layouts', () => {
  it('any JSON value at all is accepted or refused with problems, never thrown on', () => {
    fc.assert(fc.property(fc.jsonValue(), size, (value, s) => void judge(value, s)), { numRuns: 1000 });
  });

  it('any JavaScript value (NaN, -0, Infinity, symbols in arrays…) is judged too', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), size, (value, s) => void judge(value, s)), {
      numRuns: 500,
    });
  });

  it('mutated Dongguan reports: accepted with finite geometry, or refused naming the path', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedReport(dongguan), size, (report, s) => {
        if (!judge(report, s)) refused++;
      }),
      { numRuns: 1500 },
    );
    expect(refused).toBeGreaterThan(500);
  });

  it('mutated busy reports, and their JSON text', () => {
    fc.assert(
      fc.property(mutatedReport(busy), size, (report, s) => {
        judge(report, s);
        const text = JSON.stringify(report);
        if (text !== undefined) expect(() => parseReport(text, s.locale)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('valid reports of any shape and size up to 2^53 − 1 lay out with finite numbers', () => {
    fc.assert(
      fc.property(validReport, size, (report, s) => {
        expect(judge(report, s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('keys named __proto__, constructor and prototype are never merged into anything', () => {
    const text = JSON.stringify(dongguan).replace(
      '"applications":{',
      '"applications":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    const result = parseReport(text);
    expect(result.ok).toBe(true);
    expect(Object.getPrototypeOf(result.report!.applications)).toBe(Object.prototype);
    expect((result.report!.applications as Record<string, unknown>).polluted).toBeUndefined();
  });
});
