/**
 * Builds src/all.js and src/each.js with each bundler named on the command line
 * (esbuild, rollup, vite, webpack) into dist/<bundler>/<entry>/, each with an
 * index.html that loads the bundle: `node build.mjs esbuild rollup vite webpack`.
 * Production settings, as an app would ship. src/each.js is written here first:
 * one registration import per element of the installed package, so that every
 * bundler must keep each (package.json `sideEffects`), a new element included.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const entries = ['all', 'each'];

// Every element of the installed package, from its Custom Elements Manifest.
const manifest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('relief-widgets/custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
writeFileSync(
  join(here, 'src', 'each.js'),
  `// Written by build.mjs: one registration entry per element (relief-widgets/<name>.js).\n${tags.map((tag) => `import 'relief-widgets/${tag.replace(/^relief-/, '')}.js';\n`).join('')}`,
);

const page = (script) => `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>relief-widgets</title>${script}</head>
  <body>
${tags.map((tag) => `    <${tag}></${tag}>`).join('\n')}
  </body>
</html>
`;

const bundlers = {
  async esbuild(entry, outdir) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: { main: join(here, 'src', `${entry}.js`) },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir,
      logLevel: 'warning',
    });
    return '<script type="module" src="./main.js"></script>';
  },
  async rollup(entry, outdir) {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const bundle = await rollup({ input: join(here, 'src', `${entry}.js`), plugins: [nodeResolve({ browser: true })] });
    await bundle.write({ dir: outdir, format: 'es', entryFileNames: 'main.js' });
    await bundle.close();
    return '<script type="module" src="./main.js"></script>';
  },
  async vite(entry, outdir) {
    const { build } = await import('vite');
    await build({
      root: here,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: outdir,
        emptyOutDir: true,
        rollupOptions: { input: join(here, 'src', `${entry}.js`), output: { entryFileNames: 'main.js' } },
      },
    });
    return '<script type="module" src="./main.js"></script>';
  },
  async webpack(entry, outdir) {
    const { default: webpack } = await import('webpack');
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: here,
          entry: join(here, 'src', `${entry}.js`),
          output: { path: outdir, filename: 'main.js', publicPath: 'auto' },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    return '<script defer src="./main.js"></script>';
  },
};

const names = process.argv.slice(2);
for (const name of names) {
  if (!bundlers[name]) throw new Error(`unknown bundler ${name}; one of ${Object.keys(bundlers).join(', ')}`);
  for (const entry of entries) {
    const outdir = join(here, 'dist', name, entry);
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const script = await bundlers[name](entry, outdir);
    writeFileSync(join(outdir, 'index.html'), page(script));
    console.log(`${name}: dist/${name}/${entry}/`);
  }
}
