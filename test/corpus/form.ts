/**
 * The national form, as the corpus layouts print it: the rows and labels of the three tables
 * (section 二, 三 and 四) in the 2021 and the 2019 format, and the section headings. Layouts
 * render a truth (a report JSON) through these, varying the wording where real reports do.
 * Every label here is the form's own wording (国办公开办函〔2021〕30号 and 〔2019〕60号), not
 * any report's sentence.
 */
import type { Report } from '../../src/report/types.js';

export type Truth = Report;
export type Format = '2021' | '2019';

/** The applicant columns in the form's order, with their header labels. */
export const COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['publicInterest', '社会公益组织'],
  ['legalService', '法律服务机构'],
  ['other', '其他'],
  ['total', '总计'],
] as const;
export type ColumnKey = (typeof COLUMNS)[number][0];

/** One row of the application table. `group` is the block label printed in the column left of it. */
export interface FormRow {
  /** JSON path under `applications`, e.g. `outcomes.withheld.stateSecret`. */
  path: string;
  /** The outer label (一、… 三、本年度办理结果 四、…). */
  section: string;
  /** The group label within 三 ((三)不予公开), where there is one. */
  group?: string;
  /** The row's own label. */
  label: string;
}

const R3 = '三、本年度办理结果';
const W = '（三）不予公开';
const U = '（四）无法提供';
const N = '（五）不予处理';
const O = '（六）其他处理';

/** The application table's rows in order, 2021 format (25 rows). */
export const APPLICATION_ROWS_2021: FormRow[] = [
  { path: 'received', section: '一、本年新收政府信息公开申请数量', label: '' },
  { path: 'carriedOver', section: '二、上年结转政府信息公开申请数量', label: '' },
  { path: 'outcomes.disclosed', section: R3, label: '（一）予以公开' },
  { path: 'outcomes.partlyDisclosed', section: R3, label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { path: 'outcomes.withheld.stateSecret', section: R3, group: W, label: '1.属于国家秘密' },
  { path: 'outcomes.withheld.prohibitedByLaw', section: R3, group: W, label: '2.其他法律行政法规禁止公开' },
  { path: 'outcomes.withheld.endangersSecurity', section: R3, group: W, label: '3.危及“三安全一稳定”' },
  { path: 'outcomes.withheld.thirdPartyRights', section: R3, group: W, label: '4.保护第三方合法权益' },
  { path: 'outcomes.withheld.internalAffairs', section: R3, group: W, label: '5.属于三类内部事务信息' },
  { path: 'outcomes.withheld.processInformation', section: R3, group: W, label: '6.属于四类过程性信息' },
  { path: 'outcomes.withheld.enforcementFiles', section: R3, group: W, label: '7.属于行政执法案卷' },
  { path: 'outcomes.withheld.administrativeQuery', section: R3, group: W, label: '8.属于行政查询事项' },
  { path: 'outcomes.unavailable.notHeld', section: R3, group: U, label: '1.本机关不掌握相关政府信息' },
  { path: 'outcomes.unavailable.needsCreation', section: R3, group: U, label: '2.没有现成信息需要另行制作' },
  { path: 'outcomes.unavailable.stillUnclear', section: R3, group: U, label: '3.补正后申请内容仍不明确' },
  { path: 'outcomes.notProcessed.complaint', section: R3, group: N, label: '1.信访举报投诉类申请' },
  { path: 'outcomes.notProcessed.repeated', section: R3, group: N, label: '2.重复申请' },
  { path: 'outcomes.notProcessed.publication', section: R3, group: N, label: '3.要求提供公开出版物' },
  { path: 'outcomes.notProcessed.excessive', section: R3, group: N, label: '4.无正当理由大量反复申请' },
  { path: 'outcomes.notProcessed.reconfirmation', section: R3, group: N, label: '5.要求行政机关确认或重新出具已获取信息' },
  { path: 'outcomes.otherHandling.noCorrection', section: R3, group: O, label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  { path: 'outcomes.otherHandling.feeUnpaid', section: R3, group: O, label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  { path: 'outcomes.otherHandling.other', section: R3, group: O, label: '3.其他' },
  { path: 'outcomes.total', section: R3, label: '（七）总计' },
  { path: 'carriedForward', section: '四、结转下年度继续办理', label: '' },
];

/** The 2019 format: the same rows, but (六)其他处理 is one row (under otherHandling.other). */
export const APPLICATION_ROWS_2019: FormRow[] = [
  ...APPLICATION_ROWS_2021.filter((r) => !r.path.startsWith('outcomes.otherHandling') && r.path !== 'outcomes.total' && r.path !== 'carriedForward'),
  { path: 'outcomes.otherHandling.other', section: R3, label: '（六）其他处理' },
  ...APPLICATION_ROWS_2021.filter((r) => r.path === 'outcomes.total' || r.path === 'carriedForward'),
];

/**
 * The rows a report prints: the 2021 form, or the 2019 one, which some reports on 2021 and
 * later still print (one （六）其他处理 row): a truth whose otherHandling has neither
 * noCorrection nor feeUnpaid is printed that way.
 */
export const applicationRows = (truth: Truth) => {
  const other = truth.applications?.outcomes?.otherHandling;
  const single = other && other.noCorrection === undefined && other.feeUnpaid === undefined;
  return truth.format === '2021' && !single ? APPLICATION_ROWS_2021 : APPLICATION_ROWS_2019;
};

/** The header above the application table. */
export const APPLICANT_HEADER = {
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicant: '申请人情况',
  legal: '法人或其他组织',
};

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/**
 * A cell of the application table as the truth gives it: a number, or undefined where the
 * truth has no figure (a total-only row has only `total`).
 */
export function applicationCell(truth: Truth, path: string, column: ColumnKey): number | undefined {
  const row = at(truth.applications, path);
  if (typeof row === 'number') return column === 'total' ? row : undefined;
  if (row && typeof row === 'object') return (row as Record<string, number | undefined>)[column];
  return undefined;
}

/** Section 二's tables: [title, column headers, rows of [label, values]], from the truth. */
export function proactiveTables(truth: Truth): { title: string; header: string[]; rows: [string, (number | undefined)[]][] }[] {
  const p = truth.proactive ?? {};
  if (truth.format === '2021') {
    const stock = (s: { issued?: number; repealed?: number; inForce?: number } | undefined) => [s?.issued, s?.repealed, s?.inForce];
    return [
      { title: '第二十条第（一）项', header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', stock(p.rules)], ['行政规范性文件', stock(p.normativeDocuments)]] },
      { title: '第二十条第（五）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政许可', [p.licensing]]] },
      { title: '第二十条第（六）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政处罚', [p.penalties]], ['行政强制', [p.coercion]]] },
      { title: '第二十条第（八）项', header: ['信息内容', '本年收费金额（单位：万元）'], rows: [['行政事业性收费', [p.fees]]] },
    ];
  }
  const stock = (s: { produced?: number; published?: number; publishedTotal?: number } | undefined) => [s?.produced, s?.published, s?.publishedTotal];
  const item = (i: { lastYear?: number; change?: number } | undefined, decisions?: number) => [i?.lastYear, i?.change, decisions];
  const items = p.itemCounts ?? {};
  return [
    { title: '第二十条第（一）项', header: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章', stock(p.rules)], ['规范性文件', stock(p.normativeDocuments)]] },
    { title: '第二十条第（五）项', header: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政许可', item(items.licensing, p.licensing)], ['其他对外管理服务事项', item(items.otherServices, p.otherServices)]] },
    { title: '第二十条第（六）项', header: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政处罚', item(items.penalties, p.penalties)], ['行政强制', item(items.coercion, p.coercion)]] },
    { title: '第二十条第（八）项', header: ['信息内容', '上一年项目数量', '本年增/减'], rows: [['行政事业性收费', [items.fees?.lastYear, items.fees?.change]]] },
    { title: '第二十条第（九）项', header: ['信息内容', '采购项目数量', '采购总金额'], rows: [['政府集中采购', [p.procurement?.projects, p.procurement?.amount]]] },
  ];
}

/** Section 四's three blocks and five results, in the form's order. */
export const REVIEW_BLOCKS = [
  ['review', '行政复议'],
  ['directSuit', '未经复议直接起诉'],
  ['suitAfterReview', '复议后起诉'],
] as const;
export const REVIEW_RESULTS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const;

export const reviewCell = (truth: Truth, block: string, result: string): number | undefined =>
  at(truth.reviewLitigation, `${block}.${result}`) as number | undefined;

/** The section headings of both formats (the same words). */
export const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

/** The report's title, agency first (the most common form). */
export const title = (truth: Truth) => `${truth.agency.name}${truth.year}年政府信息公开工作年度报告`;

/** "2024年1月19日" from "2024-01-19". */
export const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Full-width digits, as some web texts print them. */
export const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A figure as a cell prints it; undefined (no figure in the truth) prints as blank. */
export const cell = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The overview's figures in prose, in this project's own words: the website's page views and
 * items (with categories), and each new-media account. Layouts may word it their own way as
 * long as the parser's prose rules read it.
 */
export function platformProse(truth: Truth): string[] {
  const out: string[] = [];
  const site = truth.platforms?.website;
  if (site?.published !== undefined) {
    const parts = (site.breakdown ?? []).map((b) => `${b.label}类${b.count}条`).join('，');
    out.push(`本年度${site.name ? `通过${site.name}` : '门户网站'}发布信息共${site.published}条${parts ? `，其中${parts}` : ''}。`);
  }
  if (site?.pageViews !== undefined) out.push(`网站全年访问量${site.pageViews}次。`);
  for (const m of truth.platforms?.newMedia ?? []) {
    const kind = { wechat: '微信', weibo: '微博', douyin: '抖音', toutiao: '头条号', other: '' }[m.platform ?? 'other'];
    if (kind && m.posts !== undefined && m.followers !== undefined)
      out.push(`政务${kind}“${m.name}”发布信息${m.posts}条，粉丝${m.followers}人。`);
  }
  return out;
}
