/// <reference types="vite/client" />
import axe from 'axe-core';
import { afterEach, expect, vi } from 'vitest';

/** The WCAG rule sets every element must pass (issue 4 widens these to wcag22aa). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Vitest's page says lang="en"; the widgets' default audience reads Chinese.
document.documentElement.lang = 'zh-CN';

let host: HTMLElement | undefined;

/** Puts `markup` into a fresh container of the given width and returns its first element. */
export function mount<T extends HTMLElement>(markup: string, width = 800, lang?: string): T {
  host?.remove();
  host = document.createElement('div');
  host.style.width = `${width}px`;
  if (lang) host.lang = lang;
  // Test markup is ours; never report data.
  host.innerHTML = markup;
  document.body.append(host);
  return host.firstElementChild as T;
}

/** The element's shadow root, typed. */
export const shadow = (el: Element) => el.shadowRoot!;

/** Text of the element's shadow root with whitespace folded. */
export const text = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the chart, or a statement, error or notice, has been drawn. */
export async function drawn(el: HTMLElement & { updateComplete: Promise<boolean> }, selector = 'svg') {
  await vi.waitFor(() => expect(shadow(el).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
  await el.updateComplete;
}

/** Runs axe on the element and fails with the violations listed. */
export async function expectNoAxeViolations(el: Element) {
  const results = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS } });
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}

/** Fails the test if anything reached window.onerror: it would reach the host page too. */
export function failOnPageErrors() {
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(event.message));
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
}

/** Asserts no text, figure or mark of the element sticks out past its right edge. */
export function expectNoOverflow(el: Element) {
  const right = el.getBoundingClientRect().right + 0.5;
  for (const node of shadow(el).querySelectorAll('svg text, svg rect, svg circle, .figure, button, .legend li, h3, p')) {
    expect(node.getBoundingClientRect().right, node.textContent ?? node.tagName).toBeLessThanOrEqual(right);
  }
}

/** Opens the element's data table, as a reader would (the tables are built when opened). */
export async function openTable(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  const details = shadow(el).querySelector('details');
  if (details && !details.open) {
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  }
  await el.updateComplete;
}

/** The rows of the element's data tables, opened, as arrays of cell text. */
export async function tableRows(el: HTMLElement & { updateComplete: Promise<boolean> }, table = 0) {
  await openTable(el);
  return [...(shadow(el).querySelectorAll('table')[table]?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map((c) => (c.textContent ?? '').trim()),
  );
}
