/**
 * Pure layout of <disclosure-outcomes>: the application table in, figures, words and
 * geometry out. No DOM; tested in Node.
 */
import { max as maxOf } from 'd3-array';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { layoutBarList, type BarInput, type BarListGeometry } from '../../layout/bars.js';
import { compactCount, exactCount } from '../../i18n/count.js';
import { formatExact, formatPercent, share } from '../../layout/format.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import { layoutStack, type StackInput, type StackSegment } from '../../layout/stack.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import { cell, groupCell, hasBreakdown, isReasonGroup, reasonRow, rowTotal } from '../../report/rows.js';
import type { Applications, Row } from '../../report/types.js';
import {
  APPLICANT_COLUMNS,
  COLUMNS,
  OUTCOME_GROUPS,
  REASONS,
  type ApplicantColumn,
  type OutcomeGroup,
  sumOf,
  type ReasonGroup,
} from '../../report/vocabulary.js';

/** The headline numbers. `undefined` wherever the report does not give what is needed. */
export interface OutcomeFigures {
  received?: number;
  carriedOver?: number;
  /** received + carriedOver. */
  handled?: number;
  /** （七）总计: requests answered this year. */
  answered?: number;
  /** 予以公开 + 部分公开. */
  open?: number;
  /** 公开率 = open ÷ answered. */
  rate?: number;
  carriedForward?: number;
  groups: { key: OutcomeGroup; value?: number }[];
}

export type OutcomeBarKey = OutcomeGroup | 'carriedForward';

/** The marks of a chart of the widget (`outcomes`, `reasons`, `applicants`), in the order drawn. */
export function outcomeMarks(geometry: OutcomeGeometry, chart: string): readonly MarkInfo[] | undefined {
  if (chart === 'outcomes') return geometry.bars.rows;
  if (chart === 'reasons') return geometry.reasons?.bars.rows;
  if (chart === 'applicants') return geometry.applicants.segments;
  return undefined;
}

export interface ReasonChoice {
  key: ReasonGroup;
  label: string;
  value?: number;
  valueLabel: string;
}

export interface ApplicantPart {
  key: ApplicantColumn;
  label: string;
  value: number;
  valueLabel: string;
  /** The colour token. */
  color: string;
}

/** The colour token of an applicant column (the applicants' `other` has its own). */
export const applicantTone = (key: string) =>
  key === 'other' ? 'other-applicant' : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface OutcomeGeometry {
  figures: OutcomeFigures;
  /** Nothing was received, carried or answered: the year is one sentence. */
  nothing: boolean;
  bars: BarListGeometry<BarInput<OutcomeBarKey> & MarkInfo>;
  choices: ReasonChoice[];
  /** The reasons of the chosen group, ranked; absent when no group is chosen. */
  reasons?: { group: ReasonGroup; title: string; bars: BarListGeometry<BarInput & MarkInfo> };
  applicants: {
    /** False when the report gives totals only. */
    breakdown: boolean;
    total?: number;
    segments: StackSegment<StackInput<ApplicantColumn> & MarkInfo>[];
    parts: ApplicantPart[];
    /** Names of the applicant types with no requests, for one line "…: 0". */
    zeros: string[];
  };
  summary: string;
}

export interface OutcomeLayoutOptions {
  width: number;
  locale: Locale;
  year: number;
  /** The group whose reasons are shown; `undefined` picks the largest, `null` none. */
  selected?: ReasonGroup | null;
  fontSize?: number;
}

/** The headline numbers of the application table. */
export function summarizeOutcomes(apps: Applications): OutcomeFigures {
  const outcomes = apps.outcomes ?? {};
  const received = rowTotal(apps.received);
  const carriedOver = rowTotal(apps.carriedOver);
  const groups = OUTCOME_GROUPS.map((key) => ({ key, value: groupCell(outcomes, key, 'total') }));
  const answered = rowTotal(outcomes.total) ?? sumOf(groups.map((g) => g.value), 'given');
  const disclosed = groups[0]!.value;
  const partly = groups[1]!.value;
  const open = disclosed === undefined && partly === undefined ? undefined : (disclosed ?? 0) + (partly ?? 0);
  return {
    received,
    carriedOver,
    handled: received === undefined && carriedOver === undefined ? undefined : (received ?? 0) + (carriedOver ?? 0),
    answered,
    open,
    rate: share(open, answered),
    carriedForward: rowTotal(apps.carriedForward),
    groups,
  };
}

/** Lays out the whole widget for a given width and language. */
export function layoutOutcomes(apps: Applications, options: OutcomeLayoutOptions): OutcomeGeometry {
  const { width, locale, year, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const figures = summarizeOutcomes(apps);
  const outcomes = apps.outcomes ?? {};
  const whole = figures.answered;
  const count = (value: number | undefined) => compactCount(value, locale);
  const countShare = (value: number | undefined) => {
    const part = share(value, whole);
    return part === undefined || value === undefined ? count(value) : `${count(value)} · ${formatPercent(part, locale)}`;
  };
  /** A mark's name: its label, the exact figure and its share of the requests answered. */
  const announce = (label: string, value: number | undefined, ofAnswered = true) => {
    const part = ofAnswered ? share(value, whole) : undefined;
    return words.announce(label, exactCount(value, locale), part === undefined ? undefined : formatPercent(part, locale));
  };
  const mark = (row: string, column: string, value: number | undefined, label: string) =>
    selection('applications', row, column, value, label);

  const bars = layoutBarList<BarInput<OutcomeBarKey> & MarkInfo>(
    [
      ...figures.groups.map((g) => ({
        key: g.key,
        label: words.groups[g.key],
        value: g.value,
        valueLabel: countShare(g.value),
        announce: announce(words.groups[g.key], g.value),
        select: mark(`outcomes.${g.key}`, 'total', g.value, words.groups[g.key]),
      })),
      {
        key: 'carriedForward' as const,
        label: words.carriedForward,
        value: figures.carriedForward,
        valueLabel: count(figures.carriedForward),
        announce: announce(words.carriedForward, figures.carriedForward, false),
        select: mark('carriedForward', 'total', figures.carriedForward, words.carriedForward),
      },
    ],
    { width, fontSize, separateBefore: ['carriedForward'] },
  );

  const choices: ReasonChoice[] = figures.groups
    .filter((g): g is { key: ReasonGroup; value?: number } => isReasonGroup(g.key))
    .map((g) => ({ key: g.key, label: words.groups[g.key], value: g.value, valueLabel: count(g.value) }));

  let selected = options.selected;
  if (selected === undefined) {
    // Show the largest group's reasons at once: it is what a reader asks next.
    const largest = [...choices].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
    selected = largest?.value ? largest.key : null;
  }
  let reasons: OutcomeGeometry['reasons'];
  if (selected) {
    const group = selected;
    const items = REASONS[group].map((key) => {
      const value = rowTotal(reasonRow(outcomes, group, key));
      const label = words.reasons[key];
      return {
        key,
        label,
        value,
        valueLabel: countShare(value),
        announce: announce(label, value),
        select: mark(`outcomes.${group}.${key}`, 'total', value, label),
      };
    });
    // Ranked, largest first, a reason not given after a zero; ties keep the national form's
    // order (Array.prototype.sort is stable).
    items.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
    const total = choices.find((c) => c.key === group)?.value;
    reasons = {
      group,
      title: words.outcomes.reasonsOf(words.groups[group], count(total)),
      // The reasons sit in a panel padded 12 px on each side (.reasons in the styles). They
      // share the outcome chart's scale, so a reason's bar compares with the groups' bars.
      bars: layoutBarList(items, { width: width - 24, fontSize, max: maxOf(figures.groups, (g) => g.value) }),
    };
  }

  const received = apps.received;
  const breakdown = hasBreakdown(received);
  const applicantTotal = rowTotal(received);
  // Each column as reported (`undefined` when not given), and as a count for the bar.
  const given = APPLICANT_COLUMNS.map((key) => ({ key, reported: cell(received, key) }));
  const colWhole = given.reduce((sum, p) => sum + (p.reported ?? 0), 0);
  const parts = given.map(({ key, reported }) => ({
    key,
    value: reported ?? 0,
    label: `${words.columns[key]} ${count(reported)}`,
    short: count(reported),
    announce: words.announce(words.columns[key], exactCount(reported ?? 0, locale), formatPercent((reported ?? 0) / (colWhole || 1), locale)),
    select: mark('received', key, reported, words.columns[key]),
  }));

  const nothing =
    !figures.handled && !figures.answered && !figures.carriedForward && figures.handled !== undefined;

  const summary =
    figures.answered === undefined || nothing
      ? ''
      : words.outcomes.summary(
          words.yearOf(year),
          count(figures.answered),
          count(figures.open),
          figures.rate === undefined ? words.noData : formatPercent(figures.rate, locale),
          count(figures.carriedForward),
        );

  return {
    figures,
    nothing,
    bars,
    choices,
    reasons,
    applicants: {
      breakdown,
      total: applicantTotal,
      segments: breakdown ? layoutStack(parts, width, 3, fontSize) : [],
      parts: parts
        .filter((p) => p.value > 0)
        .map((p) => ({
          key: p.key,
          value: p.value,
          label: words.columns[p.key],
          color: applicantTone(p.key),
          valueLabel: `${count(p.value)} · ${formatPercent(p.value / colWhole, locale)}`,
        })),
      zeros: parts.filter((p) => p.value === 0).map((p) => words.columns[p.key]),
    },
    summary,
  };
}

/** The application table (section 三) in the layout of the national form. */
export function outcomeTables(apps: Applications, locale: Locale): TableSpec[] {
  const words = MESSAGES[locale];
  const values = (row: Row | undefined): TableCell[] =>
    COLUMNS.map((column) => {
      const value = cell(row, column);
      return { text: value === undefined ? '—' : formatExact(value, locale) };
    });
  const outcomes = apps.outcomes ?? {};
  const outcomeRows: TableCell[][] = [];
  for (const group of OUTCOME_GROUPS) {
    const name = words.groupNumbers[group] + words.groups[group];
    if (!isReasonGroup(group)) {
      outcomeRows.push([{ text: name, header: 'row', colspan: 2 }, ...values(outcomes[group])]);
      continue;
    }
    REASONS[group].forEach((reason, i) => {
      const head: TableCell[] = i === 0 ? [{ text: name, header: 'rowgroup', rowspan: REASONS[group].length }] : [];
      const label = `${i + 1}. ${words.reasons[reason]}`;
      outcomeRows.push([...head, { text: label, header: 'row' }, ...values(reasonRow(outcomes, group, reason))]);
    });
  }
  outcomeRows.push([{ text: words.rows.total, header: 'row', colspan: 2 }, ...values(outcomes.total)]);
  outcomeRows[0]!.unshift({ text: words.rows.outcomes, header: 'rowgroup', rowspan: outcomeRows.length });
  return [{
    caption: words.outcomes.title,
    head: [
      [
        { text: words.item, header: 'col', colspan: 3, rowspan: 3 },
        { text: words.applicants, header: 'colgroup', colspan: 7 },
      ],
      [
        { text: words.columns.naturalPerson, header: 'col', rowspan: 2 },
        { text: words.organisations, header: 'colgroup', colspan: 5 },
        { text: words.columns.total, header: 'col', rowspan: 2 },
      ],
      APPLICANT_COLUMNS.slice(1).map((c) => ({ text: words.columns[c], header: 'col' as const })),
    ],
    body: [
      [{ text: words.rows.received, header: 'row', colspan: 3 }, ...values(apps.received)],
      [{ text: words.rows.carriedOver, header: 'row', colspan: 3 }, ...values(apps.carriedOver)],
      ...outcomeRows,
      [{ text: words.rows.carriedForward, header: 'row', colspan: 3 }, ...values(apps.carriedForward)],
    ],
  }];
}
