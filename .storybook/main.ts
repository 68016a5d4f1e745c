import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The locale modules are generated from locales/*.xlf (git-ignored).
if (!existsSync(new URL('../src/generated/locale-codes.ts', import.meta.url))) {
  throw new Error('src/generated/ is missing: run `npm run i18n:build` (or `npm run build`) before Storybook.');
}

/**
 * Storybook for relief-widgets. Controls and docs tables come from the Custom
 * Elements Manifest (`npm run analyze` writes custom-elements.json), read in
 * preview.ts. Nothing here reaches the internet: telemetry, crash reports and
 * "what's new" notifications are off, and `npm run storybook` passes
 * `--ci --no-version-updates`.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // Not the project's vite.config.ts: that one is a library build.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  features: {
    // The toolbar's own light/dark switch (preview.ts) sets the page's color-scheme instead.
    backgrounds: false,
  },
  docs: {
    defaultName: 'Docs',
  },
};

export default config;
