/**
 * Types of the report JSON, inferred from the schemas in `schema.ts`: one source for the
 * types, the validator and report.schema.json.
 */
import type * as v from 'valibot';
import type {
  ApplicationsSchema,
  OutcomesSchema,
  PlatformsSchema,
  ProactiveSchema,
  ReportSchema,
  ReviewLitigationSchema,
  RowObjectSchema,
  RowSchema,
} from './schema.js';

export type { ApplicantColumn, Column, ReasonGroup } from './vocabulary.js';

/** A whole report, as validated. */
export type Report = v.InferOutput<typeof ReportSchema>;
/** 三、收到和处理政府信息公开申请情况 */
export type Applications = v.InferOutput<typeof ApplicationsSchema>;
/** 三 (七 rows of outcomes, 21 detailed). */
export type Outcomes = v.InferOutput<typeof OutcomesSchema>;
/** 二、主动公开政府信息情况 */
export type Proactive = v.InferOutput<typeof ProactiveSchema>;
/** 四、行政复议、行政诉讼情况 */
export type ReviewLitigation = v.InferOutput<typeof ReviewLitigationSchema>;
/** Website and new-media figures. */
export type Platforms = v.InferOutput<typeof PlatformsSchema>;
/** A row of the application table: counts by applicant type, or a total only. */
export type Row = v.InferOutput<typeof RowSchema>;
/** A row with its breakdown by applicant type. */
export type RowObject = v.InferOutput<typeof RowObjectSchema>;
