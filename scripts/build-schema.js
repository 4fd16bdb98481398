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

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../report.schema.json', import.meta.url), JSON.stringify(buildSchema(), null, 2) + '\n');
  console.log('report.schema.json written');
}
