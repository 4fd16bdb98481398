// Writes report.schema.json (JSON Schema 2020-12) from the same valibot schema that the
// types and the validator come from (src/report/schema.ts, compiled to dist/ by tsc).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { CountSchema, MoneySchema, ReportSchema, RowSchema } from '../dist/report/schema.js';

export function buildSchema() {
  const schema = toJsonSchema(ReportSchema, {
    target: 'draft-2020-12',
    definitions: { count: CountSchema, money: MoneySchema, row: RowSchema },
  });
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/disclosure-charts/report.schema.json',
    title: '政府信息公开工作年度报告 (disclosure-charts report JSON)',
    description:
      "A Chinese government agency's annual information-disclosure report, as read by the disclosure-charts widgets. See REPORT-FORMAT in the repository for the cell of the national form behind each key.",
    ...schema,
  };
}

/**
 * collection.schema.json: several reports (REPORT-FORMAT.md, "Collections"), each a report of
 * report.schema.json or the URL of a report file, resolved against the collection's own URL.
 */
export function buildCollectionSchema() {
  const items = { anyOf: [{ $ref: 'report.schema.json' }, { type: 'string', format: 'uri-reference', description: 'The URL of a report file, resolved against the collection URL.' }] };
  const list = { type: 'array', items };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/disclosure-charts/collection.schema.json',
    title: '政府信息公开工作年度报告集合 (disclosure-charts collection JSON)',
    description:
      'Several reports, for <disclosure-trend> (one agency over the years) and <disclosure-compare> (agencies in one year): an array of reports or report URLs, or an object whose `reports` is one. Two reports of one agency for one year are refused.',
    anyOf: [list, { type: 'object', properties: { reports: list }, required: ['reports'] }],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../report.schema.json', import.meta.url), JSON.stringify(buildSchema(), null, 2) + '\n');
  writeFileSync(new URL('../collection.schema.json', import.meta.url), JSON.stringify(buildCollectionSchema(), null, 2) + '\n');
  console.log('report.schema.json and collection.schema.json written');
}
