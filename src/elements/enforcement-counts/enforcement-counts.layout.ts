/** Pure layout of <enforcement-counts>: section 二 in, figures, words and geometry out. */
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { formatDecimal, formatTick } from '../../layout/format.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import { layoutLogDots, type DotInput, type LogDotGeometry } from '../../layout/log.js';
import type { Proactive } from '../../report/types.js';
import { DECISIONS, STOCK_FIGURES, STOCKS, type Decision } from '../../report/vocabulary.js';


export interface StockFigure {
  key: (typeof STOCKS)[number];
  label: string;
  inForce: string;
  flow: string;
}

export interface EnforcementGeometry {
  stocks: StockFigure[];
  /** The decisions the report gives, on one log axis; absent when it gives none. */
  decisions?: LogDotGeometry<DotInput<Decision> & MarkInfo> & { tickLabels: string[] };
  fees?: string;
  summary: string;
}

export function layoutEnforcement(
  section: Proactive,
  options: { width: number; locale: Locale; year: number; fontSize?: number },
): EnforcementGeometry {
  const { width, locale, year, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const e = words.enforcement;
  const stocks = STOCKS.filter((key) => section[key]).map((key) => {
    const s = section[key]!;
    return {
      key,
      label: e[key],
      inForce: exactCount(s.inForce, locale),
      // Stocks read as counts (制发 4件 · 废止 3件), not as signed changes.
      flow: e.flow(exactCount(s.issued, locale), exactCount(s.repealed, locale)),
    };
  });
  const given = DECISIONS.filter((key) => section[key] !== undefined);
  let decisions: EnforcementGeometry['decisions'];
  if (given.length) {
    const dots = layoutLogDots(
      given.map((key) => ({
        key,
        label: e[key],
        value: section[key],
        valueLabel: exactCount(section[key], locale),
        announce: words.announce(e[key], exactCount(section[key], locale)),
        select: selection('proactive', key, 'decisions', section[key], e[key], `proactive.${key}`),
      })),
      { width, fontSize },
    );
    decisions = { ...dots, tickLabels: dots.ticks.map((t) => formatTick(t.value, locale)) };
  }

  const parts: string[] = [];
  const docs = section.normativeDocuments;
  if (docs?.issued !== undefined && docs.repealed !== undefined && docs.inForce !== undefined)
    parts.push(
      e.summaryParts.docs(compactCount(docs.issued, locale), compactCount(docs.repealed, locale), compactCount(docs.inForce, locale)),
    );
  if (given.length)
    parts.push(
      e.summaryParts.decisions(
        given.map((key) => e.summaryParts.decision(key, exactCount(section[key], locale))).join(words.listSeparator),
      ),
    );
  if (section.fees !== undefined) parts.push(e.summaryParts.fees(section.fees));

  return {
    stocks,
    decisions,
    fees: section.fees === undefined ? undefined : e.feesValue(section.fees),
    summary: parts.length ? e.summary(words.yearOf(year), parts) : '',
  };
}

/** Whether section 二 gives any figure. */
export const hasProactive = (section: Proactive | undefined) =>
  !!section && Object.values(section).some((v) => v !== undefined);

/** The marks of a chart (`decisions`, the one chart with marks), in the order drawn. */
export const enforcementMarks = (geometry: EnforcementGeometry, chart: string): readonly MarkInfo[] | undefined =>
  chart === 'decisions' ? geometry.decisions?.rows : undefined;

/** Section 二 in the layout of the national form. */
export function enforcementTables(p: Proactive, locale: Locale): TableSpec[] {
  const e = MESSAGES[locale].enforcement;
  const n = (value: number | undefined) => ({ text: value === undefined ? '—' : exactCount(value, locale, 'none') });
  const sectionRow = (text: string, span: number): TableCell[] => [{ text, header: 'colgroup', colspan: span }];
  const body: TableCell[][] = [
    sectionRow(e.section1, 4),
    [{ text: e.content, header: 'col' }, ...[e.issued, e.repealed, e.inForceCount].map((text) => ({ text, header: 'col' as const }))],
    ...STOCKS.map((key): TableCell[] => [
      { text: e[key], header: 'row' },
      ...STOCK_FIGURES.map((figure) => n(p[key]?.[figure])),
    ]),
    sectionRow(e.section5, 4),
    [{ text: e.content, header: 'col' }, { text: e.decisions, header: 'col', colspan: 3 }],
    [{ text: e.licensing, header: 'row' }, { ...n(p.licensing), colspan: 3 }],
    sectionRow(e.section6, 4),
    [{ text: e.content, header: 'col' }, { text: e.decisions, header: 'col', colspan: 3 }],
    [{ text: e.penalties, header: 'row' }, { ...n(p.penalties), colspan: 3 }],
    [{ text: e.coercion, header: 'row' }, { ...n(p.coercion), colspan: 3 }],
    sectionRow(e.section8, 4),
    [{ text: e.content, header: 'col' }, { text: e.amount, header: 'col', colspan: 3 }],
    [{ text: e.fees, header: 'row' }, { text: p.fees === undefined ? '—' : formatDecimal(p.fees, locale), colspan: 3 }],
  ];
  return [{ caption: e.title, head: [], body }];
}
