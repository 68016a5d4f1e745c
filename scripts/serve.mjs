/**
 * `npm start` serves the demo clinic site on http://localhost:8080/ the way a
 * real site would: the built bundle under a vendor sub-path, and the page under
 * a strict Content-Security-Policy with Trusted Types enforced.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

/** URL prefix → folder. The bundle lives where a site owner might upload it. */
const mounts = [
  ['/assets/vendor/relief/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

function resolvePath(pathname) {
  for (const [prefix, folder] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
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
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  // Compressed as any production host would; the bundle sizes in README are brotli sizes.
  const brotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = readFileSync(file);
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(brotli ? { 'content-encoding': 'br' } : {}),
  });
  response.end(brotli ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo clinic site: http://localhost:${port}/  (Ctrl+C stops it)`);
});
