/** The command line, run as a site's CI would run it (after `npm run build`). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asHtml } from '../parse-variants.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
const data = (name: string) => new URL(`../../data/${name}`, import.meta.url).pathname;

describe('disclosure-charts parse', () => {
  it('prints the report JSON of the published text', () => {
    const result = run('parse', data('sources/dongguan-hrss-2023.txt'));
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const expected = JSON.parse(readFileSync(data('dongguan-hrss-2023.json'), 'utf8'));
    expect(report.applications).toEqual(expected.applications);
    // Only the format and why: nothing unreadable.
    expect(result.stderr).toBe('note: format — 2021 format (2021 markers: 本年制发件数、本年废止件数、现行有效件数、本年处理决定数量、本年收费金额、（六）1. 逾期不补正、（六）2. 逾期未按收费通知)\n');
  });

  it('reads .md and .txt as text and .htm as HTML, by the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-'));
    const expected = JSON.parse(readFileSync(data('dongguan-hrss-2023.json'), 'utf8'));
    for (const [name, body] of [
      ['report.md', readFileSync(data('sources/dongguan-hrss-2023.txt'), 'utf8')],
      ['report.htm', asHtml()],
    ]) {
      writeFileSync(join(dir, name), body!);
      const result = run('parse', join(dir, name));
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).applications).toEqual(expected.applications);
    }
    // An .htm file is read as HTML even where it does not look like markup at first sight.
    writeFileSync(join(dir, 'plain.htm'), '<span>2023年某局政府信息公开工作年度报告</span>');
    expect(JSON.parse(run('parse', join(dir, 'plain.htm')).stdout).agency).toEqual({ name: '某局' });
  });

  it('reads an HTML page too, and lists on stderr what it could not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, asHtml().replace('<td><p><span style="font-family:宋体">278</span></p></td>', '<td>二七八</td>'));
    const result = run('parse', file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).proactive.penalties).toBeUndefined();
    expect(result.stderr).toContain('unreadable: proactive.penalties (行政处罚 · 本年处理决定数量) — not a number; seen: 二七八');
  });

  it('names a file it cannot read on stderr, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    for (const [name, why] of [
      ['empty.txt', 'the file is empty'],
      ['old.doc', 'a Word 97–2003 (.doc) file, which this reader cannot open; save it as .docx'],
      ['broken.pdf', 'not a PDF file'],
    ]) {
      const result = run('parse', join(dir, name!));
      expect([result.status, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toContain(`${join(dir, name!)}: ${why}`);
    }
  });
});

describe('disclosure-charts check', () => {
  it('passes a valid report whose accounts add up', () => {
    const result = run('check', data('dongguan-hrss-2023.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('✓ 东莞市人力资源和社会保障局 2023年：格式正确；勾稽关系全部相符。\n');
  });

  it('prints failed accounting checks, and fails on them with --strict', () => {
    const lenient = run('check', data('fixtures/checks-fail.json'), '--lang', 'en');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('! Administrative review · Total: total = upheld + corrected + other + pending; expected 1, found 2 (reviewLitigation.review.total)');
    expect(run('check', data('fixtures/checks-fail.json'), '--strict').status).toBe(1);
  });

  it('fails on an invalid report, naming every problem', () => {
    const result = run('check', data('fixtures/invalid-types.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ applications.received.total：应为非负整数，实际为 "73"');
    expect(run('check', data('fixtures/malformed.json'), '--lang', 'en').stdout).toMatch(/^✗ Not valid JSON/);
  });

  it('says how to use it', () => {
    expect(run().status).toBe(2);
    expect(run('check', '/no/such/file.json').status).toBe(2);
    expect(run('frobnicate', 'x').stderr).toContain('usage:');
  });
});

describe('disclosure-charts collect', () => {
  /** A folder of the Pingtan reports, the years given; returns its path. */
  const folder = (years: number[], change?: (report: Record<string, any>) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-collect-'));
    for (const year of years) {
      const report = JSON.parse(readFileSync(data(`collections/pingtan/${year}.json`), 'utf8'));
      if (year === 2023) change?.(report);
      writeFileSync(join(dir, `${year}.json`), JSON.stringify(report));
    }
    return dir;
  };

  it('prints the reports as one collection by year, and each failed cross-year check on stderr', () => {
    const result = run('collect', folder([2025, 2022, 2023]));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((r: { year: number }) => r.year)).toEqual([2022, 2023, 2025]);
    // 2022 → 2023 is the one pair of consecutive years: 平潭's own stock of documents does not follow.
    expect(result.stderr).toBe(
      '! 平潭综合实验区：2023年行政规范性文件现行有效件数为470，与2022年报告推算的643不符 (2023 proactive.normativeDocuments.inForce / 2022 proactive.normativeDocuments.inForce)\n' +
        '3 份报告，1 个机关；1 处跨年度数字不一致；0 份报告内有勾稽关系不符；0 个文件无法读取。\n',
    );
    expect(run('collect', folder([2025, 2022, 2023]), '--strict').status).toBe(1);
  });

  it('flags a carried-over figure planted in one year, naming both years, and nothing else', () => {
    // 2019–2022 follow each other in every checked figure; 2023 is given 3 carried over by natural persons.
    const dir = folder([2021, 2022, 2023], (r) => {
      r.applications.carriedOver.naturalPerson = 3;
      r.applications.carriedOver.total = 3;
      delete r.proactive;
    });
    const result = run('collect', dir, '--strict', '--lang', 'en');
    expect(result.status).toBe(1);
    const flagged = result.stderr.split('\n').filter((line) => line.startsWith('! '));
    expect(flagged).toEqual([
      '! 平潭综合实验区: carried over from last year (individuals) is 3 in 2023, but the 2022 report makes it 0 (2023 applications.carriedOver.naturalPerson / 2022 applications.carriedForward.naturalPerson)',
      '! 平潭综合实验区: carried over from last year (total) is 3 in 2023, but the 2022 report makes it 0 (2023 applications.carriedOver.total / 2022 applications.carriedForward.total)',
    ]);
  });

  it('parses report files beside the JSON, and names what it could not read without stopping', () => {
    const dir = folder([2022]);
    writeFileSync(join(dir, 'dongguan.txt'), readFileSync(data('sources/dongguan-hrss-2023.txt'), 'utf8'));
    writeFileSync(join(dir, 'broken.json'), '{ "year": ');
    const result = run('collect', dir);
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout);
    expect(reports.map((r: { agency: { name: string } }) => r.agency.name)).toEqual(['东莞市人力资源和社会保障局', '平潭综合实验区']);
    expect(reports[0].applications).toEqual(JSON.parse(readFileSync(data('dongguan-hrss-2023.json'), 'utf8')).applications);
    expect(result.stderr).toMatch(/^✗ .*broken\.json: /m);
    expect(result.stderr).toContain('1 个文件无法读取');
  });

  it('refuses two reports of one agency for one year', () => {
    const dir = folder([2022]);
    writeFileSync(join(dir, 'again.json'), readFileSync(data('collections/pingtan/2022.json'), 'utf8'));
    const result = run('collect', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('都是平潭综合实验区2022年的报告');
  });
});
