/**
 * The benchmark's server: the demo clinic site exactly as `npm start` serves
 * it (scripts/demo-site.mjs: the bundle under /assets/vendor/relief/, strict
 * CSP with Trusted Types), plus bench/ under /bench/, on a free loopback port.
 * Uncompressed, so that render figures do not include decompression.
 */
import { join } from 'node:path';
import { DEMO_HEADERS, demoMounts, projectRoot } from '../scripts/demo-site.mjs';
import { freePort, startStaticServer } from '../scripts/static-server.mjs';

export { freePort, projectRoot };

/**
 * Resolves to `{ origin, port, close }`. `styleSrc`: the hashes that the
 * prerendered pages under /bench/results/prerendered/ need in `style-src`.
 */
export const startServer = (styleSrc = []) => {
  // The vanilla twins create a Trusted Types policy of their own.
  const policy = DEMO_HEADERS['content-security-policy'].replace('trusted-types lit-html', 'trusted-types lit-html relief-bench-vanilla');
  const prerenderedPolicy = policy.replace("style-src 'self'", `style-src 'self' ${styleSrc.join(' ')}`);
  return startStaticServer({
    mounts: demoMounts([['/bench/', join(projectRoot, 'bench')]]),
    headers: (pathname) => ({
      ...DEMO_HEADERS,
      'content-security-policy': pathname.startsWith('/bench/results/prerendered/') ? prerenderedPolicy : policy,
    }),
  });
};

