/**
 * The steps for each site builder (plain HTML, WordPress, Wix, Squarespace),
 * with what the current choices add to them. Pure: the builder passes its state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { elementAttributes, scriptUrl, type BuilderConfig } from './config.js';
import type { BuilderData } from './data.js';
import { languageName, type Output } from './guidance.js';
import { strings } from './strings.js';

export function renderPlatforms(config: BuilderConfig, data: BuilderData, output: Output | undefined, headingId: string): TemplateResult {
  const language = languageName(config.language.locale);
  const module = scriptUrl({ ...config, loading: { ...config.loading, kind: 'module' } }, data);
  const classic = scriptUrl({ ...config, loading: { ...config.loading, kind: 'classic' } }, data);
  const attributes = elementAttributes(config, data).map(([name]) => name);
  const hasCss = Boolean(output?.css);
  const steps = (list: readonly string[]) =>
    html`<ol>
      ${list.map((step) => html`<li>${step}</li>`)}
    </ol>`;
  const fixed = config.language.mode === 'fixed';
  const prerendered = Boolean(output?.prerendered);
  return html`<section class="panel platforms" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${strings.platforms}</h2>
    <details>
      <summary>${strings.platformNames.html}</summary>
      ${steps(strings.steps.html)} ${fixed ? html`<p>${strings.htmlElementHint(language)}</p>` : nothing}
      <p>${strings.platformPolicy}</p>
    </details>
    <details>
      <summary>${strings.platformNames.wordpress}</summary>
      ${steps(strings.steps.wordpress)} ${hasCss ? html`<p>${strings.platformCss.wordpress}</p>` : nothing}
      ${fixed ? html`<p>${strings.platformLanguage(language)}</p>` : nothing}
      ${prerendered ? html`<p>${strings.platformPrerendered}</p>` : nothing}
    </details>
    <details>
      <summary>${strings.platformNames.wix}</summary>
      ${steps(strings.steps.wix(module, config.tag, classic))}
      ${attributes.length || hasCss ? html`<p>${strings.wixAttributes(attributes.join(', ') || '<style>')}</p>` : nothing}
      ${prerendered ? html`<p>${strings.wixNoHtml}</p>` : nothing} ${fixed ? html`<p>${strings.platformLanguage(language)}</p>` : nothing}
    </details>
    <details>
      <summary>${strings.platformNames.squarespace}</summary>
      ${steps(strings.steps.squarespace)} ${hasCss ? html`<p>${strings.platformCss.squarespace}</p>` : nothing}
      ${fixed ? html`<p>${strings.platformLanguage(language)}</p>` : nothing}
      ${prerendered ? html`<p>${strings.platformPrerendered}</p>` : nothing}
    </details>
  </section>`;
}
