/**
 * The benchmark's own static file server (node:http only), on a free loopback
 * port. It mirrors scripts/serve.mjs — the bundle under /assets/vendor/relief/,
 * the demo clinic site at / — and adds bench/ under /bench/. Every response
 * carries the same headers as `npm start` (strict CSP with Trusted Types), so
 * the relief page, the vanilla baseline and the static page are all measured
 * under the policy a clinic site would serve.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The same policy as scripts/serve.mjs (copied: importing that file would start its server). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server. Resolves to `{ origin, close }`; `close()` stops it
 * (open keep-alive connections included).
 */
export function startServer({ root = projectRoot, host = '127.0.0.1' } = {}) {
  const mounts = [
    ['/assets/vendor/relief/', join(root, 'dist')],
    ['/bench/', join(root, 'bench')],
    ['/', join(root, 'demo')],
  ];

  function resolvePath(pathname) {
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
      try {
        return statSync(file).isDirectory() ? join(file, 'index.html') : file;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolvePath(pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      resolve({
        origin: `http://${host}:${String(port)}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

/** A free TCP port on the loopback interface (for processes that need a port number up front). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
