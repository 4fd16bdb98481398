/** A count with its unit (件, 次, 条), or "无数据" when the report does not give it. */
import { formatCompact, formatExact } from '../layout/format.js';
import { MESSAGES, type Locale } from './messages.js';

export type Unit = 'cases' | 'times' | 'items' | 'none';

function withUnit(text: string, locale: Locale, unit: Unit) {
  const words = MESSAGES[locale];
  return unit === 'cases' ? words.unitCases(text) : unit === 'times' ? words.unitTimes(text) : unit === 'items' ? words.unitItems(text) : text;
}

/** The exact count: "3,030,000次". For tables, tooltips and key figures. */
export const exactCount = (value: number | undefined, locale: Locale, unit: Unit = 'cases') =>
  value === undefined ? MESSAGES[locale].noData : withUnit(formatExact(value, locale), locale, unit);

/** The compact count: "303万次". For labels beside marks. */
export const compactCount = (value: number | undefined, locale: Locale, unit: Unit = 'cases') =>
  value === undefined ? MESSAGES[locale].noData : withUnit(formatCompact(value, locale), locale, unit);
