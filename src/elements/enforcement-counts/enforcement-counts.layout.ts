/** Pure layout of <enforcement-counts>: section 二 in, figures, words and geometry out. */
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { formatTick } from '../../layout/format.js';
import { layoutLogDots, type LogDotGeometry } from '../../layout/log.js';
import type { Proactive } from '../../report/types.js';

export const DECISIONS = ['licensing', 'penalties', 'coercion'] as const;
export type Decision = (typeof DECISIONS)[number];
export const STOCKS = ['rules', 'normativeDocuments'] as const;

export interface StockFigure {
  key: (typeof STOCKS)[number];
  label: string;
  inForce: string;
  flow: string;
}

export interface EnforcementGeometry {
  stocks: StockFigure[];
  /** The decisions the report gives, on one log axis; absent when it gives none. */
  decisions?: LogDotGeometry<Decision> & { tickLabels: string[] };
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
