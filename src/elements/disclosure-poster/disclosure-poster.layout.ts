/**
 * Pure layout of <disclosure-poster> (一图读懂): one report in, a tall single column out, as
 * shapes (rects and text lines, each with a colour token) and, in the same reading order, the
 * poster's content as text for assistive technology. A section without data is left out.
 */
import { compactCount, exactCount } from '../../i18n/count.js';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { POSTER_WORDS } from '../../i18n/poster.js';
import { formatPercent, share } from '../../layout/format.js';
import { textWidth, wrapText } from '../../layout/text.js';
import type { Report } from '../../report/types.js';
import { APPLICANT_COLUMNS, CASE_RESULTS } from '../../report/vocabulary.js';
import { summarizeOutcomes } from '../disclosure-outcomes/disclosure-outcomes.layout.js';
import { RESULT_COLOR, summarizeReview } from '../review-litigation/review-litigation.layout.js';

/** A colour token: a series (`k-<token>`) or one of the poster's own (`p-<token>`). */
export type Tone = string;

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; tone: Tone; rx?: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 700; tone: Tone; anchor?: 'start' | 'middle' | 'end' };

/** The poster's content as text, in reading order: a heading, a paragraph or a list item. */
export interface Line {
  role: 'heading' | 'text' | 'item';
  text: string;
}

export interface PosterGeometry {
  width: number;
  height: number;
  shapes: Shape[];
  lines: Line[];
  /** The sections drawn, in order (for tests and the reader's table of contents). */
  sections: string[];
  summary: string;
  nothing?: false;
}

const tone = (key: string) => `k-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const APPLICANT_TONE: Record<string, string> = { other: 'other-applicant' };

/** Whole sentences of a text, each ending 。！？ (or the text's end). */
export function sentences(text: string): string[] {
  return (text.match(/[^。！？!?\n]+[。！？!?]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 1);
}

/**
 * The short lines from section 五: whole sentences of at most `max` characters, never cut, in
 * the report's order, at most `count` of them.
 */
export function shortLines(text: string | undefined, max = 90, count = 4): string[] {
  return sentences(text ?? '')
    .filter((s) => [...s].length <= max)
    .slice(0, count);
}

/**
 * Lines no wider than `max`, as wrapText gives them, but a Latin word longer than the line (the
 * source's URL on a narrow poster) broken after a `/`, `.`, `?`, `&`, `=` or `-` where one
 * fits, else where the line ends: an image cannot scroll, and what runs past its edge is lost.
 * Lines of Chinese text are left as wrapText breaks them (a closing mark never starts a line).
 */
function posterLines(content: string, max: number, size: number): string[] {
  return wrapText(content, max, size).flatMap((line) => {
    if (!/^[\x21-\x7e]+$/.test(line)) return [line];
    const out: string[] = [];
    let rest = [...line];
    while (rest.length > 1 && textWidth(rest.join(''), size) > max) {
      let n = rest.length - 1;
      while (n > 1 && textWidth(rest.slice(0, n).join(''), size) > max) n--;
      const after = rest.slice(0, n).findLastIndex((ch, i) => i >= n / 2 && /[/.?&=-]/.test(ch));
      const cut = after === -1 ? n : after + 1;
      out.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    out.push(rest.join(''));
    return out;
  });
}

export function layoutPoster(report: Report, options: { width: number; locale: Locale; fontSize?: number }): PosterGeometry {
  const { locale, fontSize = 0 } = options;
  const width = Math.max(280, Math.round(options.width));
  const words = MESSAGES[locale];
  const p = POSTER_WORDS[locale];
  // The type scale follows the width: at 540 px (1080 px at twice the density) the body is 18 px
  // and nothing is under 14 px (28 px in the image); never under 12 px on a narrow screen.
  // The element's font size sets a floor too: the reader's larger text, or the large mode
  // (whose chart text is 16 px and up), sets the poster's body at 18 px and up.
  const u = Math.min(24, Math.max(13, width / 30, fontSize > 14.5 ? fontSize * 1.15 : 0));
  const size = { small: Math.max(12, Math.round(u * 0.8)), body: Math.round(u), h: Math.round(u * 1.2), big: Math.round(u * 2), title: Math.round(u * 1.6) };
  const pad = Math.round(u * 1.2);
  const inner = width - 2 * pad;
  const shapes: Shape[] = [];
  const lines: Line[] = [];
  const sections: string[] = [];
  let y = 0;

  /** Wrapped text from the current y; returns nothing, moves y past it. */
  const text = (content: string, s: number, options: { weight?: 400 | 700; tone?: Tone; x?: number; max?: number; gap?: number } = {}) => {
    const { weight = 400, tone: t = 'p-text', x = pad, max = inner, gap = 0.5 } = options;
    for (const line of posterLines(content, max, s)) {
      y += Math.round(s * 1.35);
      shapes.push({ kind: 'text', x, y, text: line, size: s, weight, tone: t });
    }
    y += Math.round(s * gap);
  };
  const heading = (key: string, title: string) => {
    sections.push(key);
    y += Math.round(u * 1.4);
    shapes.push({ kind: 'rect', x: pad, y, width: Math.round(u * 0.3), height: Math.round(size.h * 1.3), tone: 'p-accent' });
    y -= Math.round(size.h * 0.1);
    text(title, size.h, { weight: 700, x: pad + Math.round(u * 0.7), max: inner - Math.round(u * 0.7) });
    lines.push({ role: 'heading', text: title });
  };
  const sentence = (content: string) => {
    text(content, size.body, { tone: 'p-text' });
    lines.push({ role: 'text', text: content });
  };
  /** A 100% bar of parts, and a legend line for each part that is not zero. */
  const partsBar = (parts: { key: string; label: string; value: number | undefined; tone: Tone }[]) => {
    const given = parts.filter((part) => part.value);
    const total = given.reduce((sum, part) => sum + part.value!, 0);
    if (!total) return;
    y += Math.round(u * 0.4);
    const height = Math.round(u * 1.4);
    let x = pad;
    for (const part of given) {
      const w = Math.max(2, (part.value! / total) * inner);
      shapes.push({ kind: 'rect', x, y, width: Math.max(1, w - 2), height, tone: part.tone });
      x += w;
    }
    y += height + Math.round(u * 0.3);
    for (const part of given) {
      const label = p.part(part.label, exactCount(part.value, locale), formatPercent(part.value! / total, locale));
      const swatch = Math.round(size.body * 0.8);
      shapes.push({ kind: 'rect', x: pad, y: y + Math.round(size.body * 0.55), width: swatch, height: swatch, tone: part.tone, rx: 2 });
      text(label, size.body, { x: pad + swatch + Math.round(u * 0.5), max: inner - swatch - Math.round(u * 0.5), gap: 0.1 });
      lines.push({ role: 'item', text: label });
    }
  };
  /** Big figures side by side (two or three to a row), each with its label under it. */
  const figures = (items: { label: string; value: string }[], most = 2) => {
    const gap = Math.round(u * 0.6);
    const cellOf = (n: number) => (inner - gap * (n - 1)) / n;
    // Fewer to a row where the widest figure would be set smaller than a heading.
    const widest = Math.max(0, ...items.map((item) => textWidth(item.value, size.h)));
    let columns = most;
    while (columns > 1 && widest > cellOf(columns) - u) columns--;
    const cell = cellOf(columns);
    for (let i = 0; i < items.length; i += columns) {
      const row = items.slice(i, i + columns);
      const top = y + Math.round(u * 0.6);
      let bottom = top;
      // A figure too wide for its cell is set smaller, never cut; the figures of a row alike.
      const big = Math.min(size.big, ...row.map((item) => Math.floor((size.big * (cell - u)) / Math.max(1, textWidth(item.value, size.big)))));
      row.forEach((item, j) => {
        const x = pad + j * (cell + gap);
        const labels = wrapText(item.label, cell - u, size.small);
        const height = Math.round(big * 1.3 + labels.length * size.small * 1.35 + u * 1.2);
        shapes.push({ kind: 'rect', x, y: top, width: cell, height, tone: 'p-surface', rx: 6 });
        shapes.push({ kind: 'text', x: x + u / 2, y: top + Math.round(u * 0.4 + big), text: item.value, size: big, weight: 700, tone: 'p-accent' });
        labels.forEach((label, k) =>
          shapes.push({ kind: 'text', x: x + u / 2, y: top + Math.round(u * 0.4 + big * 1.3 + (k + 1) * size.small * 1.3), text: label, size: size.small, weight: 400, tone: 'p-muted' }),
        );
        lines.push({ role: 'item', text: words.announce(item.label, item.value) });
        bottom = Math.max(bottom, top + height);
      });
      y = bottom;
    }
  };

  // 1. The title band, in the accent colour.
  const year = words.yearOf(report.year);
  const band: Shape = { kind: 'rect', x: 0, y: 0, width, height: 0, tone: 'p-accent' };
  shapes.push(band);
  y = Math.round(u * 0.6);
  text(p.kicker, size.body, { tone: 'p-on-accent', weight: 700 });
  text(report.agency.name, size.title, { tone: 'p-on-accent', weight: 700, gap: 0.2 });
  text(p.title(year), size.h, { tone: 'p-on-accent', gap: 1 });
  band.height = y;
  lines.push({ role: 'heading', text: `${report.agency.name} ${p.title(year)}` });

  // 2. Headline figures.
  const apps = report.applications;
  const o = apps && summarizeOutcomes(apps);
  const r = report.reviewLitigation && summarizeReview(report.reviewLitigation);
  const site = report.platforms?.website;
  const followers = report.platforms?.newMedia?.reduce<number | undefined>((sum, a) => (a.followers === undefined ? sum : (sum ?? 0) + a.followers), undefined);
  const headline = [
    { label: p.received, value: o?.received },
    { label: p.answered, value: o?.answered },
    { label: p.rate, value: o?.rate, percent: true },
    { label: p.correction, value: r?.rate, percent: true },
    { label: p.published, value: site?.published, unit: 'items' as const },
    { label: p.pageViews, value: site?.pageViews, unit: 'times' as const },
    { label: p.followers, value: followers, unit: 'none' as const },
  ].filter((f) => f.value !== undefined);
  if (headline.length) {
    heading('headline', p.headline);
    figures(headline.map((f) => ({ label: f.label, value: f.percent ? formatPercent(f.value!, locale) : compactCount(f.value, locale, f.unit ?? 'cases') })));
  }

  // 3. How requests were answered.
  if (apps && o) {
    heading('outcomes', p.outcomes);
    if (!o.received && !o.carriedOver && !o.answered) sentence(p.noRequests(year));
    else {
      sentence(
        p.outcomesLine(exactCount(o.answered, locale), exactCount(o.open, locale), o.rate === undefined ? words.noData : formatPercent(o.rate, locale)),
      );
      partsBar(o.groups.map((g) => ({ key: g.key, label: words.groups[g.key], value: g.value, tone: tone(g.key) })));
    }
    // 4. Who applied.
    const received = apps.received;
    if (typeof received === 'object' && o.received) {
      heading('applicants', p.applicants);
      partsBar(
        APPLICANT_COLUMNS.map((c) => ({ key: c, label: words.columns[c], value: received[c], tone: tone(APPLICANT_TONE[c] ?? c) })),
      );
    }
  }

  // 5. Rules and normative documents.
  const pro = report.proactive;
  const stock = [
    ['normativeDocuments', pro?.normativeDocuments],
    ['rules', pro?.rules],
  ] as const;
  if (stock.some(([, s]) => s?.inForce !== undefined)) {
    heading('documents', p.documents);
    figures(
      stock.flatMap(([key, s]) => (s?.inForce === undefined ? [] : [{ label: p.inForce(words.enforcement[key]), value: compactCount(s.inForce, locale) }])),
    );
    for (const [key, s] of stock)
      if (s?.issued !== undefined || s?.repealed !== undefined) {
        const line = p.flow(words.enforcement[key], exactCount(s.issued, locale), exactCount(s.repealed, locale));
        y += Math.round(u * 0.3);
        sentence(line);
      }
  }

  // 6. Licensing, penalties, coercion and fees.
  const decisions = (['licensing', 'penalties', 'coercion'] as const).filter((k) => pro?.[k] !== undefined);
  if (decisions.length || pro?.fees !== undefined) {
    heading('decisions', p.decisions);
    figures(decisions.map((k) => ({ label: words.enforcement[k], value: compactCount(pro![k], locale) })), 3);
    if (pro?.fees !== undefined) {
      y += Math.round(u * 0.3);
      sentence(p.fees(words.enforcement.feesValue(pro.fees)));
    }
  }

  // 7. Reviews and lawsuits.
  if (r && r.total !== undefined) {
    heading('reviews', p.reviews);
    if (r.total === 0) sentence(words.review.none(year));
    else {
      sentence(p.reviewsLine(exactCount(r.total, locale), exactCount(r.corrected ?? 0, locale), r.rate === undefined ? words.noData : formatPercent(r.rate, locale)));
      const section = report.reviewLitigation!;
      partsBar(
        CASE_RESULTS.map((k) => ({
          key: k,
          label: words.review.results[k],
          value: ['review', 'directSuit', 'suitAfterReview'].reduce<number | undefined>((sum, b) => {
            const v = section[b as 'review']?.[k];
            return v === undefined ? sum : (sum ?? 0) + v;
          }, undefined),
          tone: `k-${RESULT_COLOR[k]}`,
        })),
      );
    }
  }

  // 8. What the website published.
  const breakdown = site?.breakdown?.filter((b) => b.count !== undefined) ?? [];
  if (breakdown.length) {
    heading('website', p.website);
    const max = Math.max(...breakdown.map((b) => b.count));
    const valueWidth = Math.max(...breakdown.map((b) => textWidth(exactCount(b.count, locale, 'items'), size.small)));
    for (const b of breakdown) {
      const value = exactCount(b.count, locale, 'items');
      text(b.label, size.small, { gap: 0.35 });
      const w = max ? Math.max(2, (b.count / max) * (inner - valueWidth - u / 2)) : 2;
      shapes.push({ kind: 'rect', x: pad, y, width: w, height: Math.round(u * 0.7), tone: 'p-accent', rx: 2 });
      shapes.push({ kind: 'text', x: pad + w + u / 3, y: y + Math.round(u * 0.6), text: value, size: size.small, weight: 400, tone: 'p-text' });
      y += Math.round(u * 0.9);
      lines.push({ role: 'item', text: words.announce(b.label, value, formatPercent(share(b.count, site?.published ?? breakdown.reduce((s, x) => s + x.count, 0)) ?? 0, locale)) });
    }
  }

  // 9. Problems and plans: whole sentences only.
  const said = shortLines(report.narrative?.problems);
  if (said.length) {
    heading('problems', p.problems);
    for (const s of said) {
      shapes.push({ kind: 'rect', x: pad, y: y + Math.round(size.body * 0.75), width: Math.round(u * 0.35), height: Math.round(u * 0.35), tone: 'p-accent' });
      text(s, size.body, { x: pad + Math.round(u * 0.9), max: inner - Math.round(u * 0.9), gap: 0.4 });
      lines.push({ role: 'item', text: s });
    }
  }

  // 10. The source and date.
  y += Math.round(u * 1.2);
  shapes.push({ kind: 'rect', x: pad, y, width: inner, height: 1, tone: 'p-rule' });
  y += Math.round(u * 0.2);
  const source = [
    p.source(report.source?.title ?? p.title(year)),
    report.publishedOn ? words.report.published(report.publishedOn) : undefined,
    report.source?.url,
  ].filter((s): s is string => !!s);
  for (const s of source) {
    text(s, size.small, { tone: 'p-muted', gap: 0.2 });
    lines.push({ role: 'text', text: s });
  }
  y += pad;

  return {
    width,
    height: y,
    shapes,
    lines,
    sections,
    summary: o?.received !== undefined && o.rate !== undefined ? p.summary(year, exactCount(o.received, locale), formatPercent(o.rate, locale)) : '',
  };
}
