/**
 * The report's shape as plain data, for the validator the widgets carry. `schema.ts` stays the
 * one definition (types, `ReportSchema`, report.schema.json); this is the same tree written
 * compactly, and a unit test derives it from `ReportSchema` and requires them to be equal, so
 * the two cannot drift apart. Why a second form: valibot's runtime and the schema built with
 * it were 4 KB gzip of the widgets' 35 KB budget; this and its walker are about 1 KB.
 *
 * A leaf is the `Expectation` a value must meet (`row` is a count or an object of counts by
 * applicant type); an object lists its keys in the form's order, a key ending in `!` being
 * required; `[shape]` is an array of that shape.
 */
import type { Expectation } from './schema.js';
import { CASE_BLOCKS, CASE_RESULTS, COLUMNS, DECISIONS, REASONS, STOCK_FIGURES } from './vocabulary.js';

export type Leaf = Exclude<Expectation, 'object' | 'list'>;
export type Shape = Leaf | { [key: string]: Shape } | [Shape];

/** Keys that all hold the same shape: the vocabulary's lists, or names written with spaces. */
const all = (keys: string | readonly string[], shape: Shape) =>
  Object.fromEntries((typeof keys === 'string' ? keys.split(' ') : keys).map((key) => [key, shape]));

const stock = all([...STOCK_FIGURES, 'produced', 'published', 'publishedTotal'], 'count');
const itemCount = { lastYear: 'count', change: 'change' } as const;
const cases = all([...CASE_RESULTS, 'total'], 'count');

export const REPORT_SHAPE: Shape = {
  'schemaVersion!': 'schemaVersion',
  'format!': 'format',
  'agency!': { 'name!': 'text', region: 'text' },
  'year!': 'year',
  publishedOn: 'date',
  source: { url: 'httpUrl', title: 'text' },
  proactive: {
    rules: stock,
    normativeDocuments: stock,
    ...all(DECISIONS, 'count'),
    fees: 'money',
    otherServices: 'count',
    itemCounts: all('licensing otherServices penalties coercion fees', itemCount),
    procurement: { projects: 'count', amount: 'money' },
  },
  applications: {
    ...all('received carriedOver', 'row'),
    outcomes: {
      ...all('disclosed partlyDisclosed', 'row'),
      withheld: all(REASONS.withheld, 'row'),
      unavailable: all(REASONS.unavailable, 'row'),
      notProcessed: all(REASONS.notProcessed, 'row'),
      otherHandling: all(REASONS.otherHandling, 'row'),
      total: 'row',
    },
    carriedForward: 'row',
  },
  reviewLitigation: all(CASE_BLOCKS, cases),
  platforms: {
    website: {
      name: 'text',
      ...all('pageViews published', 'count'),
      breakdown: [{ 'label!': 'text', 'count!': 'count' }],
    },
    newMedia: [{ 'name!': 'text', platform: 'platform', ...all('posts followers', 'count') }],
  },
  narrative: all('overview problems other', 'text'),
  informationFees: 'money',
};

/** A row given as an object: counts by applicant type and the total. */
export const ROW_SHAPE: Shape = all(COLUMNS, 'count');
