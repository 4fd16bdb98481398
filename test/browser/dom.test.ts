/**
 * domDocument(element): the live page read through the DOM is the same document as the one
 * the command line reads from the page's HTML (htmlDocument), for every CMS layout of the
 * corpus, so `from` draws what `disclosure-charts parse page.html` gives.
 */
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../src/parse/document.js';
import { domDocument } from '../../src/parse/dom.js';
import type { Truth } from '../corpus/form.js';
import type { Layout } from '../corpus/layout.js';

const layouts = Object.values(import.meta.glob<{ layout: Layout }>('../corpus/layouts/html-*.ts', { eager: true })).map((m) => m.layout);
const truths = Object.entries(import.meta.glob<{ report: Truth }>('../corpus/truths/*.json', { eager: true, import: 'default' })).map(([path, t]) => ({
  id: path.replace(/^.*\/|\.json$/g, ''),
  report: t.report,
}));

describe('domDocument(element)', () => {
  it('has every CMS layout and every truth to read', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(17);
    expect(truths.length).toBeGreaterThanOrEqual(12);
  });

  for (const layout of layouts)
    it(`reads ${layout.id} as htmlDocument reads its HTML, for every truth`, () => {
      const fits = truths.filter((t) => layout.formats.includes(t.report.format));
      expect(fits.length).toBeGreaterThan(0);
      for (const truth of fits) {
        const html = layout.render(truth.report).source;
        const page = new DOMParser().parseFromString(html, 'text/html');
        expect(domDocument(page.body), truth.id).toEqual(htmlDocument(html));
      }
    });

  it('leaves out what `skip` names, hidden elements, scripts and styles', () => {
    const page = new DOMParser().parseFromString(
      '<p>一、总体情况</p><div hidden>不读</div><script>var x = "不读";</script><style>p{}</style><my-widget><p>不读</p></my-widget><table><tr><td>规章</td><td>0</td></tr></table>',
      'text/html',
    );
    expect(domDocument(page.body, (el) => el.localName === 'my-widget').blocks).toEqual([
      { kind: 'line', text: '一、总体情况' },
      { kind: 'table', rows: [[{ text: '规章' }, { text: '0' }]] },
    ]);
  });

  it('expands row and column spans as the national form merges its cells', () => {
    const page = new DOMParser().parseFromString('<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">(一)予以公开</td></tr><tr><td>(二)</td><td>4</td></tr></table>', 'text/html');
    expect(domDocument(page.body).blocks).toEqual([
      {
        kind: 'table',
        rows: [
          [{ text: '三、本年度办理结果' }, { text: '(一)予以公开' }, { text: '(一)予以公开', copy: 'col' }],
          [{ text: '三、本年度办理结果', copy: 'row' }, { text: '(二)' }, { text: '4' }],
        ],
      },
    ]);
  });
});
