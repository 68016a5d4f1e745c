import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { manifest } from '../stories/support/manifest.js';
import { isRightToLeft, supportedLocales, type Locale } from '../src/core/localization.js';
// The bundle entry, as a site loads it: registers every element.
import '../src/relief-widgets.js';
import './preview.css';

// Controls and docs tables come from the manifest, through @wc-toolkit/storybook-helpers.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({
  hideArgRef: true,
  // The CSS that the custom property and part controls add applies to its own story only
  // (`@scope`), not to every element of that tag on a docs page.
  useScopedStyles: true,
  categoryOrder: ['attributes', 'properties', 'events', 'methods', 'cssProps', 'cssParts', 'slots', 'cssStates'],
});

/** Each language's name in itself ("Español", "日本語"), from the browser's Intl data. */
const languageName = (locale: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

type ColorScheme = 'light' | 'dark' | 'system';
const COLOR_SCHEMES: Record<ColorScheme, string> = { light: 'light', dark: 'dark', system: 'light dark' };

const pick = <T extends string>(value: unknown, choices: readonly T[], fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

/**
 * The toolbar's language and colour scheme, applied the way a clinic's page
 * does it: the widgets follow `<html lang>` live, and the page's
 * `color-scheme`. In a story, `<html dir>` and `color-scheme` are set on the
 * preview's root; on a docs page (several stories in Storybook's own page),
 * they are set on each story's wrapper instead, so the docs stay readable.
 */
const withPageLanguageAndColorScheme: Decorator = (story, { globals, viewMode }) => {
  const locale = pick(globals.locale, supportedLocales, 'en');
  const scheme = pick(globals.colorScheme, Object.keys(COLOR_SCHEMES) as ColorScheme[], 'light');
  const dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
  const root = document.documentElement;
  root.lang = locale;
  if (viewMode === 'docs') {
    root.removeAttribute('dir');
    root.style.removeProperty('color-scheme');
  } else {
    root.dir = dir;
    root.style.colorScheme = COLOR_SCHEMES[scheme];
  }
  return html`<div class="relief-story" data-color-scheme=${scheme} dir=${dir}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withPageLanguageAndColorScheme],
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>): the widgets follow it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: supportedLocales.map((value) => ({ value, title: `${languageName(value)} (${value})`, right: value })),
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: "Page color-scheme: the widgets follow the page's light or dark",
      toolbar: {
        title: 'Color scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'Follow the system (light dark)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    colorScheme: 'light',
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story (in Storybook's test runs and the smoke test).
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // Only the helpers' argTypes (from the manifest), not a second, unordered copy inferred by Storybook.
      extractArgTypes: () => ({}),
    },
    options: {
      storySort: {
        order: [
          'Getting started',
          'Guides',
          ['Embed in your site', 'Theming', 'Translating', 'Privacy and security'],
          // The elements in alphabetical order: no list to keep in step with src/.
          'Elements',
          'Examples',
        ],
      },
    },
  },
};

export default preview;
