/**
 * The build's guard: src/ must never turn strings into markup or code. Lit escapes every text
 * binding; these are the ways around it. Comments are removed before the search, so a comment
 * may name what it avoids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BANNED: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ["d3's .html()", /\.html\s*\(/],
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
];

const root = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The code without comments (string contents are kept: a banned call in a string is still suspect). */
const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('the source guard', () => {
  const sources = files(root).map((path) => [path.slice(root.length), stripComments(readFileSync(path, 'utf8'))] as const);

  it('reads every source file', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(BANNED)('no file in src/ uses %s', (_name, pattern) => {
    const offenders = sources.filter(([, code]) => pattern.test(code)).map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('catches each banned form when it is there', () => {
    const samples = [
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'sel.html(x)',
      'html`${unsafeHTML(x)}`',
      'svg`${unsafeSVG(x)}`',
      'eval(x)',
      'new Function("return 1")',
      "setTimeout('alert(1)', 0)",
      'range.createContextualFragment(x)',
      'iframe.srcdoc = x',
    ];
    BANNED.forEach(([name, pattern], i) => expect(pattern.test(samples[i]!), name).toBe(true));
    // And a comment that names one is not a use.
    expect(BANNED.some(([, p]) => p.test(stripComments('// never innerHTML here\n/* eval( */')))).toBe(false);
  });
});
