import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/validate.js';
import { loadFixture } from '../fixtures.js';

const published = JSON.parse(readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8'));

describe('report.schema.json', () => {
  it('is what scripts/build-schema.js makes from src/report/schema.ts today', async () => {
    // @ts-expect-error: a plain JS build script, run after tsc has written dist/.
    const { buildSchema } = await import('../../scripts/build-schema.js');
    expect(buildSchema()).toEqual(published);
  });

  it('is JSON Schema 2020-12', () => {
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const check = ajv.compile(published);
  const cases = [
    'dongguan-hrss-2023.json',
    'fixtures/empty.json',
    'fixtures/zero-applications.json',
    'fixtures/totals-only.json',
    'fixtures/checks-fail.json',
    'fixtures/invalid-types.json',
    'fixtures/invalid-version.json',
  ];
  it.each(cases)('agrees with validateReport on %s', (name) => {
    const document = loadFixture(name);
    expect(check(document)).toBe(validateReport(document).ok);
  });
});

describe('collection.schema.json', () => {
  const collection = JSON.parse(readFileSync(new URL('../../collection.schema.json', import.meta.url), 'utf8'));

  it('is what scripts/build-schema.js makes today', async () => {
    // @ts-expect-error: a plain JS build script.
    const { buildCollectionSchema } = await import('../../scripts/build-schema.js');
    expect(buildCollectionSchema()).toEqual(collection);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri-reference', () => true);
  ajv.addSchema(published, 'report.schema.json');
  const check = ajv.compile({ ...collection, $id: undefined });
  it.each([
    ['collections/pingtan-zone.json', true],
    ['collections/agencies-2023.json', true],
    ['fixtures/county-departments-60.json', true],
    ['dongguan-hrss-2023.json', false],
  ])('accepts %s: %s', (name, valid) => {
    expect(check(loadFixture(name))).toBe(valid);
  });

  it('refuses a collection holding an invalid report, as validateCollection does', () => {
    expect(check([loadFixture('fixtures/invalid-types.json')])).toBe(false);
    expect(check({ reports: 'a.json' })).toBe(false);
  });
});
