/**
 * Charts from the report page itself: each CMS page of the corpus with the README's template
 * line added (the page bundle and `<disclosure-report from>`) draws what the same page's JSON
 * draws and fires the same `dc-load` report; a section that cannot be read in full is left
 * out; a page that is not a report is left as it was; the page's own content is never touched;
 * strict CSP with Trusted Types still holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportHtml } from '../../src/parse/parse.js';
import type { Truth } from '../corpus/form.js';
import type { Layout } from '../corpus/layout.js';
import { STRICT_CSP, start, watch, type Session } from './browser.js';

const layouts = await Promise.all(
  readdirSync(new URL('../corpus/layouts/', import.meta.url))
    .filter((f) => f.startsWith('html-') && f.endsWith('.ts'))
    .sort()
    .map(async (f) => ((await import(new URL(`../corpus/layouts/${f}`, import.meta.url).href)) as { layout: Layout }).layout),
);
const truth = (id: string) => (JSON.parse(readFileSync(new URL(`../corpus/truths/${id}.json`, import.meta.url), 'utf8')) as { report: Truth }).report;
const TRUTHS = ['huaian-city-2024', 'pingtan-zone-2019', 'hongze-district-2023', 'pingtan-zone-2022'];

/** The report the command line gives for a page, less the table sections it could not read in full: what `from` may draw. */
function expected(html: string) {
  const { report, issues } = parseReportHtml(html);
  for (const key of ['proactive', 'applications', 'reviewLitigation'])
    if (issues.some((i) => i.path === key || i.path.startsWith(`${key}.`))) delete (report as Record<string, unknown>)[key];
  return report;
}

const TEMPLATE = (attrs: string) => `<script src="/dist/disclosure-charts.page.min.js"></script>\n<disclosure-report ${attrs}></disclosure-report>`;
/** A page with the template line added before </body> (or given markup in its place). */
const withLine = (html: string, line: string) => html.replace(/<\/body>/i, `${line}\n</body>`);

const pages = new Map<string, string>();
let session: Session;
beforeAll(async () => {
  session = await start({
    headers: (path): Record<string, string> => (path.startsWith('/csp/') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    route(url, _request, response) {
      const body = pages.get(url.pathname);
      if (body === undefined) return false;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(url.pathname.startsWith('/csp/') ? { 'Content-Security-Policy': STRICT_CSP } : {}) });
      response.end(body);
      return true;
    },
  });
});
afterAll(() => session.close());

/** Opens a page and waits for the first dc-load or dc-error of the element, or for it to stay hidden. */
async function open(path: string, html: string, selector = 'disclosure-report') {
  pages.set(path, html);
  const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
  const messages = watch(page);
  await page.addInitScript((sel) => {
    const w = window as unknown as { heard: { type: string; detail: unknown }[]; violations: string[] };
    w.heard = [];
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.effectiveDirective} ${e.sourceFile}`));
    for (const type of ['dc-load', 'dc-error'])
      document.addEventListener(type, (e) => {
        if ((e.target as Element).matches(sel)) w.heard.push({ type, detail: (e as CustomEvent).detail });
      });
  }, selector);
  // The pages name their sites' images and scripts; with no network those would hold the load event.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${session.url}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => customElements.get('disclosure-report') !== undefined);
  // The corpus pages name images and styles of their sites, which are not here: those failed loads are theirs.
  return { page, messages: { filter: () => messages.filter((m) => !m.includes('Failed to load resource')) } };
}
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: { type: string; detail: { report?: unknown } }[] }).heard);

/** What the element draws, as its data tables' CSV and its marks' count, once every widget has drawn. */
async function drawn(page: Page, selector = 'disclosure-report') {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel) as (Element & { updateComplete: Promise<boolean> }) | null;
    const widgets = [...(el?.shadowRoot?.querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation') ?? [])];
    return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('[part~=mark], [part~=empty]'));
  }, selector, { polling: 100 });
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as Element & { toCSV(): string };
    const marks = [...el.shadowRoot!.querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation')].map(
      (w) => w.shadowRoot!.querySelectorAll('[part~=mark]').length,
    );
    const sections = [...el.shadowRoot!.querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
    return { csv: el.toCSV(), marks, sections };
  }, selector);
}

describe('<disclosure-report from> on a CMS report page', () => {
  layouts.forEach((layout, i) => {
    const id = TRUTHS.filter((t) => layout.formats.includes(truth(t).format))[i % 2] ?? TRUTHS[0]!;
    it(`${layout.id} × ${id}: draws what the page's JSON draws, and fires the same report`, async () => {
      const html = layout.render(truth(id)).source;
      const json = expected(html);
      const fromPage = await open(`/from/${layout.id}.html`, withLine(html, TEMPLATE('from=""')));
      const fromDrawn = await drawn(fromPage.page);
      const events = await heard(fromPage.page);
      expect(events.map((e) => e.type)).toEqual(['dc-load']);
      expect(events[0]!.detail.report).toEqual(json);
      const inline = `<script src="/dist/disclosure-charts.page.min.js"></script><disclosure-report><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></disclosure-report>`;
      const jsonPage = await open(`/json/${layout.id}.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head><body>${inline}</body></html>`);
      const jsonDrawn = await drawn(jsonPage.page);
      expect(fromDrawn.csv).toBe(jsonDrawn.csv);
      expect(fromDrawn.marks).toEqual(jsonDrawn.marks);
      expect(fromDrawn.marks.some((n) => n > 0)).toBe(true);
      expect([...fromPage.messages.filter(), ...jsonPage.messages.filter()]).toEqual([]);
      await fromPage.page.close();
      await jsonPage.page.close();
    });
  });
});

describe('the README\'s example pages (examples/from/)', () => {
  const bundled = JSON.parse(readFileSync(new URL('../../data/dongguan-hrss-2023.json', import.meta.url), 'utf8')) as Truth;
  for (const name of readdirSync(new URL('../../examples/from/', import.meta.url)).filter((f) => f.endsWith('.html')).sort())
    it(`${name}: the whole report's charts, with the bundled report's figures`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
      const messages = watch(page);
      await page.addInitScript(() => document.addEventListener('dc-load', (e) => ((window as unknown as { loaded: unknown }).loaded = (e as CustomEvent).detail.report)));
      await page.goto(`${session.url}/examples/from/${name}`);
      const { sections } = await drawn(page);
      // The charts of every section that has one; the report's words are on the page already.
      expect(sections).toEqual(['overview', 'proactive', 'applications', 'reviewLitigation']);
      expect(await page.evaluate(() => document.querySelector('disclosure-report')!.shadowRoot!.querySelectorAll('[part~=prose]').length)).toBe(0);
      const report = (await page.evaluate(() => (window as unknown as { loaded: Truth }).loaded))!;
      expect({ proactive: report.proactive, applications: report.applications, reviewLitigation: report.reviewLitigation, agency: report.agency.name, year: report.year }).toEqual({
        proactive: bundled.proactive,
        applications: bundled.applications,
        reviewLitigation: bundled.reviewLitigation,
        agency: bundled.agency.name,
        year: bundled.year,
      });
      expect(messages).toEqual([]);
      await page.close();
    });
});

describe('from, what it leaves out and what it leaves alone', () => {
  it('leaves out a section it could not read in full, and draws no figure of it (html-numeral-cell: a cell in Chinese numerals)', async () => {
    const { layout } = (await import('../corpus/layouts/html-numeral-cell.js')) as { layout: Layout };
    const html = layout.render(truth('huaian-city-2024')).source;
    const { issues } = parseReportHtml(html);
    const broken = [...new Set(issues.map((i) => i.path.split('.')[0]!))];
    expect(broken.length).toBeGreaterThan(0);
    const { page, messages } = await open('/from/half.html', withLine(html, TEMPLATE('from=""')));
    const { sections } = await drawn(page);
    for (const key of broken) expect(sections).not.toContain(key);
    // The reader never sees a parser message: no "could not be read" note, no issue list.
    const text = await page.evaluate(() => document.querySelector('disclosure-report')!.shadowRoot!.textContent ?? '');
    expect(text).not.toMatch(/未能|could not be read/);
    expect(messages.filter()).toEqual([]);
    await page.close();
  });

  it('shows the webmaster what was not read with verbose', async () => {
    const { layout } = (await import('../corpus/layouts/html-numeral-cell.js')) as { layout: Layout };
    const html = layout.render(truth('huaian-city-2024')).source;
    const { page } = await open('/from/verbose.html', withLine(html, TEMPLATE('from="" verbose')));
    await drawn(page);
    const note = page.locator('disclosure-report details.notice');
    await expect(note.locator('summary').textContent()).resolves.toMatch(/^未能从页面读取（\d+ 处）$/);
    await expect(note.locator('li').first().textContent()).resolves.toMatch(/^applications\./);
    await page.close();
  });

  it('on a page that is not a report (a notice with a table of its own) shows nothing, takes no room, fires nothing', async () => {
    const notice = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展安全检查的通知</title></head><body>
      <div id="zoom"><h1>关于开展安全检查的通知</h1><p>各单位：</p><table border="1"><tr><td>单位</td><td>时间</td></tr><tr><td>一组</td><td>3月</td></tr></table></div>
      ${TEMPLATE('from="#zoom"')}<p id="after">后面的内容</p></body></html>`;
    const { page, messages } = await open('/from/notice.html', notice);
    await page.waitForFunction(() => document.querySelector('disclosure-report')?.hasAttribute('hidden'));
    const box = await page.evaluate(() => {
      const el = document.querySelector('disclosure-report') as HTMLElement;
      return { height: el.getBoundingClientRect().height, width: el.getBoundingClientRect().width };
    });
    expect(box).toEqual({ height: 0, width: 0 });
    expect(await heard(page)).toEqual([]);
    expect(messages.filter()).toEqual([]);
    await page.close();
  });

  it('never changes the page it reads', async () => {
    const { layout } = (await import('../corpus/layouts/html-trs-editor.js')) as { layout: Layout };
    const html = layout.render(truth('pingtan-zone-2022')).source;
    pages.set('/from/before.html', html);
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/from/before.html`);
    const before = await page.evaluate(() => document.querySelector('.TRS_Editor')!.outerHTML);
    await page.close();
    const opened = await open('/from/trs.html', withLine(html, TEMPLATE('from=".TRS_Editor"')));
    await drawn(opened.page);
    expect(await opened.page.evaluate(() => document.querySelector('.TRS_Editor')!.outerHTML)).toBe(before);
    await opened.page.close();
  });

  it('is turned off for one page by data-disclosure-charts="off" inside the article', async () => {
    const { layout } = (await import('../corpus/layouts/html-trs-editor.js')) as { layout: Layout };
    const html = layout.render(truth('pingtan-zone-2022')).source.replace(/(<div class="TRS_Editor"[^>]*>)/, '$1<span data-disclosure-charts="off" hidden></span>');
    expect(html).toContain('data-disclosure-charts="off"');
    const { page } = await open('/from/off.html', withLine(html, TEMPLATE('from=".TRS_Editor"')));
    await page.waitForFunction(() => document.querySelector('disclosure-report')?.hasAttribute('hidden'));
    expect(await heard(page)).toEqual([]);
    await page.close();
  });

  it('draws a section widget from the page too: <disclosure-outcomes from>', async () => {
    const { layout } = (await import('../corpus/layouts/html-trs-editor.js')) as { layout: Layout };
    const report = truth('pingtan-zone-2022');
    const html = layout.render(report).source;
    const { page } = await open('/from/outcomes.html', withLine(html, '<script src="/dist/disclosure-charts.page.min.js"></script><disclosure-outcomes from=".TRS_Editor"></disclosure-outcomes>'), 'disclosure-outcomes');
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    const [event] = await heard(page);
    expect((event!.detail.report as Truth).applications).toEqual(report.applications);
    await page.close();
  });

  it('draws inline JSON too when the bundle\'s script stands above the element (the element is met before its JSON)', async () => {
    const report = expected(layouts[0]!.render(truth('huaian-city-2024')).source);
    const body = `<script src="/dist/disclosure-charts.page.min.js"></script><disclosure-report><script type="application/json">${JSON.stringify(report).replace(/</g, '\\u003c')}</script></disclosure-report>`;
    const { page } = await open('/json/above.html', `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`);
    expect((await drawn(page)).marks.some((n) => n > 0)).toBe(true);
    expect((await heard(page)).map((e) => e.type)).toEqual(['dc-load']);
    await page.close();
  });

  it('reads the page under a strict CSP with Trusted Types', async () => {
    const { layout } = (await import('../corpus/layouts/html-trs-editor.js')) as { layout: Layout };
    const html = layout.render(truth('pingtan-zone-2022')).source;
    const { page } = await open('/csp/from.html', withLine(html, TEMPLATE('from=".TRS_Editor"')));
    expect((await page.request.get(`${session.url}/csp/from.html`)).headers()['content-security-policy']).toBe(STRICT_CSP);
    await drawn(page);
    expect(await heard(page)).toHaveLength(1);
    // The CMS page's own inline styles break the policy; nothing of ours may, and no Trusted Types sink is hit.
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations.filter((v) => v.includes('/dist/') || v.includes('trusted-types'))).toEqual([]);
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
