/**
 * fast-check arbitraries for bad and extreme reports, shared by the Node and browser
 * property tests.
 */
import fc from 'fast-check';

/** Every path in a JSON value, as key lists, containers included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const deep = (depth: number): unknown => {
  let node: unknown = { end: 1 };
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
};

/** Values that do not belong in a report, and some that are merely extreme. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    -0,
    0.5,
    -1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    null,
    true,
    [],
    {},
    '',
    '0',
    '73',
  ),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => i)),
  fc.constant(deep(2_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "total": 1}')),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')),
  fc.constant(JSON.parse('{"prototype": {"polluted": "yes"}}')),
  fc.anything({ maxDepth: 3 }),
);

/** Sets (or deletes, for `undefined`) the value at a path of a copy. */
export function mutate(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Reports with one to four of their values replaced by bad ones. */
export const mutatedReport = (base: unknown) => {
  const paths = pathsOf(base);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), badValue), { minLength: 1, maxLength: 4 })
    .map((changes) => {
      let report = base;
      for (const [path, value] of changes) {
        try {
          report = mutate(report, path, value);
        } catch {
          // An earlier change removed this path's parent: skip it.
        }
      }
      return report;
    });
};

const count = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const row = fc.oneof(
  count,
  fc.record(
    { naturalPerson: count, commercial: count, research: count, publicInterest: count, legalService: count, other: count, total: count },
    { requiredKeys: [] },
  ),
);
const cases = fc.record({ upheld: count, corrected: count, other: count, pending: count, total: count }, { requiredKeys: [] });
const reasons = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, row])), { requiredKeys: [] });

/** Valid reports with any mix of sections, rows and sizes, up to 2^53 − 1 per cell. */
export const validReport = fc.record(
  {
    schemaVersion: fc.constant(1),
    format: fc.constantFrom('2021', '2019'),
    agency: fc.record({ name: fc.string(), region: fc.string() }, { requiredKeys: ['name'] }),
    year: fc.integer({ min: 2008, max: 2100 }),
    proactive: fc.record(
      {
        rules: fc.record({ issued: count, repealed: count, inForce: count }, { requiredKeys: [] }),
        normativeDocuments: fc.record({ issued: count, repealed: count, inForce: count }, { requiredKeys: [] }),
        licensing: count,
        penalties: count,
        coercion: count,
        fees: fc.double({ min: 0, max: 1e15, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    applications: fc.record(
      {
        received: row,
        carriedOver: row,
        carriedForward: row,
        outcomes: fc.record(
          {
            disclosed: row,
            partlyDisclosed: row,
            withheld: reasons(['stateSecret', 'prohibitedByLaw', 'endangersSecurity', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery']),
            unavailable: reasons(['notHeld', 'needsCreation', 'stillUnclear']),
            notProcessed: reasons(['complaint', 'repeated', 'publication', 'excessive', 'reconfirmation']),
            otherHandling: reasons(['noCorrection', 'feeUnpaid', 'other']),
            total: row,
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    reviewLitigation: fc.record({ review: cases, directSuit: cases, suitAfterReview: cases }, { requiredKeys: [] }),
    platforms: fc.record(
      {
        website: fc.record(
          {
            name: fc.string(),
            pageViews: count,
            published: count,
            breakdown: fc.array(fc.record({ label: fc.string(), count }), { maxLength: 25 }),
          },
          { requiredKeys: [] },
        ),
        newMedia: fc.array(
          fc.record(
            { name: fc.string(), platform: fc.constantFrom('wechat', 'weibo', 'douyin', 'toutiao', 'other'), posts: count, followers: count },
            { requiredKeys: ['name'] },
          ),
          { maxLength: 8 },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['schemaVersion', 'format', 'agency', 'year'] },
);

/** Throws at the first number in a value that is NaN or infinite, naming its path. */
export function assertFinite(value: unknown, path = ''): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path || 'value'} is ${value}`);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) assertFinite(inner, `${path}.${key}`);
  }
}
