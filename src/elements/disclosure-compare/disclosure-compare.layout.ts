/** Pure layout of <disclosure-compare>: one year's reports of many agencies in, ranks and geometry out. */
import { median as medianOf } from 'd3-array';
import { compactCount, exactCount } from '../../i18n/count.js';
import { COLLECTION_WORDS } from '../../i18n/collection.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { layoutBarList, type BarInput, type BarListGeometry } from '../../layout/bars.js';
import { formatPercent } from '../../layout/format.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import type { Report } from '../../report/types.js';
import { summarizeOutcomes } from '../disclosure-outcomes/disclosure-outcomes.layout.js';
import { summarizeReview } from '../review-litigation/review-litigation.layout.js';
import { paren } from '../disclosure-trend/disclosure-trend.layout.js';

export type Measure = 'received' | 'disclosureRate' | 'correctionRate';
export const MEASURES: readonly Measure[] = ['received', 'disclosureRate', 'correctionRate'];

/** More agencies than this, and the chart shows the top, the bottom and the highlighted one until asked for all. */
export const COLLAPSE_AT = 12;
const TOP = 5;
const BOTTOM = 3;
/** A rate from fewer requests (or decided cases) than this is muted: one more or less moves it far. */
export const SMALL_N = 10;

/** An agency's figures, as its report gives them. */
export interface AgencyFigures {
  agency: string;
  report: Report;
  received?: number;
  carriedOver?: number;
  answered?: number;
  open?: number;
  disclosureRate?: number;
  cases?: number;
  corrected?: number;
  decided?: number;
  correctionRate?: number;
}

export function agencyFigures(report: Report): AgencyFigures {
  const f: AgencyFigures = { agency: report.agency.name, report };
  if (report.applications) {
    const o = summarizeOutcomes(report.applications);
    Object.assign(f, { received: o.received, carriedOver: o.carriedOver, answered: o.answered, open: o.open, disclosureRate: o.rate });
  }
  if (report.reviewLitigation) {
    const r = summarizeReview(report.reviewLitigation);
    Object.assign(f, { cases: r.total, corrected: r.corrected, decided: r.decided, correctionRate: r.rate });
  }
  return f;
}

/** The number a rate is taken from (its n); for counts, none. */
const baseOf = (f: AgencyFigures, measure: Measure) =>
  measure === 'disclosureRate' ? f.answered : measure === 'correctionRate' ? f.decided : undefined;

export type Ranked = AgencyFigures & { rank: number; value: number; small: boolean };
type Row = BarInput & MarkInfo & { highlight: boolean; small: boolean };

export interface CompareGeometry {
  year: number;
  measure: Measure;
  /** Agencies with a value for the measure, largest first (ties by name); ranks shared by ties. */
  ranked: Ranked[];
  /** Agencies without one (no requests answered, no cases decided, the section not given). */
  without: AgencyFigures[];
  highlighted?: Ranked | AgencyFigures;
  bars: BarListGeometry<Row>;
  /** Ranked agencies not drawn until the reader asks for all. */
  hidden: number;
  median?: number;
  medianX?: number;
  medianLabel: string;
  figures: { key: string; label: string; value: string; note?: string }[];
  summary: string;
  width: number;
  fontSize: number;
  nothing: false;
}

export interface CompareOptions {
  width: number;
  locale: Locale;
  fontSize?: number;
  measure?: Measure;
  /** The agency whose site this is, by name. */
  highlight?: string;
  /** Every agency, not only the top, the bottom and the highlighted one. */
  expanded?: boolean;
}

const valueText = (f: AgencyFigures, measure: Measure, locale: Locale) => {
  const value = f[measure];
  if (value === undefined) return MESSAGES[locale].noData;
  if (measure === 'received') return compactCount(value, locale);
  const t = COLLECTION_WORDS[locale].compare;
  return `${formatPercent(value, locale)}${paren(t.n(compactCount(baseOf(f, measure), locale, 'none')), locale)}`;
};

export function layoutCompare(reports: readonly Report[], options: CompareOptions): CompareGeometry {
  const { width, locale, fontSize = 14, measure = 'received', highlight, expanded = false } = options;
  const words = MESSAGES[locale];
  const t = COLLECTION_WORDS[locale].compare;
  const all = reports.map(agencyFigures);
  const year = reports[0]?.year ?? 0;
  const sorted = all
    .filter((f) => f[measure] !== undefined)
    .sort((a, b) => b[measure]! - a[measure]! || a.agency.localeCompare(b.agency, 'zh-CN'));
  // Equal values share a rank (1, 2, 2, 4).
  const ranked: Ranked[] = [];
  sorted.forEach((f, i) => {
    const value = f[measure]!;
    const prev = ranked[i - 1];
    const base = baseOf(f, measure);
    ranked.push({ ...f, value, rank: prev && prev.value === value ? prev.rank : i + 1, small: base !== undefined && base < SMALL_N });
  });
  const without = all.filter((f) => f[measure] === undefined);
  const highlighted = highlight ? (ranked.find((r) => r.agency === highlight) ?? without.find((f) => f.agency === highlight)) : undefined;

  // The rows drawn: all, or the top, the highlighted one and the bottom.
  const collapse = !expanded && ranked.length > COLLAPSE_AT;
  const shown = collapse ? ranked.filter((r, i) => i < TOP || i >= ranked.length - BOTTOM || r.agency === highlight) : ranked;
  const after = shown.flatMap((r, i) => (i > 0 && ranked.indexOf(r) !== ranked.indexOf(shown[i - 1]!) + 1 ? [r.agency] : []));
  const what = t.measures[measure];
  const bars = layoutBarList<Row>(
    shown.map((r) => ({
      key: r.agency,
      label: `${r.rank}. ${r.agency}`,
      value: r.value,
      valueLabel: valueText(r, measure, locale),
      highlight: r.agency === highlight,
      small: r.small && measure !== 'received',
      announce: words.announce(
        `${t.rank(r.rank, ranked.length)} ${r.agency}`,
        `${what} ${measure === 'received' ? exactCount(r.value, locale) : valueText(r, measure, locale)}${r.small && measure !== 'received' ? paren(t.small, locale) : ''}`,
      ),
      select: {
        ...(measure === 'received'
          ? selection('applications', 'received', 'total', r.value, `${r.agency} · ${what}`)
          : selection(measure === 'disclosureRate' ? 'applications' : 'reviewLitigation', measure, 'rate', r.value, `${r.agency} · ${what}`, measure)),
        agency: r.agency,
        year,
      },
    })),
    { width, fontSize, max: measure === 'received' ? undefined : 1, separateBefore: after },
  );

  const median = ranked.length ? medianOf(ranked, (r) => r.value) : undefined;
  // The median's place on the bars' scale, read off the longest bar drawn.
  const longest = bars.rows.find((row) => row.value);
  const medianX = median === undefined ? undefined : longest ? (longest.width * median) / longest.value! : 0;
  const format = (value: number) => (measure === 'received' ? compactCount(value, locale) : formatPercent(value, locale));
  const medianLabel = median === undefined ? '' : t.median(format(median));

  const figures: CompareGeometry['figures'] = [
    { key: 'agencies', label: t.figureAgencies, value: String(all.length) },
    { key: 'total', label: t.figureTotal, value: exactCount(all.reduce((sum, f) => sum + (f.received ?? 0), 0), locale), note: undefined },
  ];
  const rates = all.filter((f) => f.disclosureRate !== undefined);
  if (rates.length) figures.push({ key: 'rate', label: t.figureMedianRate, value: formatPercent(medianOf(rates, (f) => f.disclosureRate)!, locale) });
  const place = ranked.find((r) => r === highlighted);
  if (place) figures.push({ key: 'highlight', label: t.figureRank(what), value: t.rank(place.rank, ranked.length), note: place.agency });

  const top = ranked[0];
  let summary = top && median !== undefined ? t.summary(words.yearOf(year), all.length, what, top.agency, format(top.value), format(median)) : '';
  if (place) summary += t.highlight(place.agency, place.rank, ranked.length, format(place.value));

  return {
    year,
    measure,
    ranked,
    without,
    highlighted,
    bars,
    hidden: ranked.length - shown.length,
    median,
    medianX,
    medianLabel,
    figures,
    summary,
    width,
    fontSize,
    nothing: false,
  };
}

/** The marks of the chart, in the order drawn. */
export const compareMarks = (g: CompareGeometry, chart: string): readonly MarkInfo[] | undefined =>
  chart === 'ranks' ? g.bars.rows : undefined;

/** Every agency in one table, in the order of the measure chosen; those without it last. */
export function compareTables(g: CompareGeometry, locale: Locale): TableSpec[] {
  const words = MESSAGES[locale];
  const c = COLLECTION_WORDS[locale];
  const t = c.compare;
  const col = (text: string): TableCell => ({ text, header: 'col' });
  const n = (value: number | undefined) => ({ text: value === undefined ? '—' : exactCount(value, locale, 'none') });
  const pct = (value: number | undefined) => ({ text: value === undefined ? '—' : formatPercent(value, locale) });
  const rows: (AgencyFigures & { rank?: number })[] = [...g.ranked, ...g.without];
  return [
    {
      caption: `${words.yearOf(g.year)} · ${t.title}`,
      head: [[
        col(t.rankColumn),
        col(t.agency),
        col(c.trend.received),
        col(c.trend.carriedOver),
        col(c.trend.handled),
        col(t.open),
        col(c.trend.disclosureRate),
        col(c.trend.cases),
        col(c.trend.corrected),
        col(c.trend.decided),
        col(c.trend.correctionRate),
      ]],
      body: rows.map((f) => [
        { text: f.rank === undefined ? '—' : String(f.rank) },
        { text: f.agency, header: 'row' as const },
        n(f.received),
        n(f.carriedOver),
        n(f.answered),
        n(f.open),
        pct(f.disclosureRate),
        n(f.cases),
        n(f.corrected),
        n(f.decided),
        pct(f.correctionRate),
      ]),
    },
  ];
}
