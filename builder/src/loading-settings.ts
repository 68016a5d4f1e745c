/**
 * The settings for how the embed's script arrives: from the CDN or the site's
 * own folder, as a module or a classic script, and whether the code carries
 * prerendered HTML. Pure: the builder passes its choices and the way to change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { normalizeFolder, type BuilderConfig } from './config.js';
import { radioGroup, type SettingsSection } from './form-controls.js';
import { strings } from './strings.js';

export interface LoadingSettings extends SettingsSection {
  setLoading<K extends keyof BuilderConfig['loading']>(key: K, value: BuilderConfig['loading'][K]): void;
}

export function renderLoading(form: LoadingSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const loading = config.loading;
  const folderId = fieldId('folder');
  const folderValid = Boolean(normalizeFolder(loading.path));
  return html`<fieldset class="group">
    <legend>${strings.scriptLoading}</legend>
    ${radioGroup(
      fieldId,
      'source',
      strings.source,
      loading.source,
      [
        { value: 'cdn', label: strings.sourceCdn(data.version) },
        { value: 'self', label: strings.sourceSelf },
      ],
      (value) => form.setLoading('source', value),
      {
        className: 'subgroup',
        extra:
          loading.source === 'self'
            ? html`<div class="field">
                <label for=${folderId}>${strings.folder}</label>
                <input
                  type="text"
                  id=${folderId}
                  spellcheck="false"
                  autocomplete="off"
                  inputmode="url"
                  .value=${live(loading.path)}
                  aria-invalid=${folderValid ? 'false' : 'true'}
                  aria-describedby=${`${folderId}-hint${folderValid ? '' : ` ${folderId}-invalid`}`}
                  @input=${(event: Event) => form.setLoading('path', (event.target as HTMLInputElement).value)}
                />
                <p class="hint" id=${`${folderId}-hint`}>${strings.folderHint}</p>
                ${folderValid ? nothing : html`<p class="problem" id=${`${folderId}-invalid`}>${strings.folderInvalid}</p>`}
              </div>`
            : nothing,
      },
    )}
    ${radioGroup(
      fieldId,
      'kind',
      strings.kind,
      loading.kind,
      [
        { value: 'module', label: strings.kindModule },
        { value: 'classic', label: strings.kindClassic },
      ],
      (value) => form.setLoading('kind', value),
      { className: 'subgroup' },
    )}
    ${radioGroup(
      fieldId,
      'rendering',
      strings.rendering,
      loading.rendering,
      [
        { value: 'script', label: strings.renderingScript },
        { value: 'prerendered', label: strings.renderingPrerendered },
      ],
      (value) => form.setLoading('rendering', value),
      { className: 'subgroup' },
    )}
  </fieldset>`;
}
