/** The builder page, driven as a webmaster would: paste or choose the report, check, edit, copy. */
import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADINGS, title, type Truth } from '../corpus/form.js';
import { applicationGrid, introProse, type Grid } from '../corpus/layouts/html-kit/kit.js';
import { layout as trsEditor } from '../corpus/layouts/html-trs-editor.js';
import { SEED } from '../parse-variants.js';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

describe('the builder page', () => {
  it('is clean on first load: nothing judged, nothing to copy, the form in the national order', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const messages = watch(page);
    await page.goto(`${session.url}/demo/builder.html`);
    await page.locator('#form fieldset').first().waitFor();
    await expect(page.locator('#checks').textContent()).resolves.toBe('');
    await expect(page.locator('#json').inputValue()).resolves.toBe('');
    await expect(page.locator('#snippet').inputValue()).resolves.toBe('');
    await expect(page.locator('#form > fieldset > legend').allTextContents()).resolves.toEqual([
      '基本信息',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、行政复议、行政诉讼情况',
      '网站和政务新媒体',
      '网站栏目',
      '政务新媒体账号',
    ]);
    // No date picker in the browser's language: the date is typed as the report prints it.
    await expect(page.locator('input[name="publishedOn"]').getAttribute('type')).resolves.toBe('text');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('goes from pasted report text to a working embed snippet', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/demo/builder.html`);

    await page.locator('#source').fill(SEED);
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('#issues').textContent()).resolves.toContain('全部数字已读取');

    // The figures, in the form, to check and edit.
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe('73');
    await expect(page.locator('input[name="proactive.licensing"]').inputValue()).resolves.toBe('1582');
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe('东莞市人力资源和社会保障局');
    await expect(page.locator('#checks').textContent()).resolves.toBe('格式正确，勾稽关系全部相符。');

    // The live widgets.
    await page.locator('#preview disclosure-outcomes [part~=mark]').first().waitFor();
    await expect(page.locator('#preview disclosure-outcomes [part~=summary]').textContent()).resolves.toContain('公开率76.7%');

    // An edit that breaks the accounts is flagged at once, and redrawn.
    await page.locator('input[name="applications.outcomes.disclosed.total"]').fill('60');
    await expect(page.locator('#checks').textContent()).resolves.toContain('勾稽关系不符');
    await page.locator('input[name="applications.outcomes.disclosed.total"]').fill('56');
    await expect(page.locator('#checks').textContent()).resolves.toBe('格式正确，勾稽关系全部相符。');

    // Copy the JSON and the snippet.
    await page.locator('[data-copy=json]').click();
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(json.applications.outcomes.disclosed.total).toBe(56);
    expect(json.platforms.website.breakdown).toHaveLength(3);
    await page.locator('[data-copy=snippet]').click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain('<disclosure-report>');
    expect(snippet).toContain('<script type="application/json">');
    expect(snippet).toContain('<script src="/js/disclosure-charts.min.js" defer></script>');

    // The snippet works on a page of its own.
    const embed = await context.newPage();
    await embed.goto(`${session.url}/test/e2e/pages/blank.html`);
    await embed.evaluate((html) => {
      const template = document.createElement('template');
      template.setHTMLUnsafe(html.replace(/<script src=[^>]*><\/script>/, ''));
      document.body.append(template.content);
    }, snippet);
    await embed.locator('disclosure-report disclosure-outcomes [part~=mark]').first().waitFor();
    // The one edit that broke the accounts, reported to the console with its paths; nothing else.
    expect(messages).toEqual(['warning: disclosure-charts: figures that do not add up [Object, Object]']);
    await context.close();
  });

  it('lists what it could not read, for the reader to fill in', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/demo/builder.html`);
    await page.locator('#source').fill(SEED.replace('行政处罚\t278', '行政处罚\t二七八'));
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('#issues').textContent()).resolves.toContain('行政处罚 · 本年处理决定数量（无法读取）：不是数字；原文：二七八');
    await expect(page.locator('input[name="proactive.penalties"]').inputValue()).resolves.toBe('');
    // The cell is marked, and its section says that a cell is to be filled in by hand.
    await expect(page.locator('input[name="proactive.penalties"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('fieldset', { hasText: '二、主动公开政府信息情况' }).locator('.issue').textContent()).resolves.toBe('1 处未能读取（已标出），请手工填写。');
    await page.locator('input[name="proactive.penalties"]').fill('278');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"penalties": 278');
    await page.close();
  });

  it('says a section it could not read is to be filled in, and offers fields for categories and accounts', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/demo/builder.html`);
    // Section 四's table cut out: its header words and figures gone.
    const start = SEED.indexOf('#### 四、');
    const end = SEED.indexOf('#### 五、');
    await page.locator('#source').fill(SEED.slice(0, start) + SEED.slice(end));
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('fieldset', { hasText: '四、行政复议、行政诉讼情况' }).locator('.issue').textContent()).resolves.toBe('未能读取，请手工填写。');
    await expect(page.locator('#issues').textContent()).resolves.toContain('四、行政复议、行政诉讼情况（未找到）：未找到此部分的表格');
    // The preview says the same, never that the report leaves the section out.
    const note = page.locator('#preview [data-section=reviewLitigation] .note');
    await expect(note.textContent()).resolves.toBe('未能从报告原文读取此部分，请手工填写。');
    // The website's categories and the account, read from the overview, are there to edit.
    await expect(page.locator('input[name="platforms.website.breakdown.1.label"]').inputValue()).resolves.toBe('公告');
    await page.locator('input[name="platforms.website.breakdown.1.count"]').fill('600');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"count": 600');
    await expect(page.locator('input[name="platforms.newMedia.0.name"]').inputValue()).resolves.toBe('东莞人社');
    await page.getByRole('button', { name: '添加账号' }).click();
    await page.locator('input[name="platforms.newMedia.1.name"]').fill('东莞人社微博');
    await page.locator('select[name="platforms.newMedia.1.platform"]').selectOption('weibo');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"platform": "weibo"');
    await page.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Report files: Word, PDF, text; what cannot be read

const truth = (name: string) => (JSON.parse(readFileSync(new URL(`../corpus/truths/${name}.json`, import.meta.url), 'utf8')) as { report: Truth }).report;

/** The truth's figures of some sections, as the form's field names and values. */
function figuresOf(report: Truth, sections: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out[path] = String(value);
    else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
  };
  for (const section of sections) walk((report as unknown as Record<string, unknown>)[section], section);
  return out;
}

/** Every field of the form and its value. */
const formValues = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLInputElement>('#form input[name]'), (i) => [i.name, i.value])));

/** The form holds the truth's figures of these sections: every one the form has a field for. */
async function expectFigures(page: Page, report: Truth, sections: string[]) {
  const form = await formValues(page);
  const expected = Object.fromEntries(Object.entries(figuresOf(report, sections)).filter(([name]) => name in form));
  // The application table alone has 175 cells; fewer would be no check of a table.
  expect(Object.keys(expected).length).toBeGreaterThan(150);
  expect(Object.fromEntries(Object.keys(expected).map((name) => [name, form[name]]))).toEqual(expected);
}

/** A Word file as an agency writes one: the title, a paragraph, section 三's heading and table (its merged cells as Word merges them). */
function docx(report: Truth): Promise<Buffer> {
  const table = (grid: Grid) =>
    new Table({
      rows: grid.map(
        (row) =>
          new TableRow({
            children: row.map((c) => new TableCell({ children: [new Paragraph(c.text)], ...(c.colspan ? { columnSpan: c.colspan } : {}), ...(c.rowspan ? { rowSpan: c.rowspan } : {}) })),
          }),
      ),
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title(report), heading: HeadingLevel.TITLE }),
          new Paragraph(introProse(report)),
          new Paragraph({ text: HEADINGS[2]!, heading: HeadingLevel.HEADING_1 }),
          table(applicationGrid(report)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A page printed to PDF by Chromium: a text layer, as a report saved from Word or WPS has. */
async function pdf(html: string): Promise<Buffer> {
  const page = await session.browser.newPage();
  await page.setContent(html);
  const bytes = await page.pdf({ format: 'A4' });
  await page.close();
  return bytes;
}

/**
 * A PDF as older Chinese report systems write one: its text in STSong-Light, a font the reader
 * must have (not embedded), under the UniGB-UCS2-H encoding, which pdf.js can only read with
 * its character maps (cmaps/).
 */
function unembeddedCjkPdf(lines: string[]): Buffer {
  const ucs2 = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((line, i) => `BT /F1 16 Tf 60 ${760 - i * 30} Td <${ucs2(line)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Text as GBK bytes, as older Chinese sites saved their pages. Node encodes no GBK, so the
 * table is the decoder's own, read backwards.
 */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const c = decoder.decode(new Uint8Array([a, b]));
      if (b !== 0x7f && c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [a, b]);
    }
  return Buffer.from(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (!bytes) throw new Error(`not in GBK: ${c}`);
      return bytes;
    }),
  );
}

/** A builder page, with the reader files it requests. */
async function builder(viewport = { width: 1200, height: 900 }) {
  const page = await session.browser.newPage({ viewport });
  const messages = watch(page);
  const readers: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/readers/')) readers.push(path.replace('/dist/readers/', ''));
  });
  await page.goto(`${session.url}/demo/builder.html`);
  return { page, messages, readers };
}

/** Chooses a file by the chooser and waits until the page has read it or said why not. */
async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await page.locator('#file').setInputFiles({ name, mimeType, buffer });
  await page.locator('#file-status', { hasText: name, hasNotText: '正在读取' }).waitFor({ timeout: 15_000 });
  return page.locator('#file-status').textContent();
}

/** A page of a drawing and no text, as a scanner makes (the picture aside). */
const SCANNED_PAGE = '<svg width="500" height="700"><rect x="40" y="40" width="400" height="600" fill="#bbb"/></svg>';

const OLD_WORD = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe('the builder page reads report files', () => {
  it('reads a text file (GBK) and a Word file into the form, loading the Word reader only for the Word file', async () => {
    const { page, messages, readers } = await builder();
    await expect(choose(page, 'dongguan.txt', gbk(SEED), 'text/plain')).resolves.toBe('已读取 dongguan.txt（文本）。');
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe('东莞市人力资源和社会保障局');
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe('73');
    // The text goes into the box, decoded, to edit and parse again.
    await expect(page.locator('#source').inputValue()).resolves.toContain('东莞市人力资源和社会保障局');
    expect(readers).toEqual([]);

    const report = truth('huaian-city-2024');
    await expect(choose(page, '年度报告.docx', await docx(report))).resolves.toBe('已读取 年度报告.docx（Word 文件）。');
    await expectFigures(page, report, ['applications']);
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe(report.agency.name);
    // The box no longer shows the text file's report.
    await expect(page.locator('#source').inputValue()).resolves.toBe('');
    await expect(page.locator('#source').getAttribute('placeholder')).resolves.toContain('已读取 年度报告.docx');
    expect(readers).toEqual(['docx.min.js']);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('says it is reading a PDF, then fills the form from it, loading the PDF reader and its worker only then', async () => {
    const { page, messages, readers } = await builder();
    expect(readers).toEqual([]);
    const report = truth('pingtan-zone-2022');
    // The reader is held back until the page has been seen saying that it is reading.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/dist/readers/pdf.min.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#file').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: await pdf(trsEditor.render(report).source) });
    await page.getByRole('status').filter({ hasText: '正在读取 report.pdf…' }).waitFor({ timeout: 15_000 });
    release();
    await page.locator('#file-status', { hasText: '已读取 report.pdf（PDF）。' }).waitFor({ timeout: 15_000 });
    await expectFigures(page, report, ['applications', 'proactive', 'reviewLitigation']);
    await expect(page.locator('#issues').textContent()).resolves.toContain('全部数字已读取');
    expect(readers).toEqual(expect.arrayContaining(['pdf.min.js', 'pdf.worker.js']));
    expect(readers).not.toContain('docx.min.js');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('reads a PDF whose Chinese font is not embedded, with the character maps copied beside the PDF reader', async () => {
    const { page, messages, readers } = await builder();
    const pdf = unembeddedCjkPdf(['测试区人民政府2023年政府信息公开工作年度报告', '一、总体情况']);
    await expect(choose(page, 'old-system.pdf', pdf, 'application/pdf')).resolves.toBe('已读取 old-system.pdf（PDF）。');
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe('测试区人民政府');
    await expect(page.locator('input[name="year"]').inputValue()).resolves.toBe('2023');
    expect(readers).toContain('cmaps/UniGB-UCS2-H.bcmap');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('says how many pages of a PDF are scans when the others have text', async () => {
    const { page, messages } = await builder();
    const bytes = await pdf(`<p>测试区人民政府2023年政府信息公开工作年度报告</p><div style="break-before: page">${SCANNED_PAGE}</div>`);
    await expect(choose(page, 'part-scan.pdf', bytes, 'application/pdf')).resolves.toBe('已读取 part-scan.pdf（PDF）。共 2 页，其中 1 页是扫描页（没有文字），这些页上的数字未能读取。');
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe('测试区人民政府');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('says when the PDF reader or its worker cannot be loaded (not that the file is damaged), and reads the file once they load', async () => {
    const { page, messages } = await builder();
    const report = truth('pingtan-zone-2022');
    const bytes = await pdf(trsEditor.render(report).source);
    await page.route('**/dist/readers/pdf.min.js', (route) => route.abort('internetdisconnected'));
    await expect(choose(page, 'report.pdf', bytes, 'application/pdf')).resolves.toBe('report.pdf：读取 Word 和 PDF 文件的组件未能加载，请检查网络后再选择一次。');
    await page.unroute('**/dist/readers/pdf.min.js');
    await expect(choose(page, 'report.pdf', bytes, 'application/pdf')).resolves.toBe('已读取 report.pdf（PDF）。');
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe(figuresOf(report, ['applications'])['applications.received.total']);

    // pdf.js loaded, but not its worker: pdf.js keeps that failure until the page is loaded again.
    await page.route('**/dist/readers/pdf.worker.js', (route) => route.abort('internetdisconnected'));
    await expect(choose(page, 'report.pdf', bytes, 'application/pdf')).resolves.toBe('report.pdf：读取 PDF 文件的组件未能完整加载，请检查网络后刷新本页再试。');
    await page.unroute('**/dist/readers/pdf.worker.js');
    await page.reload();
    await expect(choose(page, 'report.pdf', bytes, 'application/pdf')).resolves.toBe('已读取 report.pdf（PDF）。');
    // The failed requests are the browser's own console errors; nothing else.
    expect(messages.filter((m) => !m.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.close();
  });

  it('reads a file dropped on the source area', async () => {
    const { page, messages } = await builder();
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return data;
    }, SEED);
    await page.locator('#drop').dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator('#file-status', { hasText: '已读取 dropped.txt' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe('73');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('says in Chinese why an old Word file (.doc) and a scanned PDF cannot be read, and still parses a pasted report', async () => {
    const { page, messages } = await builder();
    await expect(choose(page, '年度报告.doc', OLD_WORD)).resolves.toBe(
      '年度报告.doc：这是 Word 97–2003（.doc）或 WPS（.wps）文件，无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再选择。',
    );
    const scan = await pdf(SCANNED_PAGE);
    await expect(choose(page, 'scan.pdf', scan, 'application/pdf')).resolves.toBe('scan.pdf：这是扫描件 PDF，没有文字层，无法读取（本工具不做文字识别）。请改用报告的网页版或 Word 文件。');
    await expect(page.locator('#file-status').getAttribute('role')).resolves.toBe('status');

    await page.locator('#source').fill(SEED);
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('#issues').textContent()).resolves.toContain('全部数字已读取');
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe('73');
    await expect(page.locator('#file-status').textContent()).resolves.toBe('');
    expect(messages).toEqual([]);
    await page.close();
  });
});
