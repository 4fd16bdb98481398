/** fetchReportText: failures are Errors that say why, and keep the browser's own error as cause. */
import { describe, expect, it } from 'vitest';
import { fetchReportText, LoadFailure } from '../../src/report/load.js';

describe('fetchReportText', () => {
  it('refuses a body over maxBytes with a LoadFailure naming the limit', async () => {
    const failure = await fetchReportText('/data/dongguan-hrss-2023.json', { maxBytes: 100 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LoadFailure);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ url: '/data/dongguan-hrss-2023.json', problem: { reason: 'tooLarge', limit: 100 } });
  });

  it('names an HTTP error by its status', async () => {
    const failure = await fetchReportText('/data/no-such-report.json').catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'LoadFailure', problem: { reason: 'http', status: 404 } });
  });

  it('keeps the browser\'s own error as the cause of a network failure', async () => {
    const failure = (await fetchReportText('http://127.0.0.1:9/report.json').catch((e: unknown) => e)) as LoadFailure;
    expect(failure.problem).toEqual({ reason: 'network' });
    expect(failure.cause).toBeInstanceOf(TypeError);
  });
});
