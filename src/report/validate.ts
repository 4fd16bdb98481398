/**
 * Checks that a document is a report and says, for every problem, where (its JSON path), what
 * was expected and what was found, in the reader's language. No eval: a walk over the report's
 * shape (shape.ts, proven equal to the schema in schema.ts by a unit test).
 */
import { MESSAGES, type Locale } from '../i18n/messages.js';
import type { Expectation } from './schema.js';
import { REPORT_SHAPE, ROW_SHAPE, type Leaf, type Shape } from './shape.js';
import type { Report } from './types.js';

/** One thing wrong with a document. */
export interface Problem {
  /** JSON path of the value, e.g. `applications.received.total`; empty for the document. */
  path: string;
  /** What the value should be, in words of the requested language. */
  expected: string;
  /** What was found, shortened (`"12"`, `-1`, `NaN`, or "nothing" when it is missing). */
  found: string;
  /** The whole sentence, ready to show. */
  message: string;
}

export type Validation =
  | { ok: true; report: Report; problems?: undefined }
  | { ok: false; report?: undefined; problems: Problem[] };

type Key = string | number;

/** The path as it would be written in JavaScript: `platforms.newMedia[0].name`. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, safe rendering of what was found. */
function describeValue(value: unknown, locale: Locale): string {
  if (value === undefined) return MESSAGES[locale].missing;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > 40 ? `${quoted.slice(0, 38)}…"` : quoted;
  }
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' ? '{…}' : typeof value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const isText = (x: unknown): x is string => typeof x === 'string';

/** Whether a value meets a leaf's rule (`row` is walked, not looked up). */
const LEAVES: Record<Exclude<Leaf, 'row'>, (x: unknown) => boolean> = {
  count: isCount,
  change: Number.isSafeInteger,
  money: (x) => typeof x === 'number' && x >= 0 && x <= 1e15,
  text: isText,
  year: (x) => Number.isInteger(x) && (x as number) >= 2008 && (x as number) <= 2100,
  // A date or address must be text first: anything else is named as not text.
  date: (x) => isText(x) && /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/.test(x),
  httpUrl: (x) => isText(x) && /^[hH][tT][tT][pP][sS]?:\/\/\S+$/.test(x),
  schemaVersion: (x) => x === 1,
  format: (x) => x === '2021' || x === '2019',
  platform: (x) => ['wechat', 'weibo', 'douyin', 'toutiao', 'other'].includes(x as string),
};

/**
 * Walks a value along its shape: returns a fresh copy holding only the shape's keys, and adds
 * a problem for every value that does not fit (each named once, at its own path).
 */
function walk(shape: Shape, value: unknown, path: Key[], add: (path: Key[], expected: Expectation, value: unknown) => void): unknown {
  if (typeof shape === 'string') {
    if (shape === 'row') {
      if (isPlainObject(value)) return walk(ROW_SHAPE, value, path, add);
      if (typeof value !== 'number') return add(path, 'row', value);
      shape = 'count';
    }
    if (!LEAVES[shape](value)) add(path, (shape === 'date' || shape === 'httpUrl') && !isText(value) ? 'text' : shape, value);
    return value;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return add(path, 'list', value);
    return Array.from(value, (item, i) => walk(shape[0], item, [...path, i], add));
  }
  if (!isPlainObject(value)) return add(path, 'object', value);
  const out: Record<string, unknown> = {};
  for (const [entry, inner] of Object.entries(shape)) {
    const key = entry.replace('!', '');
    // Own keys only: `__proto__` or `constructor` in the input are never read or copied.
    const given = Object.hasOwn(value, key) ? value[key] : undefined;
    if (given === undefined) {
      if (entry !== key) add([...path, key], typeof inner === 'string' ? inner : Array.isArray(inner) ? 'list' : 'object', given);
    } else out[key] = walk(inner, given, [...path, key], add);
  }
  return out;
}

/**
 * Validates a parsed document. On success `report` is a fresh object holding only the known
 * keys: unknown keys, and keys such as `__proto__`, are never copied from the input.
 */
export function validateReport(input: unknown, locale: Locale = 'zh-CN'): Validation {
  const words = MESSAGES[locale];
  const problems: Problem[] = [];
  // `walk` names each path at most once, and each message says its path: no problem repeats.
  const report = walk(REPORT_SHAPE, input, [], (path, key, value) => {
    const at = formatPath(path.map((key) => ({ key })));
    const expected = words.expected[key];
    const found = describeValue(value, locale);
    problems.push({ path: at, expected, found, message: words.problem(at || words.root, expected, found) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, report: report as Report };
}

/** Parses JSON text and validates it. */
export function parseReport(text: string, locale: Locale = 'zh-CN'): Validation {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    // The engine's message is in the browser's language, not the page's: only the place of
    // the mistake is taken from it (Chromium and Firefox give it, as a 0-based position).
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail)?.[1];
    const message = MESSAGES[locale].notJson(at === undefined ? undefined : Number(at) + 1);
    return { ok: false, problems: [{ path: '', expected: 'JSON', found: detail, message }] };
  }
  return validateReport(input, locale);
}
