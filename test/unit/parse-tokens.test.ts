/**
 * The token stream the table readers walk (words, loose figures, table rows, breaks) and the
 * word space their labels are matched in, on small documents laid out like the national form.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Doc } from '../../src/parse/document.js';
import { bestChain, findLabels, FIGURE, isBlank, isFigureText, NONE, squash, tokenize, wordSpace, type Match, type Token } from '../../src/parse/tokens.js';

const lines = (...texts: string[]): Doc => ({ blocks: texts.map((text) => ({ kind: 'line' as const, text })) });
const table = (...rows: (string | Cell)[][]): Doc => ({
  blocks: [{ kind: 'table', rows: rows.map((row) => row.map((c) => (typeof c === 'string' ? { text: c } : c))) }],
});
/** Tokens as short strings: `w:规章`, `f:3`, `|`, and cells as `[1 2 3]`. */
const show = (tokens: Token[]) =>
  tokens.map((t) => (t.kind === 'word' ? `w:${t.text}` : t.kind === 'figure' ? `f:${t.text}` : t.kind === 'break' ? '|' : `[${t.cells.map((c) => c.text).join(' ')}]`));
const cellsOf = (tokens: Token[]) => tokens.filter((t): t is Extract<Token, { kind: 'cells' }> => t.kind === 'cells');

describe('FIGURE and NONE', () => {
  it.each(['0', '12345', '1,234', '1,234,567', '35.6', '1,234.50', '-2', '+3', '−2'])('FIGURE reads %s as a figure', (text) => {
    expect(FIGURE.test(text)).toBe(true);
  });

  it.each(['1,23', '12,3456', ',123', '1.', '.5', '1.2.3', 'a12', '12a', '12件', '--2', '+', ''])('FIGURE refuses %s', (text) => {
    expect(FIGURE.test(text)).toBe(false);
  });

  it.each(['/', '-', '—', '–', '―', '无', '——'])('NONE reads %s as "none"', (text) => {
    expect(NONE.test(text)).toBe(true);
  });

  it.each(['//', '无无', '无数据', 'x/', '—1'])('NONE refuses %s', (text) => {
    expect(NONE.test(text)).toBe(false);
  });

  it('isFigureText(text) takes figures and none marks, and nothing else', () => {
    expect(isFigureText('1,234')).toBe(true);
    expect(isFigureText('/')).toBe(true);
    expect(isFigureText('壹')).toBe(false);
  });

  it('isBlank(cell) is true for an empty or spaces-only cell and for any spanned copy, whatever its text', () => {
    expect(isBlank({ text: '' })).toBe(true);
    expect(isBlank({ text: '  ' })).toBe(true);
    expect(isBlank({ text: '3', copy: 'row' })).toBe(true);
    expect(isBlank({ text: '3', copy: 'col' })).toBe(true);
    expect(isBlank({ text: '3' })).toBe(false);
  });
});

describe('squash(text)', () => {
  it('drops white space and writes brackets, quotes and the full-width point in one form', () => {
    expect(squash(' （一） 予以\t公开 ')).toBe('(一)予以公开');
    expect(squash('〔2021〕【注】')).toBe('(2021)(注)');
    expect(squash('危及“三安全一稳定”「甲」『乙』„丙‟')).toBe('危及"三安全一稳定""甲""乙""丙"');
    expect(squash('1．5')).toBe('1.5');
  });
});

describe('tokenize(doc) on lines', () => {
  it('splits a line at spaces and table-drawing bars into words and figures', () => {
    expect(show(tokenize(lines('规章 0 │ 1┃2|3  现行有效')))).toEqual(['w:规章', 'f:0', 'f:1', 'f:2', 'f:3', 'w:现行有效']);
  });

  it('reads full-width digits and a full-width slash as the figures and marks they stand for', () => {
    expect(show(tokenize(lines('行政许可　１２３　／')))).toEqual(['w:行政许可', 'f:123', 'f:/']);
  });

  it('gives every token the index of its block as its line', () => {
    const tokens = tokenize(lines('规章', '', '行政许可 5'));
    expect(tokens.map((t) => t.line)).toEqual([0, 2, 2]);
  });

  it('leaves out blank lines and page furniture', () => {
    for (const furniture of ['- 3 -', '— 12 —', '第 3 页', '第3页 共8页', '第3页，共8页', '3/8', '3 / 8', 'Page 3', 'page 3 of 8'])
      expect(show(tokenize(lines('规章', furniture, '   ', '行政许可'))), furniture).toEqual(['w:规章', 'w:行政许可']);
  });

  it('keeps a figure or a label that only looks like page furniture in part', () => {
    expect(show(tokenize(lines('- 3', '第3页共', '3/8页')))).toEqual(['f:-', 'f:3', 'w:第3页共', 'w:3/8页']);
  });

  it('splits a figure printed hard against its label from it', () => {
    expect(show(tokenize(lines('行政事业性收费9116.36', '(五)1,234', '行政强制-2')))).toEqual(['w:行政事业性收费', 'f:9116.36', 'w:(五)', 'f:1,234', 'w:行政强制', 'f:-2']);
  });

  it('keeps digits inside a Latin word, or before a unit, as part of the word', () => {
    expect(show(tokenize(lines('APP2', '12件', '3万元')))).toEqual(['w:APP2', 'w:12件', 'w:3万元']);
  });

  it('reads a line with a full stop, or a comma beside a counted figure, as prose: a break, not words', () => {
    expect(show(tokenize(lines('工作平稳。', '规章')))).toEqual(['|', 'w:规章']);
    expect(show(tokenize(lines('共受理申请 12 件,已全部办结', '答复及时。', '规章')))).toEqual(['|', '|', 'w:规章']);
    for (const unit of ['件', '条', '次', '个', '人', '万', '元', '家', '项'])
      expect(show(tokenize(lines(`办理 3${unit}，按时`))), unit).toEqual(['|']);
    for (const stop of ['；', '!', '?'])
      expect(show(tokenize(lines(`一句话${stop}`, '规章'))), stop).toEqual(['|', 'w:规章']);
  });

  it('does not read a comma without a counted figure, or a figure without a comma, as prose', () => {
    expect(show(tokenize(lines('规章,规范性文件')))).toEqual(['w:规章,规范性文件']);
    expect(show(tokenize(lines('办理 3 件')))).toEqual(['w:办理', 'f:3', 'w:件']);
  });

  it('reads the lines after an unfinished sentence as prose until one ends it', () => {
    expect(show(tokenize(lines('本年共受理 30 件,其中', '予以公开 12', '件。', '规章 1')))).toEqual(['|', '|', '|', 'w:规章', 'f:1']);
    for (const end of [':', '"', '”', ')', ';'])
      expect(show(tokenize(lines(`全年办结 3 件${end === ';' ? '，完毕' : '，见下'}${end}`, '规章'))), end).toEqual(['|', 'w:规章']);
  });

  it('ends an unfinished sentence at a table: the table is read', () => {
    const doc: Doc = { blocks: [{ kind: 'line', text: '全年受理 3 件,其中' }, { kind: 'table', rows: [[{ text: '规章' }, { text: '1' }]] }, { kind: 'line', text: '行政许可 2' }] };
    expect(show(tokenize(doc))).toEqual(['|', 'w:规章', '[1]', '|', 'w:行政许可', 'f:2']);
  });
});

describe('tokenize(doc) on tables', () => {
  it('gives a row its label as words and the cells right of it as one row of cells, then a break', () => {
    const tokens = tokenize(table(['规章', '0', '1', '2']));
    expect(show(tokens)).toEqual(['w:规章', '[0 1 2]', '|']);
    expect(cellsOf(tokens)[0]).toMatchObject({ cols: [1, 2, 3], width: 4, line: 0, row: '规章 | 0 | 1 | 2', labelled: true });
  });

  it('takes every cell up to the last label cell as label, even a figure among them', () => {
    const tokens = tokenize(table(['三、本年度办理结果', '(一)予以公开', '7', '8']));
    expect(show(tokens)).toEqual(['w:三、本年度办理结果', 'w:(一)予以公开', '[7 8]', '|']);
    expect(show(tokenize(table(['第2项', '1', '规章', '5'])))).toEqual(['w:第2项', 'w:1', 'w:规章', '[5]', '|']);
  });

  it('reads a cell of Chinese numerals or of digits with a unit as a cell, not a label', () => {
    for (const odd of ['壹', '二七八', '12件', '3 个', '5万元', '十'])
      expect(show(tokenize(table(['规章', odd, '0']))), odd).toEqual(['w:规章', `[${odd} 0]`, '|']);
  });

  it('normalises the label words it gives (full-width brackets to ASCII)', () => {
    expect(show(tokenize(table(['（一）予以公开', '１'])))).toEqual(['w:(一)予以公开', '[１]', '|']);
  });

  it('gives the words of a label spread over cells, not its blank cells or its spanned copies', () => {
    const tokens = tokenize(table(['', '三、本年度办理结果', { text: '三、本年度办理结果', copy: 'col' }, '(二)部分公开', '4']));
    expect(show(tokens)).toEqual(['w:三、本年度办理结果', 'w:(二)部分公开', '[4]', '|']);
    expect(cellsOf(tokens)[0]!.cols).toEqual([4]);
  });

  it('counts a label copied down from the row above as label: its cells start after it', () => {
    const tokens = tokenize(table(['规章', '1'], [{ text: '规章', copy: 'row' }, '2']));
    expect(show(tokens)).toEqual(['w:规章', '[1]', '[2]', '|']);
    expect(cellsOf(tokens).map((t) => t.labelled)).toEqual([true, false]);
  });

  it('takes a cell spanning columns once, at its first column', () => {
    const tokens = tokenize(table(['规章', '5', { text: '5', copy: 'col' }, '6']));
    expect(show(tokens)).toEqual(['w:规章', '[5 6]', '|']);
    expect(cellsOf(tokens)[0]).toMatchObject({ cols: [1, 3], width: 4 });
  });

  it('keeps a cell copied down from a row above (a figure spanning rows) as a cell', () => {
    const tokens = tokenize(table(['规章', '5', '1'], ['行政许可', { text: '5', copy: 'row' }, '2']));
    expect(cellsOf(tokens)[1]!.cells).toEqual([{ text: '5', copy: 'row' }, { text: '2' }]);
  });

  it('gives a row of figures only as unlabelled cells, and a row of labels only as words', () => {
    const tokens = tokenize(table(['1', '', '3'], ['申请人情况', '自然人']));
    expect(show(tokens)).toEqual(['[1  3]', 'w:申请人情况', 'w:自然人', '|']);
    expect(cellsOf(tokens)[0]).toMatchObject({ labelled: false, cols: [0, 1, 2], row: '1 | 3' });
  });

  it('leaves out a row of page furniture, and keeps an empty row as blank cells', () => {
    expect(show(tokenize(table(['规章', '1'], ['', '- 2 -', ''], ['行政许可', '3'])))).toEqual(['w:规章', '[1]', 'w:行政许可', '[3]', '|']);
    expect(show(tokenize(table(['规章', '1'], ['', ''])))).toEqual(['w:规章', '[1]', '[ ]', '|']);
  });

  it('reads a row holding prose (over forty characters with a full stop) as a break', () => {
    const long = '本机关严格按照条例要求办理每一件申请并在法定期限内予以答复，确保申请人的合法权益得到充分保障。';
    expect(long.length).toBeGreaterThan(40);
    expect(show(tokenize(table(['规章', '1'], [long], ['行政许可', '2'])))).toEqual(['w:规章', '[1]', '|', 'w:行政许可', '[2]', '|']);
    const forty = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九。';
    expect(forty.length).toBe(40);
    expect(show(tokenize(table([forty, '1'])))).toEqual([`w:${forty}`, '[1]', '|']);
    const noStop = long.replace(/[，。]/g, '');
    expect(show(tokenize(table([noStop, '1'])))).toEqual([`w:${noStop}`, '[1]', '|']);
  });
});

describe('wordSpace(tokens)', () => {
  it('joins the words squashed and owns each character by its token, skipping figures and cells', () => {
    const tokens = tokenize(lines('（一） 12 予以 公开'));
    const space = wordSpace(tokens);
    expect(space.text).toBe('(一)予以公开');
    expect(space.owner).toEqual([0, 0, 0, 2, 2, 3, 3]);
  });

  it('is empty for a stream without words', () => {
    expect(wordSpace(tokenize(lines('1 2 3')))).toEqual({ text: '', owner: [] });
  });
});

describe('findLabels(space, rows, from, to)', () => {
  const space = wordSpace(tokenize(lines('规章 1 行政许可 2 规章 3')));
  const rows = [{ patterns: [/规章/, /规/] }, { patterns: [/行政许可/] }];

  it('finds every occurrence of each row, the full label weighing 2 and a weaker pattern 1, in text order', () => {
    const found = findLabels(space, rows);
    expect(found.map((m) => [m.row, m.weight, m.start, m.end])).toEqual([
      [0, 2, 0, 2],
      [0, 1, 0, 1],
      [1, 2, 2, 6],
      [0, 2, 6, 8],
      [0, 1, 6, 7],
    ]);
    expect(found[2]).toMatchObject({ first: 2, last: 2 });
    expect(found[3]).toMatchObject({ first: 4, last: 4 });
  });

  it('gives the first and last word a label spans when it is wrapped over words', () => {
    const wrapped = wordSpace(tokenize(lines('行政 3 许可')));
    expect(findLabels(wrapped, [{ patterns: [/行政许可/] }])).toEqual([{ row: 0, weight: 2, start: 0, end: 4, first: 0, last: 2 }]);
  });

  it('looks only from `from`, and only at matches that start before `to`', () => {
    expect(findLabels(space, rows, 1).map((m) => m.start)).toEqual([2, 6, 6]);
    expect(findLabels(space, rows, 0, 6).map((m) => m.start)).toEqual([0, 0, 2]);
    expect(findLabels(space, rows, 0, 7).map((m) => m.start)).toEqual([0, 0, 2, 6, 6]);
  });

  it('skips a pattern that matches empty text instead of looping on it', () => {
    expect(findLabels(space, [{ patterns: [/x*/, /许可/] }]).map((m) => [m.weight, m.start])).toEqual([[1, 4]]);
  });
});

describe('bestChain(matches)', () => {
  const m = (row: number, start: number, weight = 2, end = start + 2): Match => ({ row, weight, start, end, first: start, last: start });

  it('is empty for no matches', () => {
    expect(bestChain([])).toEqual([]);
  });

  it('keeps the labels whose rows rise in order, and drops a stray mention that would break the chain', () => {
    const matches = [m(0, 0), m(2, 5), m(1, 10), m(2, 20), m(3, 30)];
    expect(bestChain(matches).map((x) => [x.row, x.start])).toEqual([[0, 0], [1, 10], [2, 20], [3, 30]]);
  });

  it('never takes the same row twice, nor two labels that overlap', () => {
    expect(bestChain([m(0, 0), m(0, 5)]).map((x) => x.start)).toEqual([5]);
    expect(bestChain([m(0, 0, 2, 6), m(1, 4)])).toHaveLength(1);
    expect(bestChain([m(0, 0, 2, 4), m(1, 4)]).map((x) => x.row)).toEqual([0, 1]);
  });

  it('weighs full labels above weaker matches', () => {
    expect(bestChain([m(0, 0, 1), m(1, 4, 1), m(0, 10, 2), m(1, 14, 2)]).map((x) => x.start)).toEqual([10, 14]);
    // The heavier chain wins even where a lighter one is more compact.
    expect(bestChain([m(0, 0, 2), m(1, 4, 1), m(0, 10, 1), m(1, 14, 1)]).map((x) => x.start)).toEqual([0, 4]);
    expect(bestChain([m(1, 0, 2), m(0, 10, 1)]).map((x) => x.start)).toEqual([0]);
    expect(bestChain([m(1, 0, 1), m(0, 10, 2)]).map((x) => x.start)).toEqual([10]);
  });

  it('among chains of equal weight takes the most compact, the one that starts last', () => {
    expect(bestChain([m(0, 0), m(0, 10), m(1, 14)]).map((x) => x.start)).toEqual([10, 14]);
    expect(bestChain([m(0, 0), m(1, 4), m(0, 10), m(1, 14)]).map((x) => x.start)).toEqual([10, 14]);
  });
});
