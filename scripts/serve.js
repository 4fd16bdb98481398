// A small static file server for the demo page and the end-to-end tests. Written here rather
// than taken from a package because the tests need to set response headers per request
// (Content-Security-Policy, content types, delays, status codes) and node:http does that in a
// few lines with no dependency.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `headers(path)` may add response headers for a path; `route(url,
 * request, response)` may answer a request itself (tests use it for slow, failing and odd
 * answers) and returns true when it did. Resolves to the server and its base URL.
 */
export function serve({ port = 0, host = '127.0.0.1', headers = () => ({}), route = () => false } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (await route(url, request, response)) return;
      let path = decodeURIComponent(url.pathname);
      if (path === '/') {
        response.writeHead(302, { Location: '/demo/' });
        return response.end();
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || file.split(sep).includes('node_modules')) throw new Error('forbidden');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers(path),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`disclosure-charts demo: ${url}/demo/  (Ctrl+C to stop)`);
}
