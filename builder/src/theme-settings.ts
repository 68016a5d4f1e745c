/**
 * The settings for how the embed looks: colour scheme, each scheme's colours
 * (with their contrast problems beside them), corner radius, font, where the
 * theme's CSS goes, and whether to reserve the element's space. Pure: the
 * builder passes its choices, the colour texts being typed, and the ways to
 * change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { defaultRadius, schemesInUse, THEME_COLORS, type BuilderConfig, type Scheme, type SchemeChoice, type ThemeColor } from './config.js';
import { radioGroup, type SettingsSection } from './form-controls.js';
import { contrastText } from './guidance.js';
import { strings } from './strings.js';
import type { ContrastIssue } from './theme-check.js';

export interface ThemeSettings extends SettingsSection {
  issues: ContrastIssue[];
  /** Hex fields whose text is not a colour (yet), by `scheme-color`: the field keeps the text, the theme its last colour. */
  hexDrafts: Record<string, string>;
  setTheme<K extends keyof BuilderConfig['theme']>(key: K, value: BuilderConfig['theme'][K]): void;
  setColor(scheme: Scheme, key: ThemeColor, value: string): void;
  typeHex(scheme: Scheme, key: ThemeColor, text: string): void;
  resetColors(): void;
  applySuggestion(issue: ContrastIssue): void;
}

function renderColors(form: ThemeSettings, scheme: Scheme): TemplateResult {
  return html`<fieldset class="colors">
    <legend>${strings.colors(scheme)}</legend>
    ${THEME_COLORS.map((key) => {
      const id = form.fieldId(`${scheme}-${key}`);
      const name = strings.colorNames[key] ?? key;
      const value = form.config.theme.colors[scheme][key];
      const draft = form.hexDrafts[`${scheme}-${key}`];
      const own = form.issues.filter((issue) => issue.scheme === scheme && issue.adjust === key);
      // Both fields are described by the colour's contrast problems (and the hex field by its own).
      const contrastIds = own.map((_, index) => `${id}-contrast-${String(index)}`);
      const describedBy = (extra: string[]) => (extra.length ? extra.join(' ') : nothing);
      return html`<div class="color-row">
        <label for=${id}>${name}</label>
        <input
          type="color"
          id=${id}
          .value=${live(value)}
          aria-describedby=${describedBy(contrastIds)}
          @input=${(event: Event) => form.setColor(scheme, key, (event.target as HTMLInputElement).value)}
        />
        <input
          type="text"
          class="hex"
          aria-label=${strings.colorHex(name)}
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          .value=${live(draft ?? value)}
          aria-invalid=${draft === undefined ? 'false' : 'true'}
          aria-describedby=${describedBy([...(draft === undefined ? [] : [`${id}-invalid`]), ...contrastIds])}
          @input=${(event: Event) => form.typeHex(scheme, key, (event.target as HTMLInputElement).value)}
        />
        ${draft === undefined ? nothing : html`<p class="problem" id=${`${id}-invalid`}>${strings.colorHexInvalid}</p>`}
        ${own.map((issue, index) => html`<p class="problem contrast" id=${contrastIds[index]}>${contrastText(issue, (problem) => form.applySuggestion(problem))}</p>`)}
      </div>`;
    })}
  </fieldset>`;
}

export function renderTheme(form: ThemeSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const theme = config.theme;
  const radiusId = fieldId('radius');
  const reserveId = fieldId('reserve');
  return html`<fieldset class="group">
    <legend>${strings.theme}</legend>
    ${radioGroup<SchemeChoice>(
      fieldId,
      'scheme',
      strings.scheme,
      theme.scheme,
      [
        { value: 'page', label: strings.schemePage },
        { value: 'light', label: strings.schemeLight },
        { value: 'dark', label: strings.schemeDark },
        { value: 'visitor', label: strings.schemeVisitor },
      ],
      (value) => form.setTheme('scheme', value),
      { className: 'subgroup' },
    )}
    ${schemesInUse(theme.scheme).map((scheme) => renderColors(form, scheme))}
    <button type="button" class="secondary" @click=${() => form.resetColors()}>${strings.resetColors}</button>
    <div class="field">
      <label for=${radiusId}>${strings.radius}</label>
      <input
        type="number"
        id=${radiusId}
        min="0"
        max="3"
        step="0.125"
        inputmode="decimal"
        .value=${live(theme.radius)}
        placeholder=${defaultRadius(data)}
        aria-describedby=${`${radiusId}-hint`}
        @input=${(event: Event) => form.setTheme('radius', (event.target as HTMLInputElement).value)}
      />
      <p class="hint" id=${`${radiusId}-hint`}>${strings.radiusHint}</p>
    </div>
    ${radioGroup(
      fieldId,
      'font',
      strings.font,
      theme.font,
      [
        { value: 'inherit', label: strings.fontInherit },
        { value: 'sans', label: strings.fontSans },
        { value: 'serif', label: strings.fontSerif },
      ],
      (value) => form.setTheme('font', value),
      { className: 'subgroup' },
    )}
    ${radioGroup(
      fieldId,
      'placement',
      strings.placement,
      theme.placement,
      [
        { value: 'snippet', label: strings.placementSnippet },
        { value: 'stylesheet', label: strings.placementStylesheet },
      ],
      (value) => form.setTheme('placement', value),
      { className: 'subgroup' },
    )}
    ${
      // Prerendered HTML already takes the element's space.
      config.loading.rendering === 'script'
        ? html`<div class="choice">
            <input
              type="checkbox"
              id=${reserveId}
              .checked=${live(theme.reserveSpace)}
              @change=${(event: Event) => form.setTheme('reserveSpace', (event.target as HTMLInputElement).checked)}
            />
            <label for=${reserveId}>${strings.reserveSpace}</label>
          </div>`
        : nothing
    }
  </fieldset>`;
}
