/**
 * A CMS page with no section headings at all: the prose runs on and the three tables follow
 * one another, so each table can only be known by its rows.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { SECTION_KEYS, applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles } from './html-kit/kit.js';

export const layout: Layout = {
  id: 'html-no-headings',
  description: 'A CMS page with no section headings: paragraphs and the three tables one after another, found by their rows.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0"';
    const proactive = proactiveGrid(truth);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: () => '',
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      headings: Object.fromEntries(SECTION_KEYS.map((k) => [k, null])),
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth), { attrs }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    return { source };
  },
};
