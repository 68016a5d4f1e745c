/**
 * The one static file server of the project's scripts (demo, benchmark,
 * Storybook smoke test, package test): node:http, loopback only, folders
 * mounted under URL prefixes, no path outside them.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file a URL path names under `mounts` (`[prefix, folder]`, first match wins), if any. */
function resolveFile(mounts, pathname) {
  for (const [prefix, folder] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    } catch {
      return undefined;
    }
    const file = normalize(join(folder, relative));
    if (!file.startsWith(folder + sep)) return undefined;
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return statSync(join(file, 'index.html'), { throwIfNoEntry: false }) && join(file, 'index.html');
    if (stats?.isFile()) return file;
  }
  return undefined;
}

/**
 * Starts a server; resolves to `{ origin, port, close }`. `headers` go on every
 * file (or are a function of the URL path, for per-page headers); `compress` answers with brotli when the browser accepts it, as a
 * production host would. A missing /favicon.ico is "no content", not an error.
 */
export function startStaticServer({ mounts, headers = {}, compress = false, port = 0, host = '127.0.0.1' }) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(mounts, pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      if (pathname === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const brotli = compress && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      ...(typeof headers === 'function' ? headers(pathname) : headers),
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      ...(compress ? { vary: 'accept-encoding' } : {}),
      ...(brotli ? { 'content-encoding': 'br' } : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = readFileSync(file);
    response.end(brotli ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: listening } = server.address();
      resolve({
        origin: `http://${host}:${String(listening)}`,
        port: listening,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A free TCP port on the loopback interface, for a process that needs its port number up front. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
