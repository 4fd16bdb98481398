/**
 * From the published report to the report JSON: a pure parser of the report's HTML, of the
 * text copied out of a PDF or Word file, or of Markdown, in the 2021 or the 2019 national
 * format. It finds the national tables by their own row labels, whatever the headings and the
 * layout, and reads each cell where the form puts it. What it cannot read without guessing is
 * named in an issue with the text it saw, never guessed and never turned into 0.
 */
import { documentText, htmlDocument, normalize, textDocument, type Doc } from './document.js';
import { APPLICATIONS_2019, APPLICATIONS_2021, MARKERS, PROACTIVE_2019, PROACTIVE_2021, type Format } from './form.js';
import { readReview, readTable, setPath, type ParseIssue, type ParseNote, type Sink } from './tables.js';
import { squash, tokenize, wordSpace } from './tokens.js';

export type { ParseIssue, ParseNote } from './tables.js';

export interface ParseResult {
  /** The report JSON, with what could be read. Validate it before use. */
  report: Record<string, unknown>;
  /** What could not be read: each names its path, what was seen and why. */
  issues: ParseIssue[];
  /** What the parser decided that a reader should know (the format and why, blank cells read as 0). */
  notes: ParseNote[];
}

type Json = Record<string, unknown>;

/** The report's sections, found by their headings' words (numbering and wording vary). */
const HEADINGS: [Section, RegExp][] = [
  ['overview', /总体情况/],
  ['proactive', /主动公开政府信息/],
  ['applications', /收到和处理政府信息公开申请|依申请公开/],
  ['reviewLitigation', /行政复议|行政诉讼/],
  ['problems', /存在的?(?:主要)?问题|问题及(?:改进|整改)|不足及改进/],
  ['other', /其他需要报告的事项|其他需报告/],
];
type Section = 'overview' | 'proactive' | 'applications' | 'reviewLitigation' | 'problems' | 'other';

/** A section heading: a short line that starts with 一、 … 六、 (or is marked as a heading). */
const HEADING_LINE = /^\s*(?:#+\s*)?(?:第?[一二三四五六七八]\s*[、.．]|[一二三四五六七八]\s*是)/;

/** The lines of each section's prose, by headings; lines before the first are the head. */
function sectionLines(lines: string[]): Partial<Record<Section | 'head', string[]>> {
  const out: Partial<Record<Section | 'head', string[]>> = { head: [] };
  let current: Section | 'head' = 'head';
  for (const line of lines) {
    // A heading is a short line: longer ones are not normalised to be tested.
    const flat = line.length <= 60 ? normalize(line).trim() : '';
    if (flat && flat.length <= 40 && HEADING_LINE.test(flat) && !flat.includes('\t')) {
      const hit = HEADINGS.find(([, re]) => re.test(flat));
      if (hit && !out[hit[0]]) {
        current = hit[0];
        out[current] = [];
        continue;
      }
    }
    (out[current] ??= []).push(line);
  }
  return out;
}

/** 万 and 亿 as written in prose: "303 万" → 3030000. */
const amount = (value: string, unit?: string) =>
  Math.round(Number(value.replace(/,/g, '')) * (unit === '亿' ? 1e8 : unit === '万' ? 1e4 : 1));

const PLATFORMS: Record<string, string> = { 微信: 'wechat', 微博: 'weibo', 抖音: 'douyin', 头条: 'toutiao' };

/** A sentence's subject is the government website, not a new-media account or another portal. */
const websiteSubject = (text: string) => /网站|门户/.test(text) && !/微信|微博|抖音|头条|新媒体|公众号|政务服务网|政务服务平台|客户端|APP/i.test(text);

/** Website and new-media figures, from the overview's prose. */
function platforms(text: string): Json | undefined {
  const website: Json = {};
  const sentences = text.split(/(?<=[。；;！!？?\n])/);
  for (const sentence of sentences) {
    if (website.pageViews === undefined) {
      const views = /(?:点击|访问|浏览)[^,，。;；\d]{0,12}?(?:量|次数)?\s*(?:达到?|为|共|约|累计)?\s*([\d,.]+)\s*(万|亿)?\s*(?:人)?次/.exec(sentence);
      if (views && !/微信|微博|抖音|头条|新媒体|公众号|客户端/.test(sentence.slice(0, views.index))) website.pageViews = amount(views[1]!, views[2]);
    }
    if (website.published === undefined) {
      const published = /发布(?:各类)?(?:政府)?信息\s*(?:共计?|合计|累计)?\s*([\d,]+)\s*条/.exec(sentence);
      if (published && websiteSubject(sentence.slice(0, published.index))) {
        website.published = amount(published[1]!);
        const name = /(?:通过|在)([^,，。;；\s]{2,40}?(?:网站|门户网站|门户))(?:上)?(?:共|累计)?(?:发布|公开)/.exec(sentence);
        if (name) website.name = name[1];
        const list = /其中([^。；;]+)/.exec(sentence.slice(published.index + published[0].length));
        if (list) {
          const items = [...list[1]!.matchAll(/([^,，、;；]+?)\s*([\d,]+)\s*条/g)].map((m) => ({
            label: m[1]!.replace(/^\s*(?:和|及|以及)/, '').replace(/(?:类)?信息$/, '').replace(/类$/, '').trim(),
            count: amount(m[2]!),
          }));
          if (items.length && items.every((i) => i.label)) website.breakdown = items;
        }
      }
    }
  }
  const newMedia = [
    ...text.matchAll(
      /政务(微信|微博|抖音|头条号?)(?:公众号)?\s*[“"「]([^”"」]+)[”"」][^。]*?发布(?:信息)?\s*(?:共|累计)?\s*([\d,]+)\s*条[^。]*?粉丝(?:量|数)?\s*(?:达到?|为|共|累计)?\s*([\d,.]+)\s*(万|亿)?/g,
    ),
  ].map((m) => ({ name: m[2], platform: PLATFORMS[m[1]!.replace('号', '')] ?? 'other', posts: amount(m[3]!), followers: amount(m[4]!, m[5]) }));
  const out: Json = {};
  if (Object.keys(website).length) out.website = website;
  if (newMedia.length) out.newMedia = newMedia;
  return Object.keys(out).length ? out : undefined;
}

const TERMINAL = /[。！？；：!?;:”"’）)]$/;
const SUBHEADING = /^[(（][一二三四五六七八九十]+[)）]/;

/**
 * A section's prose as paragraphs: markdown marks dropped, lines that a PDF broke mid-sentence
 * joined again, sub-headings kept as lines of their own. Table rows are not prose.
 */
function prose(lines: string[] | undefined, drop: (line: string) => boolean = () => false): string | undefined {
  const paragraphs: { text: string; heading: boolean; ended: boolean }[] = [];
  for (const raw of lines ?? []) {
    if (raw.includes('\t')) continue;
    const marked = /^\s*#+\s*/.test(raw);
    const line = raw.replace(/^\s*#+\s*/, '').trim();
    if (!line || drop(line)) continue;
    const heading = marked || (SUBHEADING.test(line) && line.length <= 30 && !TERMINAL.test(line));
    const last = paragraphs.at(-1);
    // The paragraph's last line, not its whole text, is tested: a long paragraph (a page's
    // link list) made this quadratic.
    if (last && !last.heading && !heading && !last.ended) {
      last.text += line;
      last.ended = TERMINAL.test(line);
    } else paragraphs.push({ text: line, heading, ended: TERMINAL.test(line) });
  }
  return paragraphs.length ? paragraphs.map((p) => p.text).join('\n\n') : undefined;
}

const TITLE_WORDS = /(?:政府)?信息公开(?:工作)?(?:年度报告|年报|工作报告)/;

/** Cleans an agency name cut out of a title: no brackets, quotes, leading labels or spaces. */
const cleanAgency = (name: string) =>
  name
    .replace(/^(?:.*?[:：])?/, '')
    .replace(/^[《〈「“"'\s]+|[》〉」”"'\s]+$/g, '')
    .replace(/^关于/, '')
    .trim();

/** Agency and year from a title: agency first or year first, with or without 工作, 年报. */
export function readTitle(text: string): { agency?: string; year?: number; title: string } | undefined {
  const flat = squash(normalize(text)).replace(/"/g, '');
  let m = new RegExp(`^(.*?)(\\d{4})年度?(.*?)${TITLE_WORDS.source}`).exec(flat);
  if (m) {
    const before = cleanAgency(m[1]!);
    let after = cleanAgency(m[3]!);
    if (/人民$/.test(after)) after += '政府';
    const agency = before || after || undefined;
    return { agency, year: Number(m[2]), title: m[0] };
  }
  m = new RegExp(`^(.*?)${TITLE_WORDS.source}\\(?(\\d{4})年度?\\)?`).exec(flat);
  if (m) return { agency: cleanAgency(m[1]!) || undefined, year: Number(m[2]), title: m[0] };
  return undefined;
}

/** The title among the first lines (joined when it wraps), then the page's `<h1>` and `<title>`. */
function findTitle(doc: Doc, head: string[]) {
  // Short lines that end a title (…年度报告, …年报), with the line before them (a title over two lines).
  const short = head.map((l) => l.replace(/^\s*#+\s*/, '').trim()).filter((l) => l && l.length <= 60);
  const candidates: string[] = [];
  if (doc.heading) candidates.push(doc.heading);
  const ends = /年度报告|年报|工作报告/;
  short.forEach((line, i) => {
    if (ends.test(line)) {
      candidates.push(line);
      if (i > 0) candidates.push(short[i - 1]! + line);
    }
    // A title wrapped inside its last words ("…工作年" / "度报告").
    const next = short[i + 1];
    if (next && next.length <= 12 && !ends.test(line) && !ends.test(next) && ends.test(line + next)) {
      candidates.push(line + next);
      if (i > 0) candidates.push(short[i - 1]! + line + next);
    }
  });
  if (doc.title) candidates.push(doc.title);
  let best: ReturnType<typeof readTitle>;
  for (const c of candidates) {
    const t = readTitle(c);
    if (t?.agency && t.year) return t;
    best ??= t;
  }
  return best;
}

/** The agency from "本报告由…编制" or the signature line above the closing date. */
function agencyElsewhere(lines: string[]): string | undefined {
  const all = lines.map((l) => normalize(l).trim()).filter(Boolean);
  // Read over line ends: a PDF breaks the sentence where the page's width runs out.
  const m = /本(?:年度)?报告由([^。，,；;]{2,40}?)(?:负责)?(?:依照|依据|按照|根据|编制|编写|制作)/.exec(all.join('').replace(/\s+/g, ''));
  if (m) return cleanAgency(m[1]!);
  const date = all.findLastIndex((l) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(l));
  const signature = date > 0 ? all[date - 1]!.replace(/\s+/g, '') : undefined;
  if (signature && signature.length <= 30 && /(?:局|委|办|厅|院|会|政府|中心|处|所|站|街道|办事处|镇|乡)$/.test(signature)) return signature;
  return undefined;
}

/** 2021 or 2019, on the markers of each format in the document; the year breaks a tie. */
function decideFormat(space: string, year: number | undefined, notes: ParseNote[]): Format {
  const seen = (f: Format) => MARKERS[f].filter(([re]) => re.test(space)).map(([, name]) => name);
  const m2021 = seen('2021');
  const m2019 = seen('2019');
  let format: Format;
  let why: string;
  if (m2021.length !== m2019.length) {
    format = m2021.length > m2019.length ? '2021' : '2019';
    why = `${format} markers: ${(format === '2021' ? m2021 : m2019).join('、')}`;
  } else {
    format = year !== undefined && year <= 2020 ? '2019' : '2021';
    why = m2021.length ? `as many markers of each format; decided by the year ${year ?? 'unknown'}` : `no marker of either format; decided by the year ${year ?? 'unknown'}`;
  }
  const other = format === '2021' ? m2019 : m2021;
  if (other.length) why += `; conflicting ${format === '2021' ? '2019' : '2021'} markers: ${other.join('、')}`;
  notes.push({ path: 'format', message: `${format} format (${why})` });
  return format;
}

/** Whether the document says no information-processing fee was charged. */
const NO_FEE = /(?:未|没有|无|不|零)[^。，,；;]{0,12}?(?:收取|计收|收费|发生|产生)[^。；;]{0,10}?信息处理费|信息处理费[^。；;\d]{0,12}?(?:为零|为0元?|(?<![\d.])0元|未收取|均未|无)/;

/** The report's figures and texts from a document. */
export function parseDocument(doc: Doc): ParseResult {
  const sink: Sink = { issues: [], notes: [] };
  const report: Json = { schemaVersion: 1 };
  const text = documentText(doc);
  const lines = text.split('\n');
  const normalized = normalize(text);
  const sections = sectionLines(lines);
  const tokens = tokenize(doc);
  const space = wordSpace(tokens);

  const title = findTitle(doc, sections.head?.length ? sections.head : lines.slice(0, 10));
  const agency = title?.agency ?? agencyElsewhere(lines);
  let year = title?.year;
  if (year === undefined) {
    const period = /统计(?:期限|时限|区间|期间|期|日期)?(?:为|是|自)?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(normalized);
    if (period) year = Number(period[1]);
  }
  const format = decideFormat(space.text, year, sink.notes);
  report.format = format;
  if (agency) report.agency = { name: agency };
  else sink.issues.push({ path: 'agency.name', kind: 'missing', seen: (title?.title ?? lines.find((l) => l.trim()) ?? '').slice(0, 60), why: 'no agency in the title, in "本报告由…编制" or above the closing date' });
  if (year !== undefined) report.year = year;
  else sink.issues.push({ path: 'year', kind: 'missing', seen: (lines.find((l) => l.trim()) ?? '').slice(0, 60), why: 'no year in the title or the statistics period' });
  if (title && agency && year) report.source = { title: title.agency === agency ? title.title : `${year}年${agency}政府信息公开工作年度报告` };

  // The date at the end, under the agency's name.
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 3; i--) {
    const line = normalize(lines[i]!).trim();
    if (line) tail.push(line);
  }
  for (const line of tail) {
    const d = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(line);
    if (d) {
      report.publishedOn = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
      break;
    }
  }

  const put = (root: string, values: Map<string, number>) => {
    const target: Json = {};
    for (const [path, value] of values) setPath(target, path, value);
    if (target[root] !== undefined) report[root] = target[root];
  };

  const proactive = readTable(tokens, space, format === '2021' ? PROACTIVE_2021 : PROACTIVE_2019, sink, { minimum: 2, section: 'proactive' });
  if (proactive.found) put('proactive', proactive.values);
  else sink.issues.push({ path: 'proactive', kind: 'missing', seen: headingsSeen(sections), why: 'no table with 规章, 行政规范性文件 or 行政许可 rows found' });

  // Some reports on 2021 and later still print the 2019 table's one （六）其他处理 row.
  const singleOther = format === '2019' || !/逾期不补正|缴纳费用/.test(space.text);
  const applications = readTable(tokens, space, singleOther ? APPLICATIONS_2019 : APPLICATIONS_2021, sink, {
    minimum: 3,
    totalOnly: true,
    section: 'applications',
  });
  // The row is read by applicant type (`….other.total`, `….other.naturalPerson`…) or as a total only (`….other`).
  const otherRow = (path: string) => path === 'applications.outcomes.otherHandling.other' || path.startsWith('applications.outcomes.otherHandling.other.');
  if (format === '2021' && singleOther && [...applications.values.keys()].some(otherRow))
    sink.notes.push({ path: 'applications.outcomes.otherHandling', message: '（六）其他处理 is one row here, as in the 2019 form: read as otherHandling.other' });
  if (applications.found) put('applications', applications.values);
  else sink.issues.push({ path: 'applications', kind: 'missing', seen: headingsSeen(sections), why: 'no table with 本年新收, 予以公开 … rows found' });

  const review = readReview(tokens, space, sink);
  if (review) put('reviewLitigation', review);

  const overviewText = normalize((sections.overview ?? lines).join('\n'));
  const platformsFound = platforms(overviewText);
  if (platformsFound) report.platforms = platformsFound;

  // The signature (the agency's name, perhaps printed with spaces between its characters) and the date under it.
  const closing = (line: string) =>
    line.replace(/\s+/g, '') === agency || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(normalize(line));
  const narrative: Json = {};
  const overview = prose(sections.overview);
  const problems = prose(sections.problems);
  const other = prose(sections.other, closing);
  if (overview) narrative.overview = overview;
  if (problems) narrative.problems = problems;
  if (other) narrative.other = other;
  if (Object.keys(narrative).length) report.narrative = narrative;

  const flat = normalized.replace(/\s+/g, '');
  if (NO_FEE.test(flat)) report.informationFees = 0;
  else {
    const charged = /(?:计收|收取)[^。\d]*?信息处理费[^。\d]*?([\d,.]+)(万)?元/.exec(flat);
    if (charged) report.informationFees = amount(charged[1]!, charged[2]);
  }
  return { report, issues: sink.issues, notes: sink.notes };
}

/** The headings the document has, for a "section not found" message. */
function headingsSeen(sections: Partial<Record<string, string[]>>) {
  const names = Object.keys(sections).filter((k) => k !== 'head');
  return names.length ? `sections found: ${names.join(', ')}` : 'no section headings found';
}

/** Parses the report's text (copied from a PDF or Word file, web text, or Markdown). */
export const parseReportText = (text: string): ParseResult => parseDocument(textDocument(text));

/** Parses report HTML (a government site's page). */
export const parseReportHtml = (html: string): ParseResult => parseDocument(htmlDocument(html));

/** Parses either: HTML when it looks like markup, text otherwise. */
export const parseReportSource = (source: string): ParseResult =>
  /<(?:table|html|body|p|div|td)[\s>]/i.test(source) ? parseReportHtml(source) : parseReportText(source);

/** The report's HTML as text: one line per paragraph, table rows with tab-separated cells. */
export const htmlToText = (html: string): string => documentText(htmlDocument(html));
