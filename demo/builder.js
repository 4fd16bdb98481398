// The report builder: paste or choose the published report, check the parsed figures in a
// form, see the widgets, copy the JSON and the embed snippet. Runs entirely in the browser,
// with the script-tag bundles (DisclosureParse, DisclosureCharts); the Word and PDF readers
// (dist/readers/) are imported only when such a file is chosen. Builds its DOM with
// createElement and textContent only, so it runs under a strict CSP.
'use strict';

const { parseReportSource, parseFile, decodeText, FileError } = window.DisclosureParse;
const { validateReport, checkAccounts, describeWarning } = window.DisclosureCharts;

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['publicInterest', '社会公益组织'],
  ['legalService', '法律服务机构'],
  ['other', '其他'],
  ['total', '总计'],
];
const ROWS = [
  ['applications.received', '一、本年新收'],
  ['applications.carriedOver', '二、上年结转'],
  ['applications.outcomes.disclosed', '（一）予以公开'],
  ['applications.outcomes.partlyDisclosed', '（二）部分公开'],
  ['applications.outcomes.withheld.stateSecret', '（三）1. 属于国家秘密'],
  ['applications.outcomes.withheld.prohibitedByLaw', '（三）2. 其他法律行政法规禁止公开'],
  ['applications.outcomes.withheld.endangersSecurity', '（三）3. 危及“三安全一稳定”'],
  ['applications.outcomes.withheld.thirdPartyRights', '（三）4. 保护第三方合法权益'],
  ['applications.outcomes.withheld.internalAffairs', '（三）5. 属于三类内部事务信息'],
  ['applications.outcomes.withheld.processInformation', '（三）6. 属于四类过程性信息'],
  ['applications.outcomes.withheld.enforcementFiles', '（三）7. 属于行政执法案卷'],
  ['applications.outcomes.withheld.administrativeQuery', '（三）8. 属于行政查询事项'],
  ['applications.outcomes.unavailable.notHeld', '（四）1. 本机关不掌握相关政府信息'],
  ['applications.outcomes.unavailable.needsCreation', '（四）2. 没有现成信息需要另行制作'],
  ['applications.outcomes.unavailable.stillUnclear', '（四）3. 补正后申请内容仍不明确'],
  ['applications.outcomes.notProcessed.complaint', '（五）1. 信访举报投诉类申请'],
  ['applications.outcomes.notProcessed.repeated', '（五）2. 重复申请'],
  ['applications.outcomes.notProcessed.publication', '（五）3. 要求提供公开出版物'],
  ['applications.outcomes.notProcessed.excessive', '（五）4. 无正当理由大量反复申请'],
  ['applications.outcomes.notProcessed.reconfirmation', '（五）5. 要求行政机关确认或重新出具已获取信息'],
  ['applications.outcomes.otherHandling.noCorrection', '（六）1. 逾期不补正'],
  ['applications.outcomes.otherHandling.feeUnpaid', '（六）2. 逾期未缴费'],
  ['applications.outcomes.otherHandling.other', '（六）3. 其他'],
  ['applications.outcomes.total', '（七）总计'],
  ['applications.carriedForward', '四、结转下年度'],
];
const FIELDS = [
  ['基本信息', [
    ['agency.name', '机关名称', 'text'],
    ['agency.region', '地区', 'text'],
    ['year', '年度', 'number'],
    // A text field, not type=date: a date picker speaks the browser's language, not the page's.
    ['publishedOn', '发布日期（如 2024-01-19）', 'text'],
    ['source.title', '报告标题', 'text'],
    ['source.url', '报告网址', 'url'],
  ]],
  ['二、主动公开政府信息情况', [
    ['proactive.rules.issued', '规章 本年制发', 'number'],
    ['proactive.rules.repealed', '规章 本年废止', 'number'],
    ['proactive.rules.inForce', '规章 现行有效', 'number'],
    ['proactive.normativeDocuments.issued', '规范性文件 本年制发', 'number'],
    ['proactive.normativeDocuments.repealed', '规范性文件 本年废止', 'number'],
    ['proactive.normativeDocuments.inForce', '规范性文件 现行有效', 'number'],
    ['proactive.licensing', '行政许可 处理决定', 'number'],
    ['proactive.penalties', '行政处罚 处理决定', 'number'],
    ['proactive.coercion', '行政强制 处理决定', 'number'],
    ['proactive.fees', '行政事业性收费（万元）', 'decimal'],
  ]],
  // 三 (the application table) is drawn apart, after 二; 四 follows it.
  ['四、行政复议、行政诉讼情况', ['review', 'directSuit', 'suitAfterReview'].flatMap((block, b) =>
    [['upheld', '维持'], ['corrected', '纠正'], ['other', '其他结果'], ['pending', '尚未审结'], ['total', '总计']].map(([key, label]) => [
      `reviewLitigation.${block}.${key}`,
      `${['行政复议', '直接起诉', '复议后起诉'][b]} ${label}`,
      'number',
    ]),
  )],
  ['网站和政务新媒体', [
    ['platforms.website.pageViews', '网站访问量', 'number'],
    ['platforms.website.published', '网站发布信息', 'number'],
    ['informationFees', '信息处理费（元）', 'decimal'],
  ]],
];

let report = {};
/** What the parser could not read, from the last parse: each names a JSON path. */
let issues = [];

/** The report section each fieldset edits, for "未能读取" notes. */
const SECTION_OF = { '二、主动公开政府信息情况': 'proactive', '四、行政复议、行政诉讼情况': 'reviewLitigation', '网站和政务新媒体': 'platforms' };

/** A fieldset's note: the whole section unread, some cells unread, or nothing. */
function sectionNote(root) {
  if (!root) return [];
  const whole = issues.some((i) => i.path === root);
  const cells = issues.filter((i) => i.path.startsWith(`${root}.`)).length;
  if (whole) return [el('p', { className: 'issue', textContent: '未能读取，请手工填写。' })];
  if (cells) return [el('p', { className: 'issue', textContent: `${cells} 处未能读取（已标出），请手工填写。` })];
  return [];
}
const unread = (path) => issues.some((i) => i.path === path || path.startsWith(`${i.path}.`));

const get = (path) => path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), report);
function set(path, value) {
  const keys = path.split('.');
  let node = report;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] === 'number') node[key] = { total: node[key] }; // a total-only row gains columns
    node = node[key] ??= {};
  }
  if (value === undefined) delete node[keys.at(-1)];
  else node[keys.at(-1)] = value;
}
/** A row's cell, whether the row is an object or a total-only number. */
const cell = (path, column) => {
  const row = get(path);
  return typeof row === 'number' ? (column === 'total' ? row : undefined) : row?.[column];
};

function input(path, label, type, value) {
  const field = el('input', {
    type: type === 'decimal' ? 'number' : type,
    value: value ?? '',
    name: path,
    title: label,
  });
  if (unread(path)) {
    field.classList.add('unread');
    field.setAttribute('aria-invalid', 'true');
  }
  if (type === 'number') Object.assign(field, { min: 0, step: 1, inputMode: 'numeric' });
  if (type === 'decimal') Object.assign(field, { min: 0, step: 'any', inputMode: 'decimal' });
  field.setAttribute('aria-label', label);
  field.addEventListener('input', () => {
    const raw = field.value.trim();
    const parsed = type === 'number' || type === 'decimal' ? (raw === '' ? undefined : Number(raw)) : raw || undefined;
    set(path, parsed);
    update();
  });
  return field;
}

function renderForm() {
  const form = $('form');
  form.replaceChildren();
  const fieldset = ([title, fields]) =>
    el('fieldset', {}, el('legend', { textContent: title }), ...sectionNote(SECTION_OF[title]), el('div', { className: 'fields' },
      ...fields.map(([path, label, type]) => el('label', {}, label, input(path, label, type, get(path)))),
    ));
  // The national order: 基本信息, 二, 三, 四; then the website and new-media figures of 一.
  const [basics, proactive, review, platforms] = FIELDS.map(fieldset);
  form.append(basics, proactive, applicationsFieldset(), review, platforms);
  form.append(listFieldset('网站栏目', 'platforms.website.breakdown', [['label', '栏目', 'text'], ['count', '发布信息（条）', 'number']], '添加栏目'));
  form.append(
    listFieldset('政务新媒体账号', 'platforms.newMedia', [['name', '账号名称', 'text'], ['platform', '平台', 'platform'], ['posts', '发布信息（条）', 'number'], ['followers', '粉丝量', 'number']], '添加账号'),
  );
}

/** Section 三 as the national table: a row per outcome, a column per applicant. */
function applicationsFieldset() {
  const head = el('tr', {}, el('th', { scope: 'col', textContent: '项目' }), ...COLUMNS.map(([, name]) => el('th', { scope: 'col', textContent: name })));
  const body = ROWS.map(([path, name]) =>
    el('tr', {}, el('th', { scope: 'row', textContent: name }),
      ...COLUMNS.map(([column, columnName]) => el('td', {}, input(`${path}.${column}`, `${name} ${columnName}`, 'number', cell(path, column)))),
    ),
  );
  return el('fieldset', {}, el('legend', { textContent: '三、收到和处理政府信息公开申请情况' }), ...sectionNote('applications'),
    el('table', { className: 'cells' }, el('thead', {}, head), el('tbody', {}, ...body)));
}

const PLATFORM_NAMES = [['wechat', '微信'], ['weibo', '微博'], ['douyin', '抖音'], ['toutiao', '头条号'], ['other', '其他']];

/** A list of items (website categories, new-media accounts): a row of fields each, and a button to add one. */
function listFieldset(title, path, columns, addLabel) {
  const items = get(path) ?? [];
  const rows = items.map((item, index) =>
    el('div', { className: 'fields' }, ...columns.map(([key, label, type]) => {
      const name = `${label} ${index + 1}`;
      if (type === 'platform') {
        const select = el('select', { name: `${path}.${index}.${key}`, title: name },
          ...PLATFORM_NAMES.map(([value, text]) => el('option', { value, textContent: text, selected: item[key] === value })));
        select.setAttribute('aria-label', name);
        select.addEventListener('change', () => {
          item[key] = select.value;
          update();
        });
        return el('label', {}, label, select);
      }
      const field = input(`${path}.${index}.${key}`, name, type, item[key]);
      field.addEventListener('input', () => {
        const raw = field.value.trim();
        if (type === 'number') item[key] = raw === '' ? undefined : Number(raw);
        else item[key] = raw;
        update();
      });
      return el('label', {}, label, field);
    }),
  ));
  const add = el('button', { type: 'button', textContent: addLabel });
  add.addEventListener('click', () => {
    const list = get(path) ?? [];
    list.push(Object.fromEntries(columns.map(([key, , type]) => [key, type === 'platform' ? 'wechat' : type === 'number' ? undefined : ''])));
    set(path, list);
    renderForm();
    update();
  });
  return el('fieldset', {}, el('legend', { textContent: title }), ...rows, add);
}

/** For text written into the snippet's HTML (not into this page). */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function update() {
  const checks = $('checks');
  // Before any report is pasted, chosen or typed, nothing to judge and nothing to copy.
  const empty = Object.keys(report).length === 0;
  for (const id of ['json', 'snippet']) $(id).placeholder = empty ? '解析报告后，这里给出可复制的内容。' : '';
  if (empty) {
    checks.replaceChildren();
    $('json').value = '';
    $('snippet').value = '';
    $('preview').report = undefined;
    return;
  }
  const result = validateReport(report);
  const json = JSON.stringify(report, null, 2);
  $('json').value = json;
  // Inside <script>, "</" would end the element: written as \u003c, still the same JSON.
  const inline = JSON.stringify(report).replace(/</g, '\\u003c');
  $('snippet').value = `<!-- disclosure-charts：${escapeHtml(report.agency?.name ?? '').replace(/--/g, '- -')} ${escapeHtml(report.year ?? '')} -->
<disclosure-report>
  <script type="application/json">${inline}</script>
  <p>请查看${report.source?.url ? `<a href="${escapeHtml(report.source.url)}">年度报告全文</a>` : '年度报告全文'}。</p>
</disclosure-report>
<script src="/js/disclosure-charts.min.js" defer></script>`;
  if (!result.ok) {
    checks.replaceChildren(
      el('p', { className: 'issue', textContent: `还有 ${result.problems.length} 处需要修改：` }),
      el('ul', {}, ...result.problems.map((p) => el('li', { textContent: p.message }))),
    );
  } else {
    const warnings = checkAccounts(result.report);
    checks.replaceChildren(
      warnings.length
        ? el('div', {},
            el('p', { className: 'issue', textContent: `格式正确；${warnings.length} 处勾稽关系不符：` }),
            el('ul', {}, ...warnings.map((w) => el('li', { textContent: describeWarning(w, 'zh-CN') }))))
        : el('p', { className: 'ok', textContent: '格式正确，勾稽关系全部相符。' }),
    );
  }
  // A section the parser could not read says so in the preview, not "not in the report".
  $('preview').unread = ['proactive', 'applications', 'reviewLitigation'].filter((key) => issues.some((i) => i.path === key) && report[key] === undefined);
  $('preview').report = structuredClone(report);
}

/** The result of a parse (of the pasted text or of a file): the form, the preview, what was not read. */
function show(parsed) {
  report = parsed.report;
  issues = parsed.issues;
  const kind = { missing: '未找到', unreadable: '无法读取', ambiguous: '无法确定所在单元格' };
  // The parser's reasons are English (for the command line); the common ones in Chinese here.
  const WHY = {
    'not a number': '不是数字',
    'row not found': '未找到此行',
    'two figures in one cell': '一格中有两个数字',
    'a count with decimals': '件数带小数',
    'a negative count': '件数为负数',
  };
  const SECTIONS = { proactive: '二、主动公开政府信息情况', applications: '三、收到和处理政府信息公开申请情况', reviewLitigation: '四、行政复议、行政诉讼情况', 'agency.name': '机关名称', year: '年度' };
  const why = (i) =>
    WHY[i.why] ?? (i.kind === 'ambiguous' ? '数字与栏目无法一一对应' : i.kind === 'missing' ? (SECTIONS[i.path] && !i.path.includes('.') ? '未找到此部分的表格' : '未找到') : i.why);
  $('issues').replaceChildren(
    issues.length
      ? el('div', {},
          el('p', { className: 'issue', textContent: `以下 ${issues.length} 项未能读取，请在下方手工填写：` }),
          el('ul', {}, ...issues.map((i) => {
            const where = [i.row, i.column].filter(Boolean).join(' · ') || SECTIONS[i.path];
            return el('li', { textContent: `${where || i.path}（${kind[i.kind] ?? i.kind}）：${why(i)}${i.seen ? `；原文：${i.seen}` : ''}` });
          })))
      : el('p', { className: 'ok', textContent: '全部数字已读取。请核对。' }),
  );
  renderForm();
  update();
}

/**
 * Each read or parse takes a turn; a file that finishes reading after a later one was chosen
 * (or text was parsed) is not shown.
 */
let turn = 0;

function parse() {
  turn++;
  const status = $('file-status');
  if (!$('source').value.trim()) {
    Object.assign(status, { className: 'issue', textContent: '请先粘贴报告的文字或 HTML，或选择文件。' });
    return;
  }
  status.textContent = '';
  $('source').placeholder = '';
  show(parseReportSource($('source').value));
}

// The readers, loaded the first time a Word or PDF file comes (import() keeps the module).
// Each finds its own files (pdf.js's worker, character maps, fonts) beside itself. One that
// cannot be loaded (offline, files missing) comes back from parseFile as problem 'reader'.
const readers = {
  mammoth: () => import('../dist/readers/docx.min.js').then((m) => m.default),
  pdfjs: () => import('../dist/readers/pdf.min.js').then((m) => m.default),
};

const KIND_NAMES = { html: '网页', text: '文本', docx: 'Word 文件', pdf: 'PDF' };

/** Why a file cannot be read, for the webmaster: what it is and what to do instead. */
const PROBLEMS = {
  doc: '这是 Word 97–2003（.doc）或 WPS（.wps）文件，无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再选择。',
  scan: '这是扫描件 PDF，没有文字层，无法读取（本工具不做文字识别）。请改用报告的网页版或 Word 文件。',
  garbled: '这个 PDF 的文字层是乱码（生成时字体编码有误），读不出中文；请改用生成它的 Word 文件或报告的网页版。',
  empty: '文件是空的。',
  damaged: '无法打开此文件，它可能已损坏，或扩展名与内容不符。',
  unknown: '无法识别此文件的格式；请选择 Word（.docx）、PDF、网页（.html）或文本（.txt）文件。',
  encrypted: '这个 PDF 设有打开密码，无法读取；请用密码打开后另存（或打印）为不带密码的 PDF，再选择它。',
  reader: '读取 Word 和 PDF 文件的组件未能加载，请检查网络后再选择一次。',
};
PROBLEMS.wps = PROBLEMS.doc;

function failure(name, error) {
  // pdf.js keeps a worker that failed to start until the page is loaded again.
  if (error instanceof FileError && error.problem === 'reader' && /could not start/.test(error.message))
    return `${name}：读取 PDF 文件的组件未能完整加载，请检查网络后刷新本页再试。`;
  if (error instanceof FileError) return `${name}：${PROBLEMS[error.problem] ?? error.message}`;
  return `${name}：读取时出错，请再选择一次。（${error instanceof Error ? error.message : String(error)}）`;
}

/** The parser's note on scanned pages in a PDF of which the rest has text (English), in Chinese. */
function scannedPages(notes) {
  const note = notes.find((n) => n.path === 'file' && /pages have no text/.test(n.message));
  const [, some, all] = note ? /(\d+) of (\d+)/.exec(note.message) ?? [] : [];
  return some ? `共 ${all} 页，其中 ${some} 页是扫描页（没有文字），这些页上的数字未能读取。` : '';
}

/** Reads a chosen or dropped file of any kind: one path (parseFile) for HTML, text, Word and PDF. */
async function readFile(file) {
  const mine = ++turn;
  const status = $('file-status');
  Object.assign(status, { className: '', textContent: `正在读取 ${file.name}…` });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const parsed = await parseFile(file.name, bytes, readers);
    if (mine !== turn) return;
    // Text and HTML go into the box, to edit and parse again (as GB18030 where the file is GBK).
    // A Word or PDF file has no such text: the box is emptied so that it shows no other report,
    // and says where the figures came from.
    const text = parsed.kind === 'html' || parsed.kind === 'text';
    $('source').value = text ? decodeText(bytes) : '';
    $('source').placeholder = text ? '' : `已读取 ${file.name}，数字见下方第 2 步。在此粘贴另一份报告的文字可重新解析。`;
    Object.assign(status, { className: 'ok', textContent: `已读取 ${file.name}（${KIND_NAMES[parsed.kind]}）。${scannedPages(parsed.notes)}` });
    show(parsed);
  } catch (error) {
    if (mine !== turn) return;
    Object.assign(status, { className: 'issue', textContent: failure(file.name, error) });
  }
}

$('parse').addEventListener('click', parse);
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  // Emptied, so that choosing the same file again (say, after a failed load) reads it again.
  $('file').value = '';
  if (file) readFile(file);
});

// A file dropped on the source area is read like a chosen one. Dragged text still drops into
// the box as text; only a drag that carries files is taken.
const drop = $('drop');
const carriesFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
let dragDepth = 0;
drop.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth++;
  drop.classList.add('over');
});
drop.addEventListener('dragleave', (event) => {
  if (!carriesFiles(event) || --dragDepth > 0) return;
  dragDepth = 0;
  drop.classList.remove('over');
});
drop.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
drop.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  drop.classList.remove('over');
  const file = event.dataTransfer.files[0];
  if (file) readFile(file);
});
// Elsewhere on the page a dropped file would replace the page (and the figures being checked).
for (const type of ['dragover', 'drop'])
  window.addEventListener(type, (event) => {
    if (!carriesFiles(event) || drop.contains(event.target)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'none';
  });
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(area.value);
      $('copied').textContent = '已复制。';
    } catch {
      area.select();
      $('copied').textContent = '请按 Ctrl+C 复制选中的内容。';
    }
  });
}
renderForm();
update();
