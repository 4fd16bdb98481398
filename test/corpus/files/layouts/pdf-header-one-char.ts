/**
 * A PDF whose application and review tables give the label columns nearly all the width, so
 * the figure columns are only as wide as their widest figure and the header words above them
 * (自然人, 法律服务机构, 结果维持 …) print one or two characters per line. Ruled, merged
 * label cells, a two-row applicant header, zeros printed.
 */
import { APPLICANT_HEADER, type Truth } from '../../form.js';
import { applicationGrid, reviewGrid, titles } from '../../layouts/html-kit/kit.js';
import type { PdfLayout } from '../file-layout.js';
import { agencyOverTitle, heading, paragraph, plainPrint, printPage, printTable, proactiveTable, WORD_CSS } from '../print-kit.js';

/** Auto layout: a column given 1px is as narrow as its widest word; header words break between any two characters. */
const CSS = `${WORD_CSS}
table.squeezed { table-layout: auto; }
table.squeezed th { word-break: break-all; padding: 2pt 1pt; }
table.squeezed td { padding: 2pt 2pt; }
table.compact { table-layout: auto; width: auto; margin-left: auto; margin-right: auto; }
table.compact th { word-break: break-all; padding: 2pt 1pt; }
`;

export const layout: PdfLayout = {
  id: 'pdf-header-one-char',
  description: 'A PDF whose figure columns are as narrow as their figures, so the applicant and review headers print one or two characters per line; ruled, merged labels, a two-row header, zeros printed.',
  kind: 'pdf',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const html = printPage(truth, {
      title,
      css: CSS,
      head: agencyOverTitle(truth, title),
      heading,
      paragraph,
      proactive: proactiveTable(truth),
      applications: () =>
        printTable(applicationGrid(truth, { headerRows: 2, corner: APPLICANT_HEADER.corner }), {
          cols: ['12%', '14%', '40%', ...Array(7).fill('1px')],
          attrs: 'class="squeezed"',
          thead: true,
        }),
      review: () => printTable(reviewGrid(truth), { attrs: 'class="compact"' }),
    });
    return { html, print: plainPrint() };
  },
};
