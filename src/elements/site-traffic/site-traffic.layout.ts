/** Pure layout of <site-traffic>: website and new-media figures in, words and geometry out. */
import { sum } from 'd3-array';
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { layoutBarList, type BarInput, type BarListGeometry } from '../../layout/bars.js';
import { formatPercent } from '../../layout/format.js';
import { selection, type MarkInfo } from '../../layout/mark.js';
import { layoutStack, type StackInput, type StackSegment } from '../../layout/stack.js';
import type { TableCell, TableSpec } from '../../layout/table.js';
import type { Platforms } from '../../report/types.js';

/** Labels that mean "other": such a category goes last, in a neutral colour. */
const OTHER = /^(其他|其它|other)/i;
const isOther = (c: { label: string }) => OTHER.test(c.label.trim());
const PALETTE_SIZE = 6;
/** Up to this many categories read well as a legend; more read better as a ranked bar list. */
export const LEGEND_MAX = 6;

export interface Category extends MarkInfo {
  /** `c0`, `c1`, … in the order drawn. */
  key: string;
  label: string;
  count: number;
  /** The colour token: `category-1` … `category-6`, or `category-other-dark`/`-mid`. */
  color: string;
  valueLabel: string;
}

export interface TrafficGeometry {
  pageViews?: number;
  published?: number;
  /** Followers of all accounts that give the figure; `undefined` when none does. */
  followers?: number;
  accountCount: number;
  categories?: {
    total: number;
    items: Category[];
    segments: StackSegment<StackInput & MarkInfo>[];
    /** The categories as bars, largest first ("other" last), when there are too many for a legend. */
    bars?: BarListGeometry<BarInput & MarkInfo>;
    width: number;
  };
  /**
   * New-media accounts: one account is a line of its figures (`line`); several are one row
   * per account (`rows`), followers and posts side by side, each on its own scale.
   */
  accounts?: AccountsGeometry;
  fontSize: number;
  summary: string;
}

export type AccountMetric = 'followers' | 'posts';

export interface AccountBar extends MarkInfo {
  value?: number;
  width: number;
  valueX: number;
  valueLabel: string;
}

export interface AccountsGeometry {
  /** One account: its name and figures in words. */
  line?: string;
  /** Several: the metrics given, each a column with its heading. */
  columns: { metric: AccountMetric; x: number; width: number; label: string }[];
  /** Several: one row per account (keys `a0`, `a1`, … in the report's order). */
  rows: (Omit<BarListGeometry['rows'][number], 'width' | 'valueX' | 'valueY'> & Partial<Record<AccountMetric, AccountBar>>)[];
  width: number;
  height: number;
  barHeight: number;
  fontSize: number;
}

/**
 * The accounts' rows: the name across the width, then a bar for each metric given, in its own
 * column and on its own scale (followers run to millions, posts to hundreds).
 */
export function layoutAccounts(
  accounts: NonNullable<Platforms['newMedia']>,
  options: { width: number; locale: Locale; fontSize: number },
): AccountsGeometry {
  const { width, locale, fontSize } = options;
  const t = MESSAGES[locale].traffic;
  const units = { followers: 'none', posts: 'items' } as const;
  const titles = { followers: t.followersTitle, posts: t.postsTitle };
  const labels = accounts.map((a) => (a.platform ? t.accountLabel(a.name, t.platform[a.platform] ?? a.platform) : a.name));
  const metrics = (['followers', 'posts'] as const).filter((m) => accounts.some((a) => a[m] !== undefined));
  const empty = { columns: [], rows: [], width, height: 0, barHeight: 0, fontSize };
  if (accounts.length === 1) {
    const figures = metrics.map((m) => t.accountFigure(m, compactCount(accounts[0]![m], locale, units[m])));
    return { ...empty, line: t.accountLine(labels[0]!, figures) };
  }
  const gap = Math.round(fontSize * 1.5);
  const columnWidth = (width - gap * (metrics.length - 1)) / metrics.length;
  const head = Math.round(fontSize * 1.6);
  // The rows' positions and wrapped names, from a bar list without bars.
  const base = layoutBarList(
    accounts.map((_, i) => ({ key: `a${i}`, label: labels[i]!, value: undefined, valueLabel: '' })),
    { width, fontSize },
  );
  const columns = metrics.map((metric, i) => ({ metric, x: i * (columnWidth + gap), width: columnWidth, label: titles[metric] }));
  const bars = Object.fromEntries(
    metrics.map((m) => [
      m,
      layoutBarList(
        accounts.map((a, i) => ({ key: `a${i}`, label: '', value: a[m], valueLabel: compactCount(a[m], locale, units[m]) })),
        { width: columnWidth, fontSize },
      ).rows,
    ]),
  );
  const rows = base.rows.map((row, i) => {
    const { key, label, value, valueLabel, lines } = row;
    const out: AccountsGeometry['rows'][number] = {
      key, label, value, valueLabel, lines,
      top: row.top + head, bottom: row.bottom + head, labelY: row.labelY + head, y: row.y + head,
    };
    for (const m of metrics) {
      const bar = bars[m]![i]!;
      const { name, [m]: value } = accounts[i]!;
      out[m] = {
        value: bar.value,
        width: bar.width,
        valueX: bar.valueX,
        valueLabel: bar.valueLabel,
        announce: MESSAGES[locale].announce(`${label} · ${titles[m]}`, exactCount(value, locale, units[m])),
        select: selection('platforms', `newMedia[${i}]`, m, value, name),
      };
    }
    return out;
  });
  return { columns, rows, width, height: base.height + head, barHeight: base.barHeight, fontSize };
}

/** Orders categories as reported, "other" last, and gives each its colour. */
export function orderCategories(
  breakdown: readonly { label: string; count: number }[],
  locale: Locale,
): Category[] {
  const total = sum(breakdown, (b) => b.count);
  const words = MESSAGES[locale];
  // Each keeps its place in the report, for its path.
  const indexed = breakdown.map((b, index) => ({ ...b, index }));
  const rest = indexed.filter((b) => !OTHER.test(b.label.trim()));
  const others = indexed.filter((b) => OTHER.test(b.label.trim()));
  return [...rest, ...others].map((b, i) => ({
    key: `c${i}`,
    label: b.label,
    count: b.count,
    announce: words.announce(b.label, exactCount(b.count, locale, 'items'), formatPercent(b.count / (total || 1), locale)),
    select: selection('platforms', `website.breakdown[${b.index}]`, 'count', b.count, b.label),
    // Touching segments alternate a dark and a mid tone (palette.ts); "other" takes the tone
    // its place needs.
    color: OTHER.test(b.label.trim())
      ? `category-other-${i % 2 ? 'mid' : 'dark'}`
      : `category-${(i % PALETTE_SIZE) + 1}`,
    valueLabel: `${compactCount(b.count, locale, 'items')}${total ? ` · ${formatPercent(b.count / total, locale)}` : ''}`,
  }));
}

export function layoutTraffic(
  platforms: Platforms,
  options: { width: number; locale: Locale; year: number; fontSize?: number },
): TrafficGeometry {
  const { width, locale, year, fontSize = 14 } = options;
  const words = MESSAGES[locale];
  const website = platforms.website ?? {};
  const accounts = platforms.newMedia ?? [];
  const withFollowers = accounts.filter((a) => a.followers !== undefined);
  const followers = withFollowers.length ? sum(withFollowers, (a) => a.followers!) : undefined;

  let categories: TrafficGeometry['categories'];
  if (website.breakdown?.length) {
    const items = orderCategories(website.breakdown, locale);
    const ranked = [...items].sort(
      (a, b) => Number(isOther(a)) - Number(isOther(b)) || b.count - a.count,
    );
    categories = {
      total: sum(items, (c) => c.count),
      items,
      width,
      segments: layoutStack(
        items.map((c) => ({ key: c.key, value: c.count, label: c.label, announce: c.announce, select: c.select })),
        width,
        3,
        fontSize,
      ),
      bars:
        items.length > LEGEND_MAX
          ? layoutBarList(
              ranked.map((c) => ({ key: c.key, label: c.label, value: c.count, valueLabel: c.valueLabel, announce: c.announce, select: c.select })),
              { width, fontSize },
            )
          : undefined,
    };
  }

  const parts: string[] = [];
  const yearText = words.yearOf(year);
  if (website.pageViews !== undefined)
    parts.push(words.traffic.sPageViews(yearText, compactCount(website.pageViews, locale, 'times')));
  if (website.published !== undefined) parts.push(words.traffic.sPublished(exactCount(website.published, locale, 'items')));
  const largest = categories?.items.reduce<Category | undefined>((a, b) => (!a || b.count > a.count ? b : a), undefined);
  if (largest && categories!.items.length > 1)
    parts.push(words.traffic.sLargest(largest.label, exactCount(largest.count, locale, 'items')));
  if (accounts.length && followers !== undefined)
    parts.push(words.traffic.sAccounts(accounts.length, compactCount(followers, locale, 'none')));

  return {
    pageViews: website.pageViews,
    published: website.published,
    followers,
    accountCount: accounts.length,
    categories,
    accounts: accounts.length ? layoutAccounts(accounts, { width, locale, fontSize }) : undefined,
    fontSize,
    summary: parts.length ? words.traffic.summary(parts) : '',
  };
}

/** Whether the report gives any website or new-media figure at all. */
export const hasTraffic = (platforms: Platforms | undefined) =>
  !!platforms &&
  (Object.values(platforms.website ?? {}).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)) ||
    (platforms.newMedia?.length ?? 0) > 0);


/** The marks of a chart (`categories`, `ranked`, `followers`, `posts`), in the order drawn. */
export function trafficMarks(geometry: TrafficGeometry, chart: string): readonly MarkInfo[] | undefined {
  if (chart === 'categories') return geometry.categories?.segments;
  if (chart === 'ranked') return geometry.categories?.bars?.rows;
  if (chart === 'followers' || chart === 'posts') return geometry.accounts?.rows.flatMap((row) => row[chart] ?? []);
  return undefined;
}

/** The website's figures and the accounts, each a table. */
export function trafficTables(platforms: Platforms, locale: Locale): TableSpec[] {
  const t = MESSAGES[locale].traffic;
  const { website, newMedia: accounts = [] } = platforms;
  const n = (value: number | undefined) => (value === undefined ? '—' : exactCount(value, locale, 'none'));
  const tables: TableSpec[] = [];
  if (website) {
    const breakdown = website.breakdown ?? [];
    tables.push({
      caption: website.name ?? t.website,
      head: [[{ text: t.item, header: 'col', colspan: 2 }, { text: t.value, header: 'col' }]],
      body: [
        [{ text: t.pageViews, header: 'row', colspan: 2 }, { text: n(website.pageViews) }],
        [{ text: t.published, header: 'row', colspan: 2 }, { text: n(website.published) }],
        ...breakdown.map((b, i): TableCell[] => [
          ...(i === 0 ? [{ text: t.category, header: 'rowgroup' as const, rowspan: breakdown.length }] : []),
          { text: b.label, header: 'row' },
          { text: n(b.count) },
        ]),
      ],
    });
  }
  if (accounts.length)
    tables.push({
      caption: t.accountsTitle,
      head: [[t.account, t.platformName, t.postsTitle, t.followersTitle].map((text) => ({ text, header: 'col' as const }))],
      body: accounts.map((a) => [
        { text: a.name, header: 'row' },
        { text: a.platform ? t.platform[a.platform] : '—' },
        { text: n(a.posts) },
        { text: n(a.followers) },
      ]),
    });
  return tables;
}
