/**
 * The demo clinic site as `npm start` serves it, and the benchmark measures it:
 * the built bundle under a vendor sub-path, where a site owner might upload it,
 * and every page under a strict Content-Security-Policy with Trusted Types.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The strictest policy a clinic might set, for the demo and the test pages
 * alike. Every copy of Lit creates a Trusted Types policy named lit-html.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const DEMO_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
};

/** URL prefix → folder; `extra` mounts come before the demo site at `/`. */
export const demoMounts = (extra = []) => [
  ['/assets/vendor/relief/', join(projectRoot, 'dist')],
  // The embed builder (npm run build:builder), under the same strict policy.
  ['/builder/', join(projectRoot, 'dist/builder')],
  ...extra,
  ['/', join(projectRoot, 'demo')],
];

/**
 * The same clinic page prerendered (`relief-widgets/prerender`) into
 * dist/prerendered/, served at /prerendered/ with the style hashes its
 * inline styles need added to the policy. Returns the mount and the headers.
 */
export async function prerenderedDemo(locale = 'en') {
  const { prerender } = await import('../dist/esm/prerender/prerender.js');
  const { html, styleSrc } = await prerender(readFileSync(join(projectRoot, 'demo/index.html'), 'utf8'), { locale });
  const folder = join(projectRoot, 'dist/prerendered');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), html);
  const policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${styleSrc.join(' ')}`);
  return {
    mount: ['/prerendered/', folder],
    headers: (pathname) => ({ ...DEMO_HEADERS, ...(pathname.startsWith('/prerendered/') ? { 'content-security-policy': policy } : {}) }),
  };
}
