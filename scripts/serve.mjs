/**
 * `npm start` serves the demo clinic site on http://localhost:8080/ (PORT to
 * change it), compressed, as scripts/demo-site.mjs describes.
 */
import { DEMO_HEADERS, demoMounts } from './demo-site.mjs';
import { startStaticServer } from './static-server.mjs';

const { port } = await startStaticServer({
  mounts: demoMounts(),
  headers: DEMO_HEADERS,
  compress: true,
  port: Number(process.env.PORT ?? 8080),
});
console.log(`Demo clinic site: http://localhost:${port}/  (Ctrl+C stops it)`);
