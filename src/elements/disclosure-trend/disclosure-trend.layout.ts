/** Pure layout of <disclosure-trend>: one agency's reports in, figures, words and geometry out. */
import { exactCount, compactCount } from '../../i18n/count.js';
import { COLLECTION_WORDS } from '../../i18n/collection.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import type { BarInput, BarListGeometry } from '../../layout/bars.js';
import { layoutPartBars } from '../../layout/part-bars.js';
import { formatPercent, share } from '../../layout/format.js';
import { layoutLines, type LineGeometry, type LinePoint } from '../../layout/lines.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import type { Report } from '../../report/types.js';
import { CASE_BLOCKS, CASE_RESULTS, OUTCOME_GROUPS, sumOf, type CaseResult, type OutcomeGroup } from '../../report/vocabulary.js';
import { summarizeOutcomes } from '../disclosure-outcomes/disclosure-outcomes.layout.js';
import { RESULT_COLOR, summarizeReview } from '../review-litigation/review-litigation.layout.js';

/** The most years drawn; earlier ones are in the table. */
export const MAX_YEARS = 15;

/** One year of the period: its figures, or none when there is no report (a gap). */
export interface TrendYear {
  year: number;
  report?: Report;
  received?: number;
  carriedOver?: number;
  answered?: number;
  open?: number;
  disclosureRate?: number;
  carriedForward?: number;
  groups?: { key: OutcomeGroup; value: number | undefined }[];
  cases?: number;
  corrected?: number;
  pending?: number;
  decided?: number;
  correctionRate?: number;
  results?: Record<CaseResult, number | undefined>;
  blocks?: (number | undefined)[];
}

/** Every year from the first report to the last, a year without a report included as a gap. */
export function trendYears(reports: readonly Report[]): TrendYear[] {
  const byYear = new Map(reports.map((r) => [r.year, r]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (!years.length) return [];
  const out: TrendYear[] = [];
  for (let year = years[0]!; year <= years.at(-1)!; year++) {
    const report = byYear.get(year);
    if (!report) {
      out.push({ year });
      continue;
    }
    const entry: TrendYear = { year, report };
    if (report.applications) {
      const f = summarizeOutcomes(report.applications);
      Object.assign(entry, {
        received: f.received,
        carriedOver: f.carriedOver,
        answered: f.answered,
        open: f.open,
        disclosureRate: f.rate,
        carriedForward: f.carriedForward,
        groups: f.groups,
      });
    }
    const section = report.reviewLitigation;
    if (section && CASE_BLOCKS.some((b) => section[b])) {
      const r = summarizeReview(section);
      Object.assign(entry, {
        cases: r.total,
        corrected: r.corrected,
        pending: r.pending,
        decided: r.decided,
        correctionRate: r.rate,
        results: Object.fromEntries(CASE_RESULTS.map((k) => [k, sumOf(CASE_BLOCKS.map((b) => section[b]?.[k]), 'given')])),
        blocks: CASE_BLOCKS.map((b) => section[b]?.total ?? sumOf(CASE_RESULTS.map((k) => section[b]?.[k]))),
      });
    }
    out.push(entry);
  }
  return out;
}

type Row = BarInput & MarkInfo;

/** Words in brackets, as each language sets them. */
export const paren = (text: string, locale: Locale) => (locale === 'zh-CN' ? `（${text}）` : ` (${text})`);

export interface RatePoint extends LinePoint, MarkInfo {
  series: 'disclosureRate' | 'correctionRate';
}

export interface TrendGeometry {
  agency: string;
  /** The years drawn (the latest MAX_YEARS), gaps included. */
  years: TrendYear[];
  /** Every year, for the table. */
  all: TrendYear[];
  /** Years before those drawn. */
  earlier: number;
  /** Years without a report, among those drawn. */
  gaps: number[];
  figures: { key: string; label: string; value: string; note?: string }[];
  requests: BarListGeometry<Row>;
  rates?: LineGeometry<{ key: 'disclosureRate' | 'correctionRate'; label: string; values: (number | undefined)[] }>;
  ratePoints: RatePoint[];
  outcomes?: BarListGeometry<Row>;
  cases?: BarListGeometry<Row>;
  summary: string;
  width: number;
  fontSize: number;
  nothing: false;
}

/** The change from one figure to the next, as words: "比上年增加12.3%". */
function changeWords(from: number | undefined, to: number | undefined, locale: Locale) {
  const t = COLLECTION_WORDS[locale].trend;
  if (from === undefined || to === undefined) return undefined;
  if (from === to) return t.same;
  if (!from) return undefined;
  return t.change(formatPercent(Math.abs(to - from) / from, locale), to > from);
}

export function layoutTrend(reports: readonly Report[], options: { width: number; locale: Locale; fontSize?: number }): TrendGeometry {
  const { width, locale, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const t = COLLECTION_WORDS[locale].trend;
  const all = trendYears(reports);
  const years = all.slice(-MAX_YEARS);
  const agency = reports[0]?.agency.name ?? '';
  const yearLabel = (y: TrendYear) => words.yearOf(y.year);
  const select = (y: TrendYear, row: string, column: string, value: number | undefined, label: string, section = 'applications') => ({
    ...selection(section, row, column, value, `${yearLabel(y)} · ${label}`),
    agency,
    year: y.year,
  });
  const absent = (y: TrendYear) => (y.report ? words.noData : t.gap);

  // Requests: new and carried over, end to end, on one scale.
  const requests = layoutPartBars<Row>(
    years.map((y) => {
      const total = sumOf([y.received, y.carriedOver], 'given');
      const parts = [
        { key: 'received', value: y.received },
        { key: 'carried-over', value: y.carriedOver },
      ];
      return {
        key: String(y.year),
        label: yearLabel(y),
        value: total,
        parts,
        absent: total === undefined,
        valueLabel: total === undefined ? absent(y) : compactCount(total, locale),
        announce:
          total === undefined
            ? words.announce(yearLabel(y), absent(y))
            : words.announce(yearLabel(y), [`${t.received} ${exactCount(y.received, locale)}`, `${t.carriedOver} ${exactCount(y.carriedOver, locale)}`].join(words.listSeparator)),
        select: select(y, 'received', 'total', y.received, t.received),
      };
    }),
    { width, fontSize },
  );

  // Rates, on their own 0–100% scale.
  const series = (
    [
      ['disclosureRate', t.disclosureRate],
      ['correctionRate', t.correctionRate],
    ] as const
  )
    .map(([key, label]) => ({ key, label, values: years.map((y) => y[key]) }))
    .filter((s) => s.values.some((v) => v !== undefined));
  const rates = series.length
    ? layoutLines(series, {
        width,
        fontSize,
        slots: years.map((y) => String(y.year)),
        tickLabels: [formatPercent(0, locale).replace(/\.0/, ''), formatPercent(0.5, locale).replace(/\.0/, ''), formatPercent(1, locale).replace(/\.0/, '')],
      })
    : undefined;
  const ratePoints: RatePoint[] = (rates?.series ?? []).flatMap((s) =>
    s.points.map((p) => {
      const y = years[p.slot]!;
      const [num, den] = s.key === 'disclosureRate' ? [y.open, y.answered] : [y.corrected, y.decided];
      return {
        ...p,
        series: s.key,
        announce: words.announce(`${yearLabel(y)} ${s.label}`, `${formatPercent(p.value, locale)}${paren(`${exactCount(num, locale)} ÷ ${exactCount(den, locale)}`, locale)}`),
        select: s.key === 'disclosureRate' ? select(y, 'outcomes', 'disclosureRate', p.value, s.label) : select(y, 'review', 'correctionRate', p.value, s.label, 'reviewLitigation'),
      };
    }),
  );

  // How requests were answered: each year a 100% bar of the six groups.
  const outcomes = years.some((y) => y.answered)
    ? layoutPartBars<Row>(
        years.map((y) => {
          const whole = y.answered;
          const shares = (y.groups ?? []).map((g) => ({ key: g.key, value: share(g.value, whole) }));
          const named = shares.filter((s) => s.value);
          return {
            key: String(y.year),
            label: whole === undefined ? yearLabel(y) : `${yearLabel(y)} · ${t.handled} ${compactCount(whole, locale)}`,
            value: whole ? 1 : undefined,
            parts: whole ? shares.map((s) => ({ key: s.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value: s.value })) : undefined,
            absent: !whole,
            valueLabel: whole ? '' : whole === 0 ? exactCount(0, locale) : absent(y),
            announce: whole
              ? words.announce(yearLabel(y), named.map((s) => `${words.groups[s.key]} ${formatPercent(s.value!, locale)}`).join(words.listSeparator))
              : words.announce(yearLabel(y), whole === 0 ? exactCount(0, locale) : absent(y)),
            select: select(y, 'outcomes.total', 'total', whole, t.handled),
          };
        }),
        { width, fontSize, max: 1 },
      )
    : undefined;

  // Reviews and lawsuits: each year's cases by result, on one scale.
  const cases = years.some((y) => y.cases !== undefined)
    ? layoutPartBars<Row>(
        years.map((y) => ({
          key: String(y.year),
          label: yearLabel(y),
          value: y.cases,
          parts: y.results && CASE_RESULTS.map((r) => ({ key: RESULT_COLOR[r], value: y.results![r] })),
          absent: y.cases === undefined,
          valueLabel:
            y.cases === undefined
              ? absent(y)
              : y.corrected
                ? `${compactCount(y.cases, locale)}${paren(`${t.corrected} ${compactCount(y.corrected, locale)}`, locale)}`
                : compactCount(y.cases, locale),
          announce:
            y.cases === undefined
              ? words.announce(yearLabel(y), absent(y))
              : words.announce(
                  `${yearLabel(y)} ${t.cases}`,
                  [exactCount(y.cases, locale), ...CASE_RESULTS.filter((r) => y.results?.[r]).map((r) => `${words.review.results[r]} ${exactCount(y.results![r], locale)}`)].join(words.listSeparator),
                ),
          select: select(y, 'review', 'total', y.cases, t.cases, 'reviewLitigation'),
        })),
        { width, fontSize },
      )
    : undefined;

  // Key figures: the latest year's requests and rates.
  const latest = [...years].reverse().find((y) => y.received !== undefined);
  const before = latest && years.find((y) => y.year === latest.year - 1);
  const figures: TrendGeometry['figures'] = [];
  if (latest) {
    figures.push({
      key: 'received',
      label: t.latest(yearLabel(latest)),
      value: exactCount(latest.received, locale),
      note: changeWords(before?.received, latest.received, locale) ?? t.noChange,
    });
    if (latest.disclosureRate !== undefined)
      figures.push({ key: 'disclosureRate', label: t.latestRate(yearLabel(latest)), value: formatPercent(latest.disclosureRate, locale) });
  }
  const lastCases = [...years].reverse().find((y) => y.correctionRate !== undefined);
  if (lastCases) figures.push({ key: 'correctionRate', label: t.latestCorrection(yearLabel(lastCases)), value: formatPercent(lastCases.correctionRate!, locale) });

  // The summary: the change over the period and on the year before, the best and worst year.
  const parts: string[] = [];
  const counted = years.filter((y) => y.received !== undefined);
  const first = counted[0];
  if (first && latest && first !== latest) {
    const pct = first.received ? Math.abs(latest.received! - first.received) / first.received : undefined;
    const change = pct === undefined || pct === 0 ? '' : t.sPeriodChange(formatPercent(pct, locale), latest.received! > first.received!);
    parts.push(t.sPeriod(yearLabel(first), yearLabel(latest), exactCount(first.received, locale), exactCount(latest.received, locale), change));
    const last = changeWords(before?.received, latest.received, locale);
    if (last) parts.push(t.sLast(yearLabel(latest), last));
  }
  const rated = years.filter((y) => y.disclosureRate !== undefined);
  if (rated.length > 1) {
    // Ties go to the earlier year; the best and the worst are named only when they differ.
    const best = rated.reduce((a, b) => (b.disclosureRate! > a.disclosureRate! ? b : a));
    const worst = rated.reduce((a, b) => (b.disclosureRate! < a.disclosureRate! ? b : a));
    if (best.disclosureRate !== worst.disclosureRate)
      parts.push(t.sBest(yearLabel(best), formatPercent(best.disclosureRate!, locale), yearLabel(worst), formatPercent(worst.disclosureRate!, locale)));
  }

  return {
    agency,
    years,
    all,
    earlier: all.length - years.length,
    gaps: years.filter((y) => !y.report).map((y) => y.year),
    figures,
    requests,
    rates,
    ratePoints,
    outcomes,
    cases,
    summary: parts.length ? t.sentence(parts) : '',
    width,
    fontSize,
    nothing: false,
  };
}

/** The marks of a chart, in the order drawn. */
export function trendMarks(g: TrendGeometry, chart: string): readonly MarkInfo[] | undefined {
  if (chart === 'requests') return g.requests.rows;
  if (chart === 'rates') return g.ratePoints;
  if (chart === 'outcomes') return g.outcomes?.rows;
  if (chart === 'cases') return g.cases?.rows;
  return undefined;
}

/** The years as two tables: requests and how they were answered; reviews and lawsuits. */
export function trendTables(g: TrendGeometry, locale: Locale): TableSpec[] {
  const words = MESSAGES[locale];
  const t = COLLECTION_WORDS[locale].trend;
  const col = (text: string): TableCell => ({ text, header: 'col' });
  const n = (value: number | undefined) => ({ text: value === undefined ? '—' : exactCount(value, locale, 'none') });
  const pct = (value: number | undefined) => ({ text: value === undefined ? '—' : formatPercent(value, locale) });
  // A gap row's span is read off its table's head, so that it stays as wide as the table.
  const gapRow = (y: TrendYear, head: TableCell[]): TableCell[] => [{ text: words.yearOf(y.year), header: 'row' }, { text: t.gap, colspan: head.length - 1 }];
  const requestsHead = [col(t.year), col(t.received), col(t.carriedOver), ...OUTCOME_GROUPS.map((k) => col(words.groups[k])), col(words.columns.total), col(t.forward), col(t.disclosureRate)];
  const casesHead = [col(t.year), ...CASE_BLOCKS.map((b) => col(words.review.blocksShort[b])), col(words.columns.total), col(t.corrected), col(words.review.results.pending), col(t.decided), col(t.correctionRate)];
  const tables: TableSpec[] = [
    {
      caption: `${g.agency} · ${t.title}`,
      head: [requestsHead],
      body: g.all.map((y) =>
        y.report
          ? [
              { text: words.yearOf(y.year), header: 'row' as const },
              n(y.received),
              n(y.carriedOver),
              ...OUTCOME_GROUPS.map((k) => n(y.groups?.find((grp) => grp.key === k)?.value)),
              n(y.answered),
              n(y.carriedForward),
              pct(y.disclosureRate),
            ]
          : gapRow(y, requestsHead),
      ),
    },
  ];
  if (g.all.some((y) => y.cases !== undefined))
    tables.push({
      caption: `${g.agency} · ${t.casesTitle}`,
      head: [casesHead],
      body: g.all.map((y) =>
        y.report
          ? [
              { text: words.yearOf(y.year), header: 'row' as const },
              ...CASE_BLOCKS.map((_, i) => n(y.blocks?.[i])),
              n(y.cases),
              n(y.corrected),
              n(y.pending),
              n(y.decided),
              pct(y.correctionRate),
            ]
          : gapRow(y, casesHead),
      ),
    });
  return tables;
}
