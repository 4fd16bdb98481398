/**
 * <disclosure-poster> (一图读懂) as a reader, a screen reader and a webmaster meet it: the poster
 * of a report, its sections (and the ones it leaves out), how it fits at the page's and the
 * images' widths, its colours, languages and modes, its text alternative, its exports and the
 * keyboard's way to them, and what it says of a report it cannot draw.
 */
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import busy from '../../data/fixtures/busy-agency.json';
import checksFail from '../../data/fixtures/checks-fail.json';
import empty from '../../data/fixtures/empty.json';
import invalidTypes from '../../data/fixtures/invalid-types.json';
import partial from '../../data/fixtures/platforms-partial.json';
import totalsOnly from '../../data/fixtures/totals-only.json';
import zero from '../../data/fixtures/zero-applications.json';
import huaian from '../../data/huaian-city-2024.json';
import { DARK, LIGHT } from '../../src/internal/palette.js';
import '../../src/poster.js';
import { drawn, expectNoAxeViolations, failOnPageErrors, mount, openTable, shadow, tableRows, text } from './helpers.js';

type Poster = HTMLElement & {
  report?: unknown;
  src?: string;
  toCSV(): string;
  toSVG(): string;
  toPNG(width?: 750 | 1080): Promise<Blob | null>;
  updateComplete: Promise<boolean>;
};
type Lang = 'zh-CN' | 'en';

/** A 30-character agency name: the Dongguan report, for a (made-up) branch office. */
const LONG_NAME = '东莞市人力资源和社会保障局松山湖高新技术产业开发区分局办公室';
const longName = { ...structuredClone(dongguan), agency: { ...dongguan.agency, name: LONG_NAME } };

/** The section headings, in the order the issue lists the sections. */
const HEADINGS: Record<Lang, string[]> = {
  'zh-CN': ['年度数字', '申请办理结果', '申请人', '规章和行政规范性文件', '行政许可、处罚和强制', '行政复议和行政诉讼', '网站发布信息的构成', '存在的问题和改进'],
  en: [
    'The year in figures',
    'How requests were answered',
    'Who applied',
    'Rules and normative documents',
    'Licensing, penalties and coercion',
    'Administrative reviews and lawsuits',
    'What the website published',
    'Problems and plans',
  ],
};

/** The element in a container of `width` px (with `lang`), given `report`. */
function withReport(report: unknown, options: { width?: number; lang?: Lang; attrs?: string } = {}) {
  const el = mount<Poster>(`<disclosure-poster ${options.attrs ?? ''}></disclosure-poster>`, options.width ?? 800, options.lang);
  el.report = structuredClone(report);
  return el;
}

/** The poster's width for a container of `width` px: the figure's padding off, at most 600. */
let padding: number | undefined;
/** The element with its poster exactly `width` px wide (as the PNGs are laid out: 375 and 540). */
async function posterOf(report: unknown, width: number, lang: Lang) {
  if (padding === undefined) {
    const probe = withReport(report, { width: 320 });
    await drawn(probe, 'svg[part~=poster]');
    padding = 320 - poster(probe).width.baseVal.value;
  }
  const el = withReport(report, { width: width + padding, lang });
  await drawn(el, 'svg[part~=poster]');
  expect(poster(el).width.baseVal.value).toBe(width);
  return el;
}

const poster = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg[part~=poster]')!;
const texts = (el: Element) => [...poster(el).querySelectorAll('text')];
const words = (el: Element) => texts(el).map((t) => t.textContent ?? '');
/** The paragraphs of the text alternative, in order. */
const said = (el: Element) => [...shadow(el).querySelectorAll('[part=poster-text] p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
const headings = (el: Element, lang: Lang) => words(el).filter((w) => HEADINGS[lang].includes(w));
/** The title band: the accent rect at the top, as wide as the poster. */
const band = (el: Element) => poster(el).querySelector<SVGRectElement>('rect[y="0"]:not(.p-background)')!;
const fill = (node: Element) => getComputedStyle(node).fill;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
/** WCAG contrast of two rgb() colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A PNG blob's size in pixels, decoded by the browser. */
async function pixels(png: Blob | null) {
  expect(png?.type).toBe('image/png');
  const bitmap = await createImageBitmap(png!);
  return bitmap;
}
/** The colour of one pixel of an image. */
function pixel(bitmap: ImageBitmap, x: number, y: number) {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** A text's box: from x its computed length to the right, and its em box (0.88 em up, 0.12 down). */
function textBox(t: SVGTextElement): Box {
  const size = Number(t.getAttribute('font-size'));
  const x = Number(t.getAttribute('x'));
  const y = Number(t.getAttribute('y'));
  return { what: t.textContent ?? '', left: x, right: x + t.getComputedTextLength(), top: y - 0.88 * size, bottom: y + 0.12 * size };
}
const rectBox = (r: SVGRectElement): Box => {
  const { x, y, width, height } = r.getBBox();
  return { what: `rect.${r.getAttribute('class')}`, left: x, right: x + width, top: y, bottom: y + height };
};
const meets = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

/**
 * Nothing sticks out or runs into anything: every text's right edge within the poster, no two
 * texts on top of each other, a text on a card or the title band inside it, and each module
 * (title band, each section from its heading, the source) above the next.
 */
function expectFits(el: Element) {
  const svg = poster(el);
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const all = texts(el);
  expect(all.length).toBeGreaterThan(10);
  const boxes = all.map(textBox);
  for (const box of boxes) {
    expect(box.left, box.what).toBeGreaterThanOrEqual(0);
    expect(box.right, `${box.what} ends at ${box.right} of ${width}`).toBeLessThanOrEqual(width);
    expect(box.bottom, box.what).toBeLessThanOrEqual(height);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(meets(boxes[i]!, boxes[j]!), `"${boxes[i]!.what}" and "${boxes[j]!.what}" overlap`).toBe(false);
  const cards = [band(el), ...svg.querySelectorAll<SVGRectElement>('rect.p-surface')].map(rectBox);
  expect(cards.length).toBeGreaterThan(1);
  for (const box of boxes) for (const card of cards) if (meets(box, card)) expect(inside(box, card), `"${box.what}" runs out of its ${card.what}`).toBe(true);
  // Modules: the shapes from one heading's bar (or the band, or the source's rule) to the next.
  const modules: Box[][] = [];
  const shapes = [...svg.children].slice(1) as (SVGTextElement | SVGRectElement)[];
  shapes.forEach((shape, i) => {
    const next = shapes[i + 1];
    // A heading: the accent bar, then the heading's bold text (a wrapped heading has several lines).
    const heading = shape.localName === 'rect' && shape.classList.contains('p-accent') && next?.localName === 'text' && next.getAttribute('font-weight') === '700';
    const starts = i === 0 || shape.classList.contains('p-rule') || heading;
    if (starts) modules.push([]);
    modules.at(-1)!.push(shape.localName === 'text' ? textBox(shape as SVGTextElement) : rectBox(shape as SVGRectElement));
  });
  expect(modules.length).toBeGreaterThan(2);
  for (let i = 1; i < modules.length; i++) {
    const above = Math.max(...modules[i - 1]!.map((b) => b.bottom));
    const below = Math.min(...modules[i]!.map((b) => b.top));
    expect(above, `module ${i - 1} (${modules[i - 1]![1]?.what}) runs into module ${i} (${modules[i]![1]?.what})`).toBeLessThanOrEqual(below);
  }
}

/**
 * Every text the PNG draws, as the canvas measures it, ends within the image: records each
 * fillText of one export with its right edge in the image's pixels.
 */
async function pngTexts(el: Poster, width: 750 | 1080) {
  const drawnTexts: { text: string; right: number; canvas: number }[] = [];
  const original = CanvasRenderingContext2D.prototype.fillText;
  const spy = vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
    const m = this.getTransform();
    drawnTexts.push({ text, right: (x + this.measureText(text).width) * m.a + m.e, canvas: this.canvas.width });
    return original.call(this, text, x, y);
  });
  const png = await el.toPNG(width);
  spy.mockRestore();
  return { png, drawnTexts };
}

/** Resolves with the next `type` event the element fires. */
const next = <T = CustomEvent>(el: Element, type: string) => new Promise<T>((resolve) => el.addEventListener(type, (e) => resolve(e as T), { once: true }));

afterEach(() => {
  vi.restoreAllMocks();
});

failOnPageErrors();

describe('<disclosure-poster> draws a report', () => {
  it('says it is loading while src is fetched, then fires dc-load with the report and draws the poster', async () => {
    const el = mount<Poster>('<disclosure-poster src="/data/dongguan-hrss-2023.json"></disclosure-poster>');
    const loaded = next(el, 'dc-load');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=loading][role=status]')?.textContent).toBe('正在加载数据…');
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('true');
    const { detail } = await loaded;
    expect(detail.report.agency.name).toBe('东莞市人力资源和社会保障局');
    await drawn(el, 'svg[part~=poster]');
    expect(shadow(el).querySelector('[part=loading]')).toBeNull();
    expect(shadow(el).querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
    expect(shadow(el).querySelector('[part=title]')?.textContent).toBe('一图读懂');
  });

  it('draws every section of the Dongguan report, in order, with the report’s figures', async () => {
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    expect(headings(el, 'zh-CN')).toEqual(HEADINGS['zh-CN']);
    const all = words(el);
    // The title band: kicker, agency, title.
    expect(all.slice(0, 3)).toEqual(['一图读懂', '东莞市人力资源和社会保障局', '2023年政府信息公开工作年度报告']);
    // Figures as the report gives them: 73 received, 56 + 0 of 73 disclosed, 1,582 licences, 278 penalties.
    for (const figure of ['73件', '76.7%', '1,582件', '278件', '63件', '57件']) expect(all, figure).toContain(figure);
    expect(all).toContain('行政事业性收费498.8万元。');
    expect(all).toContain('办结申请73件，予以公开和部分公开56件，公开率76.7%。');
    expect(all).toContain('自然人 71件（97.3%）');
    // The website's three categories, each with its count.
    for (const [label, count] of [['政务动态', '522条'], ['公告', '597条'], ['其他', '383条']]) {
      expect(all).toContain(label);
      expect(all).toContain(count);
    }
    // Whole sentences of section 五, never cut.
    expect(said(el)).toContain('· 高度重视内容安全和网络安全，加强政府网站、政务新媒体运维建设。');
    for (const sentence of said(el).filter((p) => p.startsWith('· ') && p.endsWith('。') && p.length > 40)) expect(sentence).toMatch(/。$/);
    // The source and date close the poster.
    expect(all.at(-2)).toBe('数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》');
    expect(all.at(-1)).toBe('发布日期：2024-01-19');
  });

  it('shows Huai’an’s six- and seven-figure counts, and they fit', async () => {
    const el = await posterOf(huaian, 375, 'zh-CN');
    // 447,228 licences, 3,985,758 penalties, 88,283 coercive measures (淮安市人民政府, 2024), in
    // 万 to three figures, as the other widgets' key figures give them.
    const all = words(el);
    for (const figure of ['44.7万件', '399万件', '8.83万件']) expect(all, figure).toContain(figure);
    expect(said(el)).toEqual(expect.arrayContaining(['· 行政许可：44.7万件', '· 行政处罚：399万件', '· 行政强制：8.83万件']));
    // Sections without data are left out: Huai'an gives no website figures and no section 五.
    expect(headings(el, 'zh-CN')).toEqual(HEADINGS['zh-CN'].slice(0, 6));
    expectFits(el);
    // The table gives every count exactly.
    const rows = (await tableRows(el, 0)).flat();
    expect(rows).toEqual(expect.arrayContaining(['447,228', '3,985,758']));
  });

  it.each([
    ['Dongguan', dongguan],
    ['Huai’an', huaian],
    ['the busy agency (20 categories)', busy],
    ['a 30-character agency name', longName],
  ] as const)('the poster of %s fits at 286, 375, 540 and 600 px, in zh-CN and en', async (_, report) => {
    expect([...LONG_NAME]).toHaveLength(30);
    for (const lang of ['zh-CN', 'en'] as const)
      for (const width of [286, 375, 540, 600]) {
        const el = await posterOf(report, width, lang);
        expectFits(el);
      }
  });

  it('draws all 20 of the busy agency’s website categories, each with its count', async () => {
    const el = await posterOf(busy, 286, 'zh-CN');
    const categories = busy.platforms.website.breakdown;
    expect(categories).toHaveLength(20);
    const all = words(el);
    const module = all.slice(all.indexOf('网站发布信息的构成'), all.indexOf('存在的问题和改进'));
    for (const { label, count } of categories) {
      expect(module.join(''), label).toContain(label);
      expect(module, label).toContain(`${count.toLocaleString('en')}条`);
    }
  });

  it('writes the 30-character agency name whole in the title band', async () => {
    const el = await posterOf(longName, 375, 'zh-CN');
    const bandBox = rectBox(band(el));
    const onBand = texts(el).filter((t) => inside(textBox(t), bandBox)).map((t) => t.textContent);
    expect(onBand.join('')).toContain(LONG_NAME);
    expect(poster(el).getAttribute('aria-label')).toBe(`${LONG_NAME} 2023年政府信息公开工作年度报告`);
  });
});

describe('<disclosure-poster> leaves out what a report does not give', () => {
  it('says there is no data for an empty report, in place of a poster, and passes axe', async () => {
    const el = withReport(empty);
    await drawn(el, '[part=empty]');
    expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('本报告没有可以绘入一图读懂的数据。');
    expect(shadow(el).querySelector('svg')).toBeNull();
    expect(shadow(el).querySelector('[part=downloads]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('says in one line that a year had no requests, and draws no bars or applicants for it', async () => {
    for (const [lang, line] of [
      ['zh-CN', '2023年未收到政府信息公开申请。'],
      ['en', 'No information requests were received in 2023.'],
    ] as const) {
      const el = withReport(zero, { lang });
      await drawn(el, 'svg[part~=poster]');
      const [outcomes, applicants] = [HEADINGS[lang][1]!, HEADINGS[lang][2]!];
      const shapes = [...poster(el).children];
      const start = shapes.findIndex((s) => s.textContent === outcomes);
      const end = shapes.findIndex((s, i) => i > start && s.localName === 'rect' && HEADINGS[lang].includes(shapes[i + 1]?.textContent ?? ''));
      expect(start).toBeGreaterThan(0);
      const module = shapes.slice(start + 1, end === -1 ? undefined : end);
      expect(module.map((s) => `${s.localName} ${s.textContent}`)).toEqual([`text ${line}`]);
      expect(headings(el, lang)).not.toContain(applicants);
      expect(said(el)).toContain(line);
      await expectNoAxeViolations(el);
    }
  });

  it('draws only the headline figures a report of page views and one account’s followers gives', async () => {
    const el = withReport(partial);
    await drawn(el, 'svg[part~=poster]');
    expect(headings(el, 'zh-CN')).toEqual(['年度数字']);
    // 3,030,000 page views; 56,000 followers on the one account that gives them.
    expect(said(el)).toEqual(expect.arrayContaining(['· 网站访问量：303万次', '· 政务新媒体粉丝：5.6万']));
    expect(said(el).filter((p) => p.startsWith('· '))).toHaveLength(2);
  });

  it('leaves out who applied when the report gives only totals', async () => {
    const el = withReport(totalsOnly);
    await drawn(el, 'svg[part~=poster]');
    expect(headings(el, 'zh-CN')).toContain('申请办理结果');
    expect(headings(el, 'zh-CN')).not.toContain('申请人');
  });

  it('shows the notice of a report whose figures do not add up, and still draws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = withReport(checksFail);
    await drawn(el, '[part=notice]');
    await drawn(el, 'svg[part~=poster]');
    expect(shadow(el).querySelector('[part=notice]')?.textContent).toMatch(/数据核对提示/);
  });
});

describe('<disclosure-poster> errors', () => {
  it('shows that inline text is not JSON, fires dc-error and passes axe', async () => {
    const el = mount<Poster>('<disclosure-poster><script type="application/json">{ "schemaVersion": 1, </script></disclosure-poster>');
    const failed = next(el, 'dc-error');
    expect((await failed).detail.problems.length).toBeGreaterThan(0);
    await drawn(el, '[part=error]');
    const error = shadow(el).querySelector('[part=error][role=alert]')?.textContent ?? '';
    expect(error).toContain('无法显示图表');
    expect(error).toContain('不是有效的 JSON');
    expect(shadow(el).querySelector('svg[part~=poster]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('names every problem of an invalid report, and fires dc-error', async () => {
    const el = mount<Poster>('<disclosure-poster></disclosure-poster>');
    const failed = next(el, 'dc-error');
    el.report = structuredClone(invalidTypes);
    expect((await failed).detail.problems).toHaveLength(5);
    await drawn(el, '[part=error]');
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('year：应为2008至2100之间的年份');
    expect(shadow(el).querySelector('svg[part~=poster]')).toBeNull();
  });
});

describe('<disclosure-poster> for assistive technology', () => {
  it.each(['zh-CN', 'en'] as const)('passes axe drawn and with its table open (%s)', async (lang) => {
    const el = withReport(dongguan, { lang });
    await drawn(el, 'svg[part~=poster]');
    await expectNoAxeViolations(el);
    await openTable(el);
    expect(shadow(el).querySelectorAll('table').length).toBeGreaterThan(0);
    await expectNoAxeViolations(el);
  });

  it('gives the poster as one image with a name, its text hidden from sight but not from a screen reader', async () => {
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    expect(poster(el).getAttribute('role')).toBe('img');
    expect(poster(el).getAttribute('aria-label')).toBe('东莞市人力资源和社会保障局 2023年政府信息公开工作年度报告');
    const hidden = shadow(el).querySelector<HTMLElement>('[part=poster-text]')!;
    expect(hidden.getAttribute('aria-hidden')).toBeNull();
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(hidden).display).not.toBe('none');
    expect(getComputedStyle(hidden).visibility).toBe('visible');
  });

  it.each([
    ['Dongguan', 'zh-CN', dongguan],
    ['Dongguan', 'en', dongguan],
    ['the busy agency', 'zh-CN', busy],
    ['Huai’an', 'en', huaian],
  ] as const)('the text alternative of %s holds every word of the poster, in the poster’s order (%s)', async (_, lang, report) => {
    const el = withReport(report, { width: 320, lang });
    await drawn(el, 'svg[part~=poster]');
    // What a screen reader reads: the figure's title, then the poster's text.
    const paragraphs = [shadow(el).querySelector('[part=title]')?.textContent ?? '', ...said(el)];
    const all = words(el);
    expect(all.length).toBeGreaterThan(20);
    let at = 0;
    for (const word of all) {
      const found = paragraphs.findIndex((p, i) => i >= at && p.includes(word));
      expect(found, `"${word}" is not in the text alternative after "${paragraphs[at]}"`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('reaches the downloads by Tab, opens them and saves each export by Enter', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const saved: { name: string; blob: Blob }[] = [];
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs[Number(this.href.split(':').at(-1)) - 1]! });
    });
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    (document.activeElement as HTMLElement | null)?.blur();
    const summary = shadow(el).querySelector<HTMLElement>('[part=downloads] > summary')!;
    for (let i = 0; i < 10 && shadow(el).activeElement !== summary; i++) await userEvent.tab();
    expect(shadow(el).activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadow(el).querySelector<HTMLDetailsElement>('[part=downloads]')!.open).toBe(true));
    const press = async (label: string) => {
      await userEvent.tab();
      expect(shadow(el).activeElement?.textContent).toBe(label);
      await userEvent.keyboard('{Enter}');
    };
    await press('图片 750 像素宽（PNG）');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    await press('图片 1080 像素宽（PNG）');
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    await press('矢量图（SVG）');
    await press('数据（CSV）');
    await vi.waitFor(() => expect(saved).toHaveLength(4));
    expect(saved.map((s) => s.name)).toEqual([
      '东莞市人力资源和社会保障局-2023-poster-750.png',
      '东莞市人力资源和社会保障局-2023-poster-1080.png',
      '东莞市人力资源和社会保障局-2023-poster.svg',
      '东莞市人力资源和社会保障局-2023-poster.csv',
    ]);
    expect((await pixels(saved[0]!.blob)).width).toBe(750);
    expect((await pixels(saved[1]!.blob)).width).toBe(1080);
    expect(saved[2]!.blob.type).toBe('image/svg+xml');
    expect(await saved[3]!.blob.text()).toContain('行政许可,"1,582"');
    await press('打印（A4）');
    expect(window.print).toHaveBeenCalledTimes(1);
  });
});

describe('<disclosure-poster> exports', () => {
  it.each([750, 1080] as const)('toPNG(%i) gives a PNG exactly that wide, as tall as the poster at that width', async (width) => {
    const el = withReport(dongguan, { width: 320 });
    await drawn(el, 'svg[part~=poster]');
    const bitmap = await pixels(await el.toPNG(width));
    expect(bitmap.width).toBe(width);
    // Drawn at twice the density: the height of the poster laid out at half the width, doubled.
    const at = await posterOf(dongguan, width / 2, 'zh-CN');
    expect(bitmap.height).toBe(2 * poster(at).height.baseVal.value);
  });

  it.each([
    ['Dongguan', dongguan],
    ['Huai’an', huaian],
    ['the busy agency', busy],
    ['a 30-character agency name', longName],
  ] as const)('every text of the PNGs of %s ends inside the image (750 and 1080 px, zh-CN and en)', async (_, report) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const el = withReport(report, { lang });
      await drawn(el, 'svg[part~=poster]');
      for (const width of [750, 1080] as const) {
        const { png, drawnTexts } = await pngTexts(el, width);
        expect((await pixels(png)).width).toBe(width);
        expect(drawnTexts.length).toBeGreaterThan(20);
        for (const t of drawnTexts) {
          expect(t.canvas).toBe(width);
          expect(t.right, `${t.text} at ${width} px (${lang})`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('toSVG() gives a standalone SVG: colours resolved, no classes, every word of the poster', async () => {
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(poster(el).getAttribute('width'));
    expect(root.querySelector('[class]')).toBeNull();
    expect(root.querySelector('rect[y="0"]:not([height="' + root.getAttribute('height') + '"])')?.getAttribute('fill')).toBe(rgb(LIGHT.accent!));
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual(words(el));
  });

  it('toCSV() gives every table of the report, counts exact', async () => {
    const el = withReport(huaian);
    await drawn(el, 'svg[part~=poster]');
    const csv = el.toCSV();
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('行政许可,"447,228"');
    expect(csv).toContain('行政处罚,"3,985,758"');
    expect(csv).toMatch(/^一、本年新收政府信息公开申请数量,.*,"3,119"\r$/m);
  });
});

describe('<disclosure-poster> colours, modes and languages', () => {
  it('paints the title band, the big figures and the bars in --dc-accent set on the host, on screen and in the PNG', async () => {
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    expect(fill(band(el))).toBe(rgb(LIGHT.accent!));
    el.style.setProperty('--dc-accent', '#00579d');
    expect(fill(band(el))).toBe('rgb(0, 87, 157)');
    expect(band(el).width.baseVal.value).toBe(poster(el).width.baseVal.value);
    const figure = texts(el).find((t) => t.textContent === '1,582件')!;
    expect(fill(figure)).toBe('rgb(0, 87, 157)');
    // The title's words stay legible on the agency's colour.
    for (const t of texts(el).filter((t) => inside(textBox(t), rectBox(band(el))))) expect(contrast(fill(t), fill(band(el)))).toBeGreaterThanOrEqual(4.5);
    expect(pixel(await pixels(await el.toPNG(750)), 4, 4)).toBe('rgb(0, 87, 157)');
  });

  it('has a dark theme: dark background, light text, the dark accent, and --dc-accent still wins', async () => {
    const el = withReport(dongguan, { attrs: 'theme="dark"' });
    await drawn(el, 'svg[part~=poster]');
    expect(fill(poster(el).querySelector('rect.p-background')!)).toBe(rgb(DARK.background!));
    const heading = texts(el).find((t) => t.textContent === '年度数字')!;
    expect(fill(heading)).toBe(rgb(DARK.text!));
    expect(fill(band(el))).toBe(rgb(DARK.accent!));
    const onBand = texts(el).filter((t) => inside(textBox(t), rectBox(band(el))));
    expect(onBand.length).toBeGreaterThanOrEqual(3);
    for (const t of onBand) expect(contrast(fill(t), fill(band(el))), t.textContent ?? '').toBeGreaterThanOrEqual(4.5);
    // The PNG is dark too: the page's colours travel with the export.
    const bitmap = await pixels(await el.toPNG(750));
    expect(pixel(bitmap, 4, bitmap.height - 4)).toBe(rgb(DARK.background!));
    el.style.setProperty('--dc-accent', '#7fb8ff');
    expect(fill(band(el))).toBe('rgb(127, 184, 255)');
    await expectNoAxeViolations(el);
  });

  it('in large mode every control is at least 44 px tall, and the poster still fits', async () => {
    const el = withReport(dongguan, { attrs: 'large', width: 320 });
    await drawn(el, 'svg[part~=poster]');
    const downloads = shadow(el).querySelector<HTMLDetailsElement>('[part=downloads]')!;
    downloads.open = true;
    await el.updateComplete;
    const targets = [...shadow(el).querySelectorAll('summary, button')];
    expect(targets.length).toBeGreaterThanOrEqual(7);
    for (const target of targets) expect(target.getBoundingClientRect().height, target.textContent ?? '').toBeGreaterThanOrEqual(44);
    expectFits(el);
    // The poster's own text grows too: its body is the large mode's 18 px or more, not 13 px.
    const sizes = [...poster(el).querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    expect(sizes.filter((s) => s >= 18).length).toBeGreaterThan(sizes.length / 2);
  });

  it('switches to English when an ancestor’s lang changes: title, poster, its name and text', async () => {
    const el = withReport(dongguan);
    await drawn(el, 'svg[part~=poster]');
    expect(headings(el, 'zh-CN')).toEqual(HEADINGS['zh-CN']);
    el.parentElement!.lang = 'en';
    await vi.waitFor(() => expect(shadow(el).querySelector('[part=title]')?.textContent).toBe('The year at a glance'));
    await el.updateComplete;
    expect(headings(el, 'en')).toEqual(HEADINGS.en);
    expect(poster(el).getAttribute('aria-label')).toBe('东莞市人力资源和社会保障局 Government information disclosure report, 2023');
    expect(said(el)[0]).toBe('What the poster says');
    expect(said(el)).toContain('· Licensing: 1,582');
    expect(shadow(el).querySelector('[part=poster-text]')?.getAttribute('lang')).toBe('en');
    expect(text(el)).not.toMatch(/申请办理结果|年度数字/);
    await expectNoAxeViolations(el);
  });
});
