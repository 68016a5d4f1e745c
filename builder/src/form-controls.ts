/**
 * What every settings section of the builder shares: the inputs each takes,
 * ids that stay unique when a page holds two builders, and the radio group
 * most choices are made with.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BuilderConfig } from './config.js';
import type { BuilderData } from './data.js';

/** An id for a field of this builder: `name` under the builder's own prefix. */
export type FieldId = (name: string) => string;

/** What every settings section reads; each section adds the changes it makes. */
export interface SettingsSection {
  config: BuilderConfig;
  data: BuilderData;
  fieldId: FieldId;
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Documentation text with its `code` spans as <code> (as text, never as HTML). */
export const withCode = (text: string) => text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));

export function radioGroup<T extends string>(
  fieldId: FieldId,
  name: string,
  legend: string,
  value: T,
  options: RadioOption<T>[],
  onChange: (value: T) => void,
  { hint, extra, className = 'group' }: { hint?: string; extra?: unknown; className?: string } = {},
): TemplateResult {
  const hintId = fieldId(`${name}-hint`);
  return html`<fieldset class=${className} aria-describedby=${hint ? hintId : nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    ${options.map((option) => {
      const id = fieldId(`${name}-${option.value}`);
      return html`<div class="choice">
        <input
          type="radio"
          id=${id}
          name=${fieldId(name)}
          .value=${option.value}
          .checked=${live(option.value === value)}
          aria-describedby=${option.hint ? `${id}-hint` : nothing}
          @change=${() => onChange(option.value)}
        />
        <label for=${id}>${option.label}</label>
        ${option.hint ? html`<p class="hint" id=${`${id}-hint`}>${withCode(option.hint)}</p>` : nothing}
      </div>`;
    })}
    ${extra ?? nothing}
  </fieldset>`;
}
