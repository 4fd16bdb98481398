/**
 * From the published report to the report JSON: a pure parser of the text copied out of a PDF
 * or Word file, or of the report's HTML, in the 2021 or the 2019 national format. It works
 * offline and the same way every time: it finds the national form's row labels in order and
 * reads the cells that follow them, whatever the layout (tab-separated, space-aligned, pipe
 * tables, a cell per line). A cell it cannot read is reported with the text it saw, never
 * guessed and never turned into 0.
 */
import { Parser } from 'htmlparser2';

/** Something the parser looked for and did not find, or found and could not read. */
export interface ParseIssue {
  /** JSON path of the field, e.g. `applications.outcomes.withheld.stateSecret`. */
  path: string;
  /** `missing`: no trace of it; `unreadable`: found, but its cells do not make sense. */
  kind: 'missing' | 'unreadable';
  /** The text it saw there (shortened), for the reader to check by hand. */
  seen: string;
}

export interface ParseResult {
  /** The report JSON, with what could be read. Validate it before use. */
  report: Record<string, unknown>;
  issues: ParseIssue[];
}

type Json = Record<string, unknown>;

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'] as const;

/**
 * A cell: a number (thousands separators, decimals, a sign for the 2019 format's 本年增/减)
 * or a mark meaning none. A negative count elsewhere is read as written and refused by the
 * validator, not corrected.
 */
const CELL = /^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NONE = /^[/\-—–―]$|^无$/;

/** The sections of the report, by their national headings (half- and full-width forms). */
const HEADINGS = {
  overview: /一\s*[、.．]\s*总体情况/,
  proactive: /二\s*[、.．]\s*主动公开政府信息情况/,
  applications: /三\s*[、.．]\s*收到和处理政府信息公开申请情况/,
  reviewLitigation: /四\s*[、.．]\s*政府信息公开行政复议\s*[、,，]?\s*行政诉讼情况/,
  problems: /五\s*[、.．]\s*存在的主要问题及改进情况/,
  other: /六\s*[、.．]\s*其他需要报告的事项/,
} as const;
type Section = keyof typeof HEADINGS;

/** Full-width digits and punctuation to ASCII, no-break and zero-width spaces to spaces. */
const normalize = (text: string) =>
  text.normalize('NFKC').replace(/[\u00a0\u3000]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '');

/** Splits a text into its six sections; text before the first is the head. */
function sections(text: string): Partial<Record<Section | 'head', string>> {
  const found = (Object.entries(HEADINGS) as [Section, RegExp][])
    .map(([name, re]) => {
      const m = re.exec(text);
      return m ? { name, start: m.index, body: m.index + m[0].length } : undefined;
    })
    .filter((x): x is { name: Section; start: number; body: number } => !!x)
    .sort((a, b) => a.start - b.start);
  const out: Partial<Record<Section | 'head', string>> = { head: text.slice(0, found[0]?.start ?? text.length) };
  found.forEach((s, i) => (out[s.name] = text.slice(s.body, found[i + 1]?.start ?? text.length)));
  return out;
}

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

/** Reads the cells after `from`: numbers and none-marks, until the first word that is neither. */
function cellsAfter(text: string, from: number): { cells: string[]; end: number } {
  const re = /[^\s|│┃]+/g;
  re.lastIndex = from;
  const cells: string[] = [];
  let end = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!CELL.test(m[0]) && !NONE.test(m[0])) break;
    cells.push(m[0]);
    end = m.index + m[0].length;
  }
  return { cells, end };
}

const toNumber = (cell: string) => (NONE.test(cell) ? 0 : Number(cell.replace(/,/g, '').replace('−', '-')));

/**
 * A reader of one section: finds labels in order and reads their cells, noting what it cannot.
 */
class Scanner {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly issues: ParseIssue[],
  ) {}

  /** The cells after the next match of `label`, or undefined (noted) when it is not there. */
  read(label: RegExp, path: string): string[] | undefined {
    const re = new RegExp(label.source, 'g');
    re.lastIndex = this.at;
    const m = re.exec(this.text);
    if (!m) {
      this.issues.push({ path, kind: 'missing', seen: short(this.text.slice(this.at, this.at + 60)) });
      return undefined;
    }
    const { cells, end } = cellsAfter(this.text, m.index + m[0].length);
    this.at = Math.max(end, m.index + m[0].length);
    return cells;
  }

  /** A row of the application table: seven cells, or one (the total only). */
  row(label: RegExp, path: string): Json | number | undefined {
    const start = this.at;
    const cells = this.read(label, path);
    if (!cells) return undefined;
    if (cells.length === 7 && cells.every((c) => !c.includes('.'))) {
      return Object.fromEntries(COLUMNS.map((c, i) => [c, toNumber(cells[i]!)]));
    }
    if (cells.length === 1 && !cells[0]!.includes('.')) return toNumber(cells[0]!);
    this.issues.push({ path, kind: 'unreadable', seen: short(this.text.slice(start, this.at + 1)) });
    return undefined;
  }

  /** A fixed number of cells, as numbers (`decimals` allows money). */
  numbers(label: RegExp, path: string, count: number, decimals = false): number[] | undefined {
    const start = this.at;
    const cells = this.read(label, path);
    if (!cells) return undefined;
    if (cells.length === count && (decimals || cells.every((c) => !c.includes('.')))) return cells.map(toNumber);
    this.issues.push({ path, kind: 'unreadable', seen: short(this.text.slice(start, this.at + 1)) });
    return undefined;
  }
}

const R = (source: string) => new RegExp(source);
const n = (k: number) => `${k}\\s*[.、．]?\\s*`;

/** The application table's rows, in the national form's order. */
function applications(text: string, format: '2021' | '2019', issues: ParseIssue[]): Json {
  const s = new Scanner(text, issues);
  const p = 'applications';
  const o = `${p}.outcomes`;
  const put = (target: Json, key: string, value: unknown) => {
    if (value !== undefined) target[key] = value;
  };
  const apps: Json = {};
  put(apps, 'received', s.row(/本年新收政府信息公开申请数量/, `${p}.received`));
  put(apps, 'carriedOver', s.row(/上年结转政府信息公开申请数量/, `${p}.carriedOver`));
  const outcomes: Json = {};
  put(outcomes, 'disclosed', s.row(/\(一\)\s*予以公开/, `${o}.disclosed`));
  put(outcomes, 'partlyDisclosed', s.row(/\(二\)\s*部分公开[^\d]*?(?=\s\d|\s[/\-—]|$)/, `${o}.partlyDisclosed`));
  const group = (key: string, rows: [string, string][]) => {
    const g: Json = {};
    rows.forEach(([name, label], i) => put(g, name, s.row(R(`${n(i + 1)}${label}`), `${o}.${key}.${name}`)));
    if (Object.keys(g).length) outcomes[key] = g;
  };
  group('withheld', [
    ['stateSecret', '属于国家秘密'],
    ['prohibitedByLaw', '其他法律行政法规禁止公开'],
    ['endangersSecurity', '危及\\s*["“”]?三安全一稳定["“”]?'],
    ['thirdPartyRights', '保护第三方合法权益'],
    ['internalAffairs', '属于三类内部事务信息'],
    ['processInformation', '属于四类过程性信息'],
    ['enforcementFiles', '属于行政执法案卷'],
    ['administrativeQuery', '属于行政查询事项'],
  ]);
  group('unavailable', [
    ['notHeld', '本机关不掌握相关政府信息'],
    ['needsCreation', '没有现成信息需要另行制作'],
    ['stillUnclear', '补正后申请内容仍不明确'],
  ]);
  group('notProcessed', [
    ['complaint', '信访举报投诉类申请'],
    ['repeated', '重复申请'],
    ['publication', '要求提供公开出版物'],
    ['excessive', '无正当理由大量反复申请'],
    ['reconfirmation', '要求行政机关确认或重新出具已获取信息'],
  ]);
  if (format === '2021') {
    group('otherHandling', [
      ['noCorrection', '申请人无正当理由逾期不补正[^\\d]*?政府信息公开申请'],
      ['feeUnpaid', '申请人逾期未按收费通知要求缴纳费用[^\\d]*?政府信息公开申请'],
      ['other', '其他'],
    ]);
  } else {
    // The 2019 format has one 其他处理 row; REPORT-FORMAT puts it under otherHandling.other.
    const other = s.row(/\(六\)\s*其他处理/, `${o}.otherHandling.other`);
    if (other !== undefined) outcomes.otherHandling = { other };
  }
  put(outcomes, 'total', s.row(/\(七\)\s*总计/, `${o}.total`));
  if (Object.keys(outcomes).length) apps.outcomes = outcomes;
  put(apps, 'carriedForward', s.row(/四\s*[、.．]\s*结转下年度继续办理/, `${p}.carriedForward`));
  return apps;
}

/** Section 二: rules and documents, decisions, fees. */
function proactive(text: string, format: '2021' | '2019', issues: ParseIssue[]): Json {
  const s = new Scanner(text, issues);
  const out: Json = {};
  const stock = (key: string, label: RegExp) => {
    const cells = s.numbers(label, `proactive.${key}`, 3);
    if (!cells) return;
    // 2021: 本年制发 / 本年废止 / 现行有效. 2019: 本年新制作 / 本年新公开 / 对外公开总数量.
    out[key] =
      format === '2021'
        ? { issued: cells[0], repealed: cells[1], inForce: cells[2] }
        : { produced: cells[0], published: cells[1], publishedTotal: cells[2] };
  };
  stock('rules', /规章/);
  stock('normativeDocuments', /(?:行政)?规范性文件/);
  // 2021 gives the decisions alone; 2019 gives 上一年项目数量 / 本年增减 / 处理决定数量.
  const decisions = format === '2021' ? 1 : 3;
  for (const [key, label] of [
    ['licensing', /行政许可/],
    ['penalties', /行政处罚/],
    ['coercion', /行政强制/],
  ] as const) {
    const cells = s.numbers(label, `proactive.${key}`, decisions);
    if (cells) out[key] = cells[decisions - 1];
  }
  if (format === '2021') {
    const fees = s.numbers(/行政事业性收费/, 'proactive.fees', 1, true);
    if (fees) out.fees = fees[0];
  } else {
    issues.push({ path: 'proactive.fees', kind: 'missing', seen: '2019 format: 行政事业性收费 gives item counts, not an amount' });
  }
  return out;
}

const BLOCKS = ['review', 'directSuit', 'suitAfterReview'] as const;
const RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** Section 四: fifteen cells, five for each block. */
function reviewLitigation(text: string, issues: ParseIssue[]): Json | undefined {
  const cells = (text.match(/[^\s|│┃]+/g) ?? []).filter((t) => CELL.test(t) || NONE.test(t));
  if (cells.length !== 15 || cells.some((c) => c.includes('.'))) {
    issues.push({ path: 'reviewLitigation', kind: cells.length ? 'unreadable' : 'missing', seen: short(text) });
    return undefined;
  }
  const numbers = cells.map(toNumber);
  return Object.fromEntries(BLOCKS.map((b, i) => [b, Object.fromEntries(RESULTS.map((r, j) => [r, numbers[i * 5 + j]]))]));
}

/** 万 and 亿 as written in prose: "303 万" → 3030000. */
const amount = (value: string, unit?: string) =>
  Math.round(Number(value.replace(/,/g, '')) * (unit === '亿' ? 1e8 : unit === '万' ? 1e4 : 1));

const PLATFORMS: Record<string, string> = { 微信: 'wechat', 微博: 'weibo', 抖音: 'douyin', 头条: 'toutiao' };

/** Website and new-media figures, from the overview's prose. */
function platforms(text: string): Json | undefined {
  const website: Json = {};
  const views = /(?:点击|访问|浏览)[^,，。;；\d]{0,12}?(?:量|次数)?\s*(?:达|为|共|约)?\s*([\d,.]+)\s*(万|亿)?\s*(?:人)?次/.exec(text);
  if (views) website.pageViews = amount(views[1]!, views[2]);
  const name = /通过([^,，。;；\s]{2,40}?网站)发布/.exec(text);
  if (name) website.name = name[1];
  const published = /发布信息\s*共\s*([\d,]+)\s*条/.exec(text) ?? /网站[^。]{0,20}?发布[^。\d]{0,8}?([\d,]+)\s*条/.exec(text);
  if (published) {
    website.published = amount(published[1]!);
    const rest = text.slice(published.index + published[0].length);
    const list = /^\s*[,，]\s*其中([^。]+)/.exec(rest);
    if (list) {
      const items = [...list[1]!.matchAll(/([^,，、;；]+?)\s*([\d,]+)\s*条/g)].map((m) => ({
        label: m[1]!.replace(/^\s*(?:和|及)/, '').replace(/(?:类)?信息$/, '').replace(/类$/, '').trim(),
        count: amount(m[2]!),
      }));
      if (items.length) website.breakdown = items;
    }
  }
  const newMedia = [...text.matchAll(/政务(微信|微博|抖音|头条号?)\s*[“"「]([^”"」]+)[”"」][^。]*?发布(?:信息)?\s*([\d,]+)\s*条[^。]*?粉丝(?:量|数)?\s*(?:达|为|共)?\s*([\d,.]+)\s*(万|亿)?/g)].map(
    (m) => ({ name: m[2], platform: PLATFORMS[m[1]!.replace('号', '')] ?? 'other', posts: amount(m[3]!), followers: amount(m[4]!, m[5]) }),
  );
  const out: Json = {};
  if (Object.keys(website).length) out.website = website;
  if (newMedia.length) out.newMedia = newMedia;
  return Object.keys(out).length ? out : undefined;
}

const TERMINAL = /[。！？；：!?;:”"’）)]$/;
const SUBHEADING = /^[(（][一二三四五六七八九十]+[)）]/;

/**
 * A section's prose as paragraphs: markdown marks dropped, lines that a PDF broke mid-sentence
 * joined again, sub-headings kept as lines of their own.
 */
function prose(text: string, drop: (line: string) => boolean = () => false): string | undefined {
  const paragraphs: { text: string; heading: boolean }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const marked = /^\s*#+\s*/.test(raw);
    const line = raw.replace(/^\s*#+\s*/, '').trim();
    if (!line || drop(line)) continue;
    const heading = marked || (SUBHEADING.test(line) && line.length <= 30 && !TERMINAL.test(line));
    const last = paragraphs.at(-1);
    if (last && !last.heading && !heading && !TERMINAL.test(last.text)) last.text += line;
    else paragraphs.push({ text: line, heading });
  }
  return paragraphs.length ? paragraphs.map((p) => p.text).join('\n\n') : undefined;
}

/** The report's figures and texts from its text. */
export function parseReportText(text: string): ParseResult {
  const issues: ParseIssue[] = [];
  const original = sections(text.replace(/\r\n?/g, '\n'));
  const norm = sections(normalize(text));
  const report: Json = { schemaVersion: 1 };
  const format = /本年新制作数量|对外公开总数量/.test(norm.proactive ?? '') || !/逾期不补正/.test(norm.applications ?? '')
    ? '2019'
    : '2021';
  report.format = format;

  // Title: "2023 年东莞市人力资源和社会保障局 政府信息公开工作年度报告".
  const title = /(\d{4})\s*年\s*度?\s*([^\n#]*?)\s*政府信息公开工作年度报告/.exec(normalize(original.head ?? text));
  if (title) {
    report.agency = { name: title[2]!.replace(/\s+/g, '') };
    report.year = Number(title[1]);
    report.source = { title: `${title[1]}年${title[2]!.replace(/\s+/g, '')}政府信息公开工作年度报告` };
  } else {
    issues.push({ path: 'agency.name', kind: 'missing', seen: short((original.head ?? text).slice(0, 60)) });
    issues.push({ path: 'year', kind: 'missing', seen: short((original.head ?? text).slice(0, 60)) });
  }
  const agency = (report.agency as Json | undefined)?.name as string | undefined;

  // The date under the agency's name at the end.
  const dates = [...normalize(text).matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)];
  const last = dates.at(-1);
  if (last && normalize(text).slice(last.index! + last[0].length).trim() === '')
    report.publishedOn = `${last[1]}-${last[2]!.padStart(2, '0')}-${last[3]!.padStart(2, '0')}`;

  if (norm.proactive !== undefined) {
    const p = proactive(norm.proactive, format, issues);
    if (Object.keys(p).length) report.proactive = p;
  } else issues.push({ path: 'proactive', kind: 'missing', seen: '二、主动公开政府信息情况' });

  if (norm.applications !== undefined) {
    const a = applications(norm.applications, format, issues);
    if (Object.keys(a).length) report.applications = a;
  } else issues.push({ path: 'applications', kind: 'missing', seen: '三、收到和处理政府信息公开申请情况' });

  if (norm.reviewLitigation !== undefined) {
    const r = reviewLitigation(norm.reviewLitigation, issues);
    if (r) report.reviewLitigation = r;
  } else issues.push({ path: 'reviewLitigation', kind: 'missing', seen: '四、政府信息公开行政复议、行政诉讼情况' });

  const platformsFound = platforms(normalize(original.overview ?? ''));
  if (platformsFound) report.platforms = platformsFound;

  // Lines that close the report (the agency's name, the date) are not prose.
  const closing = (line: string) => line === agency || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(normalize(line));
  const narrative: Json = {};
  const overview = prose(original.overview ?? '');
  const problems = prose(original.problems ?? '');
  const other = prose(original.other ?? '', closing);
  if (overview) narrative.overview = overview;
  if (problems) narrative.problems = problems;
  if (other) narrative.other = other;
  if (Object.keys(narrative).length) report.narrative = narrative;

  const fees = normalize(original.other ?? '');
  if (/未(?:发生)?(?:计收|收取)[^。]*?信息处理费/.test(fees)) report.informationFees = 0;
  else {
    const charged = /(?:计收|收取)[^。\d]*?信息处理费[^。\d]*?([\d,.]+)\s*(万)?\s*元/.exec(fees);
    if (charged) report.informationFees = amount(charged[1]!, charged[2]);
  }
  return { report, issues };
}

/** Block elements end a line; cells are separated by tabs. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'table', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'thead', 'tbody', 'caption']);

/**
 * The report's HTML as text: one line per table row and paragraph, tab-separated cells,
 * entities decoded, scripts and styles dropped. Row and column spans need no expanding:
 * the labels are read in order, and a spanning label is read once.
 */
export function htmlToText(html: string): string {
  let out = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        else if (BLOCK.has(name)) out += '\n';
        else if (name === 'td' || name === 'th') out += '\t';
      },
      ontext(text) {
        if (!skip) out += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip--;
        else if (BLOCK.has(name)) out += '\n';
        else if (name === 'td' || name === 'th') out += '\t';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** Parses report HTML (tables and paragraphs from a government site). */
export const parseReportHtml = (html: string): ParseResult => parseReportText(htmlToText(html));

/** Parses either: HTML when it looks like markup, text otherwise. */
export const parseReportSource = (source: string): ParseResult =>
  /<(?:table|html|body|p|div|td)[\s>]/i.test(source) ? parseReportHtml(source) : parseReportText(source);
