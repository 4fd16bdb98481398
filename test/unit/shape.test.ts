/**
 * The widgets validate with the compact shape in shape.ts; the schema in schema.ts (types,
 * ReportSchema, report.schema.json) is built with valibot. These tests hold them together:
 * the shape is derived from the schema and must be equal, and on thousands of damaged
 * reports the two validators accept and reject the same documents, naming the same paths.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { REPORT_SHAPE, ROW_SHAPE, type Shape } from '../../src/report/shape.js';
import { formatPath, validateReport } from '../../src/report/validate.js';
import { loadFixture } from '../fixtures.js';

type AnySchema = {
  type: string;
  message?: string;
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: AnySchema[];
  pipe?: AnySchema[];
};

/** The shape a valibot schema describes, written as shape.ts writes it. */
function shapeOf(schema: AnySchema): Shape {
  if (schema.type === 'union') return 'row';
  if (schema.type === 'array') return [shapeOf(schema.item!)];
  if (schema.type === 'object') {
    const out: Record<string, Shape> = {};
    for (const [key, entry] of Object.entries(schema.entries!)) {
      if (entry.type === 'optional') out[key] = shapeOf(entry.wrapped!);
      else out[`${key}!`] = shapeOf(entry);
    }
    return out;
  }
  // A pipe's last check names what the value must be (text, then a date; a number, then a year).
  const last = schema.pipe ? schema.pipe[schema.pipe.length - 1]! : schema;
  return last.message as Shape;
}

describe('REPORT_SHAPE', () => {
  it('is the shape of ReportSchema, key for key and in the same order', () => {
    const derived = shapeOf(ReportSchema as unknown as AnySchema);
    expect(REPORT_SHAPE).toEqual(derived);
    expect(JSON.stringify(REPORT_SHAPE)).toBe(JSON.stringify(derived));
  });

  it('gives a row object the cells of the schema\'s row object', () => {
    const union = (ReportSchema as unknown as AnySchema).entries!.applications!.wrapped!.entries!.received!.wrapped!;
    expect(ROW_SHAPE).toEqual(shapeOf(union.options!.find((o) => o.type === 'object')!));
  });
});

/** Every path of a document that holds a value, with that value. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...at, key]))];
}

function setAt(doc: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

// Arrays are left out on purpose: valibot's object() takes an array for an object, which the
// shape walker refuses (tested below).
const DAMAGE = [undefined, -1, 0.5, 2 ** 53, 1e16, Number.NaN, '73', '', null, true, {}, { total: -1 }, 1, 2021, '2023-13-01', '2023-12-31', 'https://x.cn/r', 'wechat', 'tv'];

/** A small, repeatable random sequence, so a failure can be run again. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('validateReport against valibot', () => {
  const fixtures = ['dongguan-hrss-2023.json', 'fixtures/busy-agency.json', 'fixtures/platforms-partial.json', 'fixtures/totals-only.json'];

  it.each(fixtures)('agrees on %s damaged at 800 random places', (name) => {
    const next = random(name.length);
    const base = loadFixture(name) as Record<string, unknown>;
    const places = paths(base).filter((p) => p.length);
    let rejected = 0;
    for (let round = 0; round < 800; round++) {
      const doc = structuredClone(base);
      const place = places[Math.floor(next() * places.length)]!;
      setAt(doc, place, DAMAGE[Math.floor(next() * DAMAGE.length)]);
      const theirs = v.safeParse(ReportSchema, doc, { abortEarly: false });
      const ours = validateReport(doc, 'en');
      expect(ours.ok, `${formatPath(place.map((key) => ({ key })))} = ${JSON.stringify(doc)}`).toBe(theirs.success);
      if (theirs.success) expect(ours.report).toEqual(JSON.parse(JSON.stringify(theirs.output)));
      else {
        rejected++;
        // Only one place was damaged: every problem is named at it or inside it.
        const at = formatPath(place.map((key) => ({ key })));
        for (const problem of ours.problems!) expect(problem.path.startsWith(at), problem.message).toBe(true);
      }
    }
    // The damage really damages: many rounds must have been refused, and many accepted.
    expect(rejected).toBeGreaterThan(200);
    expect(rejected).toBeLessThan(800);
  });

  it('refuses an array where an object or a row belongs (valibot would take it)', () => {
    const doc = loadFixture('dongguan-hrss-2023.json') as Record<string, any>;
    doc.agency = ['东莞'];
    doc.applications.received = [71, 2];
    expect(validateReport(doc, 'en').problems!.map((p) => p.message)).toEqual([
      'agency: expected an object { … }, found […]',
      'applications.received: expected a non-negative whole number, or an object of counts by applicant type, found […]',
    ]);
  });
});
