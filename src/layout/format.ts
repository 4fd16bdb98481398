/**
 * Numbers as readers of each language read them. Intl.NumberFormat's compact notation gives
 * 万 and 亿 in zh-CN (3030000 → "303万") and K/M/B in en, so no unit tables of our own.
 * Formatters are cached: constructing one costs far more than using it.
 */
import type { Locale } from '../i18n/messages.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: 'exact' | 'compact' | 'percent' | 'decimal') {
  const key = `${locale}|${kind}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'compact'
        ? { notation: 'compact', maximumSignificantDigits: 3 }
        : kind === 'percent'
          ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
          : kind === 'decimal'
            ? { maximumFractionDigits: 4 }
            : { maximumFractionDigits: 0 };
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** The exact value with digit grouping: 3,030,000. For tables and tooltips. */
export const formatExact = (value: number, locale: Locale) => formatter(locale, 'exact').format(value);

/** An amount that may have decimals (万元): 4,068.208. */
export const formatDecimal = (value: number, locale: Locale) =>
  formatter(locale, 'decimal').format(value);

/**
 * The compact value for labels, three significant digits from 10,000 up: 303万, 1.23亿
 * (zh-CN); 3.03M (en).
 */
export const formatCompact = (value: number, locale: Locale) =>
  // Below 10,000 every digit fits: 1,582 rather than a rounded 1580.
  Math.abs(value) < 10_000 ? formatExact(value, locale) : formatter(locale, 'compact').format(value);

/**
 * An axis tick, one form per language: 1、10、100、1,000、1万 in zh-CN (the 万 starts at ten
 * thousand, as readers count); 1, 10, 100, 1K, 10K in en.
 */
export const formatTick = (value: number, locale: Locale) =>
  locale === 'en' && value >= 1000 ? formatter(locale, 'compact').format(value) : formatCompact(value, locale);

/** A share with one decimal: 76.7%. */
export const formatPercent = (share: number, locale: Locale) =>
  formatter(locale, 'percent').format(share);

/** A share of a whole, or undefined when the whole is zero or unknown. */
export const share = (part: number | undefined, whole: number | undefined) =>
  part === undefined || !whole ? undefined : part / whole;
