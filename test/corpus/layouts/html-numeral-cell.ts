/**
 * A CMS page where one cell of the application table was typed in Chinese numerals, digit by
 * digit (七一 for 71): the cell is no figure, so the parser must name it (its cell path, as
 * positions are known) and read everything else.
 */
import type { Layout } from '../layout.js';
import { COLUMNS, applicationCell, cell, type Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, presentRows, proactiveGrid, reviewGrid, titles, totalOnly, type FigureText } from './html-kit/kit.js';

const NUMERALS = '〇一二三四五六七八九';
const numerals = (n: number) => String(n).replace(/[0-9]/g, (d) => NUMERALS[Number(d)]!);

/** The first non-zero cell of the table (the received row's first, as a rule), or its first cell. */
function typedCell(truth: Truth): { path: string; column: string } | undefined {
  const cells = presentRows(truth).flatMap((r) => COLUMNS.map(([c]) => ({ path: r.path, column: c, value: applicationCell(truth, r.path, c) })));
  const present = cells.filter((c) => c.value !== undefined);
  return present.find((c) => c.value! > 0) ?? present[0];
}

export const layout: Layout = {
  id: 'html-numeral-cell',
  description: 'A CMS page with one application-table cell typed in Chinese numerals (七一): that cell is named unreadable, the rest read.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const typed = typedCell(truth);
    const figure: FigureText = (n, { path, column }) => (n !== undefined && path === typed?.path && column === typed.column ? numerals(n) : cell(n));
    const attrs = 'border="1" cellspacing="0" cellpadding="0"';
    const proactive = proactiveGrid(truth);
    const title = titles.agencyFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<h1>${escapeHtml(title)}</h1>`,
      heading: (text) => `<h3>${escapeHtml(text)}</h3>`,
      paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth, { figure }), { attrs }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    // A total-only row is a plain integer: the row itself is what cannot be read.
    const unreadable = typed ? [totalOnly(truth) ? `applications.${typed.path}` : `applications.${typed.path}.${typed.column}`] : [];
    return { source, unreadable };
  },
};
