/** What a corpus truth and a parse are compared on: every figure, the agency, year, format and date. */
export const corpusFigures = (report: Record<string, any>) => ({
  format: report.format,
  agency: report.agency?.name,
  year: report.year,
  publishedOn: report.publishedOn,
  proactive: report.proactive,
  applications: report.applications,
  reviewLitigation: report.reviewLitigation,
  platforms: report.platforms,
  informationFees: report.informationFees,
});

/** A deep copy of `report` without the given paths (and without objects they leave empty). */
export function withoutPaths<T>(report: T, paths: string[]): T {
  const copy = structuredClone(report) as Record<string, any>;
  for (const path of paths) {
    const keys = path.split('.');
    const trail: Record<string, any>[] = [copy];
    for (const k of keys.slice(0, -1)) trail.push(trail.at(-1)?.[k]);
    const parent = trail.at(-1);
    if (parent && typeof parent === 'object') delete parent[keys.at(-1)!];
    for (let i = trail.length - 1; i > 0; i--)
      if (trail[i] && typeof trail[i] === 'object' && !Object.keys(trail[i]!).length) delete trail[i - 1]![keys[i - 1]!];
  }
  return copy as T;
}

/** Every figure of a report (a number under proactive, applications, reviewLitigation, platforms, informationFees) by its path. */
export function figureMap(report: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  for (const key of ['proactive', 'applications', 'reviewLitigation', 'platforms', 'informationFees']) walk(report[key], key);
  return out;
}
