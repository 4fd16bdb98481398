/**
 * The national form's rows as the parser looks for them: the label patterns (in the word
 * space: no white space, ASCII brackets and quotes) and where each cell goes in the JSON.
 * The first pattern of a row is its full label; later ones are the short forms some reports
 * print, matched with less weight.
 */
import type { CellKind, FormRow } from './tables.js';

export type Format = '2021' | '2019';

const COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['publicInterest', '社会公益组织'],
  ['legalService', '法律服务机构'],
  ['other', '其他'],
  ['total', '总计'],
] as const;

const appRow = (path: string, label: string, ...patterns: RegExp[]): FormRow => ({
  path: `applications.${path}`,
  label,
  patterns,
  cells: COLUMNS.map(([key, column]) => ({ path: `applications.${path}.${key}`, column, kind: 'count' as CellKind })),
  totalLast: true,
});

/**
 * A reason row of groups (三) to (五): its label ("（三）1.属于国家秘密") and its full pattern
 * ("1.属于国家秘密", the number optional) made from the same words, then its short forms.
 */
const reason = (path: string, group: string, k: number, words: string, ...short: RegExp[]) =>
  appRow(path, `（${group}）${k}.${words}`, new RegExp(`${k}[.、]?${words.replace(/[“”]/g, '"?')}`), ...short);

const COMMON_HEAD: FormRow[] = [
  appRow('received', '一、本年新收政府信息公开申请数量', /本年新收(?:政府信息公开)?申请(?:数量)?/, /本年新收/),
  appRow('carriedOver', '二、上年结转政府信息公开申请数量', /上年结转(?:政府信息公开)?申请(?:数量)?/, /上年结转/),
  appRow('outcomes.disclosed', '（一）予以公开', /\(一\)予以公开/, /予以公开/),
  appRow('outcomes.partlyDisclosed', '（二）部分公开', /\(二\)部分公开/, /部分公开/),
  reason('outcomes.withheld.stateSecret', '三', 1, '属于国家秘密', /国家秘密/),
  reason('outcomes.withheld.prohibitedByLaw', '三', 2, '其他法律行政法规禁止公开', /禁止公开/, /其他法律/),
  reason('outcomes.withheld.endangersSecurity', '三', 3, '危及“三安全一稳定”', /三安全一稳定/),
  reason('outcomes.withheld.thirdPartyRights', '三', 4, '保护第三方合法权益', /第三方合法权益/),
  reason('outcomes.withheld.internalAffairs', '三', 5, '属于三类内部事务信息', /内部事务/),
  reason('outcomes.withheld.processInformation', '三', 6, '属于四类过程性信息', /过程性信息/),
  reason('outcomes.withheld.enforcementFiles', '三', 7, '属于行政执法案卷', /执法案卷/),
  reason('outcomes.withheld.administrativeQuery', '三', 8, '属于行政查询事项', /行政查询/),
  reason('outcomes.unavailable.notHeld', '四', 1, '本机关不掌握相关政府信息', /不掌握/),
  reason('outcomes.unavailable.needsCreation', '四', 2, '没有现成信息需要另行制作', /另行制作/),
  reason('outcomes.unavailable.stillUnclear', '四', 3, '补正后申请内容仍不明确', /仍不明确/),
  reason('outcomes.notProcessed.complaint', '五', 1, '信访举报投诉类申请', /信访举报投诉/),
  reason('outcomes.notProcessed.repeated', '五', 2, '重复申请', /重复申请/),
  reason('outcomes.notProcessed.publication', '五', 3, '要求提供公开出版物', /公开出版物/),
  reason('outcomes.notProcessed.excessive', '五', 4, '无正当理由大量反复申请', /大量反复/),
  reason('outcomes.notProcessed.reconfirmation', '五', 5, '要求行政机关确认或重新出具已获取信息', /重新出具/),
];

const TAIL: FormRow[] = [
  appRow('outcomes.total', '（七）总计', /\(七\)总计/, /总计/),
  appRow('carriedForward', '四、结转下年度继续办理', /结转下年度继续办理/, /结转下年度/),
];

/** The application table, 2021 format: 25 rows. */
export const APPLICATIONS_2021: FormRow[] = [
  ...COMMON_HEAD,
  appRow('outcomes.otherHandling.noCorrection', '（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', /逾期不补正/),
  appRow('outcomes.otherHandling.feeUnpaid', '（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', /逾期未按收费通知要求缴纳费用/, /缴纳费用/),
  appRow('outcomes.otherHandling.other', '（六）3.其他', /3[.、]?其他(?!法律|处理|结果|组织|对外|情形)/, /其他(?!法律|处理|结果|组织|对外|情形)/),
  ...TAIL,
];

/** The 2019 format: （六）其他处理 is one row, kept under otherHandling.other. */
export const APPLICATIONS_2019: FormRow[] = [
  ...COMMON_HEAD,
  appRow('outcomes.otherHandling.other', '（六）其他处理', /\(六\)其他处理/, /其他处理/),
  ...TAIL,
];

const row = (path: string, label: string, patterns: RegExp[], cells: [string, string, CellKind][]): FormRow => ({
  path,
  label,
  patterns,
  cells: cells.map(([p, column, kind]) => ({ path: `proactive.${p}`, column, kind })),
});

const RULES = [/规章/];
const DOCUMENTS = [/行政规范性文件/, /规范性文件/];

/** Section 二, 2021: 本年制发 / 本年废止 / 现行有效; decisions; fees in 万元. */
export const PROACTIVE_2021: FormRow[] = [
  row('proactive.rules', '规章', RULES, [['rules.issued', '本年制发件数', 'count'], ['rules.repealed', '本年废止件数', 'count'], ['rules.inForce', '现行有效件数', 'count']]),
  row('proactive.normativeDocuments', '行政规范性文件', DOCUMENTS, [
    ['normativeDocuments.issued', '本年制发件数', 'count'],
    ['normativeDocuments.repealed', '本年废止件数', 'count'],
    ['normativeDocuments.inForce', '现行有效件数', 'count'],
  ]),
  row('proactive.licensing', '行政许可', [/行政许可/], [['licensing', '本年处理决定数量', 'count']]),
  row('proactive.penalties', '行政处罚', [/行政处罚/], [['penalties', '本年处理决定数量', 'count']]),
  row('proactive.coercion', '行政强制', [/行政强制/], [['coercion', '本年处理决定数量', 'count']]),
  row('proactive.fees', '行政事业性收费', [/行政事业性收费/], [['fees', '本年收费金额（万元）', 'money']]),
];

const items = (key: string, decisions?: string): [string, string, CellKind][] => [
  [`itemCounts.${key}.lastYear`, '上一年项目数量', 'count'],
  [`itemCounts.${key}.change`, '本年增/减', 'change'],
  ...(decisions ? [[decisions, '处理决定数量', 'count'] as [string, string, CellKind]] : []),
];

/** Section 二, 2019: 本年新制作 / 本年新公开 / 对外公开总数; item counts; procurement. */
export const PROACTIVE_2019: FormRow[] = [
  row('proactive.rules', '规章', RULES, [['rules.produced', '本年新制作数量', 'count'], ['rules.published', '本年新公开数量', 'count'], ['rules.publishedTotal', '对外公开总数量', 'count']]),
  row('proactive.normativeDocuments', '规范性文件', DOCUMENTS, [
    ['normativeDocuments.produced', '本年新制作数量', 'count'],
    ['normativeDocuments.published', '本年新公开数量', 'count'],
    ['normativeDocuments.publishedTotal', '对外公开总数量', 'count'],
  ]),
  row('proactive.licensing', '行政许可', [/行政许可/], items('licensing', 'licensing')),
  row('proactive.otherServices', '其他对外管理服务事项', [/其他对外管理服务事项/, /对外管理服务/], items('otherServices', 'otherServices')),
  row('proactive.penalties', '行政处罚', [/行政处罚/], items('penalties', 'penalties')),
  row('proactive.coercion', '行政强制', [/行政强制/], items('coercion', 'coercion')),
  row('proactive.fees', '行政事业性收费', [/行政事业性收费/], items('fees')),
  row('proactive.procurement', '政府集中采购', [/政府集中采购/], [['procurement.projects', '采购项目数量', 'count'], ['procurement.amount', '采购总金额', 'money']]),
];

/** A marker: its pattern in the word space, and its name (the pattern's first words by default). */
const marker = (words: string, name = words.split('|')[0]!): [RegExp, string] => [new RegExp(words), name];

/** Markers of each format, in the word space, with what they are. */
export const MARKERS: Record<Format, [RegExp, string][]> = {
  '2021': [
    marker('本年制发件数|本年制发'),
    marker('本年废止件数'),
    marker('现行有效件数'),
    marker('本年处理决定数量'),
    marker('本年收费金额'),
    marker('逾期不补正', '（六）1. 逾期不补正'),
    marker('逾期未按收费通知', '（六）2. 逾期未按收费通知'),
  ],
  '2019': [
    marker('本年新制作数量'),
    marker('本年新公开数量'),
    marker('对外公开总数量'),
    marker('上一年项目数量'),
    marker('本年增/?减', '本年增/减'),
    marker('其他对外管理服务事项'),
    marker('政府集中采购'),
  ],
};
