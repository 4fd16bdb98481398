/**
 * The report JSON, defined once. The TypeScript types (`types.ts`), the validator
 * (`validate.ts`) and the published `report.schema.json` (scripts/build-schema.js) are all
 * derived from the schemas in this file, so they cannot drift apart.
 *
 * Valibot was chosen because it validates without `eval`/`new Function` (the widgets must run
 * under a Content-Security-Policy without 'unsafe-eval'), tree-shakes to a few KB, and has a
 * maintained JSON Schema converter (@valibot/to-json-schema).
 *
 * Each `message` below is not prose but a key into `expected` in `messages.ts`, which says in
 * the reader's language what the value should have been.
 */
import * as v from 'valibot';
import { CASE_BLOCKS, CASE_RESULTS, COLUMNS, DECISIONS, REASONS } from './vocabulary.js';

/** Keys of `expected` in messages.ts. */
export type Expectation =
  | 'count'
  | 'change'
  | 'money'
  | 'text'
  | 'object'
  | 'list'
  | 'row'
  | 'year'
  | 'date'
  | 'httpUrl'
  | 'schemaVersion'
  | 'format'
  | 'platform';

const expect = (key: Expectation) => key;

/** A count of cases or items: a whole number from 0 up to 2^53 − 1. */
export const CountSchema = v.pipe(
  v.number(expect('count')),
  v.safeInteger(expect('count')),
  v.minValue(0, expect('count')),
);

/** An amount of money: a finite, non-negative number (decimals allowed). */
export const MoneySchema = v.pipe(
  v.number(expect('money')),
  v.minValue(0, expect('money')),
  // Rules out Infinity too. Larger than any budget, small enough that sums stay finite.
  v.maxValue(1e15, expect('money')),
);

const TextSchema = v.string(expect('text'));
const obj = <T extends v.ObjectEntries>(entries: T) => v.object(entries, expect('object'));

export { APPLICANT_COLUMNS } from './vocabulary.js';

/** An object with the same optional schema under each of the vocabulary's keys. */
const each = <const K extends readonly string[], S extends v.GenericSchema>(keys: K, schema: S) =>
  obj(Object.fromEntries(keys.map((key) => [key, v.optional(schema)])) as { [P in K[number]]: v.OptionalSchema<S, undefined> });

/** One row of the application table, counted by applicant type. */
export const RowObjectSchema = each(COLUMNS, CountSchema);

/** A row: counts by applicant type, or a plain integer meaning "total only". */
export const RowSchema = v.union([CountSchema, RowObjectSchema], expect('row'));

const row = v.optional(RowSchema);

export const OutcomesSchema = obj({
  disclosed: row,
  partlyDisclosed: row,
  withheld: v.optional(each(REASONS.withheld, RowSchema)),
  unavailable: v.optional(each(REASONS.unavailable, RowSchema)),
  notProcessed: v.optional(each(REASONS.notProcessed, RowSchema)),
  otherHandling: v.optional(each(REASONS.otherHandling, RowSchema)),
  total: row,
});

/** 三、收到和处理政府信息公开申请情况 */
export const ApplicationsSchema = obj({
  received: row,
  carriedOver: row,
  outcomes: v.optional(OutcomesSchema),
  carriedForward: row,
});

const StockSchema = obj({
  /** 2021: 本年制发件数 / 本年废止件数 / 现行有效件数. */
  issued: v.optional(CountSchema),
  repealed: v.optional(CountSchema),
  inForce: v.optional(CountSchema),
  /** 2019 (other meanings, so other keys): 本年新制作数量 / 本年新公开数量 / 对外公开总数量. */
  produced: v.optional(CountSchema),
  published: v.optional(CountSchema),
  publishedTotal: v.optional(CountSchema),
});

/** A change from one year to the next: a whole number, negative for a fall. */
const ChangeSchema = v.pipe(v.number(expect('change')), v.safeInteger(expect('change')));

/** 2019: 上一年项目数量 and 本年增/减 of one kind of matter. */
const ItemCountSchema = obj({ lastYear: v.optional(CountSchema), change: v.optional(ChangeSchema) });

/** 二、主动公开政府信息情况 */
export const ProactiveSchema = obj({
  rules: v.optional(StockSchema),
  normativeDocuments: v.optional(StockSchema),
  ...each(DECISIONS, CountSchema).entries,
  fees: v.optional(MoneySchema),
  /** 2019: 其他对外管理服务事项, 处理决定数量. */
  otherServices: v.optional(CountSchema),
  /**
   * 2019: the number of items of each kind (上一年项目数量) and the year's change (本年增/减,
   * negative for fewer), which the 2021 format dropped.
   */
  itemCounts: v.optional(
    obj({
      licensing: v.optional(ItemCountSchema),
      otherServices: v.optional(ItemCountSchema),
      penalties: v.optional(ItemCountSchema),
      coercion: v.optional(ItemCountSchema),
      fees: v.optional(ItemCountSchema),
    }),
  ),
  /** 2019: （九）政府集中采购, 采购项目数量 and 采购总金额 (in 万元, as the form gives it). */
  procurement: v.optional(obj({ projects: v.optional(CountSchema), amount: v.optional(MoneySchema) })),
});

const CasesSchema = each([...CASE_RESULTS, 'total'], CountSchema);

/** 四、行政复议、行政诉讼情况 */
export const ReviewLitigationSchema = each(CASE_BLOCKS, CasesSchema);

/** Website and new-media figures, given in prose in 一、总体情况. */
export const PlatformsSchema = obj({
  website: v.optional(
    obj({
      name: v.optional(TextSchema),
      pageViews: v.optional(CountSchema),
      published: v.optional(CountSchema),
      breakdown: v.optional(
        v.array(obj({ label: TextSchema, count: CountSchema }), expect('list')),
      ),
    }),
  ),
  newMedia: v.optional(
    v.array(
      obj({
        name: TextSchema,
        platform: v.optional(
          v.picklist(['wechat', 'weibo', 'douyin', 'toutiao', 'other'], expect('platform')),
        ),
        posts: v.optional(CountSchema),
        followers: v.optional(CountSchema),
      }),
      expect('list'),
    ),
  ),
});

/** The whole report document. */
export const ReportSchema = obj({
  schemaVersion: v.literal(1, expect('schemaVersion')),
  format: v.picklist(['2021', '2019'], expect('format')),
  agency: obj({ name: TextSchema, region: v.optional(TextSchema) }),
  year: v.pipe(
    v.number(expect('year')),
    v.integer(expect('year')),
    v.minValue(2008, expect('year')),
    v.maxValue(2100, expect('year')),
  ),
  publishedOn: v.optional(
    v.pipe(TextSchema, v.isoDate(expect('date'))),
  ),
  source: v.optional(
    obj({
      url: v.optional(v.pipe(TextSchema, v.regex(/^[hH][tT][tT][pP][sS]?:\/\/\S+$/, expect('httpUrl')))),
      title: v.optional(TextSchema),
    }),
  ),
  proactive: v.optional(ProactiveSchema),
  applications: v.optional(ApplicationsSchema),
  reviewLitigation: v.optional(ReviewLitigationSchema),
  platforms: v.optional(PlatformsSchema),
  narrative: v.optional(
    obj({
      overview: v.optional(TextSchema),
      problems: v.optional(TextSchema),
      other: v.optional(TextSchema),
    }),
  ),
  informationFees: v.optional(MoneySchema),
});
