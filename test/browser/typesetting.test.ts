/**
 * Typesetting as a reader sees it: every text the elements draw, in both languages, at phone,
 * tablet and desktop widths, measured in the browser. Each element is mounted once per
 * language, width and page (plain, large mode, old global CSS); what it drew is read into a
 * plain record (texts, their lines and boxes, computed styles, language) and the claims are
 * checked against that record, so the claims share mounts and every failure names its texts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import dongguan from '../../data/dongguan-hrss-2023.json';
import '../../src/index.js';
import { drawn, failOnPageErrors, mount } from './helpers.js';

type Widget = HTMLElement & { report?: unknown; updateComplete: Promise<boolean> };

const ELEMENTS = ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts', 'disclosure-report'] as const;
const LANGS = ['zh-CN', 'en'] as const;
const WIDTHS = [320, 375, 768, 1280] as const;
type Tag = (typeof ELEMENTS)[number];
type Lang = (typeof LANGS)[number];
type Page = 'plain' | 'large' | 'old-css';

const CASES = ELEMENTS.flatMap((tag) => LANGS.flatMap((lang) => WIDTHS.map((width) => [tag, lang, width] as const)));
const EN_CASES = CASES.filter(([, lang]) => lang === 'en');

/** A site's global CSS of the older kind: a 10 px rem, and a body font and text setting that inherit. */
const OLD_CSS = `html { font-size: 62.5% }
body { font: 12px/1.5 SimSun, serif; letter-spacing: 1px; text-align: center; word-spacing: 4px; text-indent: 2em;
  white-space: nowrap; word-break: break-all; line-height: 1.5 }`;

/**
 * A figure with its unit (the counting words of the national form, 万 and 亿 as multipliers, %)
 * and its sign; or a figure after a currency sign (English fees: ¥4,988,000).
 */
const FIGURE = /[+−-]?\d[\d,.]*\s*(?:[万亿](?:件|次|条|个账号|个|元)?|件|次|条|个账号|个|元|年|%)|[¥￥]\s*\d[\d,.]*/g;
/** A wrapped SVG line must not start with a unit nor end with a lone sign. */
const UNIT_START = /^[件次条个元万亿%]/;
const CJK = /[\u3400-\u9fff]/;
/** Where a line may break without breaking a word: at punctuation, symbols and spaces. */
const BREAKABLE = /[\p{P}\p{S}\s]/u;
/** Slack in px for "on one line" and for "overlaps": sub-pixel positions and rounding. */
const LINE_SLACK = 2;
const OVERLAP_SLACK = 1;
const MIN_LARGE_PX = 18;
/** At most this many violations are listed in one failure message. */
const LISTED = 40;

/** The styles claim 6 compares, of each text's parent element. */
const SETTING = ['fontSize', 'letterSpacing', 'wordSpacing', 'textAlign', 'textIndent'] as const;
type Setting = Record<(typeof SETTING)[number], string>;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** One text a reader sees: an HTML text node, or a whole SVG <text> (its <tspan>s are its lines). */
interface TextItem {
  text: string;
  /** Host chain and parent element, for failure messages: `<disclosure-report> <site-traffic> p.summary`. */
  where: string;
  svg: boolean;
  /** The text as drawn, line by line: the <tspan>s of an SVG <text>, the line boxes of an HTML text. */
  lines: string[];
  /** HTML: the client rects of the trimmed text; SVG: the <text>'s bounding box. */
  rects: Box[];
  /** Used line height in px of an HTML text's parent (NaN for `normal` and SVG). */
  lineHeight: number;
  /** Computed style of the parent element (of the <text> for SVG). */
  setting: Setting;
  /** The nearest `lang` attribute between the text and the mount container, if any. */
  lang?: string;
  /** `title` or `summary` when the parent is a frame's .title or .summary. */
  role?: 'title' | 'summary';
  /**
   * Whether the text is a label: its element's whole text is short (a chip, a key figure's
   * name, a heading). A short fragment of a sentence between two figures is not: running
   * Chinese text breaks between any two characters.
   */
  label?: boolean;
}

/** A figure with its unit in HTML text, possibly over several text nodes, and the rects it was drawn in. */
interface FigureRun {
  run: string;
  /** The run in its sentence, for failure messages. */
  context: string;
  where: string;
  rects: Box[];
}

interface Typeset {
  /** `<site-traffic> lang=en at 320px`, with the page when it is not plain. */
  label: string;
  items: TextItem[];
  figures: FigureRun[];
}

// ---------------------------------------------------------------------------------------------
// Mounting and reading what was drawn
// ---------------------------------------------------------------------------------------------

/** The element's shadow root and those of every element nested in it, in document order. */
function shadowRoots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap((child) => shadowRoots(child))];
}

/** What every widget shows once drawn: charts, key figures, a statement, an error, the report's sections. */
const DRAWN = '[part~=svg], [part~=figures], [part~=empty], [part~=error], [part~=section]';

/** Waits until the element and every element nested in it has drawn and no mark is still moving. */
async function settle(el: Widget) {
  await drawn(el, DRAWN);
  for (const root of shadowRoots(el).slice(1)) await drawn(root.host as Widget, DRAWN);
  await Promise.all(shadowRoots(el).flatMap((root) => root.getAnimations().map((a) => a.finished)));
  await document.fonts.ready;
}

const plainBox = (r: DOMRect): Box => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
const drawnBox = (r: DOMRect) => r.width > 0 && r.height > 0;

function rangeRects(node: Text, start: number, end: number): Box[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter(drawnBox).map(plainBox);
}

/**
 * Elements whose text no reader sees in the flow: styles, the tooltip, hidden elements, and
 * text kept for assistive technology only (clipped to nothing, as a visually hidden title is).
 */
function skipped(el: Element) {
  return (
    ['style', 'script', 'template'].includes(el.localName) ||
    el.matches('.tooltip, [part~=tooltip], [role=tooltip]') ||
    !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ||
    getComputedStyle(el).clipPath === 'inset(50%)'
  );
}

function describeElement(el: Element, hosts: readonly string[]) {
  const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
  return [...hosts.map((h) => `<${h}>`), cls ? `${el.localName}.${cls}` : el.localName].join(' ');
}

/** The nearest `lang` between `node` and the container, through shadow roots to their hosts. */
function nearestLang(node: Node, container: Element): string | undefined {
  for (let n: Node | null = node; n && n !== container; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  }
  return undefined;
}

function settingOf(style: CSSStyleDeclaration): Setting {
  const { fontSize, letterSpacing, wordSpacing, textAlign, textIndent } = style;
  return { fontSize, letterSpacing, wordSpacing, textAlign, textIndent };
}

const roleOf = (el: Element) => (el.matches('.title') ? 'title' : el.matches('.summary') ? 'summary' : undefined);

/** The text of `node` from `start` to `end`, cut where its characters move to a new line. */
function drawnLines(node: Text, start: number, end: number): string[] {
  const lines: string[] = [];
  let line = '';
  let top: number | undefined;
  for (let i = start; i < end; ) {
    const next = i + (node.data.codePointAt(i)! > 0xffff ? 2 : 1);
    const [rect] = rangeRects(node, i, next);
    if (rect && top !== undefined && Math.abs(rect.top - top) > LINE_SLACK) {
      lines.push(line);
      line = '';
    }
    if (rect) top = rect.top;
    line += node.data.slice(i, next);
    i = next;
  }
  return [...lines, line];
}

function htmlItem(node: Text, hosts: readonly string[], container: Element): TextItem | undefined {
  const parent = node.parentElement!;
  const start = node.data.search(/\S/);
  if (start < 0) return undefined;
  const end = node.data.trimEnd().length;
  const rects = rangeRects(node, start, end);
  if (!rects.length) return undefined;
  const style = getComputedStyle(parent);
  const text = node.data.slice(start, end).replace(/\s+/g, ' ');
  return {
    text,
    where: describeElement(parent, hosts),
    svg: false,
    // Cut per character only where claim 2 reads it: short texts.
    lines: [...text].length <= 8 ? drawnLines(node, start, end) : [],
    label: [...(parent.textContent ?? '').trim()].length <= 8,
    rects,
    lineHeight: parseFloat(style.lineHeight),
    setting: settingOf(style),
    lang: nearestLang(node, container),
    role: roleOf(parent),
  };
}

function svgItem(el: SVGTextElement, hosts: readonly string[], container: Element): TextItem | undefined {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const box = el.getBoundingClientRect();
  if (!text || !drawnBox(box)) return undefined;
  const tspans = [...el.querySelectorAll('tspan')];
  return {
    text,
    where: describeElement(el, hosts),
    svg: true,
    lines: tspans.length > 1 ? tspans.map((t) => t.textContent ?? '') : [text],
    rects: [plainBox(box)],
    lineHeight: NaN,
    setting: settingOf(getComputedStyle(el)),
    lang: nearestLang(el, container),
  };
}

/** An HTML text node and the block its line boxes belong to. */
interface Segment {
  node: Text;
  block: Element;
  where: string;
}

/** The nearest ancestor that lays out lines (not `inline` nor `contents`), through shadow roots. */
function blockOf(el: Element): Element {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const display = getComputedStyle(e).display;
    if (display !== 'inline' && display !== 'contents') return e;
  }
  return el;
}

/** Every text a reader sees under `node`, through nested shadow roots, in document order. */
function collect(node: Node, hosts: readonly string[], container: Element, out: { items: TextItem[]; segments: Segment[] }) {
  let children = [...node.childNodes];
  // A closed <details> shows its summary only.
  if (node instanceof HTMLDetailsElement && !node.open) children = children.filter((c) => c instanceof Element && c.localName === 'summary');
  for (const child of children) {
    if (child instanceof Text && child.parentElement) {
      out.segments.push({ node: child, block: blockOf(child.parentElement), where: describeElement(child.parentElement, hosts) });
      const item = htmlItem(child, hosts, container);
      if (item) out.items.push(item);
    } else if (child instanceof SVGTextElement) {
      if (skipped(child)) continue;
      const item = svgItem(child, hosts, container);
      if (item) out.items.push(item);
    } else if (child instanceof Element && !skipped(child)) {
      if (child.shadowRoot) collect(child.shadowRoot, [...hosts, child.localName], container, out);
      collect(child, hosts, container, out);
    }
  }
}

/**
 * The figure runs of HTML text, found in the text of each block's consecutive text nodes: a
 * figure in a <span> of its own and its unit in the text after it are one run.
 */
function figureRuns(segments: readonly Segment[]): FigureRun[] {
  const runs: FigureRun[] = [];
  for (let i = 0; i < segments.length; ) {
    let j = i;
    while (j < segments.length && segments[j]!.block === segments[i]!.block) j++;
    const group = segments.slice(i, j);
    const text = group.map((s) => s.node.data).join('');
    for (const match of text.matchAll(FIGURE)) {
      const from = match.index;
      const to = from + match[0].length;
      const rects: Box[] = [];
      let offset = 0;
      let where = '';
      for (const { node, where: w } of group) {
        const a = Math.max(from, offset);
        const b = Math.min(to, offset + node.data.length);
        if (a < b) {
          rects.push(...rangeRects(node, a - offset, b - offset));
          where ||= w;
        }
        offset += node.data.length;
      }
      const context = text.slice(Math.max(0, from - 12), to + 12).replace(/\s+/g, ' ').trim();
      runs.push({ run: match[0].replace(/\s+/g, ' '), context, where, rects });
    }
    i = j;
  }
  return runs;
}

const records = new Map<string, Promise<Typeset>>();

/**
 * Mounts `tag` with the Dongguan report at `width` in `lang` on the given page and reads what
 * it drew. Each combination is mounted once and its record shared by the claims.
 */
function typeset(tag: Tag, lang: Lang, width: number, page: Page = 'plain'): Promise<Typeset> {
  const key = `${tag} ${lang} ${width} ${page}`;
  let record = records.get(key);
  if (!record) {
    record = (async () => {
      const style = page === 'old-css' ? document.head.appendChild(Object.assign(document.createElement('style'), { textContent: OLD_CSS })) : undefined;
      try {
        const el = mount<Widget>(`<${tag}${page === 'large' ? ' large' : ''}></${tag}>`, width, lang);
        el.report = structuredClone(dongguan);
        await settle(el);
        const out = { items: [] as TextItem[], segments: [] as Segment[] };
        collect(el.shadowRoot!, [tag], el.parentElement!, out);
        const label = `<${tag}${page === 'large' ? ' large' : ''}> lang=${lang} at ${width}px${page === 'old-css' ? ' under old global CSS' : ''}`;
        return { label, items: out.items, figures: figureRuns(out.segments) };
      } finally {
        style?.remove();
      }
    })();
    records.set(key, record);
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// The checks: each returns its violations, one readable line each
// ---------------------------------------------------------------------------------------------

const middle = (r: Box) => (r.top + r.bottom) / 2;
const within = (y: number, r: Box) => y >= r.top - LINE_SLACK && y <= r.bottom + LINE_SLACK;

/**
 * Whether rects lie on one line: the same top (text of one size), or, for text of mixed sizes
 * sharing a baseline (a 28 px figure and its 14 px unit), the middle of one inside the other.
 */
const onOneLine = (rects: readonly Box[]) =>
  rects.length > 0 &&
  rects.every((a) => rects.every((b) => Math.abs(a.top - b.top) <= LINE_SLACK || within(middle(a), b) || within(middle(b), a)));

const quote = (item: TextItem) => `"${item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text}" (${item.where})`;

/** Figures split from their unit or sign: an HTML run over two lines, an SVG label cut at the unit. */
function figureSplits({ items, figures }: Typeset): string[] {
  const out = figures.filter((f) => !onOneLine(f.rects)).map((f) => `"${f.run}" broken over two lines in "…${f.context}…" (${f.where})`);
  for (const item of items.filter((i) => i.svg)) {
    for (let i = 0; i + 1 < item.lines.length; i++) {
      const end = item.lines[i]!.trimEnd();
      const next = item.lines[i + 1]!.trimStart();
      const unitCut = /\d$/.test(end) && UNIT_START.test(next);
      const signAlone = /[+−±]$/.test(end) || (/-$/.test(end) && /^\d/.test(next));
      if (unitCut || signAlone) out.push(`SVG line "${end}" then "${next}" in ${quote(item)}`);
    }
  }
  return out;
}

/** How many figures claim 1 looked at: HTML runs, and SVG texts holding a figure. */
const figuresExamined = ({ items, figures }: Typeset) =>
  figures.length + items.filter((item) => item.svg && item.text.search(FIGURE) >= 0).length;

const isShortLabel = (item: TextItem) => !item.svg && !!item.label && [...item.text].length <= 8 && CJK.test(item.text);

/**
 * Short Chinese texts cut between two characters that are neither punctuation nor space. A
 * sentence's fragment between two figures ("；结转下年度") may break after its punctuation,
 * as Chinese text does; a label may not break at all inside its words.
 */
function brokenLabels(items: readonly TextItem[]): string[] {
  return items.filter(isShortLabel).flatMap((item) => {
    const cuts = item.lines.slice(1).filter((line, i) => {
      const before = [...item.lines[i]!.trimEnd()].at(-1) ?? ' ';
      const after = [...line.trimStart()][0] ?? ' ';
      return !BREAKABLE.test(before) && !BREAKABLE.test(after);
    });
    return cuts.length ? [`${quote(item)} drawn as ${item.lines.map((l) => `"${l}"`).join(' | ')}`] : [];
  });
}

/**
 * A text's boxes, each no taller than its line box. The content area of a font with a tall
 * ascent and descent (Noto Sans CJK: 1.45 em) reaches past a tight line height (1.2 for the key
 * figures) into the line above, where it has no ink; the line box is the room the text was given.
 */
function lineBoxes(item: TextItem): Box[] {
  return item.rects.map((r) => {
    const excess = (r.bottom - r.top - item.lineHeight) / 2;
    return excess > 0 ? { ...r, top: r.top + excess, bottom: r.bottom - excess } : r;
  });
}

/** Pairs of texts whose boxes intersect by more than the slack in both directions. */
function overlaps(items: readonly TextItem[]): string[] {
  const boxes = items.map(lineBoxes);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      for (const a of boxes[i]!) {
        const hit = boxes[j]!.find(
          (b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > OVERLAP_SLACK && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > OVERLAP_SLACK,
        );
        if (hit) {
          const w = Math.min(a.right, hit.right) - Math.max(a.left, hit.left);
          const h = Math.min(a.bottom, hit.bottom) - Math.max(a.top, hit.top);
          out.push(`${quote(items[i]!)} overlaps ${quote(items[j]!)} by ${w.toFixed(1)}×${h.toFixed(1)}px`);
          break;
        }
      }
    }
  }
  return out;
}

/** Texts smaller than the large mode's minimum. */
function smallTexts(items: readonly TextItem[]): string[] {
  return items.filter((item) => parseFloat(item.setting.fontSize) < MIN_LARGE_PX).map((item) => `${quote(item)} at ${item.setting.fontSize}`);
}

/** Each frame's title and its summary (one pair per widget that has a summary). */
function titlesAndSummaries(items: readonly TextItem[]) {
  const frame = (item: TextItem) => item.where.split(' ').filter((part) => part.startsWith('<')).join(' ');
  return items
    .filter((i) => i.role === 'title')
    .flatMap((title) => {
      const summary = items.find((i) => i.role === 'summary' && frame(i) === frame(title));
      return summary ? [{ title, summary }] : [];
    });
}

/** Chinese texts in English mode that nothing between them and the container marks as Chinese. */
function unmarkedChinese(items: readonly TextItem[]): string[] {
  return items
    .filter((item) => CJK.test(item.text) && !item.lang?.toLowerCase().startsWith('zh'))
    .map((item) => `${quote(item)} is in lang=${item.lang ?? 'en (the container\'s)'}`);
}

/** Texts whose size or setting differs between two mounts of the same element. */
function settingDiffs(plain: readonly TextItem[], old: readonly TextItem[]): string[] {
  const out: string[] = [];
  if (plain.length !== old.length) out.push(`${plain.length} texts on a plain page, ${old.length} under old CSS`);
  for (let i = 0; i < Math.min(plain.length, old.length); i++) {
    const a = plain[i]!;
    const b = old[i]!;
    if (a.text !== b.text) {
      out.push(`text ${i} is ${quote(a)} on a plain page but ${quote(b)} under old CSS; not compared further`);
      break;
    }
    const changed = SETTING.filter((p) => a.setting[p] !== b.setting[p]).map((p) => `${p} ${a.setting[p]} → ${b.setting[p]}`);
    if (changed.length) out.push(`${quote(a)}: ${changed.join(', ')}`);
  }
  return out;
}

/** Fails with the violations listed in the message itself, whatever a reporter shows of diffs. */
function expectNone(violations: readonly string[], label: string) {
  const listed = violations.slice(0, LISTED);
  const more = violations.length > LISTED ? `\n  … and ${violations.length - LISTED} more` : '';
  expect(violations, `${label}: ${violations.length} found\n  ${listed.join('\n  ')}${more}\n`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

failOnPageErrors();

// Marks grow into place; readers who ask for less motion get none, and so do these tests.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('no figure is split from its unit or sign across lines', () => {
  test.each(CASES)('<%s> lang=%s at %ipx', async (tag, lang, width) => {
    const drawnText = await typeset(tag, lang, width);
    expect(figuresExamined(drawnText), `${drawnText.label}: figures examined`).toBeGreaterThan(0);
    expectNone(figureSplits(drawnText), drawnText.label);
  });
});

describe('short Chinese labels never break inside a word', () => {
  test.each(CASES)('<%s> lang=%s at %ipx', async (tag, lang, width) => {
    const { label, items } = await typeset(tag, lang, width);
    // In English only the report's own words (names, categories) are Chinese; there may be none short.
    if (lang === 'zh-CN') expect(items.filter(isShortLabel).length, `${label}: short labels examined`).toBeGreaterThan(0);
    expectNone(brokenLabels(items), label);
  });
});

describe('no text overlaps another text', () => {
  test.each(CASES)('<%s> lang=%s at %ipx', async (tag, lang, width) => {
    const { label, items } = await typeset(tag, lang, width);
    expect(items.length, `${label}: texts examined`).toBeGreaterThan(1);
    expectNone(overlaps(items), label);
  });
});

describe('large mode sets every text at 18px or more, and the title larger than the summary', () => {
  test.each(CASES)('<%s large> lang=%s at %ipx', async (tag, lang, width) => {
    const { label, items } = await typeset(tag, lang, width, 'large');
    expect(items.length, `${label}: texts examined`).toBeGreaterThan(0);
    expectNone(smallTexts(items), label);
    const pairs = titlesAndSummaries(items);
    expect(pairs.length, `${label}: titles with a summary`).toBeGreaterThan(0);
    const inverted = pairs
      .filter(({ title, summary }) => parseFloat(title.setting.fontSize) <= parseFloat(summary.setting.fontSize))
      .map(({ title, summary }) => `title ${quote(title)} at ${title.setting.fontSize}, summary ${quote(summary)} at ${summary.setting.fontSize}`);
    expectNone(inverted, label);
  });
});

describe('in English, every Chinese text is marked lang="zh…"', () => {
  test.each(EN_CASES)('<%s> lang=%s at %ipx', async (tag, lang, width) => {
    const { label, items } = await typeset(tag, lang, width);
    expect(items.filter((item) => CJK.test(item.text)).length, `${label}: Chinese texts examined`).toBeGreaterThan(0);
    expectNone(unmarkedChinese(items), label);
  });
});

describe('old global CSS changes no text\'s size, spacing, alignment or indent', () => {
  test.each(CASES)('<%s> lang=%s at %ipx', async (tag, lang, width) => {
    const plain = await typeset(tag, lang, width);
    const old = await typeset(tag, lang, width, 'old-css');
    expect(plain.items.length, `${plain.label}: texts examined`).toBeGreaterThan(0);
    expectNone(settingDiffs(plain.items, old.items), old.label);
  });
});
