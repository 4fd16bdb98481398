/**
 * The same report in the layouts people copy it in, made from the text extracted from the
 * published document (data/sources/dongguan-hrss-2023.txt): HTML tables with spans and
 * &nbsp;, pipe tables, a cell per line, noisy spacing with full-width digits, and the 2019
 * format. Each is a plain transformation, so a reader can see what is being claimed.
 */
import { readFileSync } from 'node:fs';

export const SEED = readFileSync(new URL('../data/sources/dongguan-hrss-2023.txt', import.meta.url), 'utf8');

const isTableLine = (line: string) => line.includes('\t');

/** Every table line's cells, and every other line as is. */
const mapLines = (text: string, table: (cells: string[]) => string, other: (line: string) => string = (l) => l) =>
  text
    .split('\n')
    .map((line) => (isTableLine(line) ? table(line.split('\t')) : other(line)))
    .join('\n');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** As a government site publishes it: headings, paragraphs, <table> with spans and &nbsp;. */
export function asHtml(text = SEED): string {
  let inTable = false;
  const out: string[] = ['<!doctype html><html><head><meta charset="utf-8"><style>td{border:1px solid}</style><script>var x = "三、不是表格 1 2 3";</script></head><body><div class="article">'];
  for (const line of text.split('\n')) {
    if (isTableLine(line)) {
      if (!inTable) out.push('<table border="1" cellspacing="0">');
      inTable = true;
      const cells = line.split('\t');
      const tds = cells.map((c, i) => {
        const span = c.startsWith('三、本年度办理结果') ? ' rowspan="22"' : i === 0 && c === '' ? ' colspan="1"' : '';
        return `<td${span}>${c.trim() ? `<p><span style="font-family:宋体">${escape(c)}</span></p>` : '&nbsp;'}</td>`;
      });
      out.push(`<tr>${tds.join('')}</tr>`);
    } else {
      if (inTable) out.push('</table>');
      inTable = false;
      const heading = /^#+\s*/.exec(line);
      if (heading) out.push(`<h3>${escape(line.slice(heading[0].length))}</h3>`);
      else if (line.trim()) out.push(`<p style="text-indent:2em">${escape(line)}</p>`);
    }
  }
  if (inTable) out.push('</table>');
  out.push('</div></body></html>');
  return out.join('\n');
}

/** As a Markdown pipe table. */
export const asPipeTable = (text = SEED) => mapLines(text, (cells) => `| ${cells.map((c) => c.trim()).join(' | ')} |`);

/** A cell per line, as some PDF extractors give it. */
export const asCellPerLine = (text = SEED) => mapLines(text, (cells) => cells.filter((c) => c.trim()).join('\n'));

/** Spaces instead of tabs, in runs of any length, full-width digits, and blank lines between rows. */
export const asNoisy = (text = SEED) =>
  mapLines(
    text,
    (cells) =>
      cells
        .map((c) => c.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\./g, '．'))
        .join(' '.repeat(3))
        .replace(/ {3}/g, (_, i: number) => ' '.repeat(2 + (i % 5))) + '\n',
    (line) => line.replace(/，/g, ' ， '),
  );

/**
 * The 2019 layout: section 二 with the 2019 columns (本年新制作 / 本年新公开 / 对外公开总数,
 * 上一年项目数 / 本年增减 / 处理决定数), and one 其他处理 row in section 三.
 */
export function as2019(text = SEED): string {
  const two = `第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t4\t4\t57
第二十条第（五）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t35\t-2\t1582
其他对外管理服务事项\t0\t0\t0
第二十条第（六）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t12\t0\t278
行政强制\t5\t0\t63
第二十条第（八）项
信息内容\t上一年项目数量\t本年增/减
行政事业性收费\t3\t0
第二十条第（九）项
信息内容\t采购项目数量\t采购总金额
政府集中采购\t2\t35.6
`;
  const start = text.indexOf('第二十条第（一）项');
  const end = text.indexOf('### 三、收到和处理政府信息公开申请情况');
  let out = text.slice(0, start) + two + '\n' + text.slice(end);
  // One 其他处理 row (4 + 0 + 1 = 5, all from natural persons) in place of the three.
  const rows = out.split('\n');
  const first = rows.findIndex((r) => r.includes('(六) 其他处理'));
  rows.splice(first, 3, '\t(六) 其他处理\t5\t0\t0\t0\t0\t0\t5');
  out = rows.join('\n');
  return out;
}
