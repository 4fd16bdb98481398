/**
 * A CMS page whose application table leaves the five 法人或其他组织 columns blank (`&nbsp;`)
 * wherever they are zero, as agencies that hear only from individuals print it; a non-zero
 * organisation figure is printed.
 */
import type { Layout } from '../layout.js';
import { cell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles, type FigureText } from './html-kit/kit.js';

const ORGANISATIONS = new Set(['commercial', 'research', 'publicInterest', 'legalService', 'other']);

const blankOrganisations: FigureText = (n, { column }) => (n === 0 && ORGANISATIONS.has(column) ? '' : cell(n));

export const layout: Layout = {
  id: 'html-blank-org-columns',
  description: 'A CMS page whose application table leaves the five organisation columns blank (&nbsp;) where they are zero.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'class="table" border="1" cellspacing="0" cellpadding="0" align="center"';
    const blank = () => '&nbsp;';
    const proactive = proactiveGrid(truth);
    const title = titles.noWork(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h3>${escapeHtml(text)}</h3>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs, blank }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure: blankOrganisations }), { attrs, blank }),
      review: () => plainTable(reviewGrid(truth), { attrs, blank }),
    });
    return { source };
  },
};
