/**
 * `npm start` and `npm run serve` stop when their npm process is stopped (Ctrl-C, or a kill of
 * its pid), leaving no server behind: the script hands its shell over to the server (`exec`),
 * so the signal npm passes on reaches the server itself.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.status,
    () => 'refused',
  );

describe('the demo server', () => {
  it('npm start and npm run serve end in the server itself, not a shell that would outlive npm', () => {
    expect(scripts.start).toMatch(/&& exec node scripts\/serve\.js$/);
    expect(scripts.serve).toBe('exec node scripts/serve.js');
  });

  it('stops, with nothing left listening, when its npm process is stopped', async () => {
    const npm = spawn('npm', ['run', 'serve'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      npm.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(out);
        if (found) resolve(found[1]!);
      });
      npm.on('exit', () => reject(new Error(`npm run serve ended first: ${out}`)));
    });
    expect(await answers(`${url}/demo/`)).toBe(200);
    const ended = new Promise((resolve) => npm.on('exit', resolve));
    npm.kill('SIGTERM');
    await ended;
    // The server went with it: its port no longer answers.
    await expect.poll(() => answers(`${url}/demo/`), { timeout: 5000 }).toBe('refused');
  });
});
