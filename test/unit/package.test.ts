/**
 * The package's entry points: every path in the exports map is a file the build makes or the
 * package ships (npm test builds first), and the bundled report is importable by its name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  files: string[];
};
const targets = Object.entries(pkg.exports).flatMap(([name, target]) => (typeof target === 'string' ? [[name, target]] : Object.values(target).map((t) => [name, t])));

describe('package.json exports', () => {
  it('points every entry at a file that exists after the build', () => {
    const missing = targets.filter(([, target]) => !existsSync(new URL(`../../${target}`, import.meta.url)));
    expect(missing).toEqual([]);
  });

  it('exports the bundled report, which the package ships, by its own name', () => {
    expect(pkg.exports['./data/dongguan-hrss-2023.json']).toBe('./data/dongguan-hrss-2023.json');
    expect(pkg.files).toContain('data/dongguan-hrss-2023.json');
  });

  it('exports the collection elements, their bundle and the collection schema', () => {
    expect(pkg.exports['./collections']).toEqual({ types: './dist/collections.d.ts', default: './dist/collections.js' });
    expect(pkg.exports['./disclosure-charts.collections.min.js']).toBe('./dist/disclosure-charts.collections.min.js');
    expect(pkg.files).toContain('collection.schema.json');
  });

  it('exports the poster and its bundle', () => {
    expect(pkg.exports['./disclosure-poster']).toEqual({ types: './dist/elements/disclosure-poster/define.d.ts', default: './dist/elements/disclosure-poster/define.js' });
    expect(pkg.exports['./disclosure-charts.poster.min.js']).toBe('./dist/disclosure-charts.poster.min.js');
  });

  it('exports the page reader and the page bundle', () => {
    expect(pkg.exports['./from']).toEqual({ types: './dist/from.d.ts', default: './dist/from.js' });
    expect(pkg.exports['./disclosure-charts.page.min.js']).toBe('./dist/disclosure-charts.page.min.js');
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations?: { tagName?: string; members?: { name: string; privacy?: string; type?: { text: string } }[] }[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  const reportElements = elements.filter((d) => !['disclosure-trend', 'disclosure-compare'].includes(d.tagName!));

  it('describes the eight elements with their public API only (no state, no render helpers)', () => {
    expect(elements.map((d) => d.tagName).sort()).toEqual([
      'disclosure-compare',
      'disclosure-outcomes',
      'disclosure-poster',
      'disclosure-report',
      'disclosure-trend',
      'enforcement-counts',
      'review-litigation',
      'site-traffic',
    ]);
    for (const d of elements) {
      const names = (d.members ?? []).map((m) => m.name);
      expect((d.members ?? []).filter((m) => m.privacy && m.privacy !== 'public'), d.tagName).toEqual([]);
      for (const internal of ['printing', 'locale', 'checkPaths', 'section', 'selected', 'view', 'geometry', 'expanded', 'data', 'nav'])
        expect(names, d.tagName).not.toContain(internal);
    }
  });

  it('gives the report elements a typed report, and the collection elements a typed collection instead', () => {
    for (const d of reportElements) {
      const names = (d.members ?? []).map((m) => m.name);
      expect(names, d.tagName).toEqual(expect.arrayContaining(['src', 'report', 'from', 'verbose', 'toCSV']));
      expect((d.members ?? []).filter((m) => m.privacy && m.privacy !== 'public'), d.tagName).toEqual([]);
      expect(d.members!.find((m) => m.name === 'report')!.type).toEqual({ text: 'Report' });
    }
    for (const d of elements.filter((e) => !reportElements.includes(e))) {
      const names = (d.members ?? []).map((m) => m.name);
      expect(names, d.tagName).toEqual(expect.arrayContaining(['src', 'reports', 'toCSV', 'toSVG', 'toPNG']));
      expect(names, d.tagName).not.toContain('report');
      expect(d.members!.find((m) => m.name === 'reports')!.type).toEqual({ text: '(Report | string)[] | { reports: (Report | string)[] }' });
    }
  });
});
