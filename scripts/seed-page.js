// The seed report (data/sources/dongguan-hrss-2023.txt) as the HTML of a CMS article: tables
// with <p><span> cells as Word pastes them, paragraphs indented. The benches build their pages
// from it, so every bench parses a report whose figures are known.
import { readFileSync } from 'node:fs';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The report's body: its paragraphs, and its tables (tab-separated lines in the source). */
export function seedBody() {
  const text = readFileSync(new URL('../data/sources/dongguan-hrss-2023.txt', import.meta.url), 'utf8');
  let body = '';
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      if (!inTable) body += '<table border="1">';
      inTable = true;
      body += `<tr>${line.split('\t').map((c) => `<td><p class="MsoNormal"><span style="font-size:12pt">${escape(c) || '&nbsp;'}</span></p></td>`).join('')}</tr>\n`;
    } else {
      if (inTable) body += '</table>\n';
      inTable = false;
      if (line.trim()) body += `<p style="text-indent:2em"><span>${escape(line.replace(/^#+\s*/, ''))}</span></p>\n`;
    }
  }
  if (inTable) body += '</table>';
  return body;
}

/** The seed's figures a bench checks its parse against. */
export const SEED = { agency: '东莞市人力资源和社会保障局', received: 73 };
