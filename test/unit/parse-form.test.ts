/**
 * The national form as the parser knows it (`src/parse/form.ts`): which label finds which row,
 * where each cell goes in the JSON, what issues call rows and columns, and which words mark
 * each format. Expected names come from the form and from REPORT-FORMAT.md.
 */
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/parse/document.js';
import { APPLICATIONS_2019, APPLICATIONS_2021, MARKERS, PROACTIVE_2019, PROACTIVE_2021 } from '../../src/parse/form.js';
import { parseReportText } from '../../src/parse/parse.js';
import { readTable, type FormRow, type Sink } from '../../src/parse/tables.js';
import { tokenize, wordSpace } from '../../src/parse/tokens.js';

function read(text: string, rows: FormRow[], minimum = 3) {
  const tokens = tokenize(textDocument(text));
  const sink: Sink = { issues: [], notes: [] };
  const found = readTable(tokens, wordSpace(tokens), rows, sink, { minimum, totalOnly: true, section: 'table' });
  return { found: found.found, values: Object.fromEntries(found.values), issues: sink.issues, notes: sink.notes };
}

/** The 2021 application table's rows as the form prints them, with each row's JSON path (REPORT-FORMAT.md). */
const FORM_2021: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', 'received'],
  ['二、上年结转政府信息公开申请数量', 'carriedOver'],
  ['（一）予以公开', 'outcomes.disclosed'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'outcomes.partlyDisclosed'],
  ['（三）不予公开\t1.属于国家秘密', 'outcomes.withheld.stateSecret'],
  ['2.其他法律行政法规禁止公开', 'outcomes.withheld.prohibitedByLaw'],
  ['3.危及“三安全一稳定”', 'outcomes.withheld.endangersSecurity'],
  ['4.保护第三方合法权益', 'outcomes.withheld.thirdPartyRights'],
  ['5.属于三类内部事务信息', 'outcomes.withheld.internalAffairs'],
  ['6.属于四类过程性信息', 'outcomes.withheld.processInformation'],
  ['7.属于行政执法案卷', 'outcomes.withheld.enforcementFiles'],
  ['8.属于行政查询事项', 'outcomes.withheld.administrativeQuery'],
  ['（四）无法提供\t1.本机关不掌握相关政府信息', 'outcomes.unavailable.notHeld'],
  ['2.没有现成信息需要另行制作', 'outcomes.unavailable.needsCreation'],
  ['3.补正后申请内容仍不明确', 'outcomes.unavailable.stillUnclear'],
  ['（五）不予处理\t1.信访举报投诉类申请', 'outcomes.notProcessed.complaint'],
  ['2.重复申请', 'outcomes.notProcessed.repeated'],
  ['3.要求提供公开出版物', 'outcomes.notProcessed.publication'],
  ['4.无正当理由大量反复申请', 'outcomes.notProcessed.excessive'],
  ['5.要求行政机关确认或重新出具已获取信息', 'outcomes.notProcessed.reconfirmation'],
  ['（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'outcomes.otherHandling.noCorrection'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'outcomes.otherHandling.feeUnpaid'],
  ['3.其他', 'outcomes.otherHandling.other'],
  ['（七）总计', 'outcomes.total'],
  ['四、结转下年度继续办理', 'carriedForward'],
];

const COLUMN_KEYS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];

/** Row i's cells: i+1 in 自然人 and 总计, zeros between. */
const cellsOf = (i: number) => [String(i + 1), '0', '0', '0', '0', '0', String(i + 1)];
const tableOf = (labels: string[]) => labels.map((label, i) => [label, ...cellsOf(i)].join('\t')).join('\n');
const totalsOf = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => k.endsWith('.total')).map(([k, v]) => [k.slice('applications.'.length, -'.total'.length), v]));
const expectedTotals = (paths: string[]) => Object.fromEntries(paths.map((p, i) => [p, i + 1]));

describe('APPLICATIONS_2021', () => {
  it('reads every row of the 2021 application table, printed as the form prints it, into its JSON path', () => {
    const { values, issues } = read(tableOf(FORM_2021.map(([label]) => label)), APPLICATIONS_2021);
    expect(issues).toEqual([]);
    expect(totalsOf(values)).toEqual(expectedTotals(FORM_2021.map(([, path]) => path)));
  });

  it('puts the seven cells of a row under naturalPerson … total, in the form’s column order', () => {
    const text = tableOf(FORM_2021.slice(0, 3).map(([label]) => label)).replace('1\t0\t0\t0\t0\t0\t1', '1\t2\t3\t4\t5\t6\t21');
    const { values } = read(text, APPLICATIONS_2021);
    expect(COLUMN_KEYS.map((k) => values[`applications.received.${k}`])).toEqual([1, 2, 3, 4, 5, 6, 21]);
  });

  it('names each column of a row in an issue as the form heads it', () => {
    const text = tableOf(FORM_2021.slice(0, 3).map(([label]) => label)).replace('1\t0\t0\t0\t0\t0\t1', '壹\t贰\t叁\t肆\t伍\t陆\t柒');
    const { issues } = read(text, APPLICATIONS_2021);
    expect(issues.filter((i) => i.kind === 'unreadable').map((i) => [i.path, i.column, i.row])).toEqual(
      ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((column, k) => [`applications.received.${COLUMN_KEYS[k]}`, column, '一、本年新收政府信息公开申请数量']),
    );
  });

  it('names every row it does not find by the form’s label and its JSON path', () => {
    const { issues } = read(tableOf(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']), APPLICATIONS_2021);
    expect(issues.map((i) => [i.row, i.path])).toEqual([
      ['（二）部分公开', 'applications.outcomes.partlyDisclosed'],
      ['（三）1.属于国家秘密', 'applications.outcomes.withheld.stateSecret'],
      ['（三）2.其他法律行政法规禁止公开', 'applications.outcomes.withheld.prohibitedByLaw'],
      ['（三）3.危及“三安全一稳定”', 'applications.outcomes.withheld.endangersSecurity'],
      ['（三）4.保护第三方合法权益', 'applications.outcomes.withheld.thirdPartyRights'],
      ['（三）5.属于三类内部事务信息', 'applications.outcomes.withheld.internalAffairs'],
      ['（三）6.属于四类过程性信息', 'applications.outcomes.withheld.processInformation'],
      ['（三）7.属于行政执法案卷', 'applications.outcomes.withheld.enforcementFiles'],
      ['（三）8.属于行政查询事项', 'applications.outcomes.withheld.administrativeQuery'],
      ['（四）1.本机关不掌握相关政府信息', 'applications.outcomes.unavailable.notHeld'],
      ['（四）2.没有现成信息需要另行制作', 'applications.outcomes.unavailable.needsCreation'],
      ['（四）3.补正后申请内容仍不明确', 'applications.outcomes.unavailable.stillUnclear'],
      ['（五）1.信访举报投诉类申请', 'applications.outcomes.notProcessed.complaint'],
      ['（五）2.重复申请', 'applications.outcomes.notProcessed.repeated'],
      ['（五）3.要求提供公开出版物', 'applications.outcomes.notProcessed.publication'],
      ['（五）4.无正当理由大量反复申请', 'applications.outcomes.notProcessed.excessive'],
      ['（五）5.要求行政机关确认或重新出具已获取信息', 'applications.outcomes.notProcessed.reconfirmation'],
      ['（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'applications.outcomes.otherHandling.noCorrection'],
      ['（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'applications.outcomes.otherHandling.feeUnpaid'],
      ['（六）3.其他', 'applications.outcomes.otherHandling.other'],
      ['（七）总计', 'applications.outcomes.total'],
      ['四、结转下年度继续办理', 'applications.carriedForward'],
    ]);
  });

  it('finds every row by the short form some reports print instead of the full label', () => {
    const short: [string, string][] = [
      ['本年新收', 'received'],
      ['上年结转', 'carriedOver'],
      ['予以公开', 'outcomes.disclosed'],
      ['部分公开', 'outcomes.partlyDisclosed'],
      ['国家秘密', 'outcomes.withheld.stateSecret'],
      ['法规禁止公开', 'outcomes.withheld.prohibitedByLaw'],
      ['三安全一稳定', 'outcomes.withheld.endangersSecurity'],
      ['第三方合法权益', 'outcomes.withheld.thirdPartyRights'],
      ['内部事务', 'outcomes.withheld.internalAffairs'],
      ['过程性信息', 'outcomes.withheld.processInformation'],
      ['执法案卷', 'outcomes.withheld.enforcementFiles'],
      ['行政查询', 'outcomes.withheld.administrativeQuery'],
      ['不掌握', 'outcomes.unavailable.notHeld'],
      ['另行制作', 'outcomes.unavailable.needsCreation'],
      ['仍不明确', 'outcomes.unavailable.stillUnclear'],
      ['信访举报投诉', 'outcomes.notProcessed.complaint'],
      ['重复申请', 'outcomes.notProcessed.repeated'],
      ['公开出版物', 'outcomes.notProcessed.publication'],
      ['大量反复', 'outcomes.notProcessed.excessive'],
      ['重新出具', 'outcomes.notProcessed.reconfirmation'],
      ['逾期不补正', 'outcomes.otherHandling.noCorrection'],
      ['缴纳费用', 'outcomes.otherHandling.feeUnpaid'],
      ['其他', 'outcomes.otherHandling.other'],
      ['总计', 'outcomes.total'],
      ['结转下年度', 'carriedForward'],
    ];
    const { values, issues } = read(tableOf(short.map(([label]) => label)), APPLICATIONS_2021);
    expect(issues).toEqual([]);
    expect(totalsOf(values)).toEqual(expectedTotals(short.map(([, path]) => path)));
  });

  it('finds 其他法律 as the 其他法律行政法规禁止公开 row, not as （六）3.其他', () => {
    const labels = ['本年新收', '上年结转', '予以公开', '其他法律', '其他'];
    const { values } = read(tableOf(labels), APPLICATIONS_2021);
    expect(values['applications.outcomes.withheld.prohibitedByLaw.total']).toBe(4);
    expect(values['applications.outcomes.otherHandling.other.total']).toBe(5);
  });

  it.each(['其他处理', '其他结果', '其他组织', '其他对外', '其他情形'])('does not take %s for the row （六）3.其他', (words) => {
    const labels = ['本年新收', '上年结转', '予以公开', `${words}说明`];
    const { values } = read(tableOf(labels), APPLICATIONS_2021);
    expect(values).not.toHaveProperty('applications.outcomes.otherHandling.other.total');
  });

  it('finds the first two rows by their labels with 政府信息公开 or 数量 left out', () => {
    const labels = ['本年新收申请', '上年结转申请数量', '予以公开'];
    const { values, issues } = read(tableOf(labels), APPLICATIONS_2021);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['applications.received.total']).toBe(1);
    expect(values['applications.carriedOver.total']).toBe(2);
  });

  it('finds a reason row whose number is followed by 、 or by nothing', () => {
    const labels = ['本年新收', '上年结转', '予以公开', '1、属于国家秘密', '2其他法律行政法规禁止公开'];
    const { values } = read(tableOf(labels), APPLICATIONS_2021);
    expect(values['applications.outcomes.withheld.stateSecret.total']).toBe(4);
    expect(values['applications.outcomes.withheld.prohibitedByLaw.total']).toBe(5);
  });
});

describe('the full label outweighs a short form', () => {
  // Among equal chains the later one wins; a full label must beat a later mention of its short form.
  it.each([
    ['一、本年新收政府信息公开申请数量', '本年新收', 'received'],
    ['二、上年结转政府信息公开申请数量', '上年结转', 'carriedOver'],
    ['（一）予以公开', '予以公开', 'outcomes.disclosed'],
    ['（二）部分公开', '部分公开', 'outcomes.partlyDisclosed'],
    ['1.属于国家秘密', '国家秘密', 'outcomes.withheld.stateSecret'],
    ['2.其他法律行政法规禁止公开', '禁止公开', 'outcomes.withheld.prohibitedByLaw'],
    ['3.危及“三安全一稳定”', '三安全一稳定', 'outcomes.withheld.endangersSecurity'],
    ['4.保护第三方合法权益', '第三方合法权益', 'outcomes.withheld.thirdPartyRights'],
    ['5.属于三类内部事务信息', '内部事务', 'outcomes.withheld.internalAffairs'],
    ['6.属于四类过程性信息', '过程性信息', 'outcomes.withheld.processInformation'],
    ['7.属于行政执法案卷', '执法案卷', 'outcomes.withheld.enforcementFiles'],
    ['8.属于行政查询事项', '行政查询', 'outcomes.withheld.administrativeQuery'],
    ['1.本机关不掌握相关政府信息', '不掌握', 'outcomes.unavailable.notHeld'],
    ['2.没有现成信息需要另行制作', '另行制作', 'outcomes.unavailable.needsCreation'],
    ['3.补正后申请内容仍不明确', '仍不明确', 'outcomes.unavailable.stillUnclear'],
    ['1.信访举报投诉类申请', '信访举报投诉', 'outcomes.notProcessed.complaint'],
    ['2.重复申请', '重复申请', 'outcomes.notProcessed.repeated'],
    ['3.要求提供公开出版物', '公开出版物', 'outcomes.notProcessed.publication'],
    ['4.无正当理由大量反复申请', '大量反复', 'outcomes.notProcessed.excessive'],
    ['5.要求行政机关确认或重新出具已获取信息', '重新出具', 'outcomes.notProcessed.reconfirmation'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '缴纳费用', 'outcomes.otherHandling.feeUnpaid'],
    ['3.其他', '其他', 'outcomes.otherHandling.other'],
    ['3其他', '其他', 'outcomes.otherHandling.other'],
    ['本年新收申请', '本年新收', 'received'],
    ['上年结转申请', '上年结转', 'carriedOver'],
    ['（七）总计', '总计', 'outcomes.total'],
    ['四、结转下年度继续办理', '结转下年度', 'carriedForward'],
  ])('reads the row %s, not a later mention of %s', (full, short, path) => {
    const text = [`${full}\t1\t0\t0\t0\t0\t0\t1`, `${short}\t9\t9\t9\t9\t9\t9\t9`].join('\n');
    const { values } = read(text, APPLICATIONS_2021, 1);
    expect(values[`applications.${path}.total`]).toBe(1);
  });

  it.each([
    ['行政规范性文件', '规范性文件', 'normativeDocuments'],
  ])('reads the section 二 row %s, not a later mention of %s', (full, short, path) => {
    const text = [`${full}\t1\t2\t3`, `${short}\t9\t9\t9`].join('\n');
    expect(read(text, PROACTIVE_2021, 1).values[`proactive.${path}.inForce`]).toBe(3);
  });

  it('reads the 2019 rows 其他对外管理服务事项 and （六）其他处理, not later mentions of their short forms', () => {
    const services = ['其他对外管理服务事项\t1\t2\t3', '对外管理服务\t9\t9\t9'].join('\n');
    expect(read(services, PROACTIVE_2019, 1).values['proactive.otherServices']).toBe(3);
    const other = ['（六）其他处理\t1\t0\t0\t0\t0\t0\t1', '其他处理\t9\t9\t9\t9\t9\t9\t9'].join('\n');
    expect(read(other, APPLICATIONS_2019, 1).values['applications.outcomes.otherHandling.other.total']).toBe(1);
  });
});

describe('APPLICATIONS_2019', () => {
  it('reads （六）其他处理 as one row, otherHandling.other, between the reasons and 总计', () => {
    const labels = ['本年新收', '上年结转', '予以公开', '（六）其他处理', '（七）总计', '四、结转下年度继续办理'];
    const { values, issues } = read(tableOf(labels), APPLICATIONS_2019);
    expect(totalsOf(values)).toEqual(expectedTotals(['received', 'carriedOver', 'outcomes.disclosed', 'outcomes.otherHandling.other', 'outcomes.total', 'carriedForward']));
    expect(issues.find((i) => i.path === 'applications.outcomes.otherHandling.other')).toBeUndefined();
  });

  it('finds 其他处理 without its number, and names the row by the 2019 label when it is missing', () => {
    expect(read(tableOf(['本年新收', '上年结转', '其他处理']), APPLICATIONS_2019).values['applications.outcomes.otherHandling.other.total']).toBe(3);
    const { issues } = read(tableOf(['本年新收', '上年结转', '予以公开']), APPLICATIONS_2019);
    expect(issues.find((i) => i.path === 'applications.outcomes.otherHandling.other')?.row).toBe('（六）其他处理');
  });
});

describe('PROACTIVE_2021', () => {
  it('reads section 二 of the 2021 form into rules, normativeDocuments, licensing, penalties, coercion and fees', () => {
    const text = ['规章\t1\t2\t3', '行政规范性文件\t4\t5\t6', '行政许可\t7', '行政处罚\t8', '行政强制\t9', '行政事业性收费\t10.25'].join('\n');
    const { values, issues } = read(text, PROACTIVE_2021, 2);
    expect(issues).toEqual([]);
    expect(values).toEqual({
      'proactive.rules.issued': 1,
      'proactive.rules.repealed': 2,
      'proactive.rules.inForce': 3,
      'proactive.normativeDocuments.issued': 4,
      'proactive.normativeDocuments.repealed': 5,
      'proactive.normativeDocuments.inForce': 6,
      'proactive.licensing': 7,
      'proactive.penalties': 8,
      'proactive.coercion': 9,
      'proactive.fees': 10.25,
    });
  });

  it('finds 规范性文件 without 行政 as the normative documents row', () => {
    const { values } = read(['规章\t1\t2\t3', '规范性文件\t4\t5\t6'].join('\n'), PROACTIVE_2021, 2);
    expect(values['proactive.normativeDocuments.inForce']).toBe(6);
  });

  it('names each row and column of section 二 as the 2021 form heads them', () => {
    const text = ['规章\t壹\t贰\t叁', '行政规范性文件\t壹\t贰\t叁', '行政许可\t壹', '行政处罚\t壹', '行政强制\t壹', '行政事业性收费\t壹'].join('\n');
    const { issues } = read(text, PROACTIVE_2021, 2);
    expect(issues.map((i) => [i.path, i.row, i.column])).toEqual([
      ['proactive.rules.issued', '规章', '本年制发件数'],
      ['proactive.rules.repealed', '规章', '本年废止件数'],
      ['proactive.rules.inForce', '规章', '现行有效件数'],
      ['proactive.normativeDocuments.issued', '行政规范性文件', '本年制发件数'],
      ['proactive.normativeDocuments.repealed', '行政规范性文件', '本年废止件数'],
      ['proactive.normativeDocuments.inForce', '行政规范性文件', '现行有效件数'],
      ['proactive.licensing', '行政许可', '本年处理决定数量'],
      ['proactive.penalties', '行政处罚', '本年处理决定数量'],
      ['proactive.coercion', '行政强制', '本年处理决定数量'],
      ['proactive.fees', '行政事业性收费', '本年收费金额（万元）'],
    ]);
  });

  it('reads fees as money (decimals allowed) and the decisions as counts (no decimals)', () => {
    const text = ['规章\t0\t0\t0', '行政规范性文件\t0\t0\t0', '行政许可\t1.5', '行政处罚\t2.5', '行政强制\t3.5', '行政事业性收费\t4.5'].join('\n');
    const { issues, values } = read(text, PROACTIVE_2021, 2);
    expect(issues.map((i) => [i.path, i.why])).toEqual([
      ['proactive.licensing', 'a count with decimals'],
      ['proactive.penalties', 'a count with decimals'],
      ['proactive.coercion', 'a count with decimals'],
    ]);
    expect(values['proactive.fees']).toBe(4.5);
  });

  it('names the rows of section 二 it does not find by path and label', () => {
    const { issues } = read('规章\t1\t2\t3\n行政许可\t7', PROACTIVE_2021, 2);
    expect(issues.map((i) => [i.path, i.row])).toEqual([
      ['proactive.normativeDocuments', '行政规范性文件'],
      ['proactive.penalties', '行政处罚'],
      ['proactive.coercion', '行政强制'],
      ['proactive.fees', '行政事业性收费'],
    ]);
  });
});

describe('PROACTIVE_2019', () => {
  const TABLE = [
    '规章\t1\t2\t3',
    '规范性文件\t4\t5\t6',
    '行政许可\t10\t-1\t11',
    '其他对外管理服务事项\t12\t2\t13',
    '行政处罚\t14\t-3\t15',
    '行政强制\t16\t4\t17',
    '行政事业性收费\t18\t-5',
    '政府集中采购\t19\t20.5',
  ].join('\n');

  it('reads section 二 of the 2019 form under the keys REPORT-FORMAT.md gives its columns', () => {
    const { values, issues } = read(TABLE, PROACTIVE_2019, 2);
    expect(issues).toEqual([]);
    expect(values).toEqual({
      'proactive.rules.produced': 1,
      'proactive.rules.published': 2,
      'proactive.rules.publishedTotal': 3,
      'proactive.normativeDocuments.produced': 4,
      'proactive.normativeDocuments.published': 5,
      'proactive.normativeDocuments.publishedTotal': 6,
      'proactive.itemCounts.licensing.lastYear': 10,
      'proactive.itemCounts.licensing.change': -1,
      'proactive.licensing': 11,
      'proactive.itemCounts.otherServices.lastYear': 12,
      'proactive.itemCounts.otherServices.change': 2,
      'proactive.otherServices': 13,
      'proactive.itemCounts.penalties.lastYear': 14,
      'proactive.itemCounts.penalties.change': -3,
      'proactive.penalties': 15,
      'proactive.itemCounts.coercion.lastYear': 16,
      'proactive.itemCounts.coercion.change': 4,
      'proactive.coercion': 17,
      'proactive.itemCounts.fees.lastYear': 18,
      'proactive.itemCounts.fees.change': -5,
      'proactive.procurement.projects': 19,
      'proactive.procurement.amount': 20.5,
    });
  });

  it('names each row and column of the 2019 section 二 as the form heads them', () => {
    const unreadable = TABLE.replace(/\t[^\t\n]+/g, '\t壹');
    const { issues } = read(unreadable, PROACTIVE_2019, 2);
    const rows = (row: string, columns: string[]) => columns.map((c) => [row, c]);
    const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      ...rows('规章', ['本年新制作数量', '本年新公开数量', '对外公开总数量']),
      ...rows('规范性文件', ['本年新制作数量', '本年新公开数量', '对外公开总数量']),
      ...rows('行政许可', items),
      ...rows('其他对外管理服务事项', items),
      ...rows('行政处罚', items),
      ...rows('行政强制', items),
      ...rows('行政事业性收费', items.slice(0, 2)),
      ...rows('政府集中采购', ['采购项目数量', '采购总金额']),
    ]);
  });

  it('reads a negative change in item counts but no negative item count, and no decimals in the project count', () => {
    const text = ['规章\t0\t0\t0', '规范性文件\t0\t0\t0', '行政许可\t-1\t0\t-2', '行政事业性收费\t-3\t-4', '政府集中采购\t1.5\t-1'].join('\n');
    const { issues } = read(text, PROACTIVE_2019, 2);
    expect(issues.filter((i) => i.kind === 'unreadable').map((i) => [i.path, i.why])).toEqual([
      ['proactive.itemCounts.licensing.lastYear', 'a negative count'],
      ['proactive.licensing', 'a negative count'],
      ['proactive.itemCounts.fees.lastYear', 'a negative count'],
      ['proactive.procurement.projects', 'a count with decimals'],
      ['proactive.procurement.amount', 'a negative count'],
    ]);
  });

  it('finds 对外管理服务 without 其他 and 事项 as the other-services row', () => {
    const { values } = read(['规章\t1\t2\t3', '对外管理服务\t4\t5\t6'].join('\n'), PROACTIVE_2019, 2);
    expect(values['proactive.otherServices']).toBe(6);
  });

  it('names the rows of the 2019 section 二 it does not find by path and label', () => {
    const { issues } = read('规章\t1\t2\t3\n规范性文件\t4\t5\t6', PROACTIVE_2019, 2);
    expect(issues.map((i) => [i.path, i.row])).toEqual([
      ['proactive.licensing', '行政许可'],
      ['proactive.otherServices', '其他对外管理服务事项'],
      ['proactive.penalties', '行政处罚'],
      ['proactive.coercion', '行政强制'],
      ['proactive.fees', '行政事业性收费'],
      ['proactive.procurement', '政府集中采购'],
    ]);
  });
});

describe('MARKERS: the format a report follows', () => {
  const formatNote = (text: string) => parseReportText(text).notes.find((n) => n.path === 'format')?.message;

  it('names every 2021 marker it sees', () => {
    const text = ['本年制发件数 本年废止件数 现行有效件数', '本年处理决定数量', '本年收费金额', '逾期不补正', '逾期未按收费通知'].join('\n');
    expect(formatNote(text)).toBe('2021 format (2021 markers: 本年制发件数、本年废止件数、现行有效件数、本年处理决定数量、本年收费金额、（六）1. 逾期不补正、（六）2. 逾期未按收费通知)');
  });

  it('names every 2019 marker it sees', () => {
    const text = ['本年新制作数量 本年新公开数量 对外公开总数量', '上一年项目数量 本年增/减', '其他对外管理服务事项', '政府集中采购'].join('\n');
    expect(formatNote(text)).toBe('2019 format (2019 markers: 本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、其他对外管理服务事项、政府集中采购)');
  });

  it('takes 本年制发 for the marker 本年制发件数, and 本年增减 for 本年增/减', () => {
    expect(formatNote('本年制发')).toBe('2021 format (2021 markers: 本年制发件数)');
    expect(formatNote('本年增减')).toBe('2019 format (2019 markers: 本年增/减)');
  });

  it('has seven markers for each format, each with a name', () => {
    expect(MARKERS['2021']).toHaveLength(7);
    expect(MARKERS['2019']).toHaveLength(7);
    for (const [, name] of [...MARKERS['2021'], ...MARKERS['2019']]) expect(name).not.toBe('');
  });
});
