/**
 * `npm start` serves the demo clinic site on http://localhost:8080/ (PORT to
 * change it), compressed, as scripts/demo-site.mjs describes.
 */
import { demoMounts, prerenderedDemo } from './demo-site.mjs';
import { startStaticServer } from './static-server.mjs';

const prerendered = await prerenderedDemo();
const { port } = await startStaticServer({
  mounts: demoMounts([prerendered.mount]),
  headers: prerendered.headers,
  compress: true,
  port: Number(process.env.PORT ?? 8080),
});
console.log(`Demo clinic site: http://localhost:${port}/  (Ctrl+C stops it)`);
console.log(`The same page prerendered (HTML before JavaScript): http://localhost:${port}/prerendered/`);
console.log(`The embed builder: http://localhost:${port}/builder/`);
