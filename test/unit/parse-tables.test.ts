/**
 * The national table readers (`readTable`, `readReview`, `setPath`) on small hand-made
 * fragments in the form's layout: tab rows where cell positions are known, space-separated
 * lines where they are not, and HTML where cells span others.
 */
import { describe, expect, it } from 'vitest';
import { htmlDocument, textDocument, type Doc } from '../../src/parse/document.js';
import { APPLICATIONS_2019, APPLICATIONS_2021, PROACTIVE_2019, PROACTIVE_2021 } from '../../src/parse/form.js';
import { readReview, readTable, setPath, type FormRow, type Sink } from '../../src/parse/tables.js';
import { tokenize, wordSpace } from '../../src/parse/tokens.js';

const sink = (): Sink => ({ issues: [], notes: [] });

/** `readTable` over a document, with what it wrote to the sink. */
function read(doc: Doc, rows: FormRow[], options: { minimum: number; totalOnly?: boolean; section: string }) {
  const tokens = tokenize(doc);
  const out = sink();
  const found = readTable(tokens, wordSpace(tokens), rows, out, options);
  return { ...found, values: Object.fromEntries(found.values), issues: out.issues, notes: out.notes };
}

const proactive = (text: string) => read(textDocument(text), PROACTIVE_2021, { minimum: 2, section: 'proactive' });
const proactive2019 = (text: string) => read(textDocument(text), PROACTIVE_2019, { minimum: 2, section: 'proactive' });
const applications = (text: string, rows = APPLICATIONS_2021) => read(textDocument(text), rows, { minimum: 3, totalOnly: true, section: 'applications' });

/** `readReview` over a text, with what it wrote to the sink. */
function review(doc: Doc) {
  const tokens = tokenize(doc);
  const out = sink();
  const values = readReview(tokens, wordSpace(tokens), out);
  return { values: values && Object.fromEntries(values), issues: out.issues, notes: out.notes };
}

/** Section 二's six rows, tab-separated, the cells given per row. */
const proactiveTable = (cells: Partial<Record<'rules' | 'documents' | 'licensing' | 'penalties' | 'coercion' | 'fees', string[]>>) =>
  [
    ['规章', cells.rules ?? ['1', '2', '3']],
    ['行政规范性文件', cells.documents ?? ['4', '5', '6']],
    ['行政许可', cells.licensing ?? ['7']],
    ['行政处罚', cells.penalties ?? ['8']],
    ['行政强制', cells.coercion ?? ['9']],
    ['行政事业性收费', cells.fees ?? ['10.5']],
  ]
    .map(([label, c]) => [label, ...(c as string[])].join('\t'))
    .join('\n');

const ALL_PROACTIVE = {
  'proactive.rules.issued': 1,
  'proactive.rules.repealed': 2,
  'proactive.rules.inForce': 3,
  'proactive.normativeDocuments.issued': 4,
  'proactive.normativeDocuments.repealed': 5,
  'proactive.normativeDocuments.inForce': 6,
  'proactive.licensing': 7,
  'proactive.penalties': 8,
  'proactive.coercion': 9,
  'proactive.fees': 10.5,
};

/** The first rows of the application table, each with seven cells (tab-separated). */
const HEAD_LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开'];
const ZEROS = ['0', '0', '0', '0', '0', '0', '0'];
/** The application table's first four rows, tab-separated: the first row's cells as given, zeros in the others. */
const appTable = (first: string[]) => HEAD_LABELS.map((label, i) => [label, ...(i ? ZEROS : first)].join('\t')).join('\n');

describe('readTable: a cell as a figure', () => {
  it('readTable(section 二) reads every cell of a table whose rows have exactly the form’s cells', () => {
    const { found, values, issues, notes } = proactive(proactiveTable({}));
    expect(found).toBe(true);
    expect(values).toEqual(ALL_PROACTIVE);
    expect(issues).toEqual([]);
    expect(notes).toEqual([]);
  });

  it.each([
    ['/', 0],
    ['-', 0],
    ['—', 0],
    ['无', 0],
    ['1,234', 1234],
    ['１２', 12],
    ['１，２３４', 1234],
    ['1,234,567', 1234567],
  ])('readTable reads the cell %s as %d', (cell, value) => {
    const { values, issues } = proactive(proactiveTable({ licensing: [cell] }));
    expect(issues).toEqual([]);
    expect(values['proactive.licensing']).toBe(value);
  });

  it.each([
    ['1.5', 'a count with decimals'],
    ['-2', 'a negative count'],
    ['12件', 'not a number'],
    ['壹', 'not a number'],
    ['3 4', 'two figures in one cell'],
    ['1,2 3.0', 'two figures in one cell'],
  ])('readTable refuses the count %s as %s, naming the cell, and keeps its neighbours', (cell, why) => {
    const { values, issues } = proactive(proactiveTable({ rules: ['1', cell, '3'] }));
    expect(issues).toEqual([{ path: 'proactive.rules.repealed', row: '规章', column: '本年废止件数', kind: 'unreadable', seen: cell, why }]);
    expect(values).not.toHaveProperty('proactive.rules.repealed');
    expect(values['proactive.rules.issued']).toBe(1);
    expect(values['proactive.rules.inForce']).toBe(3);
  });

  it('readTable reads money with decimals, and refuses a negative amount', () => {
    expect(proactive(proactiveTable({ fees: ['498.825'] })).values['proactive.fees']).toBe(498.825);
    const negative = proactive(proactiveTable({ fees: ['-1.5'] }));
    expect(negative.issues.map((i) => [i.path, i.why])).toEqual([['proactive.fees', 'a negative count']]);
  });

  it('readTable(2019 section 二) reads a signed change (本年增/减), with "+" and the minus sign, but no change with decimals', () => {
    const text = [
      '规章\t0\t0\t0',
      '规范性文件\t1\t1\t1',
      '行政许可\t35\t−2\t100',
      '其他对外管理服务事项\t4\t+3\t5',
      '行政处罚\t6\t-1\t7',
      '行政强制\t8\t0.5\t9',
    ].join('\n');
    const { values, issues } = proactive2019(text);
    expect(values['proactive.itemCounts.licensing.change']).toBe(-2);
    expect(values['proactive.itemCounts.otherServices.change']).toBe(3);
    expect(values['proactive.itemCounts.penalties.change']).toBe(-1);
    expect(values['proactive.licensing']).toBe(100);
    expect(issues.filter((i) => i.kind === 'unreadable')).toEqual([
      { path: 'proactive.itemCounts.coercion.change', row: '行政强制', column: '本年增/减', kind: 'unreadable', seen: '0.5', why: 'a count with decimals' },
    ]);
  });

  it('readTable shortens a long unreadable cell to 59 characters and an ellipsis in `seen`', () => {
    const long = `${'1'.repeat(70)}件`;
    const exact = `${'2'.repeat(59)}件`;
    const { issues } = proactive(proactiveTable({ rules: [long, exact, '3'] }));
    expect(issues.map((i) => i.seen)).toEqual([`${'1'.repeat(59)}…`, exact]);
  });
});

describe('readTable: rows wider or narrower than the form', () => {
  it('readTable trims blank cells at a row’s edges when that leaves the form’s cells', () => {
    const { values, issues, notes } = proactive(proactiveTable({ rules: ['', '1', '2', '3', ''], licensing: ['', '7', ''] }));
    expect(issues).toEqual([]);
    expect(values).toEqual(ALL_PROACTIVE);
    expect(notes).toEqual([]);
  });

  it('readTable reads a row of blank cells wider than the form as zeros and notes it once for the table', () => {
    const { values, issues, notes } = proactive(proactiveTable({ rules: ['', '', '', '', ''], penalties: ['', ''] }));
    expect(issues).toEqual([]);
    expect(values['proactive.rules.issued']).toBe(0);
    expect(values['proactive.rules.repealed']).toBe(0);
    expect(values['proactive.rules.inForce']).toBe(0);
    expect(values['proactive.penalties']).toBe(0);
    expect(notes).toEqual([{ path: 'proactive', message: 'blank cells in this table read as 0' }]);
  });

  it('readTable reads a blank cell between figures as 0 and notes it under the section it was given', () => {
    const { values, notes } = read(textDocument(proactiveTable({ documents: ['4', '', '6'] })), PROACTIVE_2021, { minimum: 2, section: 'somewhere' });
    expect(values['proactive.normativeDocuments.repealed']).toBe(0);
    expect(notes).toEqual([{ path: 'somewhere', message: 'blank cells in this table read as 0' }]);
  });

  it('readTable names a row with fewer figures than cells and blank edges as ambiguous, when no full row shows the columns', () => {
    const { values, issues } = proactive(proactiveTable({ rules: ['', '1', '', ''] }));
    expect(issues).toEqual([
      { path: 'proactive.rules', row: '规章', kind: 'ambiguous', seen: '规章 | 1 | |', why: '1 cells where the form has 3, and blank cells at the edge: which columns they are cannot be told' },
    ]);
    expect(Object.keys(values).filter((k) => k.startsWith('proactive.rules'))).toEqual([]);
  });

  it('readTable names a row with more figures than the form has cells as ambiguous', () => {
    const { issues } = proactive(proactiveTable({ licensing: ['7', '8'] }));
    expect(issues).toEqual([
      { path: 'proactive.licensing', row: '行政许可', kind: 'ambiguous', seen: '行政许可 7 | 8', why: '2 cells where the form has 1, and blank cells at the edge: which columns they are cannot be told' },
    ]);
  });

  it('readTable places a short row in the columns that the table’s full rows agree on', () => {
    // Every row is five columns wide: the label, then the three cells in columns 1-3 and a blank column 4.
    const text = ['规章\t1\t2\t3\t', '行政规范性文件\t4\t\t\t', '行政许可\t7\t\t\t'].join('\n');
    const { values, issues } = proactive(text);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['proactive.normativeDocuments.issued']).toBe(4);
    expect(values['proactive.normativeDocuments.repealed']).toBe(0);
    expect(values['proactive.normativeDocuments.inForce']).toBe(0);
  });

  it('readTable does not place a short row when the full rows disagree on the first column', () => {
    // 2019 section 二: 规章 fills columns 1-3 and 规范性文件 columns 2-4 of the same grid.
    const agree = ['规章\t1\t2\t3\t', '规范性文件\t4\t5\t6\t', '行政许可\t7\t\t\t'].join('\n');
    const disagree = ['规章\t1\t2\t3\t', '规范性文件\t\t4\t5\t6', '行政许可\t7\t\t\t'].join('\n');
    expect(proactive2019(agree).values['proactive.itemCounts.licensing.lastYear']).toBe(7);
    const { issues, values } = proactive2019(disagree);
    expect(issues[0]).toMatchObject({ path: 'proactive.licensing', kind: 'ambiguous' });
    expect(values).not.toHaveProperty('proactive.itemCounts.licensing.lastYear');
  });

  it('readTable does not place a short row when the full rows disagree on the table’s width', () => {
    const text = ['规章\t1\t2\t3\t', '规范性文件\t4\t5\t6\t\t', '行政许可\t7\t\t\t'].join('\n');
    const { issues } = proactive2019(text);
    expect(issues[0]).toMatchObject({ path: 'proactive.licensing', kind: 'ambiguous' });
  });

  it('readTable places a short row by the full rows’ columns when they start after a blank column', () => {
    const text = ['规章\t\t1\t2\t3', '规范性文件\t\t4\t5\t6', '行政许可\t\t7\t\t'].join('\n');
    const { values, issues } = proactive2019(text);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['proactive.itemCounts.licensing.lastYear']).toBe(7);
    expect(values['proactive.licensing']).toBe(0);
  });

  it('readTable does not let an all-blank row decide which columns the table uses', () => {
    const text = ['规章\t\t1\t2\t3', '规范性文件\t\t\t\t', '行政许可\t\t7\t\t'].join('\n');
    const { values, issues } = proactive2019(text);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['proactive.itemCounts.licensing.lastYear']).toBe(7);
  });

  it('readTable places a short application row in the columns of rows whose label takes two cells', () => {
    const text = [
      '一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21',
      '二、上年结转政府信息公开申请数量\t\t5\t\t\t\t\t\t',
      '三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1',
    ].join('\n');
    const { values, notes } = applications(text);
    expect(values['applications.carriedOver.naturalPerson']).toBe(5);
    expect(values['applications.carriedOver.other']).toBe(0);
    expect(values['applications.carriedOver.total']).toBe(5);
    expect(notes).toContainEqual({ path: 'applications.carriedOver.total', message: "总计 left blank beside figures: written as the row's sum, 5" });
  });

  it('readTable refuses a figure in a cell that a merged cell spans, and reads the row’s other cells', () => {
    const html =
      '<table><tr><td>规章</td><td>1</td><td>2</td><td rowspan="2">3</td></tr>' +
      '<tr><td>行政规范性文件</td><td>4</td><td>5</td></tr>' +
      '<tr><td>行政许可</td><td>7</td></tr></table>';
    const { values, issues } = read(htmlDocument(html), PROACTIVE_2021, { minimum: 2, section: 'proactive' });
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([
      {
        path: 'proactive.normativeDocuments.inForce',
        row: '行政规范性文件',
        column: '现行有效件数',
        kind: 'ambiguous',
        seen: '行政规范性文件 4 | 5 |',
        why: 'a merged cell spans this cell and another: its figure belongs to one of them',
      },
    ]);
    expect(values['proactive.rules.inForce']).toBe(3);
    expect(values['proactive.normativeDocuments.repealed']).toBe(5);
    expect(values).not.toHaveProperty('proactive.normativeDocuments.inForce');
  });
});

describe('readTable: the application table’s 总计', () => {
  it('readTable writes a blank 总计 beside figures as the row’s sum, with a note and no blank-cell note', () => {
    const { values, notes } = applications(appTable(['1', '2', '3', '0', '0', '4', '']));
    expect(values['applications.received.total']).toBe(10);
    expect(notes).toEqual([{ path: 'applications.received.total', message: "总计 left blank beside figures: written as the row's sum, 10" }]);
  });

  it('readTable sums only the figures of a row with a blank beside them, and notes both', () => {
    const { values, notes } = applications(appTable(['1', '', '3', '', '', '', '']));
    expect(values['applications.received.total']).toBe(4);
    expect(values['applications.received.commercial']).toBe(0);
    expect(notes).toEqual([
      { path: 'applications.received.total', message: "总计 left blank beside figures: written as the row's sum, 4" },
      { path: 'applications', message: 'blank cells in this table read as 0' },
    ]);
  });

  it('readTable leaves a blank 总计 as 0 beside zeros only, without a sum note', () => {
    const { values, notes } = applications(appTable(['0', '0', '0', '0', '0', '0', '']));
    expect(values['applications.received.total']).toBe(0);
    expect(notes).toEqual([{ path: 'applications', message: 'blank cells in this table read as 0' }]);
  });

  it('readTable does not sum a row with a cell it refused: 总计 stays 0', () => {
    const { values, issues, notes } = applications(appTable(['1', '壹', '3', '0', '0', '0', '']));
    expect(issues.map((i) => [i.path, i.why])).toContainEqual(['applications.received.commercial', 'not a number']);
    expect(values['applications.received.total']).toBe(0);
    expect(notes.map((n) => n.path)).toEqual(['applications']);
  });

  it('readTable keeps a 总计 that is given, even when it does not add up', () => {
    const { values, notes } = applications(appTable(['1', '2', '0', '0', '0', '0', '9']));
    expect(values['applications.received.total']).toBe(9);
    expect(notes).toEqual([]);
  });

  it('readTable does not sum a row without 总计 in the 2021 section 二 (no total column)', () => {
    const { values } = proactive(proactiveTable({ rules: ['1', '2', ''] }));
    expect(values['proactive.rules.inForce']).toBe(0);
  });
});

describe('readTable: figures without cell positions', () => {
  it('readTable reads a row’s figures in order when there are as many as the form has cells', () => {
    const text = ['规章 1 2 3', '行政规范性文件 4 5 6', '行政许可 7', '行政处罚 8', '行政强制 9', '行政事业性收费 10.5'].join('\n');
    const { values, issues, notes } = proactive(text);
    expect(issues).toEqual([]);
    expect(notes).toEqual([]);
    expect(values).toEqual(ALL_PROACTIVE);
  });

  it('readTable names a row with fewer figures than cells, and says how many it saw', () => {
    const { issues, values } = proactive(['规章 1 2', '行政规范性文件 4', '行政许可 7'].join('\n'));
    expect(issues.slice(0, 2)).toEqual([
      { path: 'proactive.rules', row: '规章', kind: 'ambiguous', seen: '规章 1 2', why: '2 figures where the form has 3 cells, and no cell positions to tell which columns they are in' },
      { path: 'proactive.normativeDocuments', row: '行政规范性文件', kind: 'ambiguous', seen: '行政规范性文件 4', why: '1 figure where the form has 3 cells, and no cell positions to tell which columns they are in' },
    ]);
    expect(values).toEqual({ 'proactive.licensing': 7 });
  });

  it('readTable refuses the whole row when one of its loose figures is not of its kind', () => {
    const { issues, values } = proactive(['规章 1 2.5 3', '行政规范性文件 4 5 6'].join('\n'));
    expect(issues[0]).toEqual({ path: 'proactive.rules', row: '规章', kind: 'unreadable', seen: '规章 1 2.5 3', why: 'a count with decimals: 2.5' });
    expect(Object.keys(values).filter((k) => k.startsWith('proactive.rules'))).toEqual([]);
  });

  it('readTable reads a label with no figure after it as zeros when the table’s figures are in row order', () => {
    const { values, issues, notes } = proactive(['规章 1 2 3', '行政规范性文件', '行政许可 7'].join('\n'));
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['proactive.normativeDocuments.issued']).toBe(0);
    expect(values['proactive.normativeDocuments.inForce']).toBe(0);
    expect(notes).toEqual([{ path: 'proactive', message: 'blank cells in this table read as 0' }]);
  });

  it('readTable names every row as missing when the table has its labels and not one figure', () => {
    const { found, issues, values } = proactive(['规章', '行政规范性文件', '行政许可'].join('\n'));
    expect(found).toBe(true);
    expect(values).toEqual({});
    expect(issues.slice(0, 3)).toEqual([
      { path: 'proactive.rules', row: '规章', kind: 'missing', seen: '规章', why: 'the table has labels but no figure at all' },
      { path: 'proactive.normativeDocuments', row: '行政规范性文件', kind: 'missing', seen: '行政规范性文件', why: 'the table has labels but no figure at all' },
      { path: 'proactive.licensing', row: '行政许可', kind: 'missing', seen: '行政许可', why: 'the table has labels but no figure at all' },
    ]);
  });

  it('readTable counts a figure in a table cell as the table having figures', () => {
    const { issues, values } = proactive(['规章', '行政规范性文件\t4\t5\t6'].join('\n'));
    expect(issues.filter((i) => i.why === 'the table has labels but no figure at all')).toEqual([]);
    expect(values['proactive.rules.issued']).toBe(0);
    expect(values['proactive.normativeDocuments.inForce']).toBe(6);
  });

  it('readTable names a label without figures as ambiguous when the figures are out of row order', () => {
    // A text layer read column by column: both rows' figures after the second label.
    const { issues } = proactive(['规章', '行政规范性文件 1 2 3 4 5 6', '行政许可 7'].join('\n'));
    expect(issues.slice(0, 2)).toEqual([
      { path: 'proactive.rules', row: '规章', kind: 'ambiguous', seen: '规章', why: "no figure after this label, and the table's figures are out of row order: its cells may be elsewhere" },
      {
        path: 'proactive.normativeDocuments',
        row: '行政规范性文件',
        kind: 'ambiguous',
        seen: '行政规范性文件 1 2 3 4 5 6',
        why: '6 figures where the form has 3 cells, and no cell positions to tell which columns they are in',
      },
    ]);
  });

  it('readTable takes figures printed right before the first label as out of row order', () => {
    const { issues } = proactive(['1 2 3', '规章', '行政规范性文件 4 5 6', '行政许可 7'].join('\n'));
    expect(issues[0]).toMatchObject({ path: 'proactive.rules', kind: 'ambiguous' });
    expect(issues[0]!.why).toMatch(/out of row order/);
  });

  it('readTable names a label with digits in its words and no figure as ambiguous, not as a blank row', () => {
    const { issues, values } = proactive(['规章 共3件', '行政规范性文件 4 5 6', '行政许可 7'].join('\n'));
    expect(issues[0]).toEqual({
      path: 'proactive.rules',
      row: '规章',
      kind: 'ambiguous',
      seen: '规章 共3件',
      why: 'no figure of its own after this label, but digits in its words: its cells cannot be told',
    });
    expect(values).not.toHaveProperty('proactive.rules.issued');
  });

  it('readTable does not take a row’s own number ("1.") for digits in its words', () => {
    const text = [
      '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '（一）予以公开 1 0 0 0 0 0 1',
      '（二）部分公开 0 0 0 0 0 0 0',
      '（三）不予公开 1.属于国家秘密',
      '2.其他法律行政法规禁止公开 0 0 0 0 0 0 0',
    ].join('\n');
    const { values, issues } = applications(text);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['applications.outcomes.withheld.stateSecret.total']).toBe(0);
  });

  it('readTable ends the last row at the first word after its figures', () => {
    const { values, issues } = proactive(['规章 1 2 3', '行政规范性文件 4 5 6', '行政许可 7 备注 8'].join('\n'));
    expect(values['proactive.licensing']).toBe(7);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
  });

  it('readTable never reads a row’s figures across a line of prose', () => {
    const text = ['规章 1 2 3', '行政规范性文件', '本年度，本机关制发规范性文件 4 件。', '4 5 6', '行政许可 7'].join('\n');
    const { values } = proactive(text);
    expect(values['proactive.normativeDocuments.issued']).toBe(0);
  });

  it('readTable names a row that an unknown numbered row stands in as ambiguous', () => {
    const text = ['规章 1 2 3', '行政规范性文件 （九）其他文件 4 5 6', '行政许可 7'].join('\n');
    const { issues, values } = proactive(text);
    expect(issues[0]).toEqual({
      path: 'proactive.normativeDocuments',
      row: '行政规范性文件',
      kind: 'ambiguous',
      seen: '行政规范性文件 (九)其他文件 4 5 6',
      why: 'another row ((九)其他文件) that the form does not have stands between this label and its figures',
    });
    expect(values).not.toHaveProperty('proactive.normativeDocuments.issued');
  });

  it('readTable names the first of two unknown rows that stand between a label and its figures', () => {
    const text = ['规章 1 2 3', '行政规范性文件 （九）其他文件 （十）另一类 4 5 6', '行政许可 7'].join('\n');
    expect(proactive(text).issues[0]!.why).toBe('another row ((九)其他文件) that the form does not have stands between this label and its figures');
  });

  it.each(['（三）不予公开', '(四)无法提供', '（五）不予处理', '三、本年'])('readTable does not take the form’s group heading %s for an unknown row', (group) => {
    const text = [
      '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      `（一）予以公开 ${group} 1 0 0 0 0 0 1`,
      '（二）部分公开 0 0 0 0 0 0 0',
    ].join('\n');
    const { values, issues } = applications(text);
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['applications.outcomes.disclosed.total']).toBe(1);
  });

  it.each(['三、', '(四)', '10.', '9、'])('readTable takes %s, a row number without the form’s words, for an unknown row', (word) => {
    const text = [
      '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      `（一）予以公开 ${word} 1 0 0 0 0 0 1`,
      '（二）部分公开 0 0 0 0 0 0 0',
    ].join('\n');
    const { values, issues } = applications(text);
    expect(issues[0]).toMatchObject({ path: 'applications.outcomes.disclosed', kind: 'ambiguous' });
    expect(values).not.toHaveProperty('applications.outcomes.disclosed.total');
  });

  it.each(['(四)无', '(六)其他处理', '三、本年度办理结果', '四、申请人情况', '(一)不予处理', '(八)无法提供'])('readTable takes %s for a group heading of the form, not an unknown row', (word) => {
    const text = [
      '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      `（一）予以公开 ${word} 1 0 0 0 0 0 1`,
      '（二）部分公开 0 0 0 0 0 0 0',
    ].join('\n');
    const { values } = applications(text);
    expect(values['applications.outcomes.disclosed.total']).toBe(1);
  });

  it('readTable does take a numbered word after a row’s figures for the next thing, not a stranger', () => {
    const text = ['规章 1 2 3 （九）', '行政规范性文件 4 5 6', '行政许可 7'].join('\n');
    const { values } = proactive(text);
    expect(values['proactive.rules.inForce']).toBe(3);
  });
});

describe('readTable: a table of totals only', () => {
  const totals = (figures: string[]) =>
    ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开'].map((label, i) => `${label} ${figures[i]}`).join('\n');

  it('readTable reads one figure per row as the row’s total when totals only are allowed', () => {
    const { values, issues } = applications(totals(['73', '1', '56', '0']));
    expect(values).toEqual({ 'applications.received': 73, 'applications.carriedOver': 1, 'applications.outcomes.disclosed': 56, 'applications.outcomes.partlyDisclosed': 0 });
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
  });

  it('readTable refuses a total it cannot read as a count', () => {
    const { values, issues } = applications(totals(['73', '-1', '5.5', '0']));
    expect(issues.slice(0, 2)).toEqual([
      { path: 'applications.carriedOver', row: '二、上年结转政府信息公开申请数量', kind: 'unreadable', seen: '二、上年结转政府信息公开申请数量 -1', why: 'a negative count' },
      { path: 'applications.outcomes.disclosed', row: '（一）予以公开', kind: 'unreadable', seen: '(一)予以公开 5.5', why: 'a count with decimals' },
    ]);
    expect(values).toEqual({ 'applications.received': 73, 'applications.outcomes.partlyDisclosed': 0 });
  });

  it('readTable does not read one figure per row as totals unless the caller allows it', () => {
    const { values, issues } = read(textDocument(totals(['73', '1', '56', '0'])), APPLICATIONS_2021, { minimum: 3, section: 'applications' });
    expect(values).toEqual({});
    expect(issues[0]!.why).toBe('1 figure where the form has 7 cells, and no cell positions to tell which columns they are in');
  });

  it('readTable does not read totals when one row has more than one figure', () => {
    const { values } = applications(totals(['73', '1 2', '56', '0']));
    expect(values).not.toHaveProperty('applications.received');
  });
});

describe('readTable: which rows are the table', () => {
  it('readTable says the table is not there when fewer labels than the minimum are found', () => {
    const { found, values, issues } = proactive('规章\t1\t2\t3');
    expect(found).toBe(false);
    expect(values).toEqual({});
    expect(issues).toEqual([]);
  });

  it('readTable finds a table whose labels reach exactly the minimum', () => {
    expect(proactive('规章\t1\t2\t3\n行政许可\t7').found).toBe(true);
  });

  it('readTable names each row it did not reach, between the nearest rows it found', () => {
    const { issues } = proactive(['规章\t1\t2\t3', '行政处罚\t8', '行政事业性收费\t1'].join('\n'));
    expect(issues).toEqual([
      { path: 'proactive.normativeDocuments', row: '行政规范性文件', kind: 'missing', seen: 'between 规章 and 行政处罚', why: 'row not found' },
      { path: 'proactive.licensing', row: '行政许可', kind: 'missing', seen: 'between 规章 and 行政处罚', why: 'row not found' },
      { path: 'proactive.coercion', row: '行政强制', kind: 'missing', seen: 'between 行政处罚 and 行政事业性收费', why: 'row not found' },
    ]);
  });

  it('readTable names rows before the first label found by the first one only', () => {
    const { issues } = proactive(['行政许可\t7', '行政处罚\t8', '行政强制\t9', '行政事业性收费\t1'].join('\n'));
    expect(issues.map((i) => i.seen)).toEqual(['between 行政许可', 'between 行政许可']);
  });


  it('readTable names a label whose figures are on two table rows as ambiguous', () => {
    const text = ['规章\t1\t2\t3', '行政规范性文件\t4\t5\t6', '\t7\t8\t9', '行政许可\t7'].join('\n');
    const { issues, values } = proactive(text);
    expect(issues[0]).toEqual({ path: 'proactive.normativeDocuments', row: '行政规范性文件', kind: 'ambiguous', seen: '行政规范性文件 4 | 5 | 6 | 7 | 8 | 9', why: 'figures on 2 table rows for one label' });
    expect(values).not.toHaveProperty('proactive.normativeDocuments.issued');
  });

  it('readTable says when figures stand both on table rows and between them for one label', () => {
    const text = ['规章 1 2 3', '\t4\t5\t6', '行政规范性文件\t4\t5\t6', '行政许可\t7'].join('\n');
    const { issues } = proactive(text);
    expect(issues[0]!.why).toBe('figures on 1 table rows and between them for one label');
  });

  it('readTable reads a label’s own row, not the empty header row after it', () => {
    const text = ['规章\t\t\t', '行政规范性文件\t4\t5\t6', '行政许可\t7'].join('\n');
    const html =
      '<table><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr><tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>' +
      '<tr><td></td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>7</td></tr></table>';
    expect(proactive(text).values['proactive.rules.issued']).toBe(0);
    const { values, issues } = read(htmlDocument(html), PROACTIVE_2021, { minimum: 2, section: 'proactive' });
    expect(issues.filter((i) => i.kind !== 'missing')).toEqual([]);
    expect(values['proactive.normativeDocuments.inForce']).toBe(6);
    expect(values['proactive.licensing']).toBe(7);
  });
});

describe('readReview (section 四)', () => {
  const HEADER = '行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉';
  const figures = Array.from({ length: 15 }, (_, i) => String(i + 1));
  const expected = {
    'reviewLitigation.review.upheld': 1,
    'reviewLitigation.review.corrected': 2,
    'reviewLitigation.review.other': 3,
    'reviewLitigation.review.pending': 4,
    'reviewLitigation.review.total': 5,
    'reviewLitigation.directSuit.upheld': 6,
    'reviewLitigation.directSuit.corrected': 7,
    'reviewLitigation.directSuit.other': 8,
    'reviewLitigation.directSuit.pending': 9,
    'reviewLitigation.directSuit.total': 10,
    'reviewLitigation.suitAfterReview.upheld': 11,
    'reviewLitigation.suitAfterReview.corrected': 12,
    'reviewLitigation.suitAfterReview.other': 13,
    'reviewLitigation.suitAfterReview.pending': 14,
    'reviewLitigation.suitAfterReview.total': 15,
  };

  it('readReview reads fifteen loose figures after the header, block by block', () => {
    const { values, issues, notes } = review(textDocument(`${HEADER}\n${figures.join(' ')}`));
    expect(values).toEqual(expected);
    expect(issues).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('readReview reads one table row of fifteen cells', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n${figures.join('\t')}`));
    expect(values).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('readReview reads a row of fifteen cells with blank cells at its edges', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n\t${figures.join('\t')}\t`));
    expect(values).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('readReview reads three tables of five, each after its own header and caption', () => {
    const text = [
      '行政复议',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      figures.slice(0, 5).join('\t'),
      '表二 未经复议直接起诉的行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      figures.slice(5, 10).join('\t'),
      '表三 复议后起诉的行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      figures.slice(10).join('\t'),
    ].join('\n');
    const { values, issues } = review(textDocument(text));
    expect(issues).toEqual([]);
    expect(values).toEqual(expected);
  });

  it('readReview stops at a caption that no header of another block follows', () => {
    const text = ['行政复议', '结果维持 结果纠正 其他结果 尚未审结 总计', figures.slice(0, 5).join('\t'), '表二 说明', '6 7 8 9 10'].join('\n');
    const { values, issues } = review(textDocument(text));
    expect(values).toBeUndefined();
    expect(issues).toEqual([{ path: 'reviewLitigation', kind: 'ambiguous', seen: '行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 1 | 2 | 3 | 4 | 5', why: '5 cells where the form has 15' }]);
  });

  it('readReview stops at a stray word after a count that is not a whole block', () => {
    const { issues } = review(textDocument(`${HEADER}\n1 2 3 说明 结果维持 4 5 6 7 8 9 10 11 12 13 14 15`));
    expect(issues.map((i) => [i.path, i.kind, i.why])).toEqual([['reviewLitigation', 'ambiguous', '3 figures where the form has 15 cells, and no cell positions to tell which they are']]);
  });

  it('readReview skips prose before the first figure', () => {
    const { values } = review(textDocument(`${HEADER}\n本年度无行政复议案件。\n${figures.join(' ')}`));
    expect(values).toEqual(expected);
  });

  it.each([
    ['a figure', '99'],
    ['a row of cells without a label', '9\t9'],
  ])('readReview does not look for the next block’s header past %s', (_, between) => {
    const text = ['行政复议', '结果维持 结果纠正 其他结果 尚未审结 总计', figures.slice(0, 5).join('\t'), '表二', between, '结果维持', figures.slice(5).join('\t')].join('\n');
    const { values, issues } = review(textDocument(text));
    expect(values).toBeUndefined();
    expect(issues[0]!.why).toBe('5 cells where the form has 15');
  });

  it('readReview reads blank cells as 0 and notes it', () => {
    const cells = figures.map((f, i) => (i === 2 ? '' : f));
    const { values, notes } = review(textDocument(`${HEADER}\n${cells.join('\t')}`));
    expect(values!['reviewLitigation.review.other']).toBe(0);
    expect(values!['reviewLitigation.review.pending']).toBe(4);
    expect(notes).toEqual([{ path: 'reviewLitigation', message: 'blank cells in this table read as 0' }]);
  });

  it('readReview reads a header without one figure as fifteen zeros, noted', () => {
    const { values, notes, issues } = review(textDocument(`${HEADER}\n五、存在的主要问题及改进情况`));
    expect(issues).toEqual([]);
    expect(Object.values(values!)).toEqual(new Array(15).fill(0));
    expect(Object.keys(values!)).toEqual(Object.keys(expected));
    expect(notes).toEqual([{ path: 'reviewLitigation', message: 'blank cells in this table read as 0' }]);
  });

  it('readReview names an unreadable cell by its block and result', () => {
    const cells = figures.map((f, i) => (i === 7 ? '捌' : f));
    const { values, issues } = review(textDocument(`行政复议 维持 审结\n${cells.join('\t')}`));
    expect(issues).toEqual([
      { path: 'reviewLitigation.directSuit.other', kind: 'unreadable', seen: `行政复议 维持 审结 ${cells.join(' | ')}`, why: 'not a number', row: '未经复议直接起诉', column: '其他结果' },
    ]);
    expect(values).not.toHaveProperty('reviewLitigation.directSuit.other');
    expect(values!['reviewLitigation.directSuit.pending']).toBe(9);
  });

  it('readReview names the block and result of unreadable cells in the first and last blocks', () => {
    const cells = figures.map((f, i) => (i === 0 || i === 14 ? '1.5' : f));
    const { issues } = review(textDocument(`${HEADER}\n${cells.join(' ')}`));
    expect(issues.map((i) => [i.path, i.row, i.column, i.why])).toEqual([
      ['reviewLitigation.review.upheld', '行政复议', '结果维持', 'a count with decimals'],
      ['reviewLitigation.suitAfterReview.total', '复议后起诉', '总计', 'a count with decimals'],
    ]);
  });

  it('readReview names a count of loose figures other than fifteen as ambiguous', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n${figures.slice(0, 14).join(' ')}`));
    expect(values).toBeUndefined();
    expect(issues.map((i) => i.why)).toEqual(['14 figures where the form has 15 cells, and no cell positions to tell which they are']);
  });

  it('readReview names a row of other than fifteen cells as ambiguous', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n${figures.slice(0, 12).join('\t')}`));
    expect(values).toBeUndefined();
    expect(issues.map((i) => i.why)).toEqual(['12 cells where the form has 15']);
  });

  it('readReview keeps blank cells inside a row of five', () => {
    const text = ['行政复议', '结果维持 结果纠正 其他结果 尚未审结 总计', '\t1\t2\t3\t', '未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计', '\t\t\t\t', '复议后起诉', '结果维持', '1\t1\t1\t1\t4'].join('\n');
    const { values, issues } = review(textDocument(text));
    expect(issues).toEqual([]);
    expect(values!['reviewLitigation.review.upheld']).toBe(0);
    expect(values!['reviewLitigation.review.corrected']).toBe(1);
    expect(values!['reviewLitigation.review.total']).toBe(0);
    expect(values!['reviewLitigation.suitAfterReview.total']).toBe(4);
  });

  it('readReview refuses figures both in table cells and outside them', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n1 2 3 4 5\n${figures.slice(5).join('\t')}`));
    expect(values).toBeUndefined();
    expect(issues.map((i) => [i.path, i.kind, i.why])).toEqual([['reviewLitigation', 'ambiguous', 'figures both in table cells and outside them']]);
  });

  it('readReview names section 四 as missing when no 行政复议 header with 结果维持 and 审结 is found', () => {
    for (const text of ['行政复议 1 2 3', '结果维持 尚未审结 1 2', '行政复议 结果维持 1 2 3']) {
      const { values, issues } = review(textDocument(text));
      expect(values).toBeUndefined();
      expect(issues).toEqual([{ path: 'reviewLitigation', kind: 'missing', seen: '', why: 'no table with 行政复议 and 结果维持 found' }]);
    }
  });

  it('readReview finds the header past an earlier mention of 行政复议 without the table', () => {
    const text = `因申请引发行政复议\n本机关依法应诉\n${HEADER}\n${figures.join(' ')}`;
    expect(review(textDocument(text)).values).toEqual(expected);
  });

  it('readReview takes 维持 without 结果 as the header', () => {
    const text = `行政复议 维持 纠正 其他 尚未审结 总计\n${figures.join(' ')}`;
    expect(review(textDocument(text)).values).toEqual(expected);
  });

  it('readReview does not count an HTML header row’s blank cells under a label as figures', () => {
    const header = '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>';
    const html = `<table>${header}<tr>${figures.map((f) => `<td>${f}</td>`).join('')}</tr></table>`;
    const { values, issues } = review(htmlDocument(html));
    expect(issues).toEqual([]);
    expect(values).toEqual(expected);
  });

  it('readReview stops after fifteen cells: a figure after them is not the table’s', () => {
    const { values, issues } = review(textDocument(`${HEADER}\n${figures.join(' ')} 16 17`));
    expect(issues).toEqual([]);
    expect(values).toEqual(expected);
  });

  it('readReview keeps a blank cell at the edge of a row of fifteen as 0', () => {
    const cells = figures.map((f, i) => (i === 0 ? '' : f));
    const { values, issues } = review(textDocument(`${HEADER}\n${cells.join('\t')}`));
    expect(issues).toEqual([]);
    expect(values!['reviewLitigation.review.upheld']).toBe(0);
    expect(values!['reviewLitigation.suitAfterReview.total']).toBe(15);
  });

  it('readReview skips a header row’s blank cells beside its labels (a text layer’s spanned header)', () => {
    const text = `行政复议\t行政诉讼\t\t\t\t\t\n结果维持 结果纠正 其他结果 尚未审结 总计\n${figures.join('\t')}`;
    const { values, issues } = review(textDocument(text));
    expect(issues).toEqual([]);
    expect(values).toEqual(expected);
  });


  it('readReview looks for the next block’s header within forty tokens of the caption', () => {
    const caption = (n: number) => Array.from({ length: n }, (_, i) => `词${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`).join(' ');
    const text = (n: number) => ['行政复议', '结果维持 结果纠正 其他结果 尚未审结 总计', figures.slice(0, 5).join('\t'), caption(n), '结果维持 尚未审结', figures.slice(5).join('\t')].join('\n');
    expect(review(textDocument(text(30))).values).toEqual(expected);
    expect(review(textDocument(text(45))).values).toBeUndefined();
  });

  it('readReview takes 行政复议 for the header only when 维持 and 审结 follow within 160 characters', () => {
    const filler = (n: number) => '说明'.repeat(n / 2);
    expect(review(textDocument(`行政复议 ${filler(140)} 维持 审结\n${figures.join(' ')}`)).values).toEqual(expected);
    const far = review(textDocument(`行政复议 ${filler(160)} 维持 审结\n${figures.join(' ')}`));
    expect(far.values).toBeUndefined();
    expect(far.issues[0]!.kind).toBe('missing');
  });

  it('readReview shortens what it saw to 89 characters and an ellipsis', () => {
    const { issues } = review(textDocument(`${HEADER}\n${Array.from({ length: 14 }, () => '1000000').join(' ')}`));
    expect(issues[0]!.seen).toHaveLength(90);
    expect(issues[0]!.seen.endsWith('…')).toBe(true);
    expect(issues[0]!.seen.startsWith('行政复议 行政诉讼 结果维持')).toBe(true);
  });
});

describe('setPath', () => {
  it('setPath(target, "a.b.c", v) makes the objects on the way', () => {
    const target: Record<string, unknown> = {};
    setPath(target, 'a.b.c', 1);
    setPath(target, 'a.b.d', 2);
    setPath(target, 'e', 3);
    expect(target).toEqual({ a: { b: { c: 1, d: 2 } }, e: 3 });
  });

  it('setPath replaces a number or null standing where an object must be', () => {
    const target: Record<string, unknown> = { a: 5, b: null };
    setPath(target, 'a.x', 1);
    setPath(target, 'b.y', 2);
    expect(target).toEqual({ a: { x: 1 }, b: { y: 2 } });
  });
});

it('the 2019 application table reads （六）其他处理 as otherHandling.other', () => {
  const text = [
    '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
    '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
    '（一）予以公开\t1\t0\t0\t0\t0\t0\t1',
    '（六）其他处理\t2\t0\t0\t0\t0\t0\t2',
  ].join('\n');
  const { values } = applications(text, APPLICATIONS_2019);
  expect(values['applications.outcomes.otherHandling.other.total']).toBe(2);
});

describe('readTable: no table', () => {
  it('finds none in a text without one of its labels, whatever the minimum asked for', () => {
    const none = read(textDocument('一、总体情况\n本年度工作平稳。'), PROACTIVE_2021, { minimum: 0, section: 'proactive' });
    expect(none).toMatchObject({ found: false, values: {}, issues: [] });
  });
});
