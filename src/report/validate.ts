/**
 * Checks that a document is a report and says, for every problem, where (its JSON path), what
 * was expected and what was found, in the reader's language. No eval: valibot walks the schema.
 */
import * as v from 'valibot';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { ReportSchema, type Expectation } from './schema.js';
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

type Issue = v.BaseIssue<unknown>;
type AnySchema = v.BaseSchema<unknown, unknown, Issue> & {
  type: string;
  message?: unknown;
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: AnySchema[];
};

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

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  while (schema?.type === 'optional') schema = schema.wrapped;
  return schema;
}

/** The schema that describes the value at a path, to say what a missing key should hold. */
function schemaAt(path: readonly { key: unknown }[]): AnySchema | undefined {
  let schema = unwrap(ReportSchema as unknown as AnySchema);
  for (const { key } of path) {
    if (schema?.type === 'union') schema = schema.options?.find((o) => o.type === 'object');
    if (schema?.type === 'object') schema = unwrap(schema.entries?.[String(key)]);
    else if (schema?.type === 'array') schema = unwrap(schema.item);
    else return undefined;
  }
  return schema;
}

function isExpectation(value: unknown): value is Expectation {
  return typeof value === 'string' && value in MESSAGES['zh-CN'].expected;
}

/** Turns valibot's issues into problems, descending into unions to the real cause. */
function collect(issues: readonly Issue[], locale: Locale, into: Problem[]) {
  const words = MESSAGES[locale];
  for (const issue of issues) {
    // A row given as an object fails the integer branch of its union too; the object
    // branch's own issues name the exact cell, so report those. Their paths are relative to
    // the union's.
    if (issue.type === 'union' && issue.issues?.length && isPlainObject(issue.input)) {
      const inner = issue.issues.filter((sub) => sub.path?.length);
      if (inner.length) {
        const base = issue.path ?? [];
        const located = inner.map((sub) => ({ ...sub, path: [...base, ...sub.path!] }) as Issue);
        collect(located, locale, into);
        continue;
      }
    }
    const missingKey = issue.input === undefined && issue.path?.length;
    const key = missingKey ? schemaAt(issue.path!)?.message : issue.message;
    const expected = isExpectation(key) ? words.expected[key] : String(issue.expected ?? '');
    const path = formatPath(issue.path);
    const found = describeValue(issue.input, locale);
    const message = words.problem(path || words.root, expected, found);
    if (!into.some((p) => p.message === message)) into.push({ path, expected, found, message });
  }
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed document. On success `report` is a fresh object holding only the known
 * keys: unknown keys, and keys such as `__proto__`, are never copied from the input.
 */
export function validateReport(input: unknown, locale: Locale = 'zh-CN'): Validation {
  if (Array.isArray(input)) {
    // valibot's object() takes arrays for objects; a report is never one.
    const words = MESSAGES[locale];
    const expected = words.expected.object;
    const message = words.problem(words.root, expected, '[…]');
    return { ok: false, problems: [{ path: '', expected, found: '[…]', message }] };
  }
  const result = v.safeParse(ReportSchema, input, { abortEarly: false });
  if (result.success) return { ok: true, report: result.output };
  const problems: Problem[] = [];
  collect(result.issues, locale, problems);
  return { ok: false, problems };
}

/** Parses JSON text and validates it. */
export function parseReport(text: string, locale: Locale = 'zh-CN'): Validation {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = MESSAGES[locale].notJson(detail);
    return { ok: false, problems: [{ path: '', expected: 'JSON', found: detail, message }] };
  }
  return validateReport(input, locale);
}
