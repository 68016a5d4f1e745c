// #region readme
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerender } from 'relief-widgets/prerender';

// The bundle and its locale chunks, published beside the pages under /relief/.
const bundle = fileURLToPath(import.meta.resolve('relief-widgets/bundle.js'));

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ [bundle]: 'relief/relief-widgets.js', [`${dirname(bundle)}/locales`]: 'relief/locales' });
  eleventyConfig.addPassthroughCopy({ 'src/intake.js': 'intake.js' });
  // Every page with a relief element gets its content in the HTML (declarative shadow DOM).
  eleventyConfig.addTransform('relief-widgets', async (content, outputPath) =>
    outputPath?.endsWith('.html') && content.includes('<relief-')
      ? (await prerender(content, { locale: 'en' })).html
      : content,
  );
}
// #endregion

export const config = { dir: { input: 'src', output: '_site' } };
