import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/report/checks.js';
import { validateReport } from '../../src/report/validate.js';

/** The hand-transcribed figures of real published reports (see test/corpus/README.md). */
const dir = join(__dirname, '../corpus/truths');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('corpus truths', () => {
  it('has truth files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const truth = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        about: { format: string; agency: string; level: string; year: number; title: string; url: string; notes: string };
        report: Record<string, unknown>;
      };

      it('is a valid report', () => {
        const result = validateReport(truth.report);
        expect(result.ok, JSON.stringify(result)).toBe(true);
      });

      it('states its format, level and year in about', () => {
        expect(['2021', '2019']).toContain(truth.report.format);
        expect(truth.about.format).toBe(truth.report.format);
        expect(truth.about.year).toBe(truth.report.year);
        expect(['province', 'city', 'county', 'township']).toContain(truth.about.level);
        for (const key of ['agency', 'title', 'url', 'notes'] as const) expect(truth.about[key]).toBeTruthy();
      });

      it('lists its accounting failures (for information)', () => {
        const result = validateReport(truth.report);
        if (!result.ok) return;
        const warnings = checkAccounts(result.report);
        if (warnings.length && process.env.CORPUS_TRUTHS_VERBOSE)
          console.log(file, JSON.stringify(warnings, null, 1));
        expect(Array.isArray(warnings)).toBe(true);
      });
    });
  }
});
